/// The stage names item rows built from flows read their stage's name from: one list shared by all rows.
final class ItemRowStages: Sendable {
    let names: [String]

    init(names: [String]) {
        self.names = names
    }
}
