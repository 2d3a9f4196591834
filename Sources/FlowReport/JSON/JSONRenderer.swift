import FlowModel
import Foundation

/// Renders a ``Report`` as the `streamgauge.report/1` JSON document (SPEC §5).
///
/// Every key is always present; a value the data cannot give is `null`. Timestamps are ISO 8601 in UTC
/// (milliseconds only when not zero), days are `yyyy-MM-dd`, durations are days and ratios 0…1, both at
/// full precision. Keys keep the order of the SPEC's example, with the model's other sections between
/// them. Values keyed by flow item type list the report's `flowItems` first, in that order.
public struct JSONRenderer: Sendable {
    /// A renderer; it holds no state.
    public init() {}

    /// The whole document, ending with a line break.
    public func render(_ report: Report) -> String {
        String(decoding: renderBytes(report), as: UTF8.self)
    }

    /// The document as UTF-8 bytes.
    func renderBytes(_ report: Report) -> [UInt8] {
        writer(report).bytes
    }

    /// Writes the document into `buffer` (which may stream it to a file); `items` writes the elements of
    /// `items[]` (by default ``ItemLines``, the JSON alone).
    func write(_ report: Report, to buffer: OutputBuffer, items: ((inout JSONWriter) -> Void)? = nil) {
        var json = JSONWriter(buffer: buffer)
        write(report, to: &json, items: items)
    }

    /// The writer holding the whole document.
    private func writer(_ report: Report) -> JSONWriter {
        var json = JSONWriter(reservingCapacity: 4096 + report.items.count * 450)
        write(report, to: &json)
        return json
    }

    private func write(
        _ report: Report, to json: inout JSONWriter, items: ((inout JSONWriter) -> Void)? = nil
    ) {
        json.object { json in
            json.field("schema", Report.schema)
            json.field("title", report.title)
            json.field("generatedAt", OutputTimestamp.iso(report.generatedAt))
            json.object("window") { json in
                json.field("from", report.window.from.description)
                json.field("to", report.window.to.description)
                json.field("timezone", report.window.timeZone)
            }
            json.field("history", report.history.rawValue)
            json.array("sources") { json in
                for source in report.sources { writeSource(source, to: &json) }
            }
            stringArray("teamNames", report.teams, to: &json)
            stringArray("capabilities", report.capabilities, to: &json)
            summary("summary", report.summary, report, to: &json)
            summary("previous", report.previous, report, to: &json)
            summary("baseline", report.baseline, report, to: &json)
            stringArray("verdicts", report.verdicts, to: &json)
            stringArray("flowItems", report.flowItems, to: &json)
            writeWeeks(report, to: &json)
            writeStages(report, to: &json)
            json.field("bottleneck", report.bottleneck)
            writeStatusSections(report, to: &json)
            writeAging(report, to: &json)
            percentiles("agingFlowTime", report.agingFlowTime, to: &json)
            writeCumulativeFlow(report.cumulativeFlow, to: &json)
            json.field("durationBasis", report.durationBasis)
            writeFlowTimeSections(report, to: &json)
            json.object("discarded") { json in
                json.field("count", report.discarded.count)
                json.field("afterStart", report.discarded.afterStart)
                json.field("daysSpent", report.discarded.daysSpent)
            }
            json.array("teams") { json in
                for team in report.teamRows { writeTeam(team, report, to: &json) }
            }
            json.array("businessSteps") { json in
                for step in report.businessSteps { writeTeam(step, report, to: &json) }
            }
            writeSprints(report.sprints, to: &json)
            writeForecast(report.forecast, to: &json)
            stringArray("notes", report.notes, to: &json)
            stringArray("stageNames", report.stageNames, to: &json)
            writeItems(report, to: &json, items: items)
        }
        json.endDocument()
    }

    func stringArray(_ name: StaticString, _ values: [String], to json: inout JSONWriter) {
        json.array(name) { json in
            for value in values { json.string(value) }
        }
    }

    func day(_ value: Day?) -> String? {
        value?.description
    }

    private func writeSource(_ source: SourceSummary, to json: inout JSONWriter) {
        json.object { json in
            json.field("file", source.file)
            json.field("format", source.format)
            json.field("formatName", source.formatName)
            json.field("items", source.items)
            json.field("statusChanges", source.statusChanges)
            json.field("history", source.history.rawValue)
            stringArray("skipped", source.skipped, to: &json)
        }
    }
}
