import FlowModel

/// Short day labels for chart axes: `16 Nov`.
enum DayLabel {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func short(_ day: Day) -> String {
        let (_, month, dayOfMonth) = day.civil
        return String(dayOfMonth) + " " + months[(month - 1) % 12]
    }
}
