#!/usr/bin/env python3
"""Checks the files written by samplegen: each is well-formed, they describe the same
issues, and the numbers hang together (Time in Status totals add up to the last status change,
Resolved equals Status Category Changed, every sprint belongs to the issue's team...). When the
history formats are there too (jira-backup/, jira-rest-json/, transitions.csv), every issue must
have the same status changes in each of them, and the created time and status of the CSV.

usage: Scripts/check-sample.py DIR [ZONE]   (DIR holds jira-cloud-export.csv and .xml;
       ZONE is the --timezone given to samplegen, default Europe/Berlin: CSV and backup times
       are wall-clock times in it)
Exits 1 and lists the problems when anything is off. Standard library only.
"""
import csv
import datetime as dt
import json
import os
import sys
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

CSV_DATE = "%d/%b/%y %I:%M %p"
RSS_DATE = "%a, %d %b %Y %H:%M:%S %z"
SPECIAL_TITLES = ['<script>alert("x")</script> | *bold*', '=HYPERLINK("http://example.com")']
CATEGORY = {"To Do": "To Do", "Ready for Dev": "To Do", "In Progress": "In Progress", "In Review": "In Progress",
            "QA": "In Progress", "Done": "Done", "Cancelled": "Done", "Ready for Review": "In Progress",
            "Ready for QA": "In Progress", "Ready to Deploy": "In Progress"}
STATUS_IDS = {"10000", "10101", "3", "10102", "10103", "10001", "10104", "10105", "10106", "10107"}

problems = []


def problem(message):
    problems.append(message)
    if len(problems) <= 40:
        print("problem:", message)


def read_csv(path):
    with open(path, "rb") as raw:
        head = raw.read(3)
    if head == b"\xef\xbb\xbf":
        problem("csv starts with a BOM")
    with open(path, encoding="utf-8", newline="") as handle:
        if "\r" in handle.read(1 << 20):
            problem("csv has CR characters")
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = []
        for number, row in enumerate(reader, start=1):
            if len(row) != len(header):
                problem(f"csv record {number} has {len(row)} cells, header has {len(header)}")
            rows.append(row)
    if header[:5] != ["Summary", "Issue key", "Issue id", "Issue Type", "Status"]:
        problem(f"csv header starts {header[:5]}")
    issues = {}
    for row in rows:
        cells = {}
        for name, value in zip(header, row):
            cells.setdefault(name, []).append(value)
        issues[cells["Issue key"][0]] = cells
    return header, issues


ZONE = ZoneInfo("Europe/Berlin")


def minute(text):
    """A CSV wall-clock time as a UTC instant."""
    if not text:
        return None
    return dt.datetime.strptime(text, CSV_DATE).replace(tzinfo=ZONE).astimezone(dt.timezone.utc)


def values(cells, name):
    return [value for value in cells.get(name, []) if value]


def check_csv_issue(key, cells):
    one = lambda name: cells[name][0] if name in cells else ""
    created, updated = minute(one("Created")), minute(one("Updated"))
    changed, resolved = minute(one("Status Category Changed")), minute(one("Resolved"))
    if CATEGORY.get(one("Status")) != one("Status Category"):
        problem(f"{key}: status {one('Status')!r} in category {one('Status Category')!r}")
    if updated < created or changed < created or (resolved and resolved < created):
        problem(f"{key}: a date before Created")
    if one("Last Viewed") and minute(one("Last Viewed")) < updated:
        problem(f"{key}: Last Viewed before Updated")
    if bool(one("Resolution")) != bool(resolved):
        problem(f"{key}: Resolution {one('Resolution')!r} but Resolved {one('Resolved')!r}")
    if one("Status Category") != "Done" and resolved:
        problem(f"{key}: resolved but not done")
    if resolved and resolved != changed:
        problem(f"{key}: Resolved {resolved} differs from Status Category Changed {changed}")
    if one("Status") == "Cancelled" and one("Resolution") != "Won't Do":
        problem(f"{key}: cancelled with resolution {one('Resolution')!r}")
    stays = [entry.split("_*:*_") for entry in one("Custom field ([CHART] Time in Status)").split("_*|*_")]
    if any(len(stay) != 3 or stay[0] not in STATUS_IDS for stay in stays):
        problem(f"{key}: malformed Time in Status")
        return
    if int(stays[0][1]) < 1 or stays[0][0] != "10000":
        problem(f"{key}: Time in Status does not start in To Do")
    total = dt.timedelta(milliseconds=sum(int(stay[2]) for stay in stays))
    # The last change is at created + total (to the second); Status Category Changed is at or
    # before it, and equal to it for an issue that ended in Done or Cancelled.
    last_change = created + total
    if changed > last_change + dt.timedelta(minutes=1):
        problem(f"{key}: Status Category Changed {changed} after the last change {last_change}")
    if one("Status Category") == "Done" and abs(last_change - changed) > dt.timedelta(minutes=1):
        problem(f"{key}: done at {changed} but Time in Status adds up to {last_change}")
    project = one("Project key")
    for sprint in values(cells, "Sprint"):
        if not sprint.startswith(project + " Sprint "):
            problem(f"{key}: sprint {sprint!r} of another team")
    if one("Custom field (Epic Link)") and not one("Custom field (Epic Link)").startswith(project + "-"):
        problem(f"{key}: epic of another project")


