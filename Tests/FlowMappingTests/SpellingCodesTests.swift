import Testing

@testable import FlowMapping

/// Spelling codes look strings up by their machine words first; equal text must get one code however the
/// strings were made, and different text different codes, past the limit of remembered strings too.
@Suite struct SpellingCodesTests {
    /// A new string with `text`'s content and its own storage.
    static func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

    @Test func equalTextGetsOneCodeHoweverItWasMade() {
        var codes = SpellingCodes()
        let long = "Selected for Development"
        #expect(codes.code("In Progress") == 0)
        #expect(codes.code(long) == 1)
        #expect(codes.code(Self.fresh("In Progress")) == 0)
        #expect(codes.code(Self.fresh(long)) == 1)
        #expect(codes.code(Self.fresh(long)) == 1)
        #expect(codes.code("in progress") == 2)
        #expect(codes.spellings == ["In Progress", long, "in progress"])
    }

    @Test func manyDistinctSpellingsStayDistinct() {
        var codes = SpellingCodes()
        let count = SpellingCodes.identityLimit + 500
        let texts = (0..<count).map { "Status number \($0) with a long name" }
        for (index, text) in texts.enumerated() { #expect(codes.code(text) == index) }
        for (index, text) in texts.enumerated().reversed() { #expect(codes.code(Self.fresh(text)) == index) }
        #expect(codes.count == count)
    }
}
