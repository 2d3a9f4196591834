#!/usr/bin/env python3
"""Recomputes SPEC §4 from Jira exports with status history, independently of the Swift code, and
compares the result with the report.json that `streamgauge report` wrote for the same files.

Reads Jira REST JSON pages (search pages or single issues, with changelogs) and Jira site backups
(entities.xml), told apart by their content: a file whose first character is "<" and whose root
element is <entity-engine-xml> is a backup, one whose root is Active Objects' <backup>
(activeobjects.xml: boards and sprints, no status history) is skipped, anything else is read as JSON.
From a backup it takes Issue, Project, Status, IssueType, Resolution, ChangeGroup and ChangeItem
(fieldtype "jira", field "status"): keys are project key + "-" + issue number (the Issue's own `key`
only when it has no number); statuses are named by their id through the Status entity (by the
ChangeItem's string only when the id is unknown); an issue's first status is the old status of its
first change, else its current status; changes are ordered by their ChangeGroup's time; times carry
no offset and are read as wall-clock times in the configuration's time zone (SPEC §3 `timezone`).
The backup is streamed (iterparse, each row cleared once read).

Checked: every item's outcome, stage, flow start and end, flow, lead, active and wait time; the
window's velocity, flow and lead time percentiles and means, flow efficiency, load (end and daily
mean), distribution and discarded work; time in stage; every trend week's velocity, flow time p85
and load; aging work in progress; every day of the cumulative flow.

usage: Scripts/crosscheck.py CONFIG REPORT_JSON EXPORT...
       EXPORT is a REST JSON page or an entities.xml (an activeobjects.xml beside it may be given too).
       CONFIG must place every status the exports use in a stage (no fallback by category here).
Exits 1 and lists the differences when there are any. Needs PyYAML.

  swift run streamgauge report SampleExports/jira-rest-json/*.json --config SampleExports/streamgauge.yml --out /tmp/r
  Scripts/crosscheck.py SampleExports/streamgauge.yml /tmp/r/report.json SampleExports/jira-rest-json/*.json

  swift run streamgauge report SampleExports/jira-backup/entities.xml --config SampleExports/streamgauge.yml --out /tmp/b
  Scripts/crosscheck.py SampleExports/streamgauge.yml /tmp/b/report.json SampleExports/jira-backup/entities.xml
"""
import datetime as dt
import json
import math
import sys
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

import yaml

DAY = 86400


def parse_time(text):
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%f%z")


def iso(instant):
    """The report's form: UTC, milliseconds only when there are some."""
    if instant is None:
        return None
    utc = instant.astimezone(dt.timezone.utc)
    millis = utc.microsecond // 1000
    return utc.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % millis if millis else "Z")


def days(a, b):
    return (b - a).total_seconds() / DAY


def nearest_rank(values, percent):
    values = sorted(values)
    if not values:
        return None
    return values[max(math.ceil(percent / 100 * len(values)), 1) - 1]


class Config:
    def __init__(self, path):
        raw = yaml.safe_load(open(path, encoding="utf-8"))
        self.zone = ZoneInfo(raw.get("timezone", "UTC"))
        self.stages = [stage["name"] for stage in raw["stages"]]
        self.kind = {stage["name"]: stage["kind"] for stage in raw["stages"]}
        self.stage_of = {status.lower(): stage["name"] for stage in raw["stages"] for status in stage["statuses"]}
        self.discarded_resolutions = {name.lower() for name in raw.get("discardedResolutions", [])}
        self.flow_item = {kind: item for item, kinds in raw.get("flowItems", {}).items() for kind in kinds}


def read_items(paths, config):
    """Every item of the exports by key; a later file wins for the same key (SPEC §2)."""
    items = {}
    for path in paths:
        root = xml_root(path)
        if root is None:
            items.update(read_page(path, config))
        elif root == "entity-engine-xml":
            items.update(read_backup(path, config))
        elif root != "{http://www.atlassian.com/ao}backup":
            sys.exit(f"crosscheck: {path}: XML with root <{root}> is neither entities.xml nor activeobjects.xml")
    return items


def xml_root(path):
    """The root element's tag when the file is XML, else None."""
    with open(path, "rb") as file:
        if not file.read(1024).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            return None
        file.seek(0)
        for _, element in ET.iterparse(file, events=("start",)):
            return element.tag