def text(item, tag):
    element = item.find(tag)
    return "" if element is None or element.text is None else element.text


def custom_values(item, key):
    for field in item.iter("customfield"):
        if field.get("key") == key:
            return [(value.text or "") for value in field.iter("customfieldvalue")]
    return []


def compare(key, cells, item):
    one = lambda name: cells[name][0] if name in cells else ""
    same = [
        ("summary", one("Summary"), text(item, "summary")),
        ("title", f"[{key}] {one('Summary')}", text(item, "title")),
        ("type", one("Issue Type"), text(item, "type")),
        ("status", one("Status"), text(item, "status")),
        ("resolution", one("Resolution") or "Unresolved", text(item, "resolution")),
        ("assignee", one("Assignee") or "Unassigned", text(item, "assignee")),
        ("reporter", one("Reporter"), text(item, "reporter")),
        ("labels", values(cells, "Labels"), [label.text for label in item.iter("label")]),
        ("components", values(cells, "Components"), [element.text for element in item.iter("component")]),
        ("fix versions", values(cells, "Fix versions"), [element.text for element in item.iter("fixVersion")]),
        ("sprints", values(cells, "Sprint"), custom_values(item, "com.pyxis.greenhopper.jira:gh-sprint")),
        ("story points", values(cells, "Custom field (Story Points)"),
         custom_values(item, "com.atlassian.jira.plugin.system.customfieldtypes:float")[:1]),
        ("epic link", values(cells, "Custom field (Epic Link)"),
         custom_values(item, "com.pyxis.greenhopper.jira:gh-epic-link")),
        ("time in status", values(cells, "Custom field ([CHART] Time in Status)"),
         custom_values(item, "com.atlassian.jira.ext.charting:timeinstatus")),
        ("comments", len(values(cells, "Comment")), len(list(item.iter("comment")))),
    ]
    for name, from_csv, from_xml in same:
        if name == "story points" and from_xml and not from_csv:
            continue  # another float field (padding) may come first when there are no points
        if from_csv != from_xml:
            problem(f"{key}: {name} differs: csv {from_csv!r}, xml {from_xml!r}")
    for name, tag in [("Created", "created"), ("Updated", "updated"), ("Resolved", "resolved")]:
        instant = dt.datetime.strptime(text(item, tag), RSS_DATE).replace(second=0) if text(item, tag) else None
        if minute(one(name)) != instant:
            problem(f"{key}: {name} differs: csv {one(name)!r}, xml {text(item, tag)!r}")
    category = item.find("statusCategory").get("key")
    expected = {"To Do": "new", "In Progress": "indeterminate", "Done": "done"}[one("Status Category")]
    if category != expected:
        problem(f"{key}: statusCategory key {category!r}, expected {expected!r}")


def main():
    global ZONE
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    folder = sys.argv[1]
    if len(sys.argv) == 3:
        ZONE = ZoneInfo(sys.argv[2])
    header, issues = read_csv(os.path.join(folder, "jira-cloud-export.csv"))
    for key, cells in issues.items():
        check_csv_issue(key, cells)
    summaries = {cells["Summary"][0] for cells in issues.values()}
    for title in SPECIAL_TITLES:
        if title not in summaries and len(issues) >= 30:
            problem(f"no issue titled {title!r}")

    xml_path = os.path.join(folder, "jira-cloud-export.xml")
    with open(xml_path, "rb") as handle:
        start = handle.read(200)
    if not start.startswith(b"<!--\nRSS generated by JIRA") or b"<?xml" in start:
        problem("xml does not start like a Jira RSS export")
    seen = 0
    for _, element in ET.iterparse(xml_path, events=("end",)):
        if element.tag != "item":
            continue
        seen += 1
        key = text(element, "key")
        if key not in issues:
            problem(f"{key}: in the xml but not the csv")
        else:
            compare(key, issues[key], element)
        element.clear()
    if seen != len(issues):
        problem(f"csv has {len(issues)} issues, xml {seen}")

    formats = check_histories(folder, issues)
    print(f"checked {len(issues)} issues, {len(header)} columns{formats}: "
          + ("ok" if not problems else f"{len(problems)} problems"))
    sys.exit(1 if problems else 0)


