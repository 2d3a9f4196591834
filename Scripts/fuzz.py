#!/usr/bin/env python3
"""Mutation fuzzing of the command line: SPEC §7 says bad input gets a clear error, never a crash.

Takes the exports in SampleExports/ and ../shared/samples/real/ (when present), changes a few bytes of one
(cuts, inserted quotes and delimiters, extreme numbers, swapped lines, random bytes), runs the release
binary on it and checks what came back:

  crash      the process died of a signal or printed a Swift runtime failure (a trap: overflow, bounds…)
  timeout    it ran longer than --timeout seconds
  leftover   it failed but left report files behind
  silent     it failed without a word on standard error

Every such input is kept in .fuzz/ with the command that failed on it; the script exits 1 if there was any.
With --config it changes SampleExports/streamgauge.yml instead, and runs reports of the sample exports with
it. The same --seed gives the same inputs.

usage: Scripts/fuzz.py [--runs N] [--seed S] [--max-ops K] [--numbers] [--lenient] [--config]
                       [--command report|inspect|sprints|init] [--binary PATH] [--timeout SECONDS]
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REAL = os.path.join(os.path.dirname(ROOT), "shared", "samples", "real")
SAMPLES = os.path.join(ROOT, "SampleExports")

# Pieces that trip parsers: CSV and XML syntax, JSON escapes, byte-order marks, dates that do not exist,
# numbers no integer holds, Jira's Time in Status separators.
TOKENS = [
    b'"', b'""', b",", b"\n", b"\r\n", b"\r", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"<", b">", b"&", b"&#0;",
    b"]]>", b"<![CDATA[", b"{", b"}", b"[", b"]", b":", b"\\u0000", b"\\ud800", b"99999999999999999999", b"-1",
    b"1e309", b"NaN", b"31/Feb/26 9:15 AM", b"2026-13-45 25:61", b"0/0/0", b"9999-12-31T23:59:59Z",
    b"0001-01-01T00:00:00Z", b"_*:*_", b"_*|*_", b"10000_*:*_1_*:*_", b"\xe2\x80\xa8", b"\xc3", b"\t",
]
NUMBERS = [
    b"99999999999999999999999", b"0", b"-5", b"4294967296", b"9223372036854775808", b"9223372036854775807",
    b"-9223372036854775808", b"1e308", b"0.0000001", b"00000000000000000000001", b"2147483648", b"1" * 40,
]
YAML_TOKENS = [b": ", b"- ", b"[", b"]", b"{", b"}", b"&a ", b"*a", b"~", b"null", b'"', b"'", b"\n  ", b"\t",
               b".inf", b".nan", b"9999-99-99", b"2026-02-29", b"<<: *a", b"? ", b"|", b"#", b"---\n"]


def replace_number(data, at, rnd):
    """Replaces the first run of digits at or after `at` with an extreme number."""
    start = at
    while start < len(data) and not 48 <= data[start] <= 57:
        start += 1
    end = start
    while end < len(data) and 48 <= data[end] <= 57:
        end += 1
    data[start:end] = rnd.choice(NUMBERS)


def mutate(original, rnd, max_ops, numbers, tokens=TOKENS):
    data = bytearray(original)
    for _ in range(rnd.randint(1, max_ops)):
        if not data:
            data += b"x"
        at = rnd.randrange(len(data))
        operation = 5 if numbers and rnd.random() < 0.7 else rnd.randrange(7)
        if operation == 0:
            del data[at:at + rnd.randint(1, 200)]
        elif operation == 1:
            data[at:at] = rnd.choice(tokens)
        elif operation == 2:
            data[at] = rnd.randrange(256)
        elif operation == 3:
            del data[at:]
        elif operation == 4:
            source = rnd.randrange(len(data))
            data[at:at] = data[source:source + rnd.randint(1, 300)]
        elif operation == 5:
            replace_number(data, at, rnd)
        else:
            lines = data.split(b"\n")
            if len(lines) > 2:
                first, second = rnd.randrange(len(lines)), rnd.randrange(len(lines))
                lines[first], lines[second] = lines[second], lines[first]
                data = bytearray(b"\n".join(lines))
    return bytes(data)


def exports(limit):
    found = []
    for folder in (SAMPLES, REAL):
        for directory, _, names in os.walk(folder):
            for name in sorted(names):
                path = os.path.join(directory, name)
                if name.endswith((".csv", ".xml", ".json")) and os.path.getsize(path) <= limit:
                    found.append(path)
    return sorted(found)


def verdict(status, stderr, out):
    if status == "timeout":
        return "timeout"
    if status < 0 or status >= 128 or "Fatal error" in stderr or "runtime failure" in stderr:
        return "crash"
    if status != 0 and os.path.isdir(out) and os.listdir(out):
        return "leftover"
    if status != 0 and not stderr.strip():
        return "silent"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-ops", type=int, default=3, help="changes per input, at most")
    parser.add_argument("--numbers", action="store_true", help="mostly replace numbers with extreme ones")
    parser.add_argument("--lenient", action="store_true", help="run with --lenient (reaches past bad rows)")
    parser.add_argument("--config", action="store_true", help="change the configuration, not the exports")
    parser.add_argument("--command", default="report", choices=["report", "inspect", "sprints", "init"])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "streamgauge"))
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--max-size", type=int, default=2_000_000, help="largest export used, in bytes")
    options = parser.parse_args()
    if not os.access(options.binary, os.X_OK):
        sys.exit(f"no binary at {options.binary}: build it with `swift build -c release --product streamgauge`")
    inputs = exports(options.max_size)
    config = os.path.join(SAMPLES, "streamgauge.yml")
    keep = os.path.join(ROOT, ".fuzz")
    scratch = tempfile.mkdtemp(prefix="streamgauge-fuzz-")

    def run(number):
        rnd = random.Random(options.seed * 1_000_003 + number)
        folder = os.path.join(scratch, str(number))
        os.makedirs(folder)
        if options.config:
            source = rnd.choice([os.path.join(SAMPLES, "jira-cloud-export.csv"),
                                 os.path.join(SAMPLES, "jira-backup", "entities.xml")])
            changed = os.path.join(folder, "streamgauge.yml")
            with open(config, "rb") as file:
                text = mutate(file.read(), rnd, options.max_ops, options.numbers, TOKENS + YAML_TOKENS)
            extra = ["--config", changed]
            path = source
        else:
            source = rnd.choice(inputs)
            changed = os.path.join(folder, "input" + os.path.splitext(source)[1])
            with open(source, "rb") as file:
                text = mutate(file.read(), rnd, options.max_ops, options.numbers)
            extra = []
            path = changed
        with open(changed, "wb") as file:
            file.write(text)
        out = os.path.join(folder, "out")
        command = [options.binary, options.command, path] + extra
        if options.command in ("report", "sprints"):
            command += ["--out", out]
        if options.lenient and options.command != "init":
            command.append("--lenient")
        try:
            result = subprocess.run(command, capture_output=True, timeout=options.timeout)
            status, stderr = result.returncode, result.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            status, stderr = "timeout", ""
        problem = verdict(status, stderr, out)
        line = None
        if problem:
            os.makedirs(keep, exist_ok=True)
            kept = os.path.join(keep, f"{problem}-{options.seed}-{number}-{os.path.basename(changed)}")
            shutil.copy(changed, kept)
            shown = " ".join(kept if part == changed else part for part in command)
            last = stderr.strip().splitlines()[-1:] if stderr.strip() else []
            line = f"{problem}: {shown}  (from {os.path.relpath(source, ROOT)}) {' '.join(last)[:200]}"
        shutil.rmtree(folder, ignore_errors=True)
        return status, line

    counts = {}
    problems = 0
    try:
        with ThreadPoolExecutor(max(1, os.cpu_count() or 1)) as pool:
            for status, line in pool.map(run, range(options.runs)):
                counts[status] = counts.get(status, 0) + 1
                if line:
                    problems += 1
                    print(line, flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{options.runs} runs, exit codes {dict(sorted(counts.items(), key=str))}, problems: {problems}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