def timeline_of(created, first, changes, config):
    """[(instant, stage)]: the creation in status `first`, then each status change (instant, to)."""
    statuses = [(created, first)] + changes
    for _, status in statuses:
        if status.lower() not in config.stage_of:
            sys.exit(f"crosscheck: status '{status}' is in no stage of the configuration")
    return [(at, config.stage_of[status.lower()]) for at, status in statuses]


def read_page(path, config):
    """Items of one REST JSON file."""
    items = {}
    document = json.load(open(path, encoding="utf-8"))
    # A search page holds "issues"; a single issue (/issue/KEY?expand=changelog) is one.
    for issue in document["issues"] if "issues" in document else [document]:
        fields = issue["fields"]
        changes = []
        for history in (issue.get("changelog") or {}).get("histories", []):
            for change in history["items"]:
                if change["field"] == "status":
                    changes.append((parse_time(history["created"]), change["fromString"], change["toString"]))
        changes.sort(key=lambda change: change[0])
        created = parse_time(fields["created"])
        first = changes[0][1] if changes else fields["status"]["name"]
        items[issue["key"]] = {
            "created": created,
            "timeline": timeline_of(created, first, [(at, to) for at, _, to in changes], config),
            "resolution": (fields.get("resolution") or {}).get("name") or "",
            "type": fields["issuetype"]["name"],
        }
    return items


def parse_backup_time(text, zone):
    """`2020-10-30 17:27:19.211` (no offset, any number of fraction digits), a wall-clock time in `zone`,
    as a UTC instant (Python subtracts two times of one ZoneInfo as wall-clock times, ignoring DST)."""
    whole, _, fraction = text.partition(".")
    local = dt.datetime.strptime(whole, "%Y-%m-%d %H:%M:%S")
    local = local.replace(microsecond=int((fraction + "000000")[:6]), tzinfo=zone)
    return local.astimezone(dt.timezone.utc)


def read_backup(path, config):
    """Items of one entities.xml, streamed: each row (a child of the root) is cleared once read."""
    names = {"Project": {}, "Status": {}, "IssueType": {}, "Resolution": {}}
    issues, groups, changes = [], {}, []
    text = sys.intern  # status ids and names repeat on every change
    depth, root = 0, None
    for event, element in ET.iterparse(path, events=("start", "end")):
        if event == "start":
            depth += 1
            root = element if root is None else root
            continue
        depth -= 1
        if depth != 1:
            continue
        row, tag = element.attrib, element.tag
        if tag in names:
            names[tag][row["id"]] = row.get("key" if tag == "Project" else "name")
        elif tag == "Issue":
            issues.append({field: row.get(field) for field in
                           ("id", "key", "number", "project", "type", "status", "resolution", "created")})
        elif tag == "ChangeGroup":
            groups[int(row["id"])] = (int(row["issue"]), row["created"])
        elif tag == "ChangeItem" and row.get("fieldtype") == "jira" and row.get("field") == "status":
            changes.append((int(row["group"]), int(row["id"]),
                            text(row.get("oldvalue") or ""), text(row.get("oldstring") or ""),
                            text(row.get("newvalue") or ""), text(row.get("newstring") or "")))
        root.clear()

    def status(status_id, name):
        return names["Status"].get(status_id) or name

    history = {}
    for group, change_id, old, old_name, new, new_name in changes:
        if group not in groups:
            sys.exit(f"crosscheck: {path}: ChangeItem {change_id} names ChangeGroup {group}, which is not in the file")
        issue, at = groups[group]
        history.setdefault(issue, []).append(
            (parse_backup_time(at, config.zone), group, change_id, status(old, old_name), status(new, new_name)))
    items = {}
    for issue in issues:
        project = names["Project"].get(issue["project"])
        key = f"{project}-{issue['number']}" if project and issue["number"] else issue["key"]
        moves = sorted(history.get(int(issue["id"]), []))
        created = parse_backup_time(issue["created"], config.zone)
        first = moves[0][3] if moves else status(issue["status"], issue["status"])
        items[key] = {
            "created": created,
            "timeline": timeline_of(created, first, [(move[0], move[4]) for move in moves], config),
            "resolution": names["Resolution"].get(issue["resolution"]) or "",
            "type": names["IssueType"].get(issue["type"]) or "",
        }
    return items


