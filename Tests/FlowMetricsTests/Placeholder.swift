import Testing

@Test func placeholderFlowMetricsTests() { #expect(Bool(true)) }
