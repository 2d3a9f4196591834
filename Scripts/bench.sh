#!/usr/bin/env bash
# StreamGauge benchmark (SPEC §8): import + full report on generated Jira exports, timed in one
# run side by side with the reference tools on the same files, reported as ratios.
#
#   CSV (~100 000 rows, ~60 columns, ~90 MB):
#     streamgauge report         vs  pandas read_csv parsing Created, Updated, Resolved   (target: ≥ 10× faster)
#     streamgauge report         vs  wc -l                                                (target: within 10×)
#   XML (the same issues as Jira RSS):
#     streamgauge report         vs  xmllint --stream --noout                             (ratio; SPEC's 1.5× is for backups)
#   Jira site backup (entities.xml + activeobjects.xml, ~100 000 issues, ~760 000 status changes, ~360 MB):
#     streamgauge report         vs  xmllint --stream --noout on entities.xml              (target: within 1.5×)
#     peak memory per status change                                                      (target: ≤ 300 bytes)
#   Jira REST JSON (~50 000 issues in pages of 100, with changelogs):
#     streamgauge report, time and peak memory per status change
#   and the generator itself, plus peak memory (maximum resident set) of every command, and the time of
#   each phase (import, report, write) of one `report --verbose` run: rendering 100 000 items (report +
#   write) has a target of under a second.
#
# The data is generated deterministically (samplegen, fixed seed), so every run measures the same
# bytes. Everything goes into .bench/ (git-ignored, or --dir); results also land in results.md there.
# The whole run takes about four minutes on two cores.
#
# usage: Scripts/bench.sh [--issues N] [--history-issues N] [--json-issues N] [--runs N] [--no-build]
#                        [--scratch-path DIR] [--dir DIR] [--install]
#   --issues N          issues in the CSV and XML exports (default 100000)
#   --history-issues N  issues in the site backup (default 100000; 0 skips it)
#   --json-issues N     issues in the REST JSON pages (default 50000; 0 skips them)
#   --runs N            timed runs of each fast command (default 5; slow ones get 3)
#   --no-build          use the binaries already in the scratch path
#   --scratch-path DIR  SwiftPM build folder (default .build)
#   --dir DIR           where data, logs and results go (default .bench)
#   --install           install missing tools (apt-get, pip) instead of only naming them
#
# Needs: swift, python3 with pandas, xmllint (libxml2-utils), GNU time (/usr/bin/time);
# hyperfine is used when present (else a plain timing loop).
set -euo pipefail
cd "$(dirname "$0")/.."

issues=100000
history_issues=100000
json_issues=50000
columns=60
seed=42
runs=5
slow_runs=3
build=1
install=0
scratch=.build
bench=.bench

while [ $# -gt 0 ]; do
    case "$1" in
    --issues) issues="$2"; shift 2 ;;
    --history-issues) history_issues="$2"; shift 2 ;;
    --json-issues) json_issues="$2"; shift 2 ;;
    --dir) bench="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --scratch-path) scratch="$2"; shift 2 ;;
    --install) install=1; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
done
[ "$slow_runs" -le "$runs" ] || slow_runs="$runs"

say() { printf '%s\n' "bench: $*" >&2; }

# --- tools --------------------------------------------------------------------------------------
apt_missing=()
pip_missing=()
command -v swift >/dev/null 2>&1 || { say "swift is not on PATH; install the Swift toolchain first"; exit 1; }
command -v python3 >/dev/null 2>&1 || apt_missing+=(python3 python3-pip)
command -v xmllint >/dev/null 2>&1 || apt_missing+=(libxml2-utils)
[ -x /usr/bin/time ] || apt_missing+=(time)
have_hyperfine=1
command -v hyperfine >/dev/null 2>&1 || have_hyperfine=0
if command -v python3 >/dev/null 2>&1 && ! python3 -c 'import pandas' 2>/dev/null; then pip_missing+=(pandas); fi

