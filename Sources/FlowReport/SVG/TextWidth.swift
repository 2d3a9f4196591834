/// A generous estimate of how wide a chart label is drawn, in viewBox units, so labels can be placed without
/// measuring them in a browser. It assumes the 15 px labels of narrow screens (wider screens draw 12 px) in a
/// wide sans-serif such as DejaVu Sans.
enum TextWidth {
    /// The font size the estimate is for, in viewBox units.
    static let fontSize = 15.0

    static func of(_ text: String) -> Double {
        text.unicodeScalars.reduce(0.0) { $0 + em($1) * fontSize }
    }

    /// The longest prefix of `text` that, followed by `…`, is at most `width` wide; `text` itself when it fits.
    static func shortened(_ text: String, toFit width: Double) -> String {
        guard of(text) > width else { return text }
        var kept = ""
        for character in text {
            guard of(kept + String(character) + "…") <= width else { break }
            kept.append(character)
        }
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }

    /// `text` on two lines broken between words where the longer line is shortest; one line when it has a
    /// single word.
    static func twoLines(_ text: String) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        guard words.count > 1 else { return [text] }
        var best = [text]
        var bestWidth = Double.infinity
        for split in 1..<words.count {
            let lines = [words[..<split].joined(separator: " "), words[split...].joined(separator: " ")]
            let width = lines.map(of).max() ?? 0
            if width < bestWidth {
                best = lines
                bestWidth = width
            }
        }
        return best
    }

    /// Advance widths in em: narrow punctuation and letters, wide capitals and `m`/`w`, the rest in between.
    private static func em(_ scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ", "i", "j", "l", "I", "!", "|", ".", ",", ":", ";", "'": 0.34
        case "f", "r", "t", "(", ")", "[", "]", "-", "/": 0.45
        case "m", "w", "M", "W", "@", "%", "&": 0.95
        case "A"..."Z": 0.74
        case "0"..."9": 0.64
        default: 0.62
        }
    }
}