def backup_histories(path):
    """(key -> [(instant, from, to)], key -> (created, status)) from a site backup's entities.xml."""
    statuses, groups, changes, issues = {}, {}, {}, {}
    local = lambda text: dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=ZONE).astimezone(dt.timezone.utc)
    for _, element in ET.iterparse(path, events=("end",)):
        tag, get = element.tag, element.get
        if tag == "Status":
            statuses[get("id")] = get("name")
        elif tag == "ChangeGroup":
            groups[get("id")] = (get("issue"), local(get("created")))
        elif tag == "ChangeItem" and get("fieldtype") == "jira" and get("field") == "status":
            issue, at = groups[get("group")]
            changes.setdefault(issue, []).append((at, get("oldstring"), get("newstring")))
        elif tag == "Issue":
            issues[get("id")] = (get("key"), local(get("created")), get("status"))
        if tag != "entity-engine-xml":
            element.clear()
    histories = {key: sorted(changes.get(id, []), key=lambda change: change[0]) for id, (key, _, _) in issues.items()}
    facts = {key: (created, statuses.get(status)) for key, created, status in issues.values()}
    return histories, facts


def json_histories(folder):
    """(key -> [(instant, from, to)], key -> (created, status)) from REST search pages."""
    histories, facts = {}, {}
    stamp = lambda text: dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%f%z").astimezone(dt.timezone.utc)
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            page = json.load(handle)
        for issue in page["issues"]:
            changes = []
            for history in reversed(issue["changelog"]["histories"]):
                for item in history["items"]:
                    if item["field"] == "status" and item["fieldtype"] == "jira":
                        changes.append((stamp(history["created"]), item["fromString"], item["toString"]))
            histories[issue["key"]] = sorted(changes, key=lambda change: change[0])
            fields = issue["fields"]
            facts[issue["key"]] = (stamp(fields["created"]), fields["status"]["name"])
    return histories, facts


def transitions_histories(path):
    """(key -> [(instant, from, to)], key -> (created, status)) from a transitions CSV."""
    histories, facts, latest = {}, {}, {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = row["key"]
            at = dt.datetime.fromisoformat(row["at"]).astimezone(dt.timezone.utc)
            created = dt.datetime.fromisoformat(row["created"]).astimezone(dt.timezone.utc)
            histories.setdefault(key, [])
            if row["from"]:
                histories[key].append((at, row["from"], row["to"]))
            elif at != created:
                problem(f"{key}: transitions creation row at {row['at']}, created {row['created']}")
            if key not in latest or at >= latest[key]:
                latest[key] = at
                facts[key] = (created, row["to"])
    for changes in histories.values():
        changes.sort(key=lambda change: change[0])
    return histories, facts


def check_histories(folder, issues):
    """Compares the history formats that are in `folder` with each other and with the CSV; returns
    a note naming them."""
    found = {}
    backup = os.path.join(folder, "jira-backup", "entities.xml")
    if os.path.exists(backup):
        found["backup"] = backup_histories(backup)
    pages = os.path.join(folder, "jira-rest-json")
    if os.path.isdir(pages):
        found["json"] = json_histories(pages)
    transitions = os.path.join(folder, "transitions.csv")
    if os.path.exists(transitions):
        found["transitions"] = transitions_histories(transitions)
    reference = None
    for name, (histories, facts) in found.items():
        if set(histories) != set(issues):
            problem(f"{name}: {len(histories)} issues, csv {len(issues)}")
        for key, (created, status) in facts.items():
            cells = issues.get(key)
            if cells is None:
                continue
            if created != minute(cells["Created"][0]):
                problem(f"{key}: {name} created {created}, csv {cells['Created'][0]}")
            if status != cells["Status"][0]:
                problem(f"{key}: {name} status {status!r}, csv {cells['Status'][0]!r}")
        if reference is None:
            reference = (name, histories)
            continue
        for key, changes in histories.items():
            if changes != reference[1].get(key):
                problem(f"{key}: {name} history differs from {reference[0]}")
    if not found:
        return ""
    changes = sum(len(changes) for changes in next(iter(found.values()))[0].values())
    return f", {changes} status changes in " + ", ".join(found)


if __name__ == "__main__":
    main()
