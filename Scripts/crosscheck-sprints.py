#!/usr/bin/env python3
"""Recomputes the per-sprint numbers of SPEC §4 ("Sprints") from Jira REST JSON files with changelogs,
independently of the Swift code, and compares them with the `sprints` array of a report.json that
`streamgauge report` or `streamgauge sprints` wrote for the same files.

usage: Scripts/crosscheck-sprints.py REPORT_JSON EXPORT.json... [--config streamgauge.yml] [--all]
                                     [--points-field customfield_N] [--show TEAM/SPRINT]... [--keep-ended]

  EXPORT.json  search pages (`/search?expand=changelog`) or single issues; later files win for a key.
               A `/rest/api/2/status` list among them gives status categories; a board configuration
               (`/rest/agile/1.0/board/N/configuration`) is accepted and ignored (SPEC gives it no role).
  --config     the configuration the report was made with (stages, teams, timezone, sprints:).
               Without it: stages by status category, teams by project key, UTC. Teams `by` a custom
               field take its id or its display name from the pages' `names`.
  --show       print the item keys behind each count of one sprint (e.g. --show "Payments/PAY Sprint 12").
  --all        also list recomputed sprints that the report does not show (it shows a subset).

  streamgauge sprints SampleExports/jira-rest-json/*.json --config SampleExports/streamgauge.yml --last 100 --out s
  Scripts/crosscheck-sprints.py s/report.json SampleExports/jira-rest-json/*.json --config SampleExports/streamgauge.yml

Checked per (team, sprint) row: state, start, end, datesFrom, committed, added, removed, completed,
notCompleted, carriedOver, sayDo, pointsCommitted, pointsCompleted, flowTimeP85. Exits 1 and lists the
differences when there are any. Needs PyYAML.

Readings of SPEC §4 taken here (where SPEC leaves a choice, this is the choice):
  - Membership comes from the changelog's Sprint items (ids before/after, sorted by time; a closed sprint
    that stays in the list is not a removal); before the first Sprint item the item is in the sprints that
    item's `from` names, from its creation on; with no Sprint items, in the sprints of the field since creation.
  - Sprint dates from the data are instants: start = startDate, end = completeDate for a closed sprint,
    else endDate; the row's `start`/`end` are the days of startDate/endDate (the planned end). Dates from the
    configuration (by sprint name) or from the items (first flow start, else creation, to the last end of
    its members, an unfinished member counting its start or creation) are whole days in the configured time zone, [start day 00:00, the day after the end day
    00:00); commitment is read at the start day's end (an item put in on the planning day is committed).
    `state` comes from the data, else null.
  - An item that was delivered or discarded before a sprint started is not in that sprint at all (a closed
    item left in a sprint was never work for it); --keep-ended counts it, as the words "in the sprint" alone say.
  - committed = in the sprint at its start (a change at exactly the start counts); added = not committed,
    joined after the start and by the end; removed = committed or added, not in the sprint at its end;
    so committed + added - removed = completed + notCompleted (the scope at the end).
  - completed = in the sprint at its end, delivered (not discarded), flow end within [start, end];
    discarded items in scope count as not completed.
  - carriedOver = not completed, and in a sprint of later start (committed or added there).
  - sayDo = completed / committed (SPEC §5's example: 10 / 12 = 0.83), null when nothing was committed.
  - pointsCommitted = story points of the committed items at the start (changelog, else current value);
    pointsCompleted = current points of the completed items; both null when no item in the sprint has points.
  - flowTimeP85 = nearest-rank p85 of the completed items' flow times (days).
  - A row per (team of the item, sprint): an item of another team in a sprint makes a row of its own.
"""
import argparse
import datetime as dt
import json
import math
import sys
from zoneinfo import ZoneInfo

import yaml

DAY = 86400
FIELDS = ["state", "start", "end", "datesFrom", "committed", "added", "removed", "completed", "notCompleted",
          "carriedOver", "sayDo", "pointsCommitted", "pointsCompleted", "flowTimeP85"]
