import FlowModel

/// A pull parser for JSON that reads its input in chunks into one reused buffer, so that memory grows
/// with what the caller keeps, never with the input's size.
///
/// Each ``next()`` returns one ``JSONEvent``; the text of a key, string or number is in ``textBuffer``
/// until the next call. ``skipValue()`` passes over a whole subtree without decoding its strings, and
/// `readValue()` materialises a small one as a ``JSONValue``. The grammar is RFC 8259's, checked in full,
/// including skipped subtrees; a UTF-8 byte order mark is dropped. Text is not checked for valid UTF-8:
/// bad bytes, like unpaired `\u` surrogates, become U+FFFD when decoded. Errors are ``InputError``s at
/// the 1-based line and column (in bytes) of the offending byte.
struct JSONReader {
    /// The file as the user named it, for errors.
    let file: String
    /// How deep objects and arrays may nest before the input is rejected.
    let maxDepth: Int
    /// Called with (bytes read, total bytes) after each chunk.
    var progress: ((Int64, Int64) -> Void)?

    /// Bytes asked of the file at a time.
    static let chunkSize = 1 << 20
    /// Far deeper than any tracker export nests, far shallower than the stack allows.
    static let defaultMaxDepth = 512

    private var input: JSONInput
    private let buffer: JSONBuffer
    // The scanning extensions (`JSONReader+Scalars.swift`) work on these three directly.
    let base: UnsafeMutablePointer<UInt8>
    /// The next byte to read in `buffer`.
    var position = 0
    /// Just past the valid bytes in `buffer`.
    private(set) var limit = 0
    /// The text of the last key, string or number: in `buffer` when it could be read in place, else in
    /// `textStorage`. Valid until the next call.
    private(set) var textStart: UnsafePointer<UInt8>
    private(set) var textCount = 0
    let textStorage = JSONTextStorage()
    /// The input offset of `buffer[0]`.
    private var bufferOffset = 0
    private var inputEnded = false
    /// The 1-based line of the byte at `position`.
    private var line = 1
    /// The input offset of the first byte of `line`.
    private var lineStart = 0
    /// Where the last token started.
    private var tokenOffset = 0
    private(set) var tokenLine = 1
    private var tokenLineStart = 0
    private var frames: [Frame] = []
    private var state: State = .value

    /// An open object or array and the line it opened on.
    private struct Frame {
        let isObject: Bool
        let line: Int
    }

    /// What may come next.
    private enum State {
        case value
        case firstKeyOrObjectEnd
        case firstValueOrArrayEnd
        case commaOrEnd
        case finished
    }

    /// Reads the file at `path`; `file` is the name used in errors.
    init(path: String, file: String, chunkSize: Int = JSONReader.chunkSize, maxDepth: Int = defaultMaxDepth)
        throws(InputError)
    {
        let input = try JSONInput(path: path, file: file, chunkSize: chunkSize)
        self.init(input: input, file: file, maxDepth: maxDepth)
    }

    /// Reads `bytes`, handed to the tokenizer `chunkSize` at a time; `file` is the name used in errors.
    init(bytes: [UInt8], file: String, chunkSize: Int = JSONReader.chunkSize, maxDepth: Int = defaultMaxDepth) {
        self.init(input: JSONInput(bytes: bytes, chunkSize: chunkSize), file: file, maxDepth: maxDepth)
    }

    private init(input: JSONInput, file: String, maxDepth: Int) {
        self.file = file
        self.maxDepth = maxDepth
        self.input = input
        self.buffer = JSONBuffer(capacity: input.chunkSize)
        self.base = buffer.base
        self.textStart = UnsafePointer(buffer.base)
    }

