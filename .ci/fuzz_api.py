#!/usr/bin/env python3
"""API fuzzing of a running Jalin server with schemathesis, and the routes-versus-spec check.

    .venv-ci/bin/python .ci/fuzz_api.py --base-url http://127.0.0.1:8089 \
        --jalin .build/debug/jalin --artifacts e2e/artifacts/fuzz [--examples 150] [--seed 2026]

What it does, in order (any finding makes the exit code 1; the last line is always the summary
`FUZZ operations=N examples=N failures=N`):

1. Fetches /api/openapi.json and saves it.
2. Routes check: `jalin routes` lists every registered route; each /api/v1 route must appear in the
   spec's paths with its method, and each operation of the spec must be a registered route.
   (Vapor's `:name` parameters are compared as OpenAPI `{name}`.)
3. Logs in through the HTML form (CSRF token from the page, the double-submit cookie before login,
   the session-bound token after it) as the demo users and creates a personal API token for each on
   /akun/token (valid 1 day), exactly as a user would.
4. Reads the ids of existing records through the API (mapping rounds, submissions, cooperation,
   drafts with their versions and comments, clauses, monev periods and evaluations, units, partners,
   users, region codes) into schemathesis dictionaries, so that most generated path parameters reach
   real records instead of answering 404 every time (probability 0.8; the rest stays random).
5. Runs schemathesis over every operation with the admin's token (phases examples, coverage, fuzzing,
   stateful; positive and negative data; a fixed number of examples per operation and a fixed seed;
   no example database, so that a run does not depend on earlier ones), then again as tkksd.kukar over the
   operations that answered the admin only 401/403 (TKKSD-only routes: weights, scores, forms).
   Checks: not_a_server_error (no 5xx), status_code_conformance (every status is documented),
   content_type_conformance and response_schema_conformance (bodies match the spec).

The fuzzing changes data (it creates units, drafts, submissions, closes a monev period, …): run it
against a server whose data may be spoiled, after the browser tests.

Reports (JSON, JUnit, and a pytest file reproducing failures) are written to --artifacts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

DEMO_PASSWORD = os.environ.get("JALIN_DEMO_PASSWORD", "DemoJalin#2026")
FUZZ_USER = "admin.kukar"
# Roles for the operations that the admin may not call (403 to admin): TKKSD weights, scores and forms.
SECOND_USER = "tkksd.kukar"
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"
TIMEOUT = 30


def log(msg: str) -> None:
    print(msg, flush=True)


# --- 1 and 2: the spec and the routes ------------------------------------------------------------

def fetch_spec(base: str, out: Path) -> dict:
    r = requests.get(f"{base}/api/openapi.json", timeout=TIMEOUT)
    r.raise_for_status()
    out.write_bytes(r.content)
    return r.json()


def api_routes(jalin: str) -> set[tuple[str, str]]:
    """(METHOD, /api/v1/path/{param}) of every route `jalin routes` prints."""
    with tempfile.TemporaryDirectory(prefix="jalin-routes.") as data:
        env = dict(os.environ, JALIN_DATA_DIR=data, LOG_LEVEL="error")
        env.pop("DATABASE_URL", None)  # listing the routes needs no database
        res = subprocess.run([jalin, "routes"], env=env, cwd="/", capture_output=True, text=True, timeout=120)
    if res.returncode != 0:
        raise SystemExit(f"`{jalin} routes` failed ({res.returncode}):\n{res.stderr[-2000:]}")
    routes = set()
    for line in res.stdout.splitlines():
        m = re.match(r"^\|\s*([A-Z]+)\s*\|\s*(\S+)\s*\|", line)
        if m and (m.group(2) == "/api/v1" or m.group(2).startswith("/api/v1/")):
            path = re.sub(r":([A-Za-z0-9_]+)", r"{\1}", m.group(2))
            routes.add((m.group(1), path))
    if not routes:
        raise SystemExit(f"`{jalin} routes` printed no /api/v1 route:\n{res.stdout[:2000]}")
    return routes


def spec_operations(spec: dict) -> set[tuple[str, str]]:
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return {(m.upper(), p) for p, ops in spec.get("paths", {}).items() for m in ops if m in methods}


def check_routes(spec: dict, jalin: str) -> list[str]:
    routes = api_routes(jalin)
    ops = spec_operations(spec)
    problems = [f"route missing from the spec: {m} {p}" for m, p in sorted(routes - ops)]
    problems += [f"spec operation without a route: {m} {p}" for m, p in sorted(ops - routes)]
    log(f"ROUTES api={len(routes)} spec={len(ops)} missing={len(routes - ops)} extra={len(ops - routes)}")
    for p in problems:
        log(f"  FAIL {p}")
    return problems


# --- 3: tokens ---------------------------------------------------------------------------------

def csrf_of(html: str, where: str) -> str:
    m = re.search(r'name="_csrf"\s+value="([^"]+)"', html)
    if not m:
        raise SystemExit(f"no _csrf field on {where}")
    return m.group(1)


def create_token(base: str, user: str) -> str:
    s = requests.Session()
    r = s.get(f"{base}/masuk", timeout=TIMEOUT)
    r.raise_for_status()
    r = s.post(f"{base}/masuk", timeout=TIMEOUT, data={
        "_csrf": csrf_of(r.text, "/masuk"), "username": user, "password": DEMO_PASSWORD, "lanjut": ""})
    if r.url.rstrip("/").endswith("/masuk"):
        raise SystemExit(f"logging in as {user} failed (still on {r.url}, status {r.status_code})")
    r = s.get(f"{base}/akun", timeout=TIMEOUT)
    r.raise_for_status()
    r = s.post(f"{base}/akun/token", timeout=TIMEOUT, data={
        "_csrf": csrf_of(r.text, "/akun"), "nama": f"CI fuzz {time.strftime('%Y-%m-%d %H:%M')}", "masa_berlaku": "1"})
    m = re.search(r'<code id="token-baru">([^<]+)<', r.text)
    if r.status_code != 200 or not m:
        raise SystemExit(f"creating an API token as {user} failed (status {r.status_code})")
    token = m.group(1).strip()
    who = requests.get(f"{base}/api/v1/saya", headers={"Authorization": f"Bearer {token}"}, timeout=TIMEOUT)
    if who.status_code != 200 or who.json().get("namaPengguna") != user:
        raise SystemExit(f"the new token of {user} does not work: {who.status_code} {who.text[:200]}")
    return token


# --- 4: ids of existing records ------------------------------------------------------------------

def collect_ids(base: str, token: str) -> dict[str, list]:
    h = {"Authorization": f"Bearer {token}"}

    def get(path: str):
        r = requests.get(f"{base}/api/v1{path}", headers=h, timeout=TIMEOUT)
        return r.json() if r.status_code == 200 else None

    def ids(items, key="id") -> list:
        return [x[key] for x in (items or []) if isinstance(x, dict) and x.get(key) is not None]

    d: dict[str, list] = {k: [] for k in
                          ("periode", "usulan", "ks", "naskah", "nomor", "komentar", "kode", "varian", "evaluasi", "id")}
    for p in ids(get("/periode")):
        d["periode"].append(p)
        d["usulan"] += ids(get(f"/periode/{p}/usulan"))
    d["ks"] = ids(get("/kerja-sama"))
    for n in ids(get("/naskah"))[:10]:
        d["naskah"].append(n)
        versi = get(f"/naskah/{n}/versi")
        for v in (versi if isinstance(versi, list) else []):
            if isinstance(v, dict):
                d["nomor"] += [v[k] for k in ("nomor", "versi") if isinstance(v.get(k), int)]
        kom = get(f"/naskah/{n}/komentar")
        d["komentar"] += ids(kom if isinstance(kom, list) else [])
    klausul = get("/klausul") or {}
    for k in klausul.get("klausul", []) if isinstance(klausul, dict) else []:
        d["kode"].append(k.get("kode"))
        d["varian"] += ids(k.get("varian"), "kode")
    for p in ids(get("/monev/periode")):
        d["periode"].append(p)
        d["evaluasi"] += ids(get(f"/monev/periode/{p}/evaluasi"))
    for what in ("/unit", "/mitra", "/pengguna"):
        d["id"] += ids(get(what))
    d["kode"] += ["64", "64.02", "64.02.13", "64.72", "64.02.13.2014"]  # region codes for /wilayah/{kode}
    d["nomor"] += [1, 2]
    # Unique, ordered, bounded (a dictionary is a list of values schemathesis draws from).
    return {k: list(dict.fromkeys(x for x in v if x is not None))[:200] for k, v in d.items()}


def toml_value(v) -> str:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, str) else str(int(v))


def write_config(path: Path, dictionaries: dict[str, list], probability: float) -> None:
    lines = ["# Generated by .ci/fuzz_api.py: ids of existing records for the path parameters.", ""]
    used = {k: v for k, v in dictionaries.items() if v}
    for name, values in used.items():
        lines.append(f"[dictionaries.{name}]")
        lines.append("values = [" + ", ".join(toml_value(v) for v in values) + "]")
        lines.append("")
    lines.append("[parameters]")
    for name in used:
        lines.append(f'"path.{name}" = {{ dictionary = "{name}", probability = {probability} }}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- 5: schemathesis ----------------------------------------------------------------------------

def run_schemathesis(st: str, spec_url: str, token: str, config: Path, out: Path, label: str, *,
                     examples: int, seed: int, workers: int, timeout: int,
                     include_ops: list[str] | None = None) -> dict:
    report = out / f"schemathesis-{label}.json"
    cmd = [st, "--config-file", str(config), "run", spec_url,
           "-H", f"Authorization: Bearer {token}",
           "--checks", CHECKS,
           "--max-examples", str(examples), "--seed", str(seed),
           "--generation-database", "none",
           "--workers", str(workers),
           "--request-timeout", str(TIMEOUT),
           "--report", "json,junit,pytest", "--report-dir", str(out),
           "--report-json-path", str(report),
           "--report-junit-path", str(out / f"schemathesis-{label}.junit.xml"),
           "--report-pytest-path", str(out / f"schemathesis-{label}-reproduce.py"),
           "--no-color"]
    if include_ops:
        # An operation's name is its label, "METHOD /path".
        cmd += ["--include-name-regex", "^(" + "|".join(re.escape(o) for o in include_ops) + ")$"]
    log_path = out / f"schemathesis-{label}.log"
    shown = " ".join("Authorization: Bearer [token]" if a.startswith("Authorization:") else a for a in cmd)
    log(f"-- schemathesis ({label}): {shown}")
    t0 = time.monotonic()
    with open(log_path, "w", encoding="utf-8") as fh:
        try:
            # cwd: schemathesis keeps a .schemathesis/ cache in its working directory.
            rc = subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, timeout=timeout, cwd=str(out),
                                env=dict(os.environ, NO_COLOR="1", COLUMNS="120")).returncode
        except subprocess.TimeoutExpired:
            raise SystemExit(f"schemathesis ({label}) did not finish within {timeout} s; see {log_path}") from None
    took = time.monotonic() - t0
    if not report.exists():
        tail = log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
        raise SystemExit(f"schemathesis ({label}) wrote no JSON report (exit {rc}); log {log_path}:\n{tail}")
    res = json.loads(report.read_text(encoding="utf-8"))
    res["_rc"], res["_log"], res["_took"] = rc, str(log_path), took
    return res


def summarise(label: str, res: dict) -> tuple[int, int, int, set[str]]:
    ops = res.get("operations", {})
    tc = res.get("test_cases", {})
    failures = sum(f.get("count", 0) for f in res.get("failures", []))
    errors = len(res.get("errors", []))
    tested = int(ops.get("tested", 0))
    generated = int(tc.get("generated", 0))
    phases = ", ".join(f"{k} {v.get('status')}" for k, v in res.get("phases", {}).items())
    log(f"   {label}: {tested}/{ops.get('selected')} operations, {generated} test cases, "
        f"{failures} failures, {errors} errors, exit {res['_rc']}, {res['_took']:.0f} s ({phases})")
    for f in res.get("failures", []):
        log(f"   FAIL {f.get('code')} {f.get('title')}: {f.get('count')} — " + ", ".join(map(str, f.get("operations", []))))
    for e in res.get("errors", []):
        log(f"   ERROR {json.dumps(e, ensure_ascii=False)[:400]}")
    if res["_rc"] != 0 and not failures and not errors:
        errors += 1
        log(f"   ERROR schemathesis exited {res['_rc']} without a failure in its report; see {res['_log']}")
    if failures or errors:
        # The failure details (request to reproduce, response) are in the log.
        text = Path(res["_log"]).read_text(encoding="utf-8", errors="replace")
        start = text.find("FAILURES")
        if start >= 0:
            log("   --- from " + res["_log"] + ":")
            for line in text[start:start + 20000].splitlines():
                log("   | " + line)
    # Operations that answered only 401/403 (labels "METHOD /path").
    missing_auth = {w for w in res.get("warnings", {}).get("missing_auth", []) or [] if isinstance(w, str)}
    return generated, failures + errors, tested, missing_auth


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base-url", default=os.environ.get("JALIN_URL", "http://127.0.0.1:8089"))
    ap.add_argument("--jalin", required=True, help="the jalin binary, for `jalin routes`")
    ap.add_argument("--artifacts", type=Path, required=True)
    ap.add_argument("--examples", type=int, default=int(os.environ.get("JALIN_FUZZ_EXAMPLES", "150")),
                    help="maximum test cases per operation (schemathesis --max-examples; default 150, "
                         "about 3 minutes on 2 cores)")
    ap.add_argument("--seed", type=int, default=int(os.environ.get("JALIN_FUZZ_SEED", "2026")))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=540, help="seconds after which a schemathesis run counts as failed")
    ap.add_argument("--st", default=str(Path(sys.executable).with_name("st")), help="the schemathesis CLI")
    args = ap.parse_args()

    base = args.base_url.rstrip("/")
    out = args.artifacts.resolve()
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    problems: list[str] = []

    spec = fetch_spec(base, out / "openapi.json")
    problems += check_routes(spec, args.jalin)

    tokens = {u: create_token(base, u) for u in (FUZZ_USER, SECOND_USER)}
    dictionaries = collect_ids(base, tokens[FUZZ_USER])
    log("   ids for path parameters: " + ", ".join(f"{k}={len(v)}" for k, v in dictionaries.items()))
    config = out / "schemathesis.toml"
    write_config(config, dictionaries, probability=0.8)

    spec_url = f"{base}/api/openapi.json"
    common = dict(examples=args.examples, seed=args.seed, workers=args.workers, timeout=args.timeout)
    res1 = run_schemathesis(args.st, spec_url, tokens[FUZZ_USER], config, out, "admin", **common)
    gen1, bad1, tested1, forbidden = summarise(FUZZ_USER, res1)
    total_gen, total_bad = gen1, bad1
    operations = tested1
    if forbidden:
        log(f"   operations that answered {FUZZ_USER} only 401/403: {', '.join(sorted(forbidden))}")
        res2 = run_schemathesis(args.st, spec_url, tokens[SECOND_USER], config, out, "tkksd",
                                include_ops=sorted(forbidden), **common)
        gen2, bad2, _, _ = summarise(SECOND_USER, res2)
        total_gen += gen2
        total_bad += bad2

    failures = total_bad + len(problems)
    log(f"   took {time.monotonic() - t0:.0f} s; reports in {out}")
    log(f"FUZZ operations={operations} examples={total_gen} failures={failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SystemExit as stop:
        if isinstance(stop.code, str):  # a step could not run: say why, and still end on the summary line
            log(f"ERROR {stop.code}")
            log("FUZZ operations=0 examples=0 failures=1")
            sys.exit(1)
        raise
    except (requests.RequestException, OSError, subprocess.SubprocessError, ValueError) as exc:
        log(f"ERROR {type(exc).__name__}: {exc}")
        log("FUZZ operations=0 examples=0 failures=1")
        sys.exit(1)
