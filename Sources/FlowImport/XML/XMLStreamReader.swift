import CLibXML2
import FlowModel
import Foundation

/// Streams an XML file through libxml2's SAX2 push parser into an ``XMLStreamHandler``; no tree is
/// ever built, so memory does not grow with the file.
///
/// The only file that touches libxml2: every libxml2 object is created and freed in
/// ``parse(file:into:progress:)`` and no libxml2 pointer outlives a handler call. The parser runs
/// with network access off, never loads a DTD or an external entity, and never expands an entity
/// declared in a DTD (a reference to one is an error), so an XXE attempt reads nothing and an
/// entity bomb stops at its first reference. Text of any size is read, and nesting depth costs
/// heap memory, never the C stack.
enum XMLStreamReader {
    /// Bytes handed to the parser at a time.
    static let chunkSize = 256 * 1024
    /// How often progress is reported, in bytes.
    static let progressInterval: Int64 = 4 * 1024 * 1024

    /// Parses `file` into `handler` and returns the handler with everything it collected.
    ///
    /// - Parameter progress: called with (bytes read, file size) every few megabytes and at the end.
    /// - Throws: ``InputError`` naming the file and the 1-based line and column of the first problem,
    ///   or the handler's own error unchanged.
    static func parse<Handler: XMLStreamHandler>(
        file: String, into handler: consuming Handler,
        progress: ((_ read: Int64, _ total: Int64) -> Void)? = nil
    ) throws(InputError) -> Handler {
        let input: XMLInputFile
        do { input = try XMLInputFile(path: file) } catch { throw InputError(file: file, message: error.message) }
        defer { input.close() }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var count = try fill(&chunk, from: input, file: file)
        let prefix: XMLInputPrefix
        switch XMLInputPrefix.inspect(Array(chunk[0..<count])) {
        case .success(let found): prefix = found
        case .failure(let problem): throw InputError(file: file, message: problem.message)
        }

        xmlInitParser()
        var sax = saxHandler()
        guard let context = xmlCreatePushParserCtxt(&sax, nil, nil, 0, file) else {
            throw InputError(
                file: file, message: XMLProblem.unreadable(reason: "the xml parser could not start").message)
        }
        defer {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(context)
        }
        _ = xmlCtxtUseOptions(context, Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue))
        let dictionary = context.pointee.dict
        // The names and the state live at fixed addresses for the whole parse: the callbacks reach
        // them through pointers, which costs no reference counting and no dynamic exclusivity checks.
        let names = UnsafeMutablePointer<XMLNameTable<Handler.Name>>.allocate(capacity: 1)
        names.initialize(
            to: XMLNameTable { name in
                name.withCString { characters in
                    let bytes = UnsafeRawPointer(characters).assumingMemoryBound(to: xmlChar.self)
                    return Int(bitPattern: xmlDictLookup(dictionary, bytes, -1))
                }
            })
        let state = UnsafeMutablePointer<ParseState<Handler>>.allocate(capacity: 1)
        state.initialize(
            to: ParseState(handler: handler, names: names, context: context, lineOffset: prefix.skippedLines))
        defer {
            state.deinitialize(count: 1)
            state.deallocate()
            names.deinitialize(count: 1)
            names.deallocate()
        }
        let sink = SAXSink(
            start: { localname, prefix, attributeCount, attributes in
                state.pointee.startElement(localname, prefix, attributeCount, attributes)
            },
            end: { localname in state.pointee.endElement(localname) },
            characters: { bytes, count in state.pointee.characters(bytes, count) },
            lineOffset: prefix.skippedLines)
        context.pointee.userData = Unmanaged.passUnretained(sink).toOpaque()