    /// The decoded UTF-8 text of the last key, string or number; valid until the next call.
    var textBuffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: textStart, count: textCount) }

    /// Makes the text the `count` bytes of the buffer that end at the read position.
    mutating func setTextInPlace(count: Int) {
        textStart = UnsafePointer(base + position - count)
        textCount = count
    }

    /// Makes the text what `textStorage` holds.
    mutating func setTextFromStorage() {
        textStart = UnsafePointer(textStorage.base)
        textCount = textStorage.count
    }

    /// The 1-based column, in bytes, where the last token started.
    var tokenColumn: Int { tokenOffset - tokenLineStart + 1 }

    /// Reads the next event.
    ///
    /// - Throws: ``InputError`` at the offending byte when the input is not JSON.
    mutating func next() throws(InputError) -> JSONEvent { try step(decode: true) }

    /// Passes over the next value, however large, without decoding its strings; the syntax is still checked.
    ///
    /// Call it where a value comes next: after a ``JSONEvent/key``, or where an array element or the
    /// top-level value begins (not where the array might end).
    mutating func skipValue() throws(InputError) {
        try skip(after: try step(decode: false))
    }

    /// When `event` opened an object or array, passes over the rest of it; otherwise does nothing.
    mutating func skip(after event: JSONEvent) throws(InputError) {
        guard event == .objectStart || event == .arrayStart else { return }
        let outer = frames.count - 1
        while frames.count > outer { _ = try step(decode: false) }
    }

    /// An error about the last token, placed where it started.
    func errorAtToken(_ message: String) -> InputError {
        InputError(file: file, position: .line(tokenLine, column: tokenColumn), message: message)
    }

    // MARK: - The state machine

    private mutating func step(decode: Bool) throws(InputError) -> JSONEvent {
        switch state {
        case .value:
            guard let byte = try nextNonSpace() else { throw endError() }
            return try value(startingWith: byte, decode: decode)
        case .firstValueOrArrayEnd:
            guard let byte = try nextNonSpace() else { throw endError() }
            if byte == Byte.closeBracket { return close() }
            return try value(startingWith: byte, decode: decode)
        case .firstKeyOrObjectEnd:
            guard let byte = try nextNonSpace() else { throw endError() }
            if byte == Byte.closeBrace { return close() }
            guard byte == Byte.quote else { throw problem(.expectedKeyOrObjectEnd(found: found())) }
            return try key()
        case .commaOrEnd:
            guard let byte = try nextNonSpace() else { throw endError() }
            let inObject = frames[frames.count - 1].isObject
            if byte == Byte.comma {
                position += 1
                guard let next = try nextNonSpace() else { throw endError() }
                guard inObject else { return try value(startingWith: next, decode: decode) }
                guard next == Byte.quote else { throw problem(.expectedKey(found: found())) }
                return try key()
            }
            if byte == (inObject ? Byte.closeBrace : Byte.closeBracket) { return close() }
            throw problem(
                inObject ? .expectedCommaOrObjectEnd(found: found()) : .expectedCommaOrArrayEnd(found: found()))
        case .finished:
            guard try nextNonSpace() != nil else { return .end }
            throw problem(.trailingContent(found: found()))
        }
    }

    private mutating func value(startingWith byte: UInt8, decode: Bool) throws(InputError) -> JSONEvent {
        markToken()
        let event: JSONEvent
        switch byte {
        case Byte.openBrace:
            try open(object: true)
            return .objectStart
        case Byte.openBracket:
            try open(object: false)
            return .arrayStart
        case Byte.quote:
            position += 1
            try scanString(decode: decode)
            event = .string
        case Byte.minus, Byte.zero...Byte.nine:
            try scanNumber()
            event = .number
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            event = try scanLiteral()
        default:
            throw problem(.expectedValue(found: found()))
        }
        state = frames.isEmpty ? .finished : .commaOrEnd
        return event
    }

    private mutating func key() throws(InputError) -> JSONEvent {
        markToken()
        position += 1
        try scanString(decode: true)
        if position == limit || base[position] != Byte.colon {
            // Looking for the colon may read the next chunk over the key's text.
            keepTextOutOfBuffer()
            guard let byte = try nextNonSpace() else { throw endError() }
            guard byte == Byte.colon else { throw problem(.expectedColon(key: text, found: found())) }
        }
        position += 1
        state = .value
        return .key
    }

    /// Copies the text to `textStorage` when it is in the buffer, which the next chunk would overwrite.
    private mutating func keepTextOutOfBuffer() {
        guard textStart != UnsafePointer(textStorage.base) else { return }
        textStorage.count = 0
        textStorage.append(textStart, count: textCount)
        setTextFromStorage()
    }

    private mutating func open(object: Bool) throws(InputError) {
        guard frames.count < maxDepth else { throw problem(.tooDeep(limit: maxDepth)) }
        frames.append(Frame(isObject: object, line: line))
        position += 1
        state = object ? .firstKeyOrObjectEnd : .firstValueOrArrayEnd
    }

    private mutating func close() -> JSONEvent {
        markToken()
        position += 1
        let frame = frames.removeLast()
        state = frames.isEmpty ? .finished : .commaOrEnd
        return frame.isObject ? .objectEnd : .arrayEnd
    }

    // MARK: - Bytes

    /// The next byte that is not JSON whitespace, left unconsumed; `nil` at the end of the input.
    @inline(__always)
    private mutating func nextNonSpace() throws(InputError) -> UInt8? {
        while true {
            while position < limit {
                let byte = base[position]
                if byte > Byte.space { return byte }
                switch byte {
                case Byte.space, Byte.tab, Byte.carriageReturn:
                    position += 1
                case Byte.lineFeed:
                    position += 1
                    line += 1
                    lineStart = bufferOffset + position
                    // Indentation: eight spaces at a time.
                    while position + 8 <= limit,
                        UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020
                    {
                        position += 8
                    }
                default:
                    return byte
                }
            }
            guard try refill() else { return nil }
        }
    }

    /// The byte at the read position, left unconsumed; `nil` at the end of the input.
    @inline(__always)
    mutating func peekByte() throws(InputError) -> UInt8? {
        if position == limit {
            guard try refill() else { return nil }
        }
        return base[position]
    }

    /// Consumes the byte ``peekByte()`` returned.
    @inline(__always)
    mutating func advance() { position += 1 }

    /// Reads the next chunk into the buffer; `false` at the end of the input.
    mutating func refill() throws(InputError) -> Bool {
        if inputEnded { return false }
        bufferOffset += limit
        position = 0
        limit = try input.read(into: base, file: file)
        if limit == 0 { inputEnded = true }
        progress?(input.bytesRead, input.totalBytes)
        return limit > 0
    }

    private mutating func markToken() {
        tokenOffset = bufferOffset + position
        tokenLine = line
        tokenLineStart = lineStart
    }

    // MARK: - Errors

    /// An error at the read position.
    func problem(_ problem: JSONProblem) -> InputError {
        InputError(
            file: file, position: .line(line, column: bufferOffset + position - lineStart + 1),
            message: problem.message)
    }

    /// An error at the start of the last token.
    func problemAtToken(_ problem: JSONProblem) -> InputError { errorAtToken(problem.message) }

    /// The error for an input that ends where more was expected.
    private func endError() -> InputError {
        guard let frame = frames.last else { return problem(.empty) }
        return problem(.endsInside(object: frame.isObject, line: frame.line))
    }

    /// The character at the read position, for messages.
    func found() -> JSONFound {
        guard position < limit else { return .endOfFile }
        let byte = base[position]
        if byte < 0x80 { return .character(Unicode.Scalar(byte)) }
        var bytes = UnsafeBufferPointer(start: base + position, count: min(4, limit - position)).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&bytes) { return .character(scalar) }
        return .byte(byte)
    }
}