def flow(item, config):
    """Flow start and end, outcome and active/wait time of one item, by SPEC §4's words."""
    timeline = item["timeline"]
    last_kind = config.kind[timeline[-1][1]]
    discarded = last_kind == "discarded" or (
        last_kind == "done" and item["resolution"].lower() in config.discarded_resolutions)
    start = next((at for at, stage in timeline if config.kind[stage] in ("active", "wait")), None)
    end = None
    if last_kind in ("done", "discarded"):
        # The last entry into the final kind of stage from a stage of another kind.
        entries = [timeline[i][0] for i in range(len(timeline))
                   if config.kind[timeline[i][1]] == last_kind
                   and (i == 0 or config.kind[timeline[i - 1][1]] != last_kind)]
        end = entries[-1] if entries else None
    skipped = start is None and end is not None and not discarded
    if skipped:
        start = end
    if discarded:
        outcome = "discarded"
    elif end is not None:
        outcome = "delivered"
    elif start is not None:
        outcome = "inProgress"
    else:
        outcome = "notStarted"
    active = wait = None
    if outcome == "delivered":
        active = wait = 0.0
        for index, (at, stage) in enumerate(timeline):
            until = timeline[index + 1][0] if index + 1 < len(timeline) else end
            low, high = max(at, start), min(until, end)
            if high > low:
                if config.kind[stage] == "active":
                    active += days(low, high)
                elif config.kind[stage] == "wait":
                    wait += days(low, high)
    return {"start": start, "end": end, "outcome": outcome, "active": active, "wait": wait,
            "stage": timeline[-1][1]}


