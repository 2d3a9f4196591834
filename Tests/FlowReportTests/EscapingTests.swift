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
}
