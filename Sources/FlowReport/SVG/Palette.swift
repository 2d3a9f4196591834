/// The Okabe–Ito palette, distinguishable with the common forms of colour blindness.
enum Palette {
    static let blue = "#0072B2"
    static let vermillion = "#D55E00"
    static let orange = "#E69F00"
    static let green = "#009E73"
    static let skyBlue = "#56B4E9"
    static let purple = "#CC79A7"
    static let yellow = "#F0E442"
    static let black = "#000000"
    static let grey = "#8C959F"

    /// Series colours in the order they are handed out; the first four are Feature, Defect, Risk, Debt.
    static let series = [blue, vermillion, orange, green, skyBlue, purple, yellow, black]

    static func color(at index: Int) -> String {
        series[((index % series.count) + series.count) % series.count]
    }

    /// A colour per name, handed out in order.
    static func colors(for names: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for (index, name) in names.enumerated() where result[name] == nil { result[name] = color(at: index) }
        return result
    }
}
