/// Builds HTML and inline SVG. Element and attribute names are string literals; text and attribute values go
/// through ``HTMLEscaping`` (``HTMLEscaping/append(_:quotes:to:)``). Markup that is already safe (the style
/// sheet) needs the differently named ``trustedMarkup(_:)``.
struct HTMLWriter {
    typealias Attributes = [(StaticString, String)]

    /// The UTF-8 bytes written: a page is some 200 000 small pieces, which a byte array takes several times
    /// faster than a `String` would.
    private var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The page as text.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// `<name attributes>content</name>`.
    mutating func element(_ name: StaticString, _ attributes: Attributes = [], _ content: (inout HTMLWriter) -> Void) {
        open(name, attributes)
        append(">")
        content(&self)
        close(name)
    }

    /// `<name attributes>escaped text</name>`.
    mutating func element(_ name: StaticString, _ attributes: Attributes = [], text: String) {
        open(name, attributes)
        append(">")
        HTMLEscaping.append(text, quotes: false, to: &bytes)
        close(name)
    }

    /// An element with no content: `<name attributes/>` (void HTML elements and empty SVG shapes).
    mutating func leaf(_ name: StaticString, _ attributes: Attributes = []) {
        open(name, attributes)
        append("/>")
    }

    /// Text content, escaped.
    mutating func text(_ value: String) {
        HTMLEscaping.append(value, quotes: false, to: &bytes)
    }

    /// Markup written as is. Only for text the renderer made itself with no export text in it.
    mutating func trustedMarkup(_ markup: String) {
        append(contentsOf: markup)
    }

    private mutating func open(_ name: StaticString, _ attributes: Attributes) {
        append("<")
        append(name)
        for (attribute, value) in attributes {
            append(" ")
            append(attribute)
            append("=\"")
            HTMLEscaping.append(value, quotes: true, to: &bytes)
            append("\"")
        }
    }

    private mutating func close(_ name: StaticString) {
        append("</")
        append(name)
        append(">")
    }

    private mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func append(contentsOf text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }
}
