import Foundation

/// One status change read from a changelog, with where it came from so that equal times keep their order.
struct JiraJSONChange {
    let at: Date
    /// The history's position in the changelog as given (newest or oldest first).
    let history: Int
    /// The item's position inside its history.
    let item: Int
    let from: String?
    let to: String
}