CATEGORY_KIND = {"new": "backlog", "indeterminate": "active", "done": "done"}
POINTS_NAMES = ["story points", "story point estimate"]


def parse_time(text):
    """Jira REST times: `2021-06-18T18:41:29.398+0000`, sprint dates `2022-04-15T00:55:17.688Z`."""
    text = text.replace("Z", "+0000")
    for pattern in ("%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            pass
    raise ValueError(f"unrecognized time {text!r}")


def nearest_rank(values, percent):
    values = sorted(values)
    if not values:
        return None
    return values[max(math.ceil(percent / 100 * len(values)), 1) - 1]


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def id_list(text):
    """`"65, 68"` -> ["65", "68"]; `""` or None -> []."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]


class Config:
    def __init__(self, path):
        raw = yaml.safe_load(open(path, encoding="utf-8")) if path else {}
        raw = raw or {}
        self.zone = ZoneInfo(str(raw.get("timezone") or "UTC"))
        self.kind_of = {}
        for stage in raw.get("stages") or []:
            for status in stage.get("statuses") or []:
                self.kind_of[str(status).lower()] = stage["kind"]
        self.discarded = {str(name).lower() for name in raw.get("discardedResolutions") or []}
        teams = raw.get("teams") or {}
        self.team_by = str(teams.get("by") or "project")
        self.team_names = {str(k): str(v) for k, v in (teams.get("names") or {}).items()}
        self.sprint_days = {}
        for sprint in raw.get("sprints") or []:
            self.sprint_days[str(sprint["name"])] = (to_day(sprint.get("start")), to_day(sprint.get("end")))


def to_day(value):
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


class Export:
    """Issues by key, sprint objects by id, status categories, and the sprint and points field ids."""

    def __init__(self, paths, points_field):
        self.issues, self.sprints, self.category, self.names_seen = {}, {}, {}, {}
        self.sprint_fields, self.points_fields = set(), [points_field] if points_field else []
        names = self.names = {}
        for path in paths:
            document = json.load(open(path, encoding="utf-8"))
            if isinstance(document, list):  # /rest/api/2/status
                for status in document:
                    self.note_status(status)
                continue
            if "columnConfig" in document:  # board configuration: no role in SPEC
                continue
            names.update(document.get("names") or {})
            for field, schema in (document.get("schema") or {}).items():
                if str(schema.get("custom", "")).endswith(":gh-sprint"):
                    self.sprint_fields.add(field)
            for issue in document["issues"] if "issues" in document else [document]:
                self.issues[issue["key"]] = issue
        for field, name in names.items():
            if str(name).lower() == "sprint":
                self.sprint_fields.add(field)
        for wanted in POINTS_NAMES:
            self.points_fields += [field for field, name in names.items() if str(name).lower() == wanted]
        for issue in self.issues.values():
            self.note_status((issue["fields"].get("status")) or {})
            for field, value in issue["fields"].items():
                if isinstance(value, list) and value and all(
                        isinstance(v, dict) and {"id", "name", "state"} <= v.keys() for v in value):
                    self.sprint_fields.add(field)
            for history in histories(issue):
                for change in history["items"]:
                    if change.get("fieldId"):
                        if change["field"].lower() == "sprint":
                            self.sprint_fields.add(change["fieldId"])
                        elif change["field"].lower() in POINTS_NAMES and change["fieldId"] not in self.points_fields:
                            self.points_fields.append(change["fieldId"])
        for issue in self.issues.values():
            for field in self.sprint_fields:
                for sprint in issue["fields"].get(field) or []:
                    if isinstance(sprint, dict):
                        self.sprints[str(sprint["id"])] = sprint

    def note_status(self, status):
        category = (status.get("statusCategory") or {}).get("key")
        if category:
            self.category[("id", str(status.get("id")))] = category
            self.category[("name", str(status.get("name", "")).lower())] = category


def histories(issue):
    """Oldest first (pages differ: newest first or oldest first), then sorted by time (stable)."""
    found = list((issue.get("changelog") or {}).get("histories") or [])
    if len(found) > 1 and parse_time(found[0]["created"]) > parse_time(found[-1]["created"]):
        found.reverse()
    return sorted(found, key=lambda history: parse_time(history["created"]))


class Item:
    def __init__(self, issue, export, config):
        fields = issue["fields"]
        self.key = issue["key"]
        self.created = parse_time(fields["created"])
        self.team = team_of(fields, config, export.names)
        resolution = (fields.get("resolution") or {}).get("name") or ""
        status_changes, sprint_changes, points_changes = [], [], []
        for history in histories(issue):
            at = parse_time(history["created"])
            for change in history["items"]:
                name = change["field"].lower()
                if name == "status":
                    status_changes.append((at, (change.get("from"), change.get("fromString")),
                                           (change.get("to"), change.get("toString"))))
                elif name == "sprint" or change.get("fieldId") in export.sprint_fields:
                    before, after = id_list(change.get("from")), id_list(change.get("to"))
                    sprint_changes.append((at, before, after))
                    for ids, names in ((before, change.get("fromString")), (after, change.get("toString"))):
                        names = [part.strip() for part in (names or "").split(", ")]
                        if len(names) == len(ids):  # names of sprints no item lists any more
                            for sprint, sprint_name in zip(ids, names):
                                export.names_seen.setdefault(sprint, sprint_name)
                elif name in POINTS_NAMES or change.get("fieldId") in export.points_fields:
                    points_changes.append((at, number(change.get("fromString")), number(change.get("toString"))))
        self.flow(status_changes, (fields["status"].get("id"), fields["status"]["name"]), resolution, export, config)
        self.membership(sprint_changes, fields, export)
        current_points = next((number(fields.get(field)) for field in export.points_fields
                               if number(fields.get(field)) is not None), None)
        self.points_timeline = [(None, points_changes[0][1] if points_changes else current_points)]
        self.points_timeline += [(at, after) for at, _, after in points_changes]
        self.points_now = current_points

    def flow(self, changes, current, resolution, export, config):
        """Flow start and end (SPEC §4) and whether the item was delivered or discarded."""
        first = changes[0][1] if changes else current
        steps = [(self.created, kind_of(first, export, config))]
        steps += [(at, kind_of(to, export, config)) for at, _, to in changes]
        self.start = next((at for at, kind in steps if kind in ("active", "wait")), None)
        final = steps[-1][1]
        self.end = None  # the last entry into the final stage's kind from another kind (flow end when done)
        if final in ("done", "discarded"):
            for index, (at, kind) in enumerate(steps):
                if kind == final and (index == 0 or steps[index - 1][1] != final):
                    self.end = at
        self.discarded = final == "discarded" or (final == "done" and resolution.lower() in config.discarded)
        self.delivered = final == "done" and not self.discarded
        if self.delivered and self.start is None:
            self.start = self.end  # skipped the flow: flow time 0
        self.flow_days = (self.end - self.start).total_seconds() / DAY if self.delivered else None

    def membership(self, changes, fields, export):
        """self.changes: [(instant, set of sprint ids after)], the first at creation."""
        now = set()
        for field in export.sprint_fields:
            for sprint in fields.get(field) or []:
                now.add(str(sprint["id"]) if isinstance(sprint, dict) else str(sprint))
        if not changes:
            self.changes = [(self.created, now)]
            return
        ordered, state = [], set(changes[0][1])
        pending = list(changes)
        while pending:  # same instant: keep the chain whose `from` matches the current set
            at = pending[0][0]
            group = [change for change in pending if change[0] == at]
            pick = next((change for change in group if set(change[1]) == state), group[0])
            pending.remove(pick)
            state = set(pick[2])
            ordered.append((pick[0], state))
        self.changes = [(self.created, set(changes[0][1]))] + ordered

    def sprints_at(self, instant):
        """Sprint ids the item is in at `instant` (changes at that instant applied)."""
        if instant < self.created:
            return set()
        state = set()
        for at, after in self.changes:
            if at <= instant:
                state = after
        return state

    def joined_between(self, after, until):
        """Sprint ids the item entered at an instant in (after, until]."""
        return {sprint for at, ids in self.changes if after < at <= until for sprint in ids}

    def ever_in(self):
        return {sprint for _, ids in self.changes for sprint in ids}

    def points_at(self, instant):
        value = self.points_timeline[0][1]
        for at, after in self.points_timeline[1:]:
            if at <= instant:
                value = after
        return value


def kind_of(status, export, config):
    """Stage kind of a status (id, name): by configuration, else by status category, else backlog (SPEC §3)."""
    status_id, name = status
    name = (name or "").lower()
    if name in config.kind_of:
        return config.kind_of[name]
    category = export.category.get(("id", str(status_id))) or export.category.get(("name", name))
    return CATEGORY_KIND.get(category, "backlog")


def team_of(fields, config, names):
    by = config.team_by.lower()
    by = next((field for field, name in names.items() if str(name).lower() == by), by)
    if by == "project":
        values = [(fields.get("project") or {}).get("key")]
    elif by == "component":
        values = [component.get("name") for component in fields.get("components") or []]
    elif by == "label":
        values = list(fields.get("labels") or [])
    else:
        value = fields.get(by) if by in fields else fields.get(config.team_by)
        values = [value.get("value") or value.get("name")] if isinstance(value, dict) else [value]
    values = [str(value) for value in values if value]
    named = [value for value in values if value in config.team_names]
    value = (named or values or [None])[0]
    return config.team_names.get(value, value) if value else None


class Sprint:
    def __init__(self, sprint_id, export, config, items, keep_ended):
        data = export.sprints.get(sprint_id) or {}
        self.id = sprint_id
        self.name = data.get("name") or export.names_seen.get(sprint_id) or f"sprint {sprint_id}"
        self.state = data.get("state")
        zone = config.zone
        if data.get("startDate") and data.get("endDate"):
            self.dates_from = "data"
            self.begin = parse_time(data["startDate"])
            planned = parse_time(data["endDate"])
            closed = data.get("completeDate")
            self.finish = parse_time(closed) if closed and self.state == "closed" else planned
            self.start_day = self.begin.astimezone(zone).date()
            self.end_day = planned.astimezone(zone).date()
            self.snapshot = self.begin
        else:
            if None not in config.sprint_days.get(self.name, (None,)):
                self.dates_from = "config"
                self.start_day, self.end_day = config.sprint_days[self.name]
            else:
                self.dates_from = "items"
                members = [item for item in items if sprint_id in item.ever_in()]
                first = min(item.start or item.created for item in members)
                # Each member's last sign of life: its end, else the later of its start and its creation.
                last = max([item.end or max(t for t in (item.start, item.created) if t) for item in members]
                           + [first])
                self.start_day, self.end_day = first.astimezone(zone).date(), last.astimezone(zone).date()
            midnight = lambda day: dt.datetime.combine(day, dt.time(), zone)
            self.begin = midnight(self.start_day)
            self.snapshot = midnight(self.start_day + dt.timedelta(days=1))
            self.finish = midnight(self.end_day + dt.timedelta(days=1))
        self.keep_ended = keep_ended

    # begin..finish: the instants the sprint ran between (completion inside, "ended before" it);
    # snapshot: the instant its commitment is read at.

    def scope(self, item):
        """(committed, added, in it at the end) for an item that took part in the sprint, else None."""
        if self.id not in item.ever_in():
            return None
        if not self.keep_ended and item.end and (item.delivered or item.discarded) and item.end < self.begin:
            return None
        committed = self.id in item.sprints_at(self.snapshot)
        added = not committed and self.id in item.joined_between(self.snapshot, self.finish)
        if not (committed or added):
            return None
        return committed, added, self.id in item.sprints_at(self.finish)


def recompute(items, sprints):
    rows = {}
    by_start = sorted(sprints.values(), key=lambda sprint: sprint.begin)
    for sprint in by_start:
        later = [other for other in by_start if other.begin > sprint.begin]
        taking_part = [(item, sprint.scope(item)) for item in items if item.team]
        taking_part = [(item, scope) for item, scope in taking_part if scope]
        for team in sorted({item.team for item, _ in taking_part}):
            mine = [(item, scope) for item, scope in taking_part if item.team == team]
            committed = [item for item, (at_start, _, _) in mine if at_start]
            added = [item for item, (_, joined, _) in mine if joined]
            final = [item for item, (_, _, at_end) in mine if at_end]
            removed = [item for item, (_, _, at_end) in mine if not at_end]
            completed = [i for i in final if i.delivered and sprint.begin <= i.end <= sprint.finish]
            not_completed = [i for i in final if i not in completed]
            carried = [i for i in not_completed if any(other.scope(i) for other in later)]
            has_points = any(i.points_now is not None or i.points_at(sprint.snapshot) is not None for i, _ in mine)
            rows[(team, sprint.name)] = {
                "state": sprint.state,
                "start": sprint.start_day.isoformat(),
                "end": sprint.end_day.isoformat(),
                "datesFrom": sprint.dates_from,
                "committed": len(committed),
                "added": len(added),
                "removed": len(removed),
                "completed": len(completed),
                "notCompleted": len(not_completed),
                "carriedOver": len(carried),
                "sayDo": len(completed) / len(committed) if committed else None,
                "pointsCommitted": sum(i.points_at(sprint.snapshot) or 0 for i in committed) if has_points else None,
                "pointsCompleted": sum(i.points_now or 0 for i in completed) if has_points else None,
                "flowTimeP85": nearest_rank([i.flow_days for i in completed], 85),
                "_keys": {"committed": committed, "added": added, "removed": removed, "completed": completed,
                          "notCompleted": not_completed, "carriedOver": carried},
            }
    return rows


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report")
    parser.add_argument("exports", nargs="+")
    parser.add_argument("--config")
    parser.add_argument("--points-field")
    parser.add_argument("--show", action="append", default=[])
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--keep-ended", action="store_true")
    args = parser.parse_args()

    config = Config(args.config)
    export = Export(args.exports, args.points_field)
    items = [Item(issue, export, config) for issue in export.issues.values()]
    ids = {sprint for item in items for sprint in item.ever_in()}
    sprints = {sprint: Sprint(sprint, export, config, items, args.keep_ended) for sprint in ids}
    mine = recompute(items, sprints)
    theirs = {(row["team"], row["sprint"]): row for row in json.load(open(args.report, encoding="utf-8"))["sprints"]}

    differences = 0
    for key, row in theirs.items():
        if key not in mine:
            differences += 1
            print(f"DIFF {key[0]} / {key[1]}: in the report, not recomputed")
            continue
        for field in FIELDS:
            if not same(row.get(field), mine[key][field]):
                differences += 1
                print(f"DIFF {key[0]} / {key[1]}: {field}: report={row.get(field)!r} recomputed={mine[key][field]!r}")
    extra = [key for key in mine if key not in theirs]
    if args.all:
        for key in extra:
            shown = {field: mine[key][field] for field in FIELDS}
            print(f"only recomputed (the report shows a subset): {key[0]} / {key[1]}: {json.dumps(shown)}")
    for wanted in args.show:
        team, _, name = wanted.partition("/")
        row = mine.get((team, name))
        if row is None:
            print(f"--show {wanted}: no such recomputed sprint")
            continue
        for what, chosen in row["_keys"].items():
            print(f"  {wanted} {what}: {' '.join(sorted(i.key for i in chosen)) or '-'}")
    compared = len(theirs)
    print(f"{compared} report sprint rows compared, {len(mine)} recomputed ({len(extra)} not in the report), "
          f"{len(items)} items; {differences} difference(s)")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
