#!/usr/bin/env python3
"""Recomputes SPEC §4 for Jira CSV and Jira XML (RSS) search exports (no status history), independently
of the Swift code, and compares the result with the report.json that `streamgauge report` wrote for
the same files.

What these exports support (SPEC §4, last paragraph): lead time from Created to completion (Resolved,
or Status Category Changed when the status category is Done), velocity, load by status category at
export time, and time in stage from `[CHART] Time in Status` where present. Nothing else is known,
so flow start, flow time, active/wait time, flow efficiency and the window's load must be null.

Checked: the window (the default one — last complete week before the newest timestamp — unless
--from/--to are given, as to the tool) and its time zone; every item's outcome, stage, created,
started, done, flow time and lead time; the window's velocity (also per flow item), lead time
p50/p85/p95 (nearest rank), mean and count, distribution, items created, discarded work (the count;
how many had started and the days spent on them are null, as no flow start is known), load by
status category; every reported week's velocity (also per flow item), lead time p85 and items
created; time in stage (items, p50, p85, total) and the bottleneck candidate from the CHART field.

usage: Scripts/crosscheck-csv.py [--config CONFIG] [--from DAY --to DAY] [--date-format dmy|mdy]
                                 REPORT_JSON EXPORT...
       Give the same --config and --from/--to as to `streamgauge report`.
Exits 1 and lists the differences when there are any. Needs PyYAML only with --config.

  streamgauge report SampleExports/jira-cloud-export.csv --config SampleExports/streamgauge.yml --out /tmp/r
  Scripts/crosscheck-csv.py --config SampleExports/streamgauge.yml /tmp/r/report.json SampleExports/jira-cloud-export.csv
  streamgauge report SampleExports/jira-cloud-export.xml --out /tmp/x
  Scripts/crosscheck-csv.py /tmp/x/report.json SampleExports/jira-cloud-export.xml

Each export is read by its content: XML when it starts with `<` (past a BOM and blank space), or when
only one line of other text (a browser's XML-viewer note), comments and processing instructions come
before `<rss` — parsing then starts at `<rss`; anything else is CSV. XML is streamed (iterparse, each
`<item>` cleared once read), so a 500 MB export needs memory for its items only. An XML item gives:
`<key>` (else the title's `[KEY]`), `<type>`, `<status>` and its id, the status category from
`<statusCategory key=>` (new / indeterminate / done, else its id 2 / 4 / 3; none when absent or
another value), `<resolution>` (empty when id="-1"), and created / updated / resolved as RFC 822
dates with their own offsets. The CHART field is the custom field keyed
`com.atlassian.jira.ext.charting:timeinstatus`; Status Category Changed only from a custom field
named so (RSS has no such system field). Jira's "RSS (issues)" feed (`<rss version="2.0">`) is read
too: status, type and resolution from its description's HTML table, created = `pubDate`; its bare
Updated/Resolved days are not taken, and it has no status category.

Choices where SPEC is silent: with no --config, stages are named after the status categories
(To Do, In Progress, Done), and discarded resolutions and flow item types are SPEC §3's example
lists; a type in no flow item counts as Feature. A status that no stage names goes to the
first stage of its category's kind (to the backlog when the export gives no category). CHART status
ids are named by the status ids an XML export gives; in a CSV (which has none) by elimination: an
id is a status's when it is the only id that every item now in that status lists (ids no item sits
in stay unnamed and count in no stage). A visit is a CHART entry other than the current, uncounted
stay. Numeric dates (12/4/2025) take day/month order from the cells of the whole file that settle
it, else day first; --date-format overrides. The default window needs a timestamp in the data; with
none, the report's window is taken as given. Items are merged by key over all exports, the later
file winning.
"""
import argparse
import csv
import datetime as dt
import html
import json
import math
import re
import sys
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

DAY = 86400
CATEGORIES = ("To Do", "In Progress", "Done")
CATEGORY_KIND = {"To Do": "backlog", "In Progress": "active", "Done": "done"}
# Status-category values as exported (English, Spanish).
CATEGORY_NAMES = {"to do": "To Do", "in progress": "In Progress", "done": "Done",
                  "por hacer": "To Do", "en curso": "In Progress", "listo": "Done"}
