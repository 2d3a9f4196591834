import Testing

@testable import FlowReport

@Suite struct EscapingTests {
    @Test func htmlTextEscapesMarkupButNotQuotes() {
        #expect(
            HTMLEscaping.text("<script>alert(1)</script> & \"x\"")
                == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"x\"")
    }

    @Test func htmlAttributeEscapesQuotesToo() {
        #expect(HTMLEscaping.attribute("a\"b'c<d>&") == "a&quot;b&#39;c&lt;d&gt;&amp;")
    }

    @Test func htmlLeavesPlainTextAlone() {
        #expect(HTMLEscaping.text("Développement · 5 items") == "Développement · 5 items")
    }

    @Test func htmlEscapesBesideMultibyteCharactersAndReplacesNul() {
        // Entities right after and before multi-byte characters, at both ends; NUL becomes U+FFFD.
        #expect(HTMLEscaping.text("é<ü>€&") == "é&lt;ü&gt;€&amp;")
        #expect(HTMLEscaping.attribute("'日本'\u{0}\"") == "&#39;日本&#39;\u{FFFD}&quot;")
        // The same bytes appended to a page as made into text.
        var page = Array("<p>".utf8)
        HTMLEscaping.append("a<b", quotes: false, to: &page)
        #expect(String(decoding: page, as: UTF8.self) == "<p>a&lt;b")
    }

    @Test func markdownCellCannotBreakATableOrInjectHTML() {
        #expect(
            MarkdownEscaping.inline("<script>alert(1)</script> a | b *c*")
                == "&lt;script&gt;alert(1)&lt;/script&gt; a \\| b \\*c\\*")
        #expect(MarkdownEscaping.inline("one\r\ntwo\nthree") == "one two three")
        #expect(
            MarkdownEscaping.inline("[link](x) _e_ `code` ~s~ a&b")
                == "\\[link\\](x) \\_e\\_ \\`code\\` \\~s\\~ a&amp;b")
        // A trailing backslash must not escape the cell's closing pipe.
        #expect(MarkdownEscaping.inline("C:\\") == "C:\\\\")
    }

    @Test func mermaidLabelsLoseCharactersThatEndALabel() {
        #expect(MermaidEscaping.label("Say \"hi\" [now]; 50% #1") == "Say 'hi' (now), 50％ ＃1")
        #expect(MermaidEscaping.label("a\n\n  b") == "a b")
        #expect(MermaidEscaping.label(String(repeating: "x", count: 50)).count == 40)
    }

    @Test func csvNeutralisesFormulasAndQuotes() {
        #expect(CSVEscaping.text("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVEscaping.text("+1") == "'+1")
        #expect(CSVEscaping.text("-1") == "'-1")
        #expect(CSVEscaping.text("@sum") == "'@sum")
        #expect(CSVEscaping.text("\tx") == "'\tx")
        #expect(CSVEscaping.text("\rx") == "\"'\rx\"")
        #expect(CSVEscaping.text("a, b") == "\"a, b\"")
        #expect(CSVEscaping.text("line\nbreak") == "\"line\nbreak\"")
        #expect(CSVEscaping.text("plain") == "plain")
        // Numbers the renderer wrote are never neutralised.
        #expect(CSVEscaping.generated("-1.5") == "-1.5")
    }

    @Test func jsonStringsEscapeQuotesControlsAndLineSeparators() {
        #expect(JSONEscaping.string("a\"b\\c") == "\"a\\\"b\\\\c\"")
        #expect(JSONEscaping.string("\n\r\t\u{8}\u{C}\u{1}") == "\"\\n\\r\\t\\b\\f\\u0001\"")
        #expect(JSONEscaping.string("x\u{2028}y\u{2029}") == "\"x\\u2028y\\u2029\"")
        #expect(JSONEscaping.string("Café — ✓") == "\"Café — ✓\"")
    }

    /// The scan looks at eight bytes at a time, then one at a time: a special byte is found wherever it is,
    /// next to any other byte, and bytes that only look alike word-wise (0x21, 0x5B, 0xE3, 0x7F…) are not.
    @Test(arguments: ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{2028}", ",", "\r"])
    func specialCharactersAreFoundAtEveryPosition(special: String) {
        for length in [7, 8, 9, 15, 16, 17, 31] {
            for position in 0..<length {
                let text =
                    String(repeating: "a", count: position) + special
                    + String(repeating: "!", count: length - position - 1)
                #expect(JSONEscaping.string(text) == Self.jsonOneByteAtATime(text), "\(Array(text.utf8))")
                #expect(CSVEscaping.generated(text) == Self.csvOneByteAtATime(text), "\(Array(text.utf8))")
            }
        }
        let lookalikes = "!#[]^_`{|}~\u{7F}\u{20}ãé€✓ 0+-=@"
        #expect(JSONEscaping.string(lookalikes + lookalikes) == "\"" + lookalikes + lookalikes + "\"")
        #expect(CSVEscaping.generated(lookalikes + lookalikes) == lookalikes + lookalikes)
    }

    /// JSON's escapes, one character at a time.
    static func jsonOneByteAtATime(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\u{2028}": escaped += "\\u2028"
            case _ where scalar.value < 0x20: escaped += String(format: "\\u%04x", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }

    /// A CSV cell, quoted when it holds a comma, quote or line break, one character at a time.
    static func csvOneByteAtATime(_ text: String) -> String {
        let quoted = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        let doubled = text.replacingOccurrences(of: "\"", with: "\"\"")
        return quoted ? "\"" + doubled + "\"" : text
    }
}
