/// Writes the little Jira wiki markup the simulation uses as the HTML that Jira's RSS export
/// carries in `description` and `comment`, XML-escaped on the way out — so `<p>` appears as
/// `&lt;p&gt;` and a quote in the text as `&amp;quot;`, as in real exports.
///
/// Handles paragraphs, line breaks, `*` and `#` lists, `*bold*` and `{noformat}` blocks. Works
/// on UTF-8 bytes (every character it looks at is ASCII), straight into the output.
struct WikiHTMLWriter {
    private var paragraphOpen = false
    /// `ul` or `ol` while a list is open.
    private var openList: String?
    /// Lines written so far in an open `{noformat}` block; `nil` outside one.
    private var preformattedLines: Int?
    private var wroteBlock = false

    /// Writes `markup` as XML-escaped HTML.
    static func write(_ markup: String, to file: inout OutputFile) {
        var markup = markup
        var writer = WikiHTMLWriter()
        markup.withUTF8 { bytes in
            var lineStart = 0
            for position in 0...bytes.count where position == bytes.count || bytes[position] == 10 {
                writer.line(UnsafeBufferPointer(rebasing: bytes[lineStart..<position]), to: &file)
                lineStart = position + 1
            }
        }
        writer.finish(to: &file)
    }

    private mutating func line(_ line: UnsafeBufferPointer<UInt8>, to file: inout OutputFile) {
        if line.elementsEqual("{noformat}".utf8) {
            if preformattedLines != nil {
                closePreformatted(to: &file)
            } else {
                closeBlocks(to: &file)
                if wroteBlock { file.write(byte: 10) }
                file.write("&lt;div class=&quot;preformatted panel&quot; style=&quot;border-width: 1px;&quot;&gt;")
                file.write("&lt;div class=&quot;preformattedContent panelContent&quot;&gt;\n&lt;pre&gt;")
                preformattedLines = 0
            }
            return
        }
        if let lines = preformattedLines {
            if lines > 0 { file.write(byte: 10) }
            Self.writeText(line, to: &file)
            preformattedLines = lines + 1
            return
        }
        if line.isEmpty {
            closeBlocks(to: &file)
            return
        }
        let marker = line.count >= 2 && line[1] == UInt8(ascii: " ") ? line[0] : 0
        if marker == UInt8(ascii: "*") || marker == UInt8(ascii: "#") {
            let tag = marker == UInt8(ascii: "*") ? "ul" : "ol"
            closeParagraph(to: &file)
            if openList != tag {
                closeList(to: &file)
                if wroteBlock { file.write(byte: 10) }
                file.write("&lt;\(tag)&gt;\n")
                openList = tag
            }
            file.write("\t&lt;li&gt;")
            Self.writeInline(UnsafeBufferPointer(rebasing: line[2...]), to: &file)
            file.write("&lt;/li&gt;\n")
            return
        }
        closeList(to: &file)
        if paragraphOpen {
            file.write("&lt;br/&gt;\n")
        } else {
            if wroteBlock { file.write("\n\n") }
            file.write("&lt;p&gt;")
            paragraphOpen = true
        }
        Self.writeInline(line, to: &file)
    }

    private mutating func finish(to file: inout OutputFile) {
        if preformattedLines != nil { closePreformatted(to: &file) }
        closeBlocks(to: &file)
    }

    private mutating func closeBlocks(to file: inout OutputFile) {
        closeParagraph(to: &file)
        closeList(to: &file)
    }

    private mutating func closeParagraph(to file: inout OutputFile) {
        guard paragraphOpen else { return }
        file.write("&lt;/p&gt;")
        paragraphOpen = false
        wroteBlock = true
    }

    private mutating func closeList(to file: inout OutputFile) {
        guard let tag = openList else { return }
        file.write("&lt;/\(tag)&gt;")
        openList = nil
        wroteBlock = true
    }

    private mutating func closePreformatted(to file: inout OutputFile) {
        file.write("\n&lt;/pre&gt;\n&lt;/div&gt;&lt;/div&gt;")
        preformattedLines = nil
        wroteBlock = true
    }

    /// Text with `*bold*` runs (no space just inside the stars) as `<b>`.
    private static func writeInline(_ text: UnsafeBufferPointer<UInt8>, to file: inout OutputFile) {
        let star = UInt8(ascii: "*")
        let space = UInt8(ascii: " ")
        var start = 0
        var position = 0
        while position < text.count {
            if text[position] == star, position + 1 < text.count, text[position + 1] != space,
                let close = text[(position + 2)...].firstIndex(of: star), text[close - 1] != space
            {
                writeText(UnsafeBufferPointer(rebasing: text[start..<position]), to: &file)
                file.write("&lt;b&gt;")
                writeText(UnsafeBufferPointer(rebasing: text[(position + 1)..<close]), to: &file)
                file.write("&lt;/b&gt;")
                position = close + 1
                start = position
            } else {
                position += 1
            }
        }
        writeText(UnsafeBufferPointer(rebasing: text[start...]), to: &file)
    }

    /// Text escaped for HTML (`&`, `<`, `>`, `"`) and then for XML.
    private static func writeText(_ text: UnsafeBufferPointer<UInt8>, to file: inout OutputFile) {
        var start = 0
        for (position, byte) in text.enumerated() {
            let replacement: String
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;amp;"
            case UInt8(ascii: "<"): replacement = "&amp;lt;"
            case UInt8(ascii: ">"): replacement = "&amp;gt;"
            case UInt8(ascii: "\""): replacement = "&amp;quot;"
            default: continue
            }
            file.write(bytes: UnsafeBufferPointer(rebasing: text[start..<position]))
            file.write(replacement)
            start = position + 1
        }
        file.write(bytes: UnsafeBufferPointer(rebasing: text[start...]))
    }
}