        try withExtendedLifetime(sink) { () throws(InputError) in
            var offset = prefix.start
            var read: Int64 = 0
            var reported: Int64 = 0
            while count > 0 {
                chunk.withUnsafeBytes { bytes in
                    guard let base = bytes.baseAddress else { return }
                    let start = (base + offset).assumingMemoryBound(to: CChar.self)
                    _ = xmlParseChunk(context, start, Int32(count - offset), 0)
                }
                try state.pointee.check(sink.fatal, file: file, atEnd: false)
                read += Int64(count)
                if let progress, read - reported >= progressInterval {
                    progress(read, input.size)
                    reported = read
                }
                offset = 0
                count = try fill(&chunk, from: input, file: file)
            }
            _ = xmlParseChunk(context, nil, 0, 1)
            try state.pointee.check(sink.fatal, file: file, atEnd: true)
            progress?(read, input.size)
        }
        return state.pointee.handler
    }

    private static func fill(_ chunk: inout [UInt8], from input: XMLInputFile, file: String) throws(InputError) -> Int {
        do {
            return try input.read(into: &chunk)
        } catch {
            throw InputError(file: file, message: error.message)
        }
    }

    /// The callbacks: element, text and CDATA events go to the sink, errors are recorded instead of
    /// printed. DTD declarations have no callback, so no entity is ever defined.
    private static func saxHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { userData, localname, prefix, _, _, _, attributeCount, _, attributes in
            guard let userData, let localname else { return }
            SAXSink.from(userData).start(localname, prefix, Int(attributeCount), attributes)
        }
        sax.endElementNs = { userData, localname, _, _ in
            guard let userData, let localname else { return }
            SAXSink.from(userData).end(localname)
        }
        sax.characters = { userData, bytes, length in
            guard let userData, let bytes else { return }
            SAXSink.from(userData).characters(bytes, Int(length))
        }
        sax.ignorableWhitespace = sax.characters
        sax.cdataBlock = sax.characters
        sax.serror = { userData, error in
            guard let userData, let error else { return }
            SAXSink.from(userData).record(error.pointee)
        }
        return sax
    }
}

/// A start tag as the handler sees it: the name, the line, and the attributes on request.
///
/// Valid only during ``XMLStreamHandler/startElement(_:)``; attribute values become `String`s only
/// when asked for.
struct XMLStartTag<Name: XMLVocabulary> {
    /// The element's name, `nil` when it is not in the handler's vocabulary.
    let name: Name?
    /// The 1-based line where the start tag ends.
    let line: Int
    private let localname: UnsafePointer<xmlChar>
    private let prefix: UnsafePointer<xmlChar>?
    private let attributeCount: Int
    private let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    private let names: UnsafePointer<XMLNameTable<Name>>

    fileprivate init(
        name: Name?, line: Int, localname: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?,
        attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        names: UnsafePointer<XMLNameTable<Name>>
    ) {
        self.name = name
        self.line = line
        self.localname = localname
        self.prefix = prefix
        self.attributeCount = attributeCount
        self.attributes = attributes
        self.names = names
    }

    /// The element's name as written, with its prefix (`atom:link`); builds a `String`.
    var qualifiedName: String {
        let local = String(cString: localname)
        guard let prefix else { return local }
        return String(cString: prefix) + ":" + local
    }

    /// The value of the attribute called `name`, or `nil` when the element has none.
    func attribute(_ name: Name) -> String? {
        guard let index = index(of: name) else { return nil }
        return value(at: index)
    }

    /// Whether the attribute called `name` is present and equals `expected`; builds no `String`.
    func attribute(_ name: Name, is expected: String) -> Bool {
        guard let index = index(of: name), let bytes = valueBytes(at: index) else { return false }
        if bytes.contains(UInt8(ascii: "&")) { return value(at: index) == expected }
        return expected.utf8.elementsEqual(bytes)
    }

    /// Calls `body` with each attribute whose name is in the vocabulary, in document order; the
    /// value is built only when the closure it is given is called.
    func forEachAttribute<Failure: Error>(_ body: (Name, () -> String) throws(Failure) -> Void) throws(Failure) {
        guard let attributes else { return }
        for index in 0..<attributeCount {
            guard let identity = attributes[index * 5],
                let name = names.pointee.name(for: Int(bitPattern: identity))
            else { continue }
            try body(name, { value(at: index) ?? "" })
        }
    }