# Header aliases (English, Spanish); the CHART field is matched by its suffix.
HEADERS = {
    "key": ["Issue key", "Clave de incidencia"],
    "type": ["Issue Type", "Tipo de Incidencia"],
    "status": ["Status", "Estado"],
    "resolution": ["Resolution", "Resolución"],
    "created": ["Created", "Creada"],
    "updated": ["Updated", "Actualizada"],
    "resolved": ["Resolved", "Resuelta"],
    "category": ["Status Category", "Categoría de estado"],
    "categoryChanged": ["Status Category Changed", "Categoría de estado cambiada"],
}
CHART_SUFFIX = "([CHART] Time in Status)"
DATE_FIELDS = ("created", "updated", "resolved", "categoryChanged")
MONTHS = {}
for names in ("jan feb mar apr may jun jul aug sep oct nov dec",
              "ene feb mar abr may jun jul ago sep oct nov dic",
              "jan fev mar abr mai jun jul ago set out nov dez"):
    for number, name in enumerate(names.split(), 1):
        MONTHS[name] = number
MONTHS["sept"] = 9
NAMED = re.compile(r"(\d{1,2})/([^\W\d_]+)\.?/(\d{2}|\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])?\.?\s*[Mm]?\.?$")
NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2}) (\d{1,2}):(\d{2})(?::(\d{2}))?$")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")
# Jira XML (RSS) search export: `statusCategory key=` (or its fixed id), the CHART custom field's key,
# RFC 822 dates with English names and a numeric offset (`Thu, 5 Sep 2024 16:12:18 +0100`).
RSS_CATEGORIES = {"new": "To Do", "indeterminate": "In Progress", "done": "Done",
                  "2": "To Do", "4": "In Progress", "3": "Done"}
RSS_CHART_KEY = "com.atlassian.jira.ext.charting:timeinstatus"
RFC822 = re.compile(r"(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
                    r"\s+([+-]\d{4}|GMT|UTC?|Z)$")
RFC822_MONTHS = {name: number for number, name in
                 enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
SPEC_DISCARDED_RESOLUTIONS = ["Won't Do", "Won't Fix", "Duplicate", "Cannot Reproduce", "Invalid"]
SPEC_FLOW_ITEMS = {"Feature": ["Story", "New Feature", "Improvement", "Epic"],
                   "Defect": ["Bug", "Defect", "Incident"],
                   "Risk": ["Security", "Vulnerability", "Compliance"],
                   "Debt": ["Technical Debt", "Tech Debt", "Chore"]}


def iso(instant):
    """The report's form: UTC, milliseconds only when there are some."""
    if instant is None:
        return None
    utc = instant.astimezone(dt.timezone.utc)
    millis = utc.microsecond // 1000
    return utc.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % millis if millis else "Z")


def days(a, b):
    return (b.astimezone(dt.timezone.utc) - a.astimezone(dt.timezone.utc)).total_seconds() / DAY


def nearest_rank(values, percent):
    values = sorted(values)
    if not values:
        return None
    return values[max(math.ceil(percent / 100 * len(values)), 1) - 1]


class Config:
    def __init__(self, path):
        raw = {}
        if path:
            import yaml
            raw = yaml.safe_load(open(path, encoding="utf-8")) or {}
        self.zone = ZoneInfo(raw.get("timezone") or "UTC")
        self.zone_name = raw.get("timezone") or "UTC"
        self.week_start = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                           "sunday"].index(str(raw.get("weekStart", "monday")).lower())
        if raw.get("stages"):
            self.stages = [(stage["name"], stage["kind"]) for stage in raw["stages"]]
            self.stage_of = {status.lower(): stage["name"] for stage in raw["stages"]
                             for status in stage.get("statuses") or []}
        else:
            self.stages = [(category, CATEGORY_KIND[category]) for category in CATEGORIES]
            self.stage_of = {}
        self.kind = dict(self.stages)
        resolutions = raw.get("discardedResolutions", None if path else SPEC_DISCARDED_RESOLUTIONS)
        self.discarded_resolutions = {name.lower() for name in resolutions or []}
        flow_items = raw.get("flowItems") or SPEC_FLOW_ITEMS
        self.flow_items = list(flow_items)
        for name in SPEC_FLOW_ITEMS:
            if name not in self.flow_items:
                self.flow_items.append(name)
        self.flow_item = {kind.lower(): item for item, kinds in flow_items.items() for kind in kinds or []}

    def place(self, status, category):
        """Stage of a status: the configured one, else by its status category, else backlog."""
        stage = self.stage_of.get(status.lower())
        if stage:
            return stage
        kind = CATEGORY_KIND.get(category, "backlog")
        if not self.stage_of:
            return category if category in CATEGORY_KIND else "To Do"
        return next((name for name, k in self.stages if k == kind), f"({kind})")

    def item_of(self, issue_type):
        return self.flow_item.get((issue_type or "").lower(), "Feature")


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    if not rows:
        sys.exit(f"crosscheck-csv: {path}: empty file")
    header = [name.strip() for name in rows[0]]
    columns = {}
    for field, aliases in HEADERS.items():
        for alias in aliases:
            if alias in header:
                columns[field] = header.index(alias)
                break
    chart = [index for index, name in enumerate(header) if name.endswith(CHART_SUFFIX)]
    if chart:
        columns["chart"] = chart[0]
    for field in ("key", "status"):
        if field not in columns:
            sys.exit(f"crosscheck-csv: {path}: no column for {field} ({' / '.join(HEADERS[field])})")
    records = []
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        if [cell.strip() for cell in row] == header:
            continue
        records.append((number, {field: row[index].strip() if index < len(row) else ""
                                 for field, index in columns.items()}))
    numeric = [cell.strip() for row in rows[1:] for cell in row if NUMERIC.match(cell.strip())]
    return records, "chart" in columns, numeric


