import Testing

@Test func placeholderFlowReportTests() { #expect(Bool(true)) }
