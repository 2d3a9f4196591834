import Foundation
import Testing

@testable import FlowImport
@testable import FlowModel

/// Exact error texts and positions: line and column (1-based, in bytes) of the offending byte.
@Suite struct JSONReaderErrorTests {
    private func error(_ text: String) -> String? { JSONReaderTests.error(text) }

    @Test func positionsAreTheSameWhateverTheChunkSize() {
        let text = "{\n  \"a\": 1,\n  \"b\": 2 x\n}"
        for chunkSize in JSONReaderTests.chunkSizes {
            // Line 3 is `  "b": 2 x`: the x is its 10th byte.
            #expect(
                JSONReaderTests.error(text, chunkSize: chunkSize)
                    == "test.json:3:10: error: expected ',' or '}' after a value in an object, found 'x'")
        }
    }

    @Test func structuralErrors() {
        #expect(error("[1, 2 }") == "test.json:1:7: error: expected ',' or ']' after a value in an array, found '}'")
        #expect(error("{1: 2}") == "test.json:1:2: error: expected a string key or '}' in an object, found '1'")
        #expect(error("{\"a\": 1,}") == "test.json:1:9: error: expected a string key after ',' in an object, found '}'")
        #expect(error("{\"key\" 1}") == "test.json:1:8: error: expected ':' after the key \"key\", found '1'")
        #expect(
            error("[1,]")
                == "test.json:1:4: error: expected a value (object, array, string, number, true, false or null), found ']'"
        )
        #expect(error("{} {}") == "test.json:1:4: error: expected the end of the file after the JSON value, found '{'")
        #expect(
            error("[é]")
                == "test.json:1:2: error: expected a value (object, array, string, number, true, false or null), found 'é'"
        )
    }

    @Test func scalarErrors() {
        #expect(
            error("[01]") == "test.json:1:2: error: invalid number '01'; expected a number such as 0, -12, 3.5 or 1e-6")
        #expect(
            error("[1.]") == "test.json:1:2: error: invalid number '1.'; expected a number such as 0, -12, 3.5 or 1e-6")
        #expect(
            error("[-]") == "test.json:1:2: error: invalid number '-'; expected a number such as 0, -12, 3.5 or 1e-6")
        #expect(
            error("[1e]") == "test.json:1:2: error: invalid number '1e'; expected a number such as 0, -12, 3.5 or 1e-6")
        #expect(error("[tru]") == "test.json:1:2: error: invalid literal 'tru'; expected true, false or null")
        #expect(error("[nulls]") == "test.json:1:2: error: invalid literal 'nulls'; expected true, false or null")
        #expect(
            error(#"["a\qb"]"#)
                == #"test.json:1:5: error: invalid escape: '\' followed by 'q'; expected one of \" \\ \/ \b \f \n \r \t \uXXXX"#
        )
        #expect(
            error(#"["\u12G4"]"#)
                == #"test.json:1:7: error: invalid escape '\u12G'; expected four hexadecimal digits after \u"#)
        #expect(
            error("[\"tab\there\"]")
                == #"test.json:1:6: error: control character U+0009 inside a string; expected it escaped as \u0009"#)
    }

    @Test func truncatedInputsNameWhatIsOpen() {
        #expect(error("") == "test.json:1:1: error: the file holds no JSON value; expected an object or an array")
        #expect(error(" \n ") == "test.json:2:2: error: the file holds no JSON value; expected an object or an array")
        // The error sits at the end of the input: line 3, after its three bytes ` 1,`.
        #expect(error("{\n \"a\": [\n 1,") == "test.json:3:4: error: the file ends inside an array opened at line 2")
        #expect(error("{\"a\": 1") == "test.json:1:8: error: the file ends inside an object opened at line 1")
        #expect(error("{\"a\"") == "test.json:1:5: error: the file ends inside an object opened at line 1")
        #expect(
            error("[\n \"abc")
                == "test.json:2:6: error: the file ends inside a string that starts at line 2, column 2")
        #expect(
            error("[\"a\\u12")
                == "test.json:1:8: error: the file ends inside a string that starts at line 1, column 2")
    }

    @Test func deepNestingIsRejectedNotACrash() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        // The 513th '[' is one too many.
        #expect(
            error(deep)
                == "test.json:1:513: error: objects and arrays nested more than 512 deep; expected at most 512 levels")
        let objects = String(repeating: "{\"a\":", count: 10_000)
        #expect(error(objects)?.contains("nested more than 512 deep") == true)
        var reader = JSONReader(bytes: Array(deep.utf8), file: "test.json")
        #expect(throws: InputError.self) { _ = try reader.readValue() }
    }

    @Test func theDepthLimitAllowsExactlyItsLevels() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(try JSONReaderTests.events(text).count == 1024)
    }
}