def day_first(cells, forced):
    """Day/month order of numeric dates, from every cell of the file that settles it (a Due date
    of 12/18/2025 settles a Created of 12/4/2025); day first when none does."""
    if forced:
        return forced == "dmy"
    first = any(int(NUMERIC.match(cell).group(1)) > 12 for cell in cells)
    second = any(int(NUMERIC.match(cell).group(2)) > 12 for cell in cells)
    if first and second:
        sys.exit("crosscheck-csv: numeric dates with both day/month orders; give --date-format")
    return not second


def parse_date(text, zone, dmy, where):
    if not text:
        return None
    match = NAMED.match(text)
    if match:
        day, month_name, year, hour, minute, second, half = match.groups()
        month = MONTHS.get(month_name.lower())
        if month is None:
            sys.exit(f"crosscheck-csv: {where}: unknown month in '{text}'")
    else:
        match = NUMERIC.match(text)
        if match:
            a, b, year, hour, minute, second = match.groups()
            half = None
            day, month = (a, int(b)) if dmy else (b, int(a))
        elif ISO.match(text):
            value = dt.datetime.fromisoformat(text.replace(" ", "T").replace("Z", "+00:00"))
            return (value if value.tzinfo else value.replace(tzinfo=zone)).astimezone(dt.timezone.utc)
        else:
            sys.exit(f"crosscheck-csv: {where}: unrecognised date '{text}'")
    year = int(year) + (2000 if len(year) == 2 else 0)
    hour = int(hour)
    if half:
        if not 1 <= hour <= 12:
            sys.exit(f"crosscheck-csv: {where}: bad hour in '{text}'")
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    local = dt.datetime(year, month, int(day), hour, int(minute), int(second or 0), tzinfo=zone)
    return local.astimezone(dt.timezone.utc)  # Python compares and subtracts same-zone times as wall clock


def parse_chart(text):
    """`id_*:*_timesEntered_*:*_milliseconds`, joined by `_*|*_`."""
    if not text:
        return []
    entries = []
    for part in text.split("_*|*_"):
        status_id, entered, millis = part.split("_*:*_")
        entries.append((status_id, int(entered), int(millis)))
    return entries


def sniff(path):
    """'csv', or ('rss', offset, prefix) to parse the XML from byte `offset` with `prefix` before it.

    XML when the file (past a BOM and blank space) starts with `<`. A file saved from a browser's XML
    viewer has a line of the browser's text first: then it is XML when only that line, blank space,
    comments and processing instructions come before `<rss`, and parsing starts at `<rss` (an XML
    declaration skipped with the text is put back, for its encoding). Anything else is CSV."""
    with open(path, "rb") as handle:
        head = handle.read(1 << 16)
    bom = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    if head[bom:].lstrip().startswith(b"<"):
        return ("rss", 0, b"")
    found = re.search(rb"<rss[\s>]", head)
    if found:
        before = head[bom:found.start()].split(b"\n", 1)
        rest = re.sub(rb"<!--.*?-->|<\?.*?\?>", b"", before[1] if len(before) > 1 else b"", flags=re.S)
        if not rest.strip():
            declaration = re.search(rb"<\?xml\s.*?\?>", head[:found.start()], re.S)
            return ("rss", found.start(), declaration.group(0) if declaration else b"")
    return "csv"


