import Testing

@Test func placeholderFlowImportTests() { #expect(Bool(true)) }
