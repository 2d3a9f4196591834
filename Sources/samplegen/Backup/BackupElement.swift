import Foundation

/// One row of a site backup, written as Jira's entity engine writes it: an element named after
/// the entity with the columns as attributes, except text that spans lines, which becomes a
/// child element holding CDATA (`<description><![CDATA[…]]></description>`).
///
/// Attribute values escape `&`, `<`, `>`, `"` and `'` (as `&apos;`, like Jira) and tabs; this
/// and ``OutputFile/writeCDATA(_:)`` are the only places backup text is escaped.
struct BackupElement: ~Copyable {
    private let name: String
    /// Multi-line values, written as child elements when the element closes.
    private var children: [(name: StaticString, text: String)] = []

    /// Starts `<name` on a new line, indented as entities are.
    init(_ name: String, file: inout OutputFile) {
        self.name = name
        file.write("    <")
        file.write(name)
    }

    /// ` name="value"` (or a child element, when `value` spans lines).
    mutating func attribute(_ attribute: StaticString, _ value: String, file: inout OutputFile) {
        if value.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            children.append((attribute, value))
            return
        }
        writeName(attribute, file: &file)
        let special = value.utf8.contains {
            $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"")
                || $0 == UInt8(ascii: "'") || $0 == 0x09
        }
        if !special {
            file.write(value)
        } else {
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "&"): file.write("&amp;")
                case UInt8(ascii: "<"): file.write("&lt;")
                case UInt8(ascii: ">"): file.write("&gt;")
                case UInt8(ascii: "\""): file.write("&quot;")
                case UInt8(ascii: "'"): file.write("&apos;")
                case 0x09: file.write("&#9;")
                default: file.write(byte: byte)
                }
            }
        }
        file.write(byte: UInt8(ascii: "\""))
    }

    /// ` name="123"`.
    mutating func attribute(_ attribute: StaticString, number: Int, file: inout OutputFile) {
        writeName(attribute, file: &file)
        file.write(number: number)
        file.write(byte: UInt8(ascii: "\""))
    }

    /// ` name="2026-11-20 16:45:00.0"`: a wall-clock time in the server's zone.
    mutating func attribute(_ attribute: StaticString, date instant: Int, zone: ZoneRules, file: inout OutputFile) {
        writeName(attribute, file: &file)
        file.writeBackupDate(instant, zone: zone)
        file.write(byte: UInt8(ascii: "\""))
    }

    /// Ends the element: `/>`, or `>`, the child elements and the end tag.
    consuming func close(file: inout OutputFile) {
        guard !children.isEmpty else {
            file.write("/>\n")
            return
        }
        file.write(">\n")
        for (child, text) in children {
            file.write("        <")
            file.write(bytes: UnsafeBufferPointer(start: child.utf8Start, count: child.utf8CodeUnitCount))
            file.write(">")
            file.writeCDATA(text)
            file.write("</")
            file.write(bytes: UnsafeBufferPointer(start: child.utf8Start, count: child.utf8CodeUnitCount))
            file.write(">\n")
        }
        file.write("    </")
        file.write(name)
        file.write(">\n")
    }

    private func writeName(_ attribute: StaticString, file: inout OutputFile) {
        file.write(byte: UInt8(ascii: " "))
        file.write(bytes: UnsafeBufferPointer(start: attribute.utf8Start, count: attribute.utf8CodeUnitCount))
        file.write("=\"")
    }
}

extension OutputFile {
    /// `<![CDATA[text]]>`, a `]]>` inside split across two sections.
    mutating func writeCDATA(_ text: String) {
        write("<![CDATA[")
        if text.contains("]]>") {
            write(text.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>"))
        } else {
            write(text)
        }
        write("]]>")
    }
}
