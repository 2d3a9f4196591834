/// Why an XML input could not be read. One place turns each case into the message users see.
enum XMLProblem: Error, Equatable {
    /// Kinds of compressed file people hand over instead of the XML inside.
    enum Compression: Equatable { case zip, gzip }

    case empty
    case onlyWhitespace
    case compressed(Compression)
    case binary
    /// Text with no `<` in the first bytes; `found` is how it starts.
    case noMarkup(found: String)
    case unreadable(reason: String)
    /// Bytes that are not UTF-8 in a file that declares no encoding; `bytes` as libxml2 shows them.
    case notUTF8(bytes: String)
    /// The parser's own message (libxml2), first letter lowercased.
    case malformed(String)
    /// The file ends while `element`, opened on a 1-based line, is still open.
    case truncated(element: String, openedOnLine: Int)
    /// A reference to an entity declared in a DTD, which this reader never expands.
    case entityNotExpanded(name: String)

    /// A lowercase phrase that says what was found and what was expected.
    var message: String {
        switch self {
        case .empty:
            "the file is empty; expected an xml export"
        case .onlyWhitespace:
            "the file holds only whitespace; expected an xml export"
        case .compressed(.zip):
            "this is a zip archive, not xml; unzip it and give the xml file inside"
                + " (for a jira backup: entities.xml)"
        case .compressed(.gzip):
            "this is a gzip-compressed file, not xml; unpack it (gunzip) and give the xml file"
        case .binary:
            "this is a binary file, not xml; expected an xml export"
        case .noMarkup(let found):
            "no xml found: the file starts '\(found)'; expected '<' to open the document"
        case .unreadable(let reason):
            "the file cannot be read: \(reason)"
        case .notUTF8(let bytes):
            "the text is not utf-8 (bytes \(bytes)) and the file declares no encoding; expected utf-8 or a"
                + " declaration such as <?xml version=\"1.0\" encoding=\"windows-1252\"?>"
        case .malformed(let detail):
            detail
        case .truncated(let element, let line):
            "the file ends inside <\(element)> opened on line \(line) (truncated?); expected the rest of the document"
        case .entityNotExpanded(let name):
            "entity '\(name)' is not expanded: entities declared in a dtd are not supported"
                + " (they could read local files or expand without bound)"
        }
    }
}
