#!/usr/bin/env python3
"""Parses the iCalendar feeds Jalin writes with an independent RFC 5545 parser.

Usage: python3 Tests/ical_check.py FILE.ics [FILE.ics ...]

Each file must parse with the PyPI `icalendar` package as one VCALENDAR (VERSION 2.0, a PRODID);
its bytes must use CRLF line endings with no physical line over 75 octets. Every VEVENT must have
UID, DTSTAMP (UTC), DTSTART and SUMMARY; an all-day DTSTART must be a date and its DTEND, when
present, the next day; UIDs must be unique. When FILE.ics.json exists (written by the Swift test
`ICalTests/tulisContoh` beside the feed), the SUMMARY, DESCRIPTION and DTSTART of the events it
lists must equal the expected values after unfolding and unescaping. Prints `N passed, M failed`
last and exits 1 on any failure (or when nothing was checked).

Produce a feed: JALIN_ICAL_OUT=/tmp/jalin.ics swift test --filter ICalTests/tulisContoh
Needs: pip install icalendar (in a venv).
"""
import datetime
import json
import os
import sys

import icalendar

passed = 0
failed = 0


def result(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"PASS {name}" + (f" — {detail}" if detail else ""))
    else:
        failed += 1
        print(f"FAIL {name}" + (f" — {detail}" if detail else ""))


def check_bytes(path, data):
    lines = data.split(b"\r\n")
    result(lines[-1] == b"", f"{path}: ends with CRLF")
    bare = [i for i, line in enumerate(lines) if b"\n" in line or b"\r" in line]
    result(not bare, f"{path}: every line ends in CRLF", f"bare CR/LF in lines {bare[:5]}" if bare else "")
    long_lines = [i for i, line in enumerate(lines) if len(line) > 75]
    result(not long_lines, f"{path}: no line over 75 octets", f"lines {long_lines[:5]}" if long_lines else "")
    broken = []
    for i, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            broken.append(i)
    result(not broken, f"{path}: folding never splits a UTF-8 character", f"lines {broken[:5]}" if broken else "")


def check_calendar(path, data):
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as e:  # noqa: BLE001 - any parse failure is a failed check
        result(False, f"{path}: parses as iCalendar", repr(e))
        return {}
    result(cal.name == "VCALENDAR", f"{path}: one VCALENDAR")
    result(str(cal.get("VERSION")) == "2.0", f"{path}: VERSION 2.0")
    result(bool(cal.get("PRODID")), f"{path}: PRODID", str(cal.get("PRODID")))

    events = {}
    for ev in cal.walk("VEVENT"):
        uid = str(ev.get("UID", ""))
        missing = [p for p in ("UID", "DTSTAMP", "DTSTART", "SUMMARY") if ev.get(p) is None]
        problems = list(missing and [f"missing {', '.join(missing)}"])
        if uid in events:
            problems.append("duplicate UID")
        start = ev.decoded("DTSTART") if ev.get("DTSTART") is not None else None
        if start is not None and isinstance(start, datetime.datetime):
            problems.append("DTSTART is not all-day")
        if ev.get("DTEND") is not None and isinstance(start, datetime.date):
            end = ev.decoded("DTEND")
            if end != start + datetime.timedelta(days=1):
                problems.append(f"DTEND {end} is not the day after {start}")
        if ev.get("DTSTAMP") is not None:
            stamp = ev.decoded("DTSTAMP")
            if not isinstance(stamp, datetime.datetime) or stamp.utcoffset() != datetime.timedelta(0):
                problems.append(f"DTSTAMP {stamp!r} is not UTC")
        result(not problems, f"{path}: VEVENT {uid or '?'}", "; ".join(problems))
        events[uid] = ev
    result(len(events) > 0, f"{path}: has events", f"{len(events)} VEVENT")
    return events


def check_expected(path, events):
    expected_path = path + ".json"
    if not os.path.exists(expected_path):
        return
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    for uid, props in sorted(expected.items()):
        ev = events.get(uid)
        if ev is None:
            result(False, f"{path}: expected event {uid}", "not found")
            continue
        problems = []
        for name, want in sorted(props.items()):
            if name == "DTSTART":
                got = ev.decoded("DTSTART").isoformat()
            else:
                got = str(ev.get(name, ""))
            if got != want:
                problems.append(f"{name}: got {got!r}, want {want!r}")
        result(not problems, f"{path}: {uid} round-trips its text", "; ".join(problems))


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    for path in argv:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            result(False, f"{path}: readable", str(e))
            continue
        check_bytes(path, data)
        events = check_calendar(path, data)
        check_expected(path, events)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
