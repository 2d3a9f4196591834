/// What one thread keeps from row to row while it writes item lines: the escaped values of the repeating columns,
/// for the JSON and for the CSV.
struct ItemLineMemos {
    var type = EscapedTextMemo()
    var flowItem = EscapedTextMemo()
    var team = EscapedTextMemo()
    var status = EscapedTextMemo()
    var stage = EscapedTextMemo()
    var source = EscapedTextMemo()
}
