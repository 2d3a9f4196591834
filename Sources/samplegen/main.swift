import Foundation

// samplegen: writes deterministic, realistic Jira exports for demos, tests and benchmarks.
// Run `samplegen --help` for the options.

do {
    let options = try GeneratorOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    if options.showHelp {
        print(GeneratorOptions.usage)
    } else {
        try SampleExport(options: options).run()
    }
} catch {
    FileHandle.standardError.write(Data("samplegen: error: \(error.description)\n\n\(GeneratorOptions.usage)\n".utf8))
    exit(2)
}
