import Foundation
import Testing

/// Where Debian's headless browser is, if installed.
enum Chromium {
    static let executable: URL? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// Renders reports in headless Chromium at 1280 px and 375 px and checks that every chart has a size and that
/// nothing but the scrolling table wrappers is wider than the page. `.ci/run` installs Debian's `chromium`.
@Suite(.enabled(if: Chromium.executable != nil, "needs Chromium (apt-get install chromium)"))
struct BrowserLayoutTests {

    /// What the probe script measured in the page.
    struct Layout: Decodable {
        var viewport: Int
        var scrollWidth: Int
        var svgs: Int
        var emptySvgs: Int
        var overflowing: [String]
    }

    static let reports: [(name: String, arguments: [String])] = [
        ("sample-csv", [ReportEndToEndTests.sampleCSV.path, "--config", ReportEndToEndTests.sampleConfig.path]),
        ("history-json", [ExplainAndForecastTests.story, "--config", ExplainAndForecastTests.config]),
    ]

    @Test(arguments: reports.map(\.name), [1280, 375])
    func reportFitsThePage(report: String, width: Int) throws {
        let chromium = try #require(Chromium.executable)
        let folder = try CLI.scratchFolder()
        let arguments = try #require(Self.reports.first { $0.name == report }?.arguments)
        let result = try CLI.run(["report"] + arguments + ["--out", folder.path, "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try CLI.read(folder.appendingPathComponent("report.html"))
        try html.replacingOccurrences(of: "</body>", with: Self.probe + "</body>")
            .write(to: folder.appendingPathComponent("probe.html"), atomically: true, encoding: .utf8)
        // Chromium's window cannot be narrower than about 500 px, so the narrow page is measured in an iframe.
        let frame =
            "<!doctype html><body style=\"margin:0\"><iframe src=\"probe.html\" style=\"width:\(width)px;height:3000px;border:0\"></iframe>"
        try frame.write(to: folder.appendingPathComponent("frame.html"), atomically: true, encoding: .utf8)

        let layout = try Self.measure(folder.appendingPathComponent("frame.html"), chromium: chromium)
        #expect(layout.viewport > width - 40 && layout.viewport <= width)
        #expect(layout.scrollWidth <= layout.viewport, "the page scrolls sideways at \(width) px")
        #expect(layout.svgs > 0)
        #expect(layout.emptySvgs == 0, "\(layout.emptySvgs) charts have no size at \(width) px")
        #expect(layout.overflowing.isEmpty, "wider than the page at \(width) px: \(layout.overflowing)")
    }

    static func measure(_ page: URL, chromium: URL) throws -> Layout {
        let process = Process()
        process.executableURL = chromium
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--window-size=1280,2000",
            "--virtual-time-budget=5000", "--dump-dom", page.absoluteString,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let start = try #require(dom.range(of: "<pre id=\"layout-probe\">"))
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
        return try JSONDecoder().decode(Layout.self, from: Data(json.utf8))
    }

    /// Test-only script added to a copy of the report (the report itself has none): measures the page and
    /// writes the result into the top document, where `--dump-dom` prints it.
    static let probe = """
        <script>
        window.addEventListener('load', function () {
          var root = document.documentElement;
          var svgs = Array.prototype.slice.call(document.querySelectorAll('svg'));
          var empty = svgs.filter(function (s) { var r = s.getBoundingClientRect(); return r.width < 1 || r.height < 1; });
          var wide = Array.prototype.slice.call(document.querySelectorAll('body *')).filter(function (e) {
            var r = e.getBoundingClientRect();
            return r.width > 0 && r.right > root.clientWidth + 1 && !e.closest('.table-wrap');
          }).map(function (e) { return e.tagName + '.' + (typeof e.className === 'string' ? e.className : ''); });
          var out = document.createElement('pre');
          out.id = 'layout-probe';
          out.textContent = JSON.stringify({ viewport: root.clientWidth, scrollWidth: root.scrollWidth,
            svgs: svgs.length, emptySvgs: empty.length, overflowing: wide.slice(0, 5) });
          (window.parent !== window ? window.parent.document.body : document.body).appendChild(out);
        });
        </script>
        """
}
