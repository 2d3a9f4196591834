import FlowModel
import Foundation

/// Reads the date cells of a tracker export whose date format is known: numeric dates in one order,
/// times without an offset in one zone.
struct TrackerDateReader {
    /// What a message about a bad date shows as an example (`'12/24/2025 11:53:24 AM'`).
    let example: String
    /// The order numeric dates (`12/4/2025`) are read in.
    let order: DateOrder
    private var converter: InstantConverter

    init(timeZone: TimeZone, order: DateOrder, example: String) {
        self.example = example
        self.order = order
        converter = InstantConverter(clock: LocalClock(timeZone: timeZone))
    }

    /// The instant in `bytes`, or `nil` when they hold no date, or a numeric date that is impossible in
    /// ``order``.
    mutating func instant(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard let parsed = DateTextParser.parse(bytes), parsed.fits(order) else { return nil }
        return converter.instant(parsed, order: order)
    }
}