    /// Calls `body` with each attribute whose name is in the vocabulary and its value as UTF-8 bytes, in
    /// document order, building no `String`. The bytes are valid only during the call; `&#38;` in them is
    /// already turned back into `&`.
    func forEachAttributeBytes<Failure: Error>(
        _ body: (Name, UnsafeBufferPointer<UInt8>) throws(Failure) -> Void
    ) throws(Failure) {
        guard let attributes else { return }
        for index in 0..<attributeCount {
            guard let identity = attributes[index * 5],
                let name = names.pointee.name(for: Int(bitPattern: identity)),
                let bytes = valueBytes(at: index)
            else { continue }
            guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "&")), bytes.count) != nil else {
                try body(name, bytes)
                continue
            }
            var failure: Failure?
            Array((value(at: index) ?? "").utf8).withUnsafeBufferPointer { decoded in
                do throws(Failure) { try body(name, decoded) } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }

    /// Every attribute as (name, value), for messages and tests; builds `String`s.
    var allAttributes: [(name: String, value: String)] {
        guard let attributes else { return [] }
        return (0..<attributeCount).compactMap { index in
            guard let localname = attributes[index * 5] else { return nil }
            return (String(cString: localname), value(at: index) ?? "")
        }
    }

    private func index(of name: Name) -> Int? {
        guard let attributes else { return nil }
        let identity = names.pointee.identity(of: name)
        for index in 0..<attributeCount where Int(bitPattern: attributes[index * 5]) == identity {
            return index
        }
        return nil
    }

    private func valueBytes(at index: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let attributes, let start = attributes[index * 5 + 3], let end = attributes[index * 5 + 4] else {
            return nil
        }
        return UnsafeBufferPointer(start: start, count: end - start)
    }

    /// The value with `&#38;` turned back into `&` (libxml2 keeps `&` escaped that way in attribute
    /// values when it does not substitute entities).
    private func value(at index: Int) -> String? {
        guard let bytes = valueBytes(at: index) else { return nil }
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        let escape = Array("&#38;".utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "&"), position + escape.count <= bytes.count,
                bytes[position..<position + escape.count].elementsEqual(escape)
            {
                decoded.append(UInt8(ascii: "&"))
                position += escape.count
            } else {
                decoded.append(bytes[position])
                position += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }
}

/// Everything one parse changes per event: the handler, the text being collected and the open
/// elements. Kept behind a pointer by ``XMLStreamReader/parse(file:into:progress:)``.
private struct ParseState<Handler: XMLStreamHandler> {
    var handler: Handler
    let names: UnsafePointer<XMLNameTable<Handler.Name>>
    let context: xmlParserCtxtPtr
    let lineOffset: Int
    /// Text since the last tag.
    var text: [UInt8] = []
    /// The currently open elements, outermost first: their names' identities and start lines.
    var openElements: [(identity: Int, line: Int)] = []
    /// The handler's error, which stops the parse.
    var failure: InputError?
    var stopped = false

    init(
        handler: consuming Handler, names: UnsafePointer<XMLNameTable<Handler.Name>>, context: xmlParserCtxtPtr,
        lineOffset: Int
    ) {
        self.handler = handler
        self.names = names
        self.context = context
        self.lineOffset = lineOffset
    }

    /// The 1-based line the parser is on.
    var line: Int { Int(xmlSAX2GetLineNumber(context)) + lineOffset }

    mutating func startElement(
        _ localname: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?, _ attributeCount: Int,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard !stopped else { return }
        flushText()
        let line = self.line
        let identity = Int(bitPattern: localname)
        openElements.append((identity, line))
        let tag = XMLStartTag(
            name: names.pointee.name(for: identity), line: line, localname: localname, prefix: prefix,
            attributeCount: attributeCount, attributes: attributes, names: names)
        do throws(InputError) {
            try handler.startElement(tag)
        } catch {
            fail(error)
        }
    }

    mutating func endElement(_ localname: UnsafePointer<xmlChar>) {
        guard !stopped else { return }
        flushText()
        openElements.removeLast()
        do throws(InputError) {
            try handler.endElement(names.pointee.name(for: Int(bitPattern: localname)), line: line)
        } catch {
            fail(error)
        }
    }

