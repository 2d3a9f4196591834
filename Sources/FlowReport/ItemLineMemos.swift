/// What one thread keeps from row to row while it writes item lines: the escaped values of the repeating columns,
/// for the JSON and for the CSV, and the text of the numbers the two share.
struct ItemLineMemos {
    var json = ColumnMemos()
    var csv = ColumnMemos()
    var numbers = NumberTexts()

    /// One memo per repeating column: type, flow item, team, status, stage and source.
    struct ColumnMemos {
        var type = EscapedTextMemo()
        var flowItem = EscapedTextMemo()
        var team = EscapedTextMemo()
        var status = EscapedTextMemo()
        var stage = EscapedTextMemo()
        var source = EscapedTextMemo()
    }
}
