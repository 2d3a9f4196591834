/// Builds HTML and inline SVG. Element and attribute names are string literals; text goes through
/// ``HTMLEscaping/text(_:)`` and attribute values through ``HTMLEscaping/attribute(_:)``. Markup that is
/// already safe (the style sheet) needs the differently named ``trustedMarkup(_:)``.
struct HTMLWriter {
    typealias Attributes = [(StaticString, String)]

    private(set) var output = ""

    init(reservingCapacity capacity: Int = 0) {
        output.reserveCapacity(capacity)
    }

    /// `<name attributes>content</name>`.
    mutating func element(_ name: StaticString, _ attributes: Attributes = [], _ content: (inout HTMLWriter) -> Void) {
        open(name, attributes)
        output += ">"
        content(&self)
        close(name)
    }

    /// `<name attributes>escaped text</name>`.
    mutating func element(_ name: StaticString, _ attributes: Attributes = [], text: String) {
        open(name, attributes)
        output += ">"
        output += HTMLEscaping.text(text)
        close(name)
    }

    /// An element with no content: `<name attributes/>` (void HTML elements and empty SVG shapes).
    mutating func leaf(_ name: StaticString, _ attributes: Attributes = []) {
        open(name, attributes)
        output += "/>"
    }

    /// Text content, escaped.
    mutating func text(_ value: String) {
        output += HTMLEscaping.text(value)
    }

    /// Markup written as is. Only for text the renderer made itself with no export text in it.
    mutating func trustedMarkup(_ markup: String) {
        output += markup
    }

    private mutating func open(_ name: StaticString, _ attributes: Attributes) {
        output += "<"
        output += name.description
        for (attribute, value) in attributes {
            output += " "
            output += attribute.description
            output += "=\""
            output += HTMLEscaping.attribute(value)
            output += "\""
        }
    }

    private mutating func close(_ name: StaticString) {
        output += "</"
        output += name.description
        output += ">"
    }
}
