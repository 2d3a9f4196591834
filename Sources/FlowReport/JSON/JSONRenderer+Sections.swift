/// The sections after `stages`: statuses, aging, cumulative flow, scatter, histogram, sprints, forecast.
extension JSONRenderer {
    func writeStatusSections(_ report: Report, to json: inout JSONWriter) {
        json.array("loadByCategory") { json in
            for row in report.loadByCategory {
                json.object { json in
                    json.field("category", row.category)
                    json.field("count", row.count)
                }
            }
        }
        json.array("statuses") { json in
            for row in report.statuses {
                json.object { json in
                    json.field("status", row.status)
                    json.field("category", row.category)
                    json.field("stage", row.stage)
                    json.field("kind", row.kind.rawValue)
                    json.field("count", row.count)
                    json.field("unmapped", row.unmapped)
                }
            }
        }
        json.array("timeInStatus") { json in
            for row in report.timeInStatus {
                json.object { json in
                    json.field("status", row.status)
                    json.field("items", row.items)
                    json.field("p50Days", row.p50Days)
                    json.field("p85Days", row.p85Days)
                    json.field("totalDays", row.totalDays)
                }
            }
        }
    }

    func writeAging(_ report: Report, to json: inout JSONWriter) {
        json.array("aging") { json in
            for row in report.aging {
                json.object { json in
                    json.field("key", row.key)
                    json.field("title", row.title)
                    json.field("status", row.status)
                    json.field("stage", row.stage)
                    json.field("team", row.team)
                    json.field("ageDays", row.ageDays)
                    json.field("beyond", row.beyond)
                }
            }
        }
    }

    func writeCumulativeFlow(_ flow: CumulativeFlow?, to json: inout JSONWriter) {
        json.key("cumulativeFlow")
        guard let flow else {
            json.null()
            return
        }
        json.object { json in
            stringArray("stages", flow.stages, to: &json)
            json.array("days") { json in
                for (index, day) in flow.days.enumerated() {
                    json.object { json in
                        json.field("day", day.description)
                        json.key("counts")
                        json.numbers(index < flow.counts.count ? flow.counts[index] : [])
                    }
                }
            }
        }
    }

    func writeFlowTimeSections(_ report: Report, to json: inout JSONWriter) {
        json.array("scatter") { json in
            for point in report.scatter {
                json.object { json in
                    json.field("key", point.key)
                    json.field("done", point.done.description)
                    json.field("days", point.days)
                }
            }
        }
        json.array("histogram") { json in
            for bin in report.histogram {
                json.object { json in
                    json.field("lowerDays", bin.lowerDays)
                    json.field("upperDays", bin.upperDays)
                    json.field("count", bin.count)
                }
            }
        }
    }

    func writeSprints(_ sprints: [SprintRow], to json: inout JSONWriter) {
        json.array("sprints") { json in
            for row in sprints {
                json.object { json in
                    json.field("team", row.team)
                    json.field("sprint", row.sprint)
                    json.field("state", row.state)
                    json.field("start", day(row.start))
                    json.field("end", day(row.end))
                    json.field("datesFrom", row.datesFrom)
                    json.field("committed", row.committed)
                    json.field("added", row.added)
                    json.field("removed", row.removed)
                    json.field("completed", row.completed)
                    json.field("notCompleted", row.notCompleted)
                    json.field("carriedOver", row.carriedOver)
                    json.field("sayDo", row.sayDo)
                    json.field("pointsCommitted", row.pointsCommitted)
                    json.field("pointsCompleted", row.pointsCompleted)
                    json.field("flowTimeP85", row.flowTimeP85)
                }
            }
        }
    }

    func writeForecast(_ forecast: Forecast?, to json: inout JSONWriter) {
        json.key("forecast")
        guard let forecast else {
            json.null()
            return
        }
        json.object { json in
            json.field("basisWeeks", forecast.basisWeeks)
            forecastRows("howMany", forecast.howMany, to: &json)
            json.field("inProgress", forecast.inProgress)
            // No load known, no answer: null, as for every number the data cannot give.
            if forecast.inProgress == nil && forecast.whenDone.isEmpty {
                json.key("whenDone")
                json.null()
            } else {
                forecastRows("whenDone", forecast.whenDone, to: &json)
            }
            json.field("whenDoneNote", forecast.whenDoneNote)
        }
    }

    private func forecastRows(_ name: StaticString, _ rows: [ForecastRow], to json: inout JSONWriter) {
        json.array(name) { json in
            for row in rows {
                json.object { json in
                    json.field("label", row.label)
                    json.field("p50", row.p50)
                    json.field("p85", row.p85)
                    json.field("p95", row.p95)
                }
            }
        }
    }
}
