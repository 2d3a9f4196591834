/// `summary`, `previous`, `baseline`, `weeks`, `stages`, `teams` and `businessSteps`.
extension JSONRenderer {
    func summary(_ name: StaticString, _ summary: FlowSummary?, _ report: Report, to json: inout JSONWriter) {
        json.key(name)
        guard let summary else {
            json.null()
            return
        }
        writeSummary(summary, report, to: &json)
    }

    func writeSummary(_ summary: FlowSummary, _ report: Report, to json: inout JSONWriter) {
        json.object { json in
            json.field("velocity", summary.velocity)
            counts("velocityByFlowItem", summary.velocityByFlowItem, report, to: &json)
            percentiles("flowTime", summary.flowTime, to: &json)
            percentiles("leadTime", summary.leadTime, to: &json)
            json.field("flowEfficiency", summary.flowEfficiency)
            json.key("load")
            if let load = summary.load {
                json.object { json in
                    json.field("end", load.end)
                    json.field("average", load.average)
                }
            } else {
                json.null()
            }
            shares("distribution", summary.distribution, report, to: &json)
            shares("distributionInProgress", summary.distributionInProgress, report, to: &json)
            json.field("created", summary.created)
            json.field("discarded", summary.discarded)
            json.field("days", summary.days)
            json.field("velocityPerWeek", summary.velocityPerWeek)
        }
    }

    func writeTeam(_ team: TeamRow, _ report: Report, to json: inout JSONWriter) {
        json.object { json in
            json.field("name", team.name)
            json.key("summary")
            writeSummary(team.summary, report, to: &json)
        }
    }

    func writeWeeks(_ report: Report, to json: inout JSONWriter) {
        json.array("weeks") { json in
            for week in report.weeks {
                json.object { json in
                    json.field("week", week.week)
                    json.field("from", week.from.description)
                    json.field("to", week.to.description)
                    json.field("inWindow", week.inWindow)
                    json.field("velocity", week.velocity)
                    counts("velocityByFlowItem", week.velocityByFlowItem, report, to: &json)
                    json.field("flowTimeP85", week.flowTimeP85)
                    json.field("leadTimeP85", week.leadTimeP85)
                    json.field("loadAverage", week.loadAverage)
                    json.field("created", week.created)
                }
            }
        }
    }

    func writeStages(_ report: Report, to json: inout JSONWriter) {
        json.array("stages") { json in
            for stage in report.stages {
                json.object { json in
                    json.field("name", stage.name)
                    json.field("kind", stage.kind.rawValue)
                    json.field("items", stage.items)
                    json.field("p50Days", stage.p50Days)
                    json.field("p85Days", stage.p85Days)
                    json.field("totalDays", stage.totalDays)
                }
            }
        }
    }

    func percentiles(_ name: StaticString, _ value: Percentiles?, to json: inout JSONWriter) {
        json.key(name)
        guard let value else {
            json.null()
            return
        }
        json.object { json in
            json.field("p50", value.p50)
            json.field("p85", value.p85)
            json.field("p95", value.p95)
            json.field("mean", value.mean)
            json.field("count", value.count)
        }
    }

    private func counts(_ name: StaticString, _ values: [String: Int], _ report: Report, to json: inout JSONWriter) {
        json.object(name) { json in
            for key in OutputOrdering.keys(of: values, preferred: report.flowItems) {
                json.key(key)
                json.int(values[key])
            }
        }
    }

    private func shares(_ name: StaticString, _ values: [String: Double], _ report: Report, to json: inout JSONWriter) {
        json.object(name) { json in
            for key in OutputOrdering.keys(of: values, preferred: report.flowItems) {
                json.key(key)
                json.number(values[key])
            }
        }
    }
}
