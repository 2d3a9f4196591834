import FlowModel

/// Receives the events of one streamed XML document, in document order.
///
/// Text between two tags arrives as one ``XMLText`` (character data, entity and character
/// references and CDATA sections merged), and only while ``wantsText`` is true. A handler that
/// throws stops the parse; the reader rethrows the error unchanged.
protocol XMLStreamHandler {
    associatedtype Name: XMLVocabulary

    /// Whether text read now will be used; `false` lets the reader skip copying it (long descriptions).
    var wantsText: Bool { get }

    /// An element opens. `element` and its attributes are valid only during this call.
    mutating func startElement(_ element: XMLStartTag<Name>) throws(InputError)

    /// The text between the previous tag and the next one.
    mutating func text(_ text: XMLText) throws(InputError)

    /// An element closes; `name` is `nil` for names outside the vocabulary. `line` is 1-based.
    mutating func endElement(_ name: Name?, line: Int) throws(InputError)
}