class Prefixed:
    """A binary file read from `offset` on, with `prefix` in front: what iterparse reads."""

    def __init__(self, handle, offset, prefix):
        handle.seek(offset)
        self.handle, self.prefix = handle, prefix

    def read(self, size=-1):
        if self.prefix:
            chunk, self.prefix = self.prefix, b""
            return chunk
        return self.handle.read(size)


def parse_rfc822(text, where):
    """`Thu, 5 Sep 2024 16:12:18 +0100` -> UTC; the offset is the exporting user's, per date (DST)."""
    if not text:
        return None
    match = RFC822.match(text)
    month = RFC822_MONTHS.get(match.group(2).lower()) if match else None
    if month is None:
        sys.exit(f"crosscheck-csv: {where}: unrecognised RFC 822 date '{text}'")
    day, _, year, hour, minute, second, zone = match.groups()
    year = int(year) + (2000 if len(year) == 2 else 0)
    offset = 0 if zone in ("GMT", "UT", "UTC", "Z") else \
        (1 if zone[0] == "+" else -1) * (int(zone[1:3]) * 60 + int(zone[3:5]))
    local = dt.datetime(year, month, int(day), int(hour), int(minute), int(second or 0),
                        tzinfo=dt.timezone(dt.timedelta(minutes=offset)))
    return local.astimezone(dt.timezone.utc)


def rss_item(element, where, config, dmy):
    """One `<item>` of a Jira XML search export as the record a CSV row gives (+ its status id)."""
    child = {node.tag: node for node in element}  # direct children only; each of these occurs once

    def text(tag):
        return (child[tag].text or "").strip() if tag in child else ""

    key = text("key")
    if not key:
        title = re.match(r"\[([^\]]+)\]", text("title"))
        key = title.group(1) if title else ""
    if key and "status" not in child and "pubDate" in child:
        return feed_item(key, text("description"), text("pubDate"), where)
    if not key or "status" not in child:
        sys.exit(f"crosscheck-csv: {where}: an <item> with no <key> or <status>: not a Jira XML search export")
    category = None
    if "statusCategory" in child:
        attributes = child["statusCategory"].attrib
        category = (RSS_CATEGORIES.get(attributes.get("key", "").lower())
                    or RSS_CATEGORIES.get(attributes.get("id", "")))
    resolution = child.get("resolution")
    item = {field: parse_rfc822(text(field), f"{where} ({key}), {field}")
            for field in ("created", "updated", "resolved")}
    item.update(key=key, status=text("status"), statusId=child["status"].get("id"), type=text("type"),
                resolution="" if resolution is None or resolution.get("id") == "-1" else text("resolution"),
                category=category, categoryChanged=None, chart=None)
    for field in element.iterfind("customfields/customfield"):
        name = (field.findtext("customfieldname") or "").strip()
        values = field.iterfind("customfieldvalues/customfieldvalue")
        value = " ".join((node.text or "").strip() for node in values).strip()
        if field.get("key") == RSS_CHART_KEY or name.endswith(CHART_SUFFIX[1:-1]):
            item["chart"] = parse_chart(value)
        elif name in HEADERS["categoryChanged"] and value:
            item["categoryChanged"] = (parse_rfc822(value, f"{where} ({key}), {name}") if RFC822.match(value)
                                       else parse_date(value, config.zone, dmy, f"{where} ({key}), {name}"))
    return item


def feed_item(key, description, published, where):
    """An item of Jira's "RSS (issues)" feed (`<rss version="2.0">`): status, type and resolution only in
    the HTML table of its description (English labels), no status category, `pubDate` = created. Its
    Updated/Resolved are bare days (`05/Dec/25`) with no time or zone: not taken (nothing is invented)."""

    def cell(label):
        found = re.search(rf"<b>{label}:</b>\s*</td>\s*<td[^>]*>(.*?)</td>", description, re.S)
        if not found:
            sys.exit(f"crosscheck-csv: {where} ({key}): feed item with no '{label}:' row in its description")
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", found.group(1))).split())

    resolution = cell("Resolution")
    return {"key": key, "status": cell("Status"), "statusId": None, "type": cell("Type"),
            "resolution": "" if resolution == "Unresolved" else resolution, "category": None,
            "created": parse_rfc822(published, f"{where} ({key}), pubDate"), "updated": None, "resolved": None,
            "categoryChanged": None, "chart": None}