if [ ${#apt_missing[@]} -gt 0 ] || [ ${#pip_missing[@]} -gt 0 ] || { [ $have_hyperfine = 0 ] && [ $install = 1 ]; }; then
    if [ $install = 1 ]; then
        [ $have_hyperfine = 1 ] || apt_missing+=(hyperfine)
        if [ ${#apt_missing[@]} -gt 0 ]; then
            say "installing ${apt_missing[*]}"
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_missing[@]}"
        fi
        if [ ${#pip_missing[@]} -gt 0 ]; then
            say "installing ${pip_missing[*]} (pip)"
            python3 -m pip install --quiet "${pip_missing[@]}"
        fi
        command -v hyperfine >/dev/null 2>&1 && have_hyperfine=1
    else
        say "missing tools:"
        [ ${#apt_missing[@]} -eq 0 ] || say "  apt-get install ${apt_missing[*]}"
        [ ${#pip_missing[@]} -eq 0 ] || say "  python3 -m pip install ${pip_missing[*]}"
        say "or run again with --install"
        exit 1
    fi
fi
[ $have_hyperfine = 1 ] || say "hyperfine not found (apt-get install hyperfine); timing with a plain loop instead"

# --- build --------------------------------------------------------------------------------------
bin="$scratch/release"
mkdir -p "$bench"
streamgauge_problem=""
if [ $build = 1 ]; then
    say "building samplegen (release)"
    swift build -c release --scratch-path "$scratch" --product samplegen >"$bench/build-samplegen.log" 2>&1 ||
        { say "samplegen does not build; see $bench/build-samplegen.log"; exit 1; }
    say "building streamgauge (release)"
    if ! swift build -c release --scratch-path "$scratch" --product streamgauge >"$bench/build-streamgauge.log" 2>&1; then
        streamgauge_problem="does not build (see $bench/build-streamgauge.log)"
    fi
fi
[ -x "$bin/samplegen" ] || { say "no $bin/samplegen; build it or drop --no-build"; exit 1; }
if [ -z "$streamgauge_problem" ] && [ ! -x "$bin/streamgauge" ]; then streamgauge_problem="not built"; fi

# --- measuring ----------------------------------------------------------------------------------
data="$bench/data"
csv="$data/jira-cloud-export.csv"
xml="$data/jira-cloud-export.xml"
results="$bench/results.tsv"
: >"$results"

# measure NAME RUNS COMMAND...: mean/stddev/min seconds over RUNS runs (after one warm-up run that
# also checks the command works), then one more run under GNU time for the peak resident set.
# With FRESH=DIR set, DIR is removed before each run (not timed): a report is written into an empty
# folder, as on its first run. Writing over the previous run's 70 MB of files costs ~4 ms more (the old files
# are exchanged with the new ones, then removed), which is not import or report work.
measure() {
    local name="$1" count="$2"
    shift 2
    local log="$bench/$name.log"
    local status=0
    "$@" >"$log" 2>&1 || status=$?
    if [ $status -ne 0 ]; then
        say "$name failed (exit $status): $(head -n 3 "$log" | cut -c1-200 | tr '\n' ' ')"
        printf '%s\tfailed\t\t\t\t\texit %s %s\n' "$name" "$status" "$(head -n 1 "$log" | cut -c1-80)" >>"$results"
        return 0
    fi
    say "timing $name ($count runs)"
    local stats
    if [ $have_hyperfine = 1 ]; then
        local quoted
        quoted="$(printf '%q ' "$@")"
        local prepare=()
        [ -n "${FRESH:-}" ] && prepare=(--prepare "rm -rf $(printf '%q' "$FRESH")")
        hyperfine --shell=none --style=none --runs "$count" "${prepare[@]}" --export-json "$bench/$name.json" "$quoted" \
            >/dev/null 2>"$bench/$name.hyperfine.log" || { cat "$bench/$name.hyperfine.log" >&2; return 1; }
        stats="$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["mean"], r["stddev"] or 0, r["min"])' "$bench/$name.json")"
    else
        local times=()
        for _ in $(seq "$count"); do
            local start end
            [ -n "${FRESH:-}" ] && rm -rf "$FRESH"
            start=$(date +%s.%N)
            "$@" >/dev/null 2>&1
            end=$(date +%s.%N)
            times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')")
        done
        stats="$(python3 -c 'import statistics,sys; t=[float(x) for x in sys.argv[1:]]; print(statistics.mean(t), statistics.stdev(t) if len(t)>1 else 0, min(t))' "${times[@]}")"
    fi
    [ -n "${FRESH:-}" ] && rm -rf "$FRESH"
    /usr/bin/time -f %M -o "$bench/$name.mem" "$@" >/dev/null 2>&1
    read -r mean stddev fastest <<<"$stats"
    printf '%s\tok\t%s\t%s\t%s\t%s\t%s\n' "$name" "$mean" "$stddev" "$fastest" "$count" "$(tail -n 1 "$bench/$name.mem")" >>"$results"
}

skip() { printf '%s\tskipped\t\t\t\t\t%s\n' "$1" "$2" >>"$results"; }

# measure_once NAME COMMAND...: one run under GNU time (for commands too slow, or too big in their
# output, to repeat: the generators of the history formats).
measure_once() {
    local name="$1"
    shift
    say "running $name (once)"
    if ! /usr/bin/time -f '%e %M' -o "$bench/$name.time" "$@" >"$bench/$name.log" 2>&1; then
        say "$name failed: $(head -n 3 "$bench/$name.log" | cut -c1-200 | tr '\n' ' ')"
        printf '%s\tfailed\t\t\t\t\t%s\n' "$name" "$(head -n 1 "$bench/$name.log" | cut -c1-80)" >>"$results"
        return 1
    fi
    local elapsed memory
    read -r elapsed memory <<<"$(tail -n 1 "$bench/$name.time")"
    printf '%s\tok\t%s\t0\t%s\t1\t%s\n' "$name" "$elapsed" "$elapsed" "$memory" >>"$results"
}

cat >"$bench/pandas_read_csv.py" <<'PY'
# pandas baseline: read the whole export, parsing the three date columns in Jira's format.
import sys
import warnings

import pandas

warnings.simplefilter("ignore")
frame = pandas.read_csv(
    sys.argv[1], parse_dates=["Created", "Updated", "Resolved"], date_format="%d/%b/%y %I:%M %p")
assert str(frame["Created"].dtype).startswith("datetime64"), frame["Created"].dtype
print(len(frame))
PY

started=$(date +%s)
say "generating $issues issues, $columns columns (seed $seed) into $data"
measure "samplegen" "$slow_runs" "$bin/samplegen" --issues "$issues" --seed "$seed" --columns "$columns" --out "$data"
[ -s "$csv" ] && [ -s "$xml" ] || { say "the generator wrote no data"; exit 1; }

measure "csv-wc-l" "$runs" wc -l "$csv"
measure "csv-pandas" "$slow_runs" python3 "$bench/pandas_read_csv.py" "$csv"
if [ -z "$streamgauge_problem" ]; then
    FRESH="$bench/report-csv" measure "csv-streamgauge" "$runs" "$bin/streamgauge" report "$csv" \
        --out "$bench/report-csv" --format html,md,json,csv
    # One more run with --verbose: the time of each phase (import, report, write) for the render target.
    rm -rf "$bench/report-csv"
    "$bin/streamgauge" report "$csv" --out "$bench/report-csv" --verbose 2>"$bench/csv-phases.log" >/dev/null || true
else
    skip "csv-streamgauge" "streamgauge $streamgauge_problem"
fi
measure "xml-xmllint" "$runs" xmllint --stream --noout "$xml"
if [ -z "$streamgauge_problem" ]; then
    FRESH="$bench/report-xml" measure "xml-streamgauge" "$runs" "$bin/streamgauge" report "$xml" \
        --out "$bench/report-xml" --format html,md,json,csv
else
    skip "xml-streamgauge" "streamgauge $streamgauge_problem"
fi

# --- history formats: site backup and REST JSON --------------------------------------------------
# The `queues` workflow over a year gives about 7.6 status changes per issue (SPEC §8: ~800 000 for
# ~100 000 issues); samplegen's log says how many exactly, for the memory per status change.
backup_dir="$data/backup"
backup="$backup_dir/jira-backup/entities.xml"
json_dir="$data/json/jira-rest-json"
history_flags=(--seed "$seed" --workflow queues --weeks 52)
if [ "$history_issues" -gt 0 ]; then
    rm -rf "$backup_dir"
    if measure_once "samplegen-backup" "$bin/samplegen" --issues "$history_issues" "${history_flags[@]}" \
        --formats backup --out "$backup_dir"; then
        measure "backup-xmllint" "$slow_runs" xmllint --stream --noout "$backup"
        if [ -z "$streamgauge_problem" ]; then
            FRESH="$bench/report-backup" measure "backup-streamgauge" "$slow_runs" "$bin/streamgauge" report \
                "$backup" --out "$bench/report-backup" --format html,md,json,csv
            rm -rf "$bench/report-backup"
            "$bin/streamgauge" report "$backup" --out "$bench/report-backup" --verbose \
                2>"$bench/backup-phases.log" >/dev/null || true
        else
            skip "backup-streamgauge" "streamgauge $streamgauge_problem"
        fi
    fi
fi
if [ "$json_issues" -gt 0 ]; then
    rm -rf "$data/json"
    if measure_once "samplegen-json" "$bin/samplegen" --issues "$json_issues" "${history_flags[@]}" \
        --formats json --out "$data/json"; then
        if [ -z "$streamgauge_problem" ]; then
            FRESH="$bench/report-json" measure "json-streamgauge" "$slow_runs" "$bin/streamgauge" report \
                "$json_dir"/page-*.json --out "$bench/report-json" --format html,md,json,csv
        else
            skip "json-streamgauge" "streamgauge $streamgauge_problem"
        fi
    fi
fi

# --- report -------------------------------------------------------------------------------------
python3 - "$results" "$csv" "$xml" "$bench" "$(( $(date +%s) - started ))" "$backup" "$json_dir" <<'PY' | tee "$bench/results.md"
import glob
import os
import re
import sys

results_path, csv_path, xml_path, bench, elapsed, backup_path, json_dir = sys.argv[1:8]
rows = {}
for line in open(results_path, encoding="utf-8"):
    name, status, mean, stddev, fastest, runs, memory_kb = (line.rstrip("\n").split("\t") + [""] * 7)[:7]
    rows[name] = dict(status=status, mean=float(mean) if status == "ok" else None,
                      stddev=float(stddev or 0) if status == "ok" else None,
                      runs=runs, memory=memory_kb)

def seconds(name):
    row = rows.get(name)
    return row["mean"] if row and row["status"] == "ok" else None

def size(path):
    return os.path.getsize(path) / 1e6 if os.path.exists(path) else 0

labels = {
    "samplegen": "generate CSV + XML (samplegen)",
    "samplegen-backup": "generate site backup (samplegen, once)",
    "samplegen-json": "generate REST JSON pages (samplegen, once)",
    "csv-wc-l": "CSV: wc -l",
    "csv-pandas": "CSV: pandas read_csv, 3 date columns",
    "csv-streamgauge": "CSV: streamgauge report",
    "xml-xmllint": "XML: xmllint --stream --noout",
    "xml-streamgauge": "XML: streamgauge report",
    "backup-xmllint": "backup: xmllint --stream --noout entities.xml",
    "backup-streamgauge": "backup: streamgauge report",
    "json-streamgauge": "REST JSON: streamgauge report",
}

def status_changes(log):
    """The status changes samplegen says it wrote ("…, 755972 status changes, …")."""
    path = os.path.join(bench, log)
    if not os.path.exists(path):
        return None
    found = re.search(r"(\d+) status changes", open(path, encoding="utf-8").read())
    return int(found.group(1)) if found else None

json_pages = glob.glob(os.path.join(json_dir, "page-*.json"))
json_size = sum(os.path.getsize(page) for page in json_pages) / 1e6
print(f"# StreamGauge benchmark\n")
print(f"CSV {size(csv_path):.1f} MB, XML {size(xml_path):.1f} MB, backup {size(backup_path):.1f} MB, "
      f"REST JSON {json_size:.1f} MB in {len(json_pages)} pages; {os.cpu_count()} cores; whole run {elapsed} s.\n")
print("| command | mean s | ± s | runs | peak MB | note |")
print("| --- | ---: | ---: | ---: | ---: | --- |")
for name, label in labels.items():
    row = rows.get(name)
    if row is None:
        continue
    if row["status"] != "ok":
        note = row["memory"].replace("|", "\\|")
        print(f"| {label} | — | — | — | — | {row['status']}: {note} |")
        continue
    memory = f"{int(row['memory']) / 1024:.0f}" if row["memory"].isdigit() else "?"
    print(f"| {label} | {row['mean']:.3f} | {row['stddev']:.3f} | {row['runs']} | {memory} | |")

print("\n| comparison | ratio | target | result |")
print("| --- | ---: | --- | --- |")
def compare(label, value, target, good):
    if value is None:
        print(f"| {label} | — | {target} | not measured |")
    else:
        print(f"| {label} | {value:.2f}× | {target} | {'PASS' if good(value) else 'FAIL'} |")

csv_sg, pandas, wc = seconds("csv-streamgauge"), seconds("csv-pandas"), seconds("csv-wc-l")
xml_sg, xmllint = seconds("xml-streamgauge"), seconds("xml-xmllint")
compare("CSV: pandas time / streamgauge time", pandas / csv_sg if pandas and csv_sg else None,
        "≥ 10× faster", lambda v: v >= 10)
compare("CSV: streamgauge time / wc -l time", csv_sg / wc if csv_sg and wc else None,
        "≤ 10×", lambda v: v <= 10)
compare("XML: streamgauge time / xmllint time", xml_sg / xmllint if xml_sg and xmllint else None,
        "≤ 1.5× (SPEC target for backups; informative for RSS)", lambda v: v <= 1.5)
backup_sg, backup_lint = seconds("backup-streamgauge"), seconds("backup-xmllint")
compare("backup: streamgauge time / xmllint time", backup_sg / backup_lint if backup_sg and backup_lint else None,
        "≤ 1.5×", lambda v: v <= 1.5)

def per_change(name, log, target):
    row, changes = rows.get(name), status_changes(log)
    label = f"{labels[name].split(':')[0]}: peak memory per status change"
    if not row or row["status"] != "ok" or not row["memory"].isdigit() or not changes:
        print(f"| {label} | — | {target} | not measured |")
        return
    value = int(row["memory"]) * 1024 / changes
    verdict = ("PASS" if value <= 300 else "FAIL") if target != "informative" else "—"
    print(f"| {label} ({changes:,} changes) | {value:.0f} B | {target} | {verdict} |")

per_change("backup-streamgauge", "samplegen-backup.log", "≤ 300 B (plus the largest element)")
per_change("json-streamgauge", "samplegen-json.log", "informative")
def phases(log):
    """The `timings:` line `report --verbose` wrote: seconds of import, report and write."""
    path = os.path.join(bench, log)
    if not os.path.exists(path):
        return None
    found = re.search(r"import ([0-9.]+) s.*report ([0-9.]+) s.*write ([0-9.]+) s", open(path, encoding="utf-8").read())
    return tuple(float(value) for value in found.groups()) if found else None

for label, log in (("CSV", "csv-phases.log"), ("backup", "backup-phases.log")):
    split = phases(log)
    if split:
        render = split[1] + split[2]
        print(f"\n{label}, phases of one `report --verbose` run: import {split[0]:.3f} s, report {split[1]:.3f} s, "
              f"write {split[2]:.3f} s — rendering 100 000 items (report + write) {render:.3f} s "
              f"(target < 1 s): " + ("PASS" if render < 1 else "FAIL"))

for name in ("report-csv", "report-xml", "report-backup", "report-json"):
    html = os.path.join(bench, name, "report.html")
    if os.path.exists(html):
        print(f"\n{name}/report.html: {size(html):.2f} MB (target < 2 MB): "
              + ("PASS" if size(html) < 2 else "FAIL"))
PY
