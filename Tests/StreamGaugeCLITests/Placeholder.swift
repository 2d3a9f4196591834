import Testing

@Test func placeholderStreamGaugeCLITests() { #expect(Bool(true)) }