def read_rss(path, start, config, date_format):
    """The `<item>`s of a Jira XML export from `start` (`sniff`'s), streamed: each is cleared once read."""
    _, offset, prefix = start
    items = []
    depth = 0
    channel = None
    with open(path, "rb") as handle:
        try:
            for event, element in ET.iterparse(Prefixed(handle, offset, prefix), events=("start", "end")):
                if event == "start":
                    depth += 1
                    if depth == 1 and element.tag != "rss":
                        sys.exit(f"crosscheck-csv: {path}: XML whose root is <{element.tag}>, not a Jira XML "
                                 "search export (<rss><channel><item>)")
                    if depth == 2 and element.tag == "channel":
                        channel = element
                    continue
                depth -= 1
                if depth == 2 and element.tag == "item" and channel is not None:
                    items.append(rss_item(element, f"{path}: item {len(items) + 1}", config,
                                          date_format != "mdy"))
                    element.clear()
                    channel.remove(element)
        except ET.ParseError as error:
            sys.exit(f"crosscheck-csv: {path}: bad XML: {error}")
    return items


def read_items(paths, config, date_format):
    items = {}
    has_chart = False
    for path in paths:
        start = sniff(path)
        if start != "csv":
            for item in read_rss(path, start, config, date_format):
                has_chart |= item["chart"] is not None
                items[item["key"]] = item
            continue
        records, chart, numeric = read_rows(path)
        has_chart |= chart
        dmy = day_first(numeric, date_format)
        for number, record in records:
            where = f"{path}: record {number}"
            item = {field: parse_date(record.get(field, ""), config.zone, dmy, f"{where}, {field}")
                    for field in DATE_FIELDS}
            category = record.get("category", "")
            item.update(key=record["key"], status=record["status"], type=record.get("type", ""),
                        resolution=record.get("resolution", ""), statusId=None,
                        category=CATEGORY_NAMES.get(category.lower()) if category else None,
                        chart=parse_chart(record.get("chart", "")) if chart else None)
            items[item["key"]] = item
    return items, has_chart


def outcome(item, config):
    stage = config.place(item["status"], item["category"])
    kind = config.kind.get(stage, CATEGORY_KIND.get(item["category"], "backlog"))
    discarded = kind == "discarded" or (kind == "done" and item["resolution"].lower() in config.discarded_resolutions)
    end = None
    if kind in ("done", "discarded"):
        end = item["resolved"] or (item["categoryChanged"] if item["category"] == "Done" else None)
    if discarded:
        result = "discarded"
    elif kind == "done":
        result = "delivered"
    elif kind in ("active", "wait"):
        result = "inProgress"
    else:
        result = "notStarted"
    lead = days(item["created"], end) if result == "delivered" and end and item["created"] else None
    return {"stage": stage, "kind": kind, "outcome": result, "end": end, "lead": lead}


def name_chart_ids(items):
    """Status id -> name: as the export gives it (RSS `<status id=>`), else by elimination over the ids
    listed by the items now in each status."""
    listed = {entry[0] for item in items.values() for entry in item["chart"] or []}
    candidates = {}
    named = {}
    for item in items.values():
        if item["statusId"] in listed:
            named.setdefault(item["statusId"], item["status"])
        if item["chart"]:
            ids = {entry[0] for entry in item["chart"]}
            candidates[item["status"]] = candidates.get(item["status"], ids) & ids
    changed = True
    while changed:
        changed = False
        for status, ids in candidates.items():
            left = ids - set(named)
            if len(left) == 1 and status not in named.values():
                named[left.pop()] = status
                changed = True
    return named


class Check:
    def __init__(self):
        self.differences = 0

    def same(self, what, expected, reported):
        if isinstance(expected, float) or isinstance(reported, float):
            equal = (expected is not None and reported is not None
                     and abs(expected - reported) <= 1e-9 * max(1, abs(expected)))
        else:
            equal = expected == reported
        if not equal:
            self.differences += 1
            if self.differences <= 60:
                print(f"difference: {what}: expected {expected!r}, report has {reported!r}")


