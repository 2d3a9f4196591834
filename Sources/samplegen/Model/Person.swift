/// Someone with a Jira Cloud account.
struct Person {
    let name: String
    /// A Jira Cloud account id (`712020:…` or 24 hex digits).
    let accountID: String
}