    mutating func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
        guard !stopped, handler.wantsText else { return }
        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    /// Hands the text collected since the last tag to the handler.
    private mutating func flushText() {
        guard !text.isEmpty else { return }
        do throws(InputError) {
            try handler.text(XMLText(bytes: text, line: line))
        } catch {
            fail(error)
        }
        if text.capacity > 1 << 20 { text = [] } else { text.removeAll(keepingCapacity: true) }
    }

    /// Stops the parse with the handler's error.
    private mutating func fail(_ error: InputError) {
        if failure == nil { failure = error }
        stopped = true
        xmlStopParser(context)
    }

    /// Throws the handler's error or the parser's first fatal error, if there is one.
    func check(_ fatal: ParserError?, file: String, atEnd: Bool) throws(InputError) {
        if let failure { throw failure }
        var found = fatal
        if found == nil && context.pointee.wellFormed == 0 {
            found = ParserError(code: 0, message: "malformed xml", line: line, column: nil, name: nil)
        }
        guard let found else { return }
        let problem: XMLProblem
        if found.code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue), let name = found.name {
            problem = .entityNotExpanded(name: name)
        } else if atEnd, let open = openElements.last, let name = UnsafePointer<xmlChar>(bitPattern: open.identity) {
            problem = .truncated(element: String(cString: name), openedOnLine: open.line)
        } else if found.message.hasPrefix("input is not proper UTF-8"), let bytes = found.message.range(of: "Bytes:") {
            problem = .notUTF8(bytes: found.message[bytes.upperBound...].trimmingCharacters(in: .whitespaces))
        } else {
            problem = .malformed(found.message)
        }
        throw InputError(file: file, position: .line(found.line, column: found.column), message: problem.message)
    }
}

/// The first fatal error libxml2 reported, copied out of its `xmlError`.
private struct ParserError {
    let code: Int32
    /// libxml2's message, trimmed, first letter lowercased.
    let message: String
    let line: Int
    let column: Int?
    /// The error's first string argument (the entity's name for an undeclared entity).
    let name: String?
}

/// What libxml2 holds as its `userData`: the callbacks into the parse state, and the first fatal
/// error. A class because libxml2 keeps it by identity for the whole parse.
private final class SAXSink {
    let start:
        (UnsafePointer<xmlChar>, UnsafePointer<xmlChar>?, Int, UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Void
    let end: (UnsafePointer<xmlChar>) -> Void
    let characters: (UnsafePointer<xmlChar>, Int) -> Void
    let lineOffset: Int
    private(set) var fatal: ParserError?

    init(
        start:
            @escaping (
                UnsafePointer<xmlChar>, UnsafePointer<xmlChar>?, Int, UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
            ) -> Void,
        end: @escaping (UnsafePointer<xmlChar>) -> Void, characters: @escaping (UnsafePointer<xmlChar>, Int) -> Void,
        lineOffset: Int
    ) {
        self.start = start
        self.end = end
        self.characters = characters
        self.lineOffset = lineOffset
    }

    static func from(_ userData: UnsafeMutableRawPointer) -> SAXSink {
        Unmanaged<SAXSink>.fromOpaque(userData).takeUnretainedValue()
    }

    /// Keeps the first fatal error (and an undeclared entity, which is only an error in documents
    /// with an external DTD that is never loaded here).
    func record(_ error: xmlError) {
        guard fatal == nil,
            error.level == XML_ERR_FATAL
                || (error.level == XML_ERR_ERROR && error.code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue))
        else { return }
        var message = (error.message.map { String(cString: $0) } ?? "malformed xml")
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        if let first = message.first, first.isUppercase, message.dropFirst().first?.isLowercase ?? true {
            message = first.lowercased() + message.dropFirst()
        }
        fatal = ParserError(
            code: error.code, message: message, line: Int(error.line) + lineOffset,
            column: error.int2 > 0 ? Int(error.int2) : nil, name: error.str1.map { String(cString: $0) })
    }
}
