import Foundation
import Testing

@testable import FlowReport

/// `compactObject(_:)` lays an object out on one line with everything inside it (a report's items), named with
/// `PreparedKey(compact:)` keys or plain keys, and leaves the layout around it as it was.
@Suite struct CompactJSONTests {
    @Test func anArrayOfCompactObjectsHasOneObjectPerLine() {
        let key = JSONWriter.PreparedKey(compact: "key")
        let dates = JSONWriter.PreparedKey(compact: "dates")
        let done = JSONWriter.PreparedKey(compact: "Done")
        let review = JSONWriter.PreparedKey(compact: "Review")
        let empty = JSONWriter.PreparedKey(compact: "empty")
        var json = JSONWriter()
        json.array { json in
            for (name, days) in [("A-1", 2), ("A-2", 0)] {
                json.compactObject { json in
                    json.key(key)
                    json.string(name)
                    json.key(dates)
                    json.object { json in
                        json.key(done)
                        json.null()
                        json.key(review)
                        json.int(days)
                    }
                    json.field("open", true)
                    json.key("list")
                    json.array { json in
                        json.number(1.5)
                        json.string("x")
                        json.array { _ in }
                    }
                    json.key(empty)
                    json.object { _ in }
                }
            }
        }
        json.endDocument()
        let expected = """
            [
              {"key": "A-1", "dates": {"Done": null, "Review": 2}, "open": true, "list": [1.5, "x", []], "empty": {}},
              {"key": "A-2", "dates": {"Done": null, "Review": 0}, "open": true, "list": [1.5, "x", []], "empty": {}}
            ]

            """
        #expect(json.output == expected)
    }

    @Test func compactKeysAreEscaped() {
        // A quote, a backslash, a line break, a tab, a control character, U+2028 and plain non-ASCII text.
        var json = JSONWriter()
        json.compactObject { json in
            json.key(JSONWriter.PreparedKey(compact: "say \"hi\""))
            json.int(1)
            json.key(JSONWriter.PreparedKey(compact: "a\\b\nc\td\u{1}e\u{2028}"))
            json.int(2)
            json.key(JSONWriter.PreparedKey(compact: "Готово"))
            json.int(3)
        }
        #expect(json.output == #"{"say \"hi\"": 1, "a\\b\nc\td\u0001e\u2028": 2, "Готово": 3}"#)
    }

    @Test func aCompactObjectInsideALaidOutObjectKeepsTheOuterLayout() {
        var json = JSONWriter()
        json.object { json in
            json.field("before", 1)
            json.key("item")
            json.compactObject { json in
                json.key(JSONWriter.PreparedKey(compact: "a"))
                json.int(1)
                json.object("nested") { json in json.field("b", 2) }
                // A compact object inside a compact one stays on the same line.
                json.key("inner")
                json.compactObject { json in json.field("c", 3) }
                json.field("d", 4)
            }
            // After it, keys prepared for the outer object's depth are accepted again, and new containers are
            // laid out one member per line.
            json.key(JSONWriter.PreparedKey("after", depth: json.openContainers))
            json.int(5)
            json.object("nested") { json in
                json.field("e", 6)
                json.array("list") { json in json.int(7) }
            }
        }
        let expected = """
            {
              "before": 1,
              "item": {"a": 1, "nested": {"b": 2}, "inner": {"c": 3}, "d": 4},
              "after": 5,
              "nested": {
                "e": 6,
                "list": [
                  7
                ]
              }
            }
            """
        #expect(json.output == expected)
        #expect(json.openContainers == 0)
    }

    @Test func compactObjectsAreValidJSON() throws {
        let name = JSONWriter.PreparedKey(compact: "na\"me")
        var json = JSONWriter()
        json.object { json in
            json.array("items") { json in
                for index in 0..<3 {
                    json.compactObject { json in
                        json.key(name)
                        json.string("item \(index)\n")
                        json.object("empty") { _ in }
                    }
                }
            }
        }
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: [[String: Any]]])
        let items = try #require(parsed["items"])
        #expect(items.map { $0["na\"me"] as? String } == ["item 0\n", "item 1\n", "item 2\n"])
        #expect(items.allSatisfy { ($0["empty"] as? [String: Any])?.isEmpty == true })
    }
}
