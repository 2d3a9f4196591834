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
    /// Issues per REST JSON page; 0 writes one file.
    var jsonPageSize = 100
    /// The `queues` workflow: every hand-off waits in a queue status (about eight changes per delivered item).
    var queues = false
    /// The organisation's time zone: CSV times are wall-clock times in it, RSS times carry its offset.
    var timeZone = "Europe/Berlin"
    /// The export day; the simulated period ends at 16:45 on it.
    var endDay = Day(year: 2026, month: 11, day: 20) ?? Day(ordinal: 0)
    /// Length of the simulated period.
    var weeks = 16
    /// `--help` was given: print the usage and do nothing else.
    var showHelp = false

    static let usage = """
        usage: samplegen [--issues N] [--seed N] [--out DIR] [--columns N]
                         [--formats csv,xml,yml,backup,json,transitions] [--json-page-size N]
                         [--workflow simple|queues] [--timezone ZONE] [--end YYYY-MM-DD] [--weeks N]

        Writes a simulated Jira site of three teams (PAY, ONB, CLM) into DIR, in each format asked for:
          csv          jira-cloud-export.csv   "Export CSV (all fields)"
          xml          jira-cloud-export.xml   "Export XML" (RSS 0.92)
          yml          streamgauge.yml         a value-stream configuration that fits them
          backup       jira-backup/entities.xml and activeobjects.xml   a site backup, full history
          json         jira-rest-json/page-001.json…   REST search pages with changelogs
          transitions  transitions.csv         key,from,to,at,type,created,title,team,resolution,status category
        The same arguments always give byte-identical files.

          --issues N       number of issues (default 300)
          --seed N         random seed (default 42)
          --out DIR        output folder (default: current folder)
          --columns N      pad (or trim optional columns) to N CSV columns (default: natural set)
          --formats LIST   comma-separated: csv, xml, yml, backup, json, transitions (default: csv,xml)
          --json-page-size N  issues per REST JSON page (default 100; 0 writes one search.json)
          --workflow NAME  simple (default): To Do, Ready for Dev, In Progress, In Review, QA, Done;
                           queues: also Ready for Review, Ready for QA and Ready to Deploy between them
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
            case "--json-page-size": jsonPageSize = try Self.number(value, flag: flag, minimum: 0)
            case "--workflow":
                guard value == "simple" || value == "queues" else {
                    throw UsageError("unknown workflow '\(value)'; expected simple or queues")
                }
                queues = value == "queues"
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
                throw UsageError("unknown format '\(name)'; expected csv, xml, yml, backup, json or transitions")
            }
            if !result.contains(format) { result.append(format) }
        }
        guard !result.isEmpty else { throw UsageError("no format given; expected a list like csv,xml") }
        return result
    }
}

/// The files samplegen can write.
enum OutputFormat: String, CaseIterable {
    case csv, xml, yml, backup, json, transitions

    /// The file (or, for `backup` and `json`, the folder) inside the output folder.
    var fileName: String {
        switch self {
        case .csv, .xml: "jira-cloud-export.\(rawValue)"
        case .yml: "streamgauge.yml"
        case .backup: "jira-backup"
        case .json: "jira-rest-json"
        case .transitions: "transitions.csv"
        }
    }
}
