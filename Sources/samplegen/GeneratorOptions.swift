import FlowModel

/// What to generate, from the command line.
struct GeneratorOptions {
    /// How many issues.
    var issues = 300
    var seed: UInt64 = 42
    /// The folder the files are written into (created if missing).
    var outputFolder = "."
    /// Target number of CSV columns; `nil` keeps the natural set.
    var columns: Int?
    var formats: [OutputFormat] = [.csv, .xml]
    /// The organisation's time zone: CSV times are wall-clock times in it, RSS times carry its offset.
    var timeZone = "Europe/Berlin"
    /// The export day; the simulated period ends at 16:45 on it.
    var endDay = Day(year: 2026, month: 11, day: 20) ?? Day(ordinal: 0)
    /// Length of the simulated period.
    var weeks = 16
    /// `--help` was given: print the usage and do nothing else.
    var showHelp = false

    static let usage = """
        usage: samplegen [--issues N] [--seed N] [--out DIR] [--columns N] [--formats csv,xml,yml]
                         [--timezone ZONE] [--end YYYY-MM-DD] [--weeks N]

        Writes a simulated Jira Cloud export of three teams (PAY, ONB, CLM) into DIR:
          jira-cloud-export.csv   "Export CSV (all fields)"
          jira-cloud-export.xml   "Export XML" (RSS 0.92)
          streamgauge.yml         a value-stream configuration that fits them (with --formats …,yml)
        The same arguments always give byte-identical files.

          --issues N       number of issues (default 300)
          --seed N         random seed (default 42)
          --out DIR        output folder (default: current folder)
          --columns N      pad (or trim optional columns) to N CSV columns (default: natural set)
          --formats LIST   comma-separated: csv, xml, yml (default: csv,xml)
          --timezone ZONE  IANA zone of the organisation (default Europe/Berlin)
          --end DATE       export day (default 2026-11-20)
          --weeks N        length of the simulated period in weeks (default 16)

        example: samplegen --issues 100000 --seed 42 --columns 60 --out .bench
        """

    /// Parses `arguments` (without the program name).
    init(arguments: [String]) throws(UsageError) {
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            if flag == "--help" || flag == "-h" {
                showHelp = true
                return
            }
            guard let value = remaining.popFirst() else { throw UsageError("missing value after '\(flag)'") }
            switch flag {
            case "--issues": issues = try Self.number(value, flag: flag, minimum: 1)
            case "--seed":
                guard let parsed = UInt64(value) else {
                    throw UsageError("invalid seed '\(value)'; expected a non-negative integer")
                }
                seed = parsed
            case "--out": outputFolder = value
            case "--columns": columns = try Self.number(value, flag: flag, minimum: 1)
            case "--formats": formats = try Self.formats(value)
            case "--timezone": timeZone = value
            case "--end":
                guard let day = Day(iso: value) else {
                    throw UsageError("invalid date '\(value)' for --end; expected YYYY-MM-DD")
                }
                endDay = day
            case "--weeks": weeks = try Self.number(value, flag: flag, minimum: 2)
            default: throw UsageError("unknown option '\(flag)'")
            }
        }
    }

    private static func number(_ text: String, flag: String, minimum: Int) throws(UsageError) -> Int {
        guard let value = Int(text), value >= minimum else {
            throw UsageError("invalid value '\(text)' for \(flag); expected an integer of at least \(minimum)")
        }
        return value
    }

    private static func formats(_ text: String) throws(UsageError) -> [OutputFormat] {
        var result: [OutputFormat] = []
        for name in text.split(separator: ",") {
            guard let format = OutputFormat(rawValue: String(name)) else {
                throw UsageError("unknown format '\(name)'; expected csv, xml or yml")
            }
            if !result.contains(format) { result.append(format) }
        }
        guard !result.isEmpty else { throw UsageError("no format given; expected a list like csv,xml") }
        return result
    }
}

/// The files samplegen can write.
enum OutputFormat: String, CaseIterable {
    case csv, xml, yml

    /// The file name inside the output folder.
    var fileName: String { self == .yml ? "streamgauge.yml" : "jira-cloud-export.\(rawValue)" }
}