class Check:
    def __init__(self):
        self.differences = 0

    def same(self, what, expected, reported):
        equal = (expected == reported) if not (isinstance(expected, float) or isinstance(reported, float)) else (
            expected is not None and reported is not None and abs(expected - reported) <= 1e-9 * max(1, abs(expected)))
        if not equal:
            self.differences += 1
            if self.differences <= 40:
                print(f"difference: {what}: expected {expected!r}, report has {reported!r}")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    config = Config(sys.argv[1])
    report = json.load(open(sys.argv[2], encoding="utf-8"))
    items = read_items(sys.argv[3:], config)
    flows = {key: flow(item, config) for key, item in items.items()}
    check = Check()

    reported = {row["key"]: row for row in report["items"]}
    check.same("item keys", sorted(flows), sorted(reported))
    for key, f in flows.items():
        row = reported.get(key)
        if row is None:
            continue
        check.same(f"{key} outcome", f["outcome"], row["outcome"])
        check.same(f"{key} stage", f["stage"], row["stage"])
        check.same(f"{key} started", iso(f["start"]), row["started"])
        check.same(f"{key} done", iso(f["end"]), row["done"])
        delivered = f["outcome"] == "delivered"
        check.same(f"{key} flowTimeDays", days(f["start"], f["end"]) if delivered else None, row["flowTimeDays"])
        check.same(f"{key} leadTimeDays", days(items[key]["created"], f["end"]) if delivered else None,
                   row["leadTimeDays"])
        if delivered:
            check.same(f"{key} activeDays", f["active"], row["activeDays"])
            check.same(f"{key} waitDays", f["wait"], row["waitDays"])

    zone = config.zone

    def midnight(day):
        return dt.datetime.fromisoformat(day).replace(tzinfo=zone)

    def delivered_in(low, high):
        return [key for key, f in flows.items() if f["outcome"] == "delivered" and low <= f["end"] < high]

    def in_load(f, instant):
        """In the load at the end of the day whose next midnight is `instant`: a day's end is its last moment,
        so an event at midnight belongs to the day it begins (as a flow end then counts in its velocity)."""
        return f["start"] is not None and f["start"] < instant and not (f["end"] and f["end"] < instant)

    def load(instant):
        return sum(1 for f in flows.values() if in_load(f, instant))

    def day_ends(low, count):
        return [low + dt.timedelta(days=index + 1) for index in range(count)]

    low = midnight(report["window"]["from"])
    high = midnight(report["window"]["to"]) + dt.timedelta(days=1)
    window_days = round((high - low).total_seconds() / DAY)
    done = delivered_in(low, high)
    summary = report["summary"]
    check.same("velocity", len(done), summary["velocity"])
    for name, values in (("flowTime", [days(flows[k]["start"], flows[k]["end"]) for k in done]),
                         ("leadTime", [days(items[k]["created"], flows[k]["end"]) for k in done])):
        numbers = summary[name] or {}
        for percent in (50, 85, 95):
            check.same(f"{name} p{percent}", nearest_rank(values, percent), numbers.get(f"p{percent}"))
        check.same(f"{name} mean", sum(values) / len(values) if values else None, numbers.get("mean"))
    active = sum(flows[k]["active"] for k in done)
    wait = sum(flows[k]["wait"] for k in done)
    check.same("flowEfficiency", active / (active + wait) if active + wait else None, summary["flowEfficiency"])
    samples = [load(instant) for instant in day_ends(low, window_days)]
    check.same("load end", samples[-1], summary["load"]["end"])
    check.same("load average", sum(samples) / len(samples), summary["load"]["average"])
    for item_type, share in summary["distribution"].items():
        count = sum(1 for k in done if config.flow_item.get(items[k]["type"]) == item_type)
        check.same(f"distribution {item_type}", count / len(done) if done else None, share)
    thrown = [k for k, f in flows.items() if f["outcome"] == "discarded" and f["end"] and low <= f["end"] < high]
    check.same("discarded", len(thrown), report["discarded"]["count"])
    check.same("discarded after start", sum(1 for k in thrown if flows[k]["start"]), report["discarded"]["afterStart"])

    # Time in stage: items finished in the window, each stage's time from creation to the flow end.
    per_stage = {name: [] for name in config.stages}
    for key in done:
        timeline, end = items[key]["timeline"], flows[key]["end"]
        totals = {}
        for index, (at, stage) in enumerate(timeline):
            until = min(timeline[index + 1][0] if index + 1 < len(timeline) else end, end)
            if at < end:
                totals[stage] = totals.get(stage, 0.0) + days(at, until)
        for stage, total in totals.items():
            per_stage[stage].append(total)
    for row in report["stages"]:
        values = per_stage[row["name"]]
        check.same(f"stage {row['name']} items", len(values), row["items"])
        check.same(f"stage {row['name']} p50", nearest_rank(values, 50), row["p50Days"])
        check.same(f"stage {row['name']} p85", nearest_rank(values, 85), row["p85Days"])

    for week in report["weeks"]:
        start = midnight(week["from"])
        finished = delivered_in(start, midnight(week["to"]) + dt.timedelta(days=1))
        check.same(f"{week['week']} velocity", len(finished), week["velocity"])
        check.same(f"{week['week']} flow time p85",
                   nearest_rank([days(flows[k]["start"], flows[k]["end"]) for k in finished], 85),
                   week["flowTimeP85"])
        week_samples = [load(instant) for instant in day_ends(start, 7)]
        check.same(f"{week['week']} load", sum(week_samples) / 7, week["loadAverage"])

    aging = {key: days(f["start"], high) for key, f in flows.items() if in_load(f, high)}
    reported_aging = {row["key"]: row["ageDays"] for row in report["aging"]}
    check.same("aging keys", sorted(aging), sorted(reported_aging))
    for key in aging.keys() & reported_aging.keys():
        check.same(f"{key} age", aging[key], reported_aging[key])

    cumulative = report["cumulativeFlow"]
    for day in cumulative["days"]:
        instant = midnight(day["day"]) + dt.timedelta(days=1)
        counts = {name: 0 for name in cumulative["stages"]}
        for item in items.values():
            stage = None
            for at, name in item["timeline"]:
                if at < instant:
                    stage = name
            if stage is not None:
                counts[stage] += 1
        check.same(f"cumulative flow {day['day']}", [counts[name] for name in cumulative["stages"]], day["counts"])

    print(f"crosscheck: {len(flows)} items, window {report['window']['from']} – {report['window']['to']}: "
          f"{check.differences} differences")
    sys.exit(1 if check.differences else 0)


if __name__ == "__main__":
    main()
