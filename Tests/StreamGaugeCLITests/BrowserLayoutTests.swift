import Foundation
import Testing

/// Where Debian's headless browser is, if installed.
enum Chromium {
    static let executable: URL? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// Renders reports in headless Chromium at 1280 px and 375 px and checks that every chart has a size, that
/// nothing but the scrolling table wrappers is wider than the page, that at 1280 px no table needs its wrapper
/// to scroll, and that every column of the aging chart is labelled. `.ci/run` installs Debian's `chromium`.
@Suite(.enabled(if: Chromium.executable != nil, "needs Chromium (apt-get install chromium)"))
struct BrowserLayoutTests {

    /// What the probe script measured in the page.
    struct Layout: Decodable {
        var viewport: Int
        var scrollWidth: Int
        var svgs: Int
        var emptySvgs: Int
        var overflowing: [String]
        /// Table wrappers that scroll sideways (every `<details>` opened first), as `section: scroll/visible px`.
        var scrollingTables: [String]
        /// The aging chart's stage columns (rows of its numbers table) and the labels under them.
        var agingColumns: Int
        var agingLabels: [String]
        /// Pairs of horizontal aging labels whose boxes overlap.
        var agingOverlaps: [String]
    }

    static let samples = CLI.packageRoot.appendingPathComponent("SampleExports")
    static let sampleConfig = samples.appendingPathComponent("streamgauge.yml").path
    static let samplePages = (1...3).map { samples.appendingPathComponent("jira-rest-json/page-00\($0).json").path }

    /// Each report's command line, output folder aside.
    static let reports: [(name: String, arguments: [String])] =
        [
            ("sample-csv", ["report", samples.appendingPathComponent("jira-cloud-export.csv").path]),
            ("sample-backup", ["report", samples.appendingPathComponent("jira-backup/entities.xml").path]),
            ("sample-sprints", ["sprints"] + samplePages),
        ].map { ($0.0, $0.1 + ["--config", sampleConfig]) } + [
            ("history-json", ["report", ExplainAndForecastTests.story, "--config", ExplainAndForecastTests.config])
        ]

    @Test(arguments: reports.map(\.name), [1280, 375])
    func reportFitsThePage(report: String, width: Int) throws {
        let chromium = try #require(Chromium.executable)
        let folder = try CLI.scratchFolder()
        let arguments = try #require(Self.reports.first { $0.name == report }?.arguments)
        let result = try CLI.run(arguments + ["--out", folder.path, "--format", "html"])
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
        // At 375 px a wide table may scroll inside its wrapper; at 1280 px none needs to.
        if width == 1280 {
            #expect(layout.scrollingTables.isEmpty, "tables scroll sideways at 1280 px: \(layout.scrollingTables)")
        }
        #expect(layout.agingLabels.count == layout.agingColumns, "aging columns without a label: \(layout.agingLabels)")
        #expect(!layout.agingLabels.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty })
        #expect(layout.agingOverlaps.isEmpty, "aging labels overlap at \(width) px: \(layout.agingOverlaps)")
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
          Array.prototype.slice.call(document.querySelectorAll('details')).forEach(function (d) { d.open = true; });
          var scrolling = Array.prototype.slice.call(document.querySelectorAll('.table-wrap')).filter(function (e) {
            return e.scrollWidth > e.clientWidth + 1;
          }).map(function (e) {
            var s = e.closest('section');
            return (s ? s.id : '?') + ': ' + e.scrollWidth + '/' + e.clientWidth;
          });
          var aging = document.querySelector('#aging figure');
          var columns = aging ? aging.querySelectorAll('details tbody tr').length : 0;
          var labels = aging ? Array.prototype.slice.call(aging.querySelectorAll('svg text.category')) : [];
          var flat = labels.filter(function (t) { return !t.hasAttribute('transform'); });
          var overlaps = [];
          for (var i = 1; i < flat.length; i++) {
            var a = flat[i - 1].getBoundingClientRect(), b = flat[i].getBoundingClientRect();
            if (a.right > b.left) { overlaps.push(flat[i - 1].textContent + ' / ' + flat[i].textContent); }
          }
          var out = document.createElement('pre');
          out.id = 'layout-probe';
          out.textContent = JSON.stringify({ viewport: root.clientWidth, scrollWidth: root.scrollWidth,
            svgs: svgs.length, emptySvgs: empty.length, overflowing: wide.slice(0, 5), scrollingTables: scrolling,
            agingColumns: columns, agingLabels: labels.map(function (t) { return t.textContent; }),
            agingOverlaps: overlaps });
          (window.parent !== window ? window.parent.document.body : document.body).appendChild(out);
        });
        </script>
        """
}