def main():
    parser = argparse.ArgumentParser(usage=__doc__.split("usage: ")[1].split("\n       Give")[0])
    parser.add_argument("--config")
    parser.add_argument("--from", dest="low")
    parser.add_argument("--to", dest="high")
    parser.add_argument("--date-format", choices=["dmy", "mdy"])
    parser.add_argument("report", metavar="REPORT_JSON")
    parser.add_argument("exports", metavar="EXPORT", nargs="+")
    args = parser.parse_args()
    config = Config(args.config)
    report = json.load(open(args.report, encoding="utf-8"))
    items, has_chart = read_items(args.exports, config, args.date_format)
    flows = {key: outcome(item, config) for key, item in items.items()}
    check = Check()
    zone = config.zone

    def midnight(day):
        return dt.datetime.combine(day, dt.time(), tzinfo=zone).astimezone(dt.timezone.utc)

    # The window: as given, else the last complete week before the newest timestamp in the data.
    stamps = [item[field] for item in items.values() for field in DATE_FIELDS if item[field]]
    if args.low and args.high:
        window = (dt.date.fromisoformat(args.low), dt.date.fromisoformat(args.high))
    elif stamps:
        today = max(stamps).astimezone(zone).date()
        week = today - dt.timedelta(days=(today.weekday() - config.week_start) % 7)
        window = (week - dt.timedelta(days=7), week - dt.timedelta(days=1))
    else:
        window = (dt.date.fromisoformat(report["window"]["from"]), dt.date.fromisoformat(report["window"]["to"]))
        print(f"note: the exports hold no timestamp, so no default window; using the report's {window[0]} – {window[1]}")
    check.same("window", {"from": window[0].isoformat(), "to": window[1].isoformat(), "timezone": config.zone_name},
               report["window"])
    check.same("history", "none", report["history"])

    reported = {row["key"]: row for row in report["items"]}
    check.same("item keys", sorted(flows), sorted(reported))
    for key, f in flows.items():
        row = reported.get(key)
        if row is None:
            continue
        check.same(f"{key} outcome", f["outcome"], row["outcome"])
        check.same(f"{key} stage", f["stage"], row["stage"])
        check.same(f"{key} created", iso(items[key]["created"]), row["created"])
        check.same(f"{key} started", None, row["started"])
        check.same(f"{key} done", iso(f["end"]), row["done"])
        check.same(f"{key} flowTimeDays", None, row["flowTimeDays"])
        check.same(f"{key} leadTimeDays", f["lead"], row["leadTimeDays"])

    def delivered_in(low, high):
        return [key for key, f in flows.items() if f["outcome"] == "delivered" and f["end"] and low <= f["end"] < high]

    def created_in(low, high):
        return sum(1 for item in items.values() if item["created"] and low <= item["created"] < high)

    def by_flow_item(keys):
        counts = {}
        for key in keys:
            name = config.item_of(items[key]["type"])
            counts[name] = counts.get(name, 0) + 1
        return counts

    low, high = midnight(window[0]), midnight(window[1] + dt.timedelta(days=1))
    done = delivered_in(low, high)
    summary = report["summary"]
    check.same("velocity", len(done), summary["velocity"])
    check.same("velocityByFlowItem", by_flow_item(done),
               {name: count for name, count in (summary.get("velocityByFlowItem") or {}).items() if count})
    leads = [flows[key]["lead"] for key in done if flows[key]["lead"] is not None]
    numbers = summary["leadTime"] or {}
    for percent in (50, 85, 95):
        check.same(f"leadTime p{percent}", nearest_rank(leads, percent), numbers.get(f"p{percent}"))
    check.same("leadTime mean", sum(leads) / len(leads) if leads else None, numbers.get("mean"))
    check.same("leadTime count", len(leads) if leads else None, numbers.get("count"))
    for name in ("flowTime", "flowEfficiency", "load"):
        check.same(f"{name} (no history)", None, summary[name])
    counts = by_flow_item(done)
    shares = {name: counts.get(name, 0) / len(done) for name in config.flow_items} if done else {}
    check.same("distribution", shares, {name: share for name, share in (summary["distribution"] or {}).items()
                                        if share is not None})
    check.same("created", created_in(low, high), summary.get("created"))

    thrown = [key for key, f in flows.items() if f["outcome"] == "discarded" and f["end"] and low <= f["end"] < high]
    check.same("discarded", len(thrown), report["discarded"]["count"])
    check.same("summary discarded", len(thrown), summary.get("discarded"))

    names = name_chart_ids(items) if has_chart else {}
    category_of = {item["status"]: item["category"] for item in items.values()}

    def visits(item):
        """Stage -> total days over the CHART's visits (the current, uncounted stay left out)."""
        totals = {}
        for status_id, entered, millis in item["chart"] or []:
            status = names.get(status_id)
            if status is None:
                continue
            if entered - (1 if status == item["status"] else 0) > 0 or millis > 0:
                stage = config.place(status, category_of.get(status))
                totals[stage] = totals.get(stage, 0.0) + millis / 1000 / DAY
        return totals

    # Whether discarded work had started, and the time spent on it, needs a flow start, which a CSV does not
    # give (the CHART's totals say how long, not when): null, never a guess (SPEC §5).
    started = spent = None
    check.same("discarded afterStart", started, report["discarded"]["afterStart"])
    check.same("discarded daysSpent", spent, report["discarded"].get("daysSpent"))

    loads = {}
    for item in items.values():
        name = item["category"] or "Unknown"
        loads[name] = loads.get(name, 0) + 1
    check.same("loadByCategory", loads,
               {row["category"]: row["count"] for row in report.get("loadByCategory") or [] if row["count"]})

    # Time in stage, from the CHART field, over the items delivered in the window.
    expected_rows = []
    if names:  # a CHART column whose ids none could be named gives no time in stage
        per_stage = {name: [] for name, _ in config.stages}
        for key in done:
            for stage, total in visits(items[key]).items():
                per_stage.setdefault(stage, []).append(total)
        for name, values in per_stage.items():
            expected_rows.append({"name": name, "items": len(values), "p50Days": nearest_rank(values, 50),
                                  "p85Days": nearest_rank(values, 85), "totalDays": float(sum(values))})
    waits = [(row["totalDays"], row["name"]) for row in expected_rows
             if config.kind.get(row["name"]) == "wait" and row["totalDays"] > 0]
    check.same("bottleneck", max(waits)[1] if waits else None, report.get("bottleneck"))
    rows = {row["name"]: row for row in report.get("stages") or []}
    if done or not names:
        check.same("stage names", [row["name"] for row in expected_rows], list(rows))
    for expected in expected_rows:
        row = rows.get(expected["name"], {})
        for field in ("items", "p50Days", "p85Days", "totalDays"):
            if row or expected["items"]:
                check.same(f"stage {expected['name']} {field}", expected[field], row.get(field))

    weeks_in_window = set()
    day = window[0]
    while day <= window[1]:
        weeks_in_window.add(day - dt.timedelta(days=(day.weekday() - config.week_start) % 7))
        day += dt.timedelta(days=1)
    reported_weeks = set()
    for week in report["weeks"]:
        start, end = dt.date.fromisoformat(week["from"]), dt.date.fromisoformat(week["to"])
        reported_weeks.add(start)
        label = week["week"]
        year, number, _ = (start + dt.timedelta(days=3)).isocalendar()
        check.same(f"{label} bounds", (start.weekday(), f"{year}-W{number:02d}", (end - start).days),
                   (config.week_start, label, 6))
        check.same(f"{label} inWindow", start in weeks_in_window, week.get("inWindow"))
        finished = delivered_in(midnight(start), midnight(end + dt.timedelta(days=1)))
        check.same(f"{label} velocity", len(finished), week["velocity"])
        check.same(f"{label} velocityByFlowItem", by_flow_item(finished),
                   {name: count for name, count in (week.get("velocityByFlowItem") or {}).items() if count})
        check.same(f"{label} leadTimeP85",
                   nearest_rank([flows[k]["lead"] for k in finished if flows[k]["lead"] is not None], 85),
                   week.get("leadTimeP85"))
        check.same(f"{label} created", created_in(midnight(start), midnight(end + dt.timedelta(days=1))),
                   week.get("created"))
        check.same(f"{label} flowTimeP85 / loadAverage (no history)", (None, None),
                   (week.get("flowTimeP85"), week.get("loadAverage")))
    check.same("weeks of the window listed", sorted(map(str, weeks_in_window)),
               sorted(str(week) for week in reported_weeks & weeks_in_window))

    print(f"crosscheck-csv: {len(flows)} items, window {window[0]} – {window[1]}: {check.differences} differences")
    sys.exit(1 if check.differences else 0)


if __name__ == "__main__":
    main()
