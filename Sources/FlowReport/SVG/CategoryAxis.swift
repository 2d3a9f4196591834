import Foundation

/// X-axis labels for a chart whose every column must be named (the aging chart's stages), where thinning them
/// out like the week and day axes would leave columns unnamed.
///
/// Each label is drawn on one line when it and its neighbours leave each other room; else on two lines,
/// broken between words; else turned 40° so long names run down and to the left of their column. A name that
/// still does not fit ends in `…` and keeps its full text in a `<title>` tooltip.
struct CategoryAxis {
    enum Layout {
        case oneLine, twoLines, turned
    }

    let slot: Double
    let layout: Layout
    /// Each label's lines as drawn.
    let lines: [[String]]
    /// The labels' full names, for the tooltip of a shortened one.
    let names: [String]

    /// Room kept between neighbouring labels, in viewBox units.
    static let gap = 4.0
    /// The turn of labels that fit neither way, in degrees.
    static let angle = 40.0
    /// A turned label's longest run, in viewBox units.
    static let turnedLength = 150.0
    static let lineHeight = 16.0

    init(_ names: [String], slot: Double) {
        self.names = names
        self.slot = slot
        let single = names.map { [$0] }
        if Self.fits(single, slot: slot) {
            layout = .oneLine
            lines = single
            return
        }
        let broken = names.map(TextWidth.twoLines)
        if Self.fits(broken, slot: slot) {
            layout = .twoLines
            lines = broken
            return
        }
        layout = .turned
        lines = names.map { [TextWidth.shortened($0, toFit: Self.turnedLength)] }
    }

    /// Space the labels need under the plot, in viewBox units.
    var height: Double {
        switch layout {
        case .oneLine: 30
        case .twoLines: 30 + Self.lineHeight
        case .turned:
            20 + Self.sine(Self.angle) * (lines.map { TextWidth.of($0[0]) }.max() ?? 0)
        }
    }

    /// Draws the labels centred under their columns, the first column starting at `left`.
    func draw(left: Double, plotBottom: Double, into html: inout HTMLWriter) {
        for (index, label) in lines.enumerated() {
            let x = SVGNumber.format(left + slot * (Double(index) + 0.5))
            let shortened = label.joined(separator: " ") != names[index]
            var attributes: HTMLWriter.Attributes = [("class", "category"), ("x", x)]
            switch layout {
            case .oneLine, .twoLines:
                attributes += [("y", SVGNumber.format(plotBottom + 18)), ("text-anchor", "middle")]
            case .turned:
                let y = SVGNumber.format(plotBottom + 14)
                attributes += [
                    ("y", y), ("text-anchor", "end"),
                    ("transform", "rotate(-\(SVGNumber.format(Self.angle)) \(x) \(y))"),
                ]
            }
            html.element("text", attributes) { html in
                if shortened { html.element("title", text: names[index]) }
                for (number, line) in label.enumerated() {
                    guard number > 0 else {
                        html.element("tspan", text: line)
                        continue
                    }
                    html.element("tspan", [("x", x), ("dy", SVGNumber.format(Self.lineHeight))], text: line)
                }
            }
        }
    }

    /// True when every label keeps `gap` from its neighbours and the outer ones stay near the plot.
    private static func fits(_ labels: [[String]], slot: Double) -> Bool {
        let widths = labels.map { $0.map(TextWidth.of).max() ?? 0 }
        for index in widths.indices.dropFirst() where (widths[index - 1] + widths[index]) / 2 + gap > slot {
            return false
        }
        // The first and last label may reach into the chart's margins by a little.
        return (widths.first ?? 0) / 2 <= slot / 2 + 30 && (widths.last ?? 0) / 2 <= slot / 2 + 10
    }

    private static func sine(_ degrees: Double) -> Double {
        sin(degrees * .pi / 180)
    }
}
