import Foundation

/// `items[]`: every imported item, whatever its state, one item per line (a 100 000-item report stays about
/// half the size it would be with one member per line, and still reads and diffs item by item).
extension JSONRenderer {
    /// `items[]`, its elements rendered by `items` (by default ``ItemLines``, the JSON alone).
    func writeItems(_ report: Report, to json: inout JSONWriter, items: ((inout JSONWriter) -> Void)? = nil) {
        json.array("items") { json in
            if let items {
                items(&json)
            } else {
                ItemLines(report).write(json: &json, csv: nil)
            }
        }
    }
}
