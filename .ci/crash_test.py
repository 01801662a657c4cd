#!/usr/bin/env python3
"""Crash safety of Jalin under SIGKILL (SQLite).

1. Writes: starts `jalin serve` on a fresh data folder, fires a burst of concurrent
   `POST /api/v1/kerja-sama` (each creates the record, its first history row and its audit row in one
   transaction), SIGKILLs the server after --kill-after acknowledgements, restarts it on the same
   folder, fires the rest of the burst, then checks:
     - PRAGMA integrity_check is ok (on a copy of the files as the kill left them, and after restart);
     - every acknowledged (201 with id) record is present, through the API and in the database;
     - nothing is half-applied: every record of the burst has exactly one history row and one audit row,
       no history or audit row points to a record that is not there;
     - records present without an acknowledgement are at most the requests in flight at the kill.
2. Import: `jalin import-wilayah wilayah.csv` (91,599 codes, one transaction) SIGKILLed in the middle of
   its writing phase; the wilayah table must hold all of it or none of it, integrity_check ok; then the
   import runs again to completion and is checked complete.

Prints `CRASH …` and `IMPORT …` lines; exits 1 on any failure.

    .ci/crash_test.py --binary .build/debug/jalin [--writes 1200] [--threads 48] [--kill-after 500]
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reliability_lib import Api, Db, Server, create_token, free_port, ks_payload, log, sqlite_integrity, uid  # noqa: E402

failures: list[str] = []


def fail(msg: str) -> None:
    failures.append(msg)
    print("FAIL: " + msg, flush=True)


class Burst:
    """Concurrent creating writes numbered [start, end); optionally SIGKILLs the server after `kill_after` acks."""

    def __init__(self, port: int, token: str, prefix: str, payload, start: int, end: int, threads: int):
        self.port, self.token, self.prefix, self.payload = port, token, prefix, payload
        self.next_n, self.end, self.threads = start, end, threads
        self.cond = threading.Condition()
        self.killed = False
        self.inflight = 0
        self.sent = 0
        self.acked: list[tuple[int, str, str]] = []   # (n, id, judul)
        self.unknown: list[int] = []                   # sent, no answer: the server died meanwhile
        self.errors: list[str] = []                    # anything else while the server was alive
        self.statuses: collections.Counter = collections.Counter()
        self.inflight_at_kill = 0
        self.acked_at_kill = 0

    def judul(self, n: int) -> str:
        return f"{self.prefix} #{n:05d}"

    def worker(self) -> None:
        api = Api(self.port, self.token, timeout=120)
        while True:
            with self.cond:
                if self.killed or self.next_n >= self.end:
                    break
                n = self.next_n
                self.next_n += 1
                self.inflight += 1
                self.sent += 1
            judul = self.judul(n)
            try:
                status, body = api.request("POST", "/api/v1/kerja-sama", self.payload(judul))
            except Exception as e:  # transport error
                with self.cond:
                    self.inflight -= 1
                    if self.killed:
                        self.unknown.append(n)
                    else:
                        self.errors.append(f"#{n}: {type(e).__name__}: {e}")
                    self.cond.notify_all()
                    if self.killed:
                        break
                continue
            with self.cond:
                self.inflight -= 1
                self.statuses[status] += 1
                if 200 <= status < 300 and isinstance(body, dict) and body.get("id"):
                    self.acked.append((n, uid(body["id"]), judul))
                    if body.get("judul") != judul:
                        self.errors.append(f"#{n}: answered judul {body.get('judul')!r}")
                else:
                    self.errors.append(f"#{n}: HTTP {status}: {str(body)[:300]}")
                self.cond.notify_all()
        api.close()

    def run(self, server: Server | None = None, kill_after: int | None = None) -> None:
        ts = [threading.Thread(target=self.worker, daemon=True) for _ in range(self.threads)]
        for t in ts:
            t.start()
        if server is not None and kill_after is not None:
            with self.cond:
                while len(self.acked) < kill_after and any(t.is_alive() for t in ts) and self.next_n < self.end:
                    self.cond.wait(0.05)
                self.killed = True
                self.inflight_at_kill = self.inflight
                self.acked_at_kill = len(self.acked)
            server.kill()
        for t in ts:
            t.join()


def copy_crash_image(data_dir: str, dest: str) -> str:
    """Copies the SQLite files exactly as the kill left them (main file, -wal, -shm)."""
    os.makedirs(dest, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        src = os.path.join(data_dir, "jalin.sqlite" + suffix)
        if os.path.exists(src):
            shutil.copy2(src, os.path.join(dest, "jalin.sqlite" + suffix))
    return os.path.join(dest, "jalin.sqlite")


def crash_writes(args, work: str) -> None:
    data_dir = os.path.join(work, "data")
    port = args.port or free_port()
    server = Server(args.binary, port, os.path.join(work, "serve.log"), data_dir=data_dir)
    t0 = time.monotonic()
    server.start()
    log(f"server started on :{port} in {time.monotonic() - t0:.1f} s (data {data_dir})")
    token = create_token(server.base, "admin.kukar")
    api = Api(port, token)
    payload = ks_payload(api, "Uji ketahanan terhadap penghentian paksa server.")
    api.close()

    run = uuid.uuid4().hex[:8]
    prefix = f"CI-CRASH {run}"

    # Phase 1: the burst, killed in the middle.
    b1 = Burst(port, token, prefix, payload, 0, args.writes, args.threads)
    t1 = time.monotonic()
    b1.run(server=server, kill_after=args.kill_after)
    d1 = time.monotonic() - t1
    log(f"phase 1: sent={b1.sent} acknowledged={len(b1.acked)} (at kill {b1.acked_at_kill}) in-flight-at-kill={b1.inflight_at_kill} "
        f"no-answer={len(b1.unknown)} errors={len(b1.errors)} in {d1:.1f} s ({len(b1.acked) / max(d1, 0.001):.0f} writes/s); "
        f"SIGKILL pid {server.pid}")
    for e in b1.errors[:20]:
        fail("write before the kill: " + e)
    if b1.acked_at_kill < min(args.kill_after, args.writes):
        fail(f"the burst ended before the kill ({b1.acked_at_kill} acknowledgements)")

    image = copy_crash_image(data_dir, os.path.join(work, "crash-image"))
    image_integrity = sqlite_integrity(image)
    if image_integrity != "ok":
        fail(f"integrity_check of the files as the kill left them: {image_integrity}")

    # Phase 2: restart on the same folder, the rest of the burst.
    t0 = time.monotonic()
    server.start()
    log(f"restarted on the same data folder in {time.monotonic() - t0:.1f} s")
    rest = max(0, args.writes - len(b1.acked))
    b2 = Burst(port, token, prefix, payload, b1.next_n, b1.next_n + rest, args.threads)
    b2.run()
    log(f"phase 2: sent={b2.sent} acknowledged={len(b2.acked)} errors={len(b2.errors)}")
    for e in b2.errors[:20]:
        fail("write after the restart: " + e)

    acked = b1.acked + b2.acked

    # Through the API: every acknowledged record answers with its title.
    def check(item):
        a = Api(port, token)
        try:
            st, body = a.request("GET", f"/api/v1/kerja-sama/{item[1]}")
            return item, st, body
        finally:
            a.close()

    api_missing = 0
    with concurrent.futures.ThreadPoolExecutor(16) as ex:
        for (n, i, judul), st, body in ex.map(check, acked):
            if st != 200 or not isinstance(body, dict) or body.get("judul") != judul:
                api_missing += 1
                if api_missing <= 10:
                    fail(f"acknowledged #{n} {i} not served by the API after restart: HTTP {st} {str(body)[:200]}")
    rc = server.stop()
    log(f"server stopped (exit {rc})")

    # In the database.
    db_path = os.path.join(data_dir, "jalin.sqlite")
    integrity = sqlite_integrity(db_path)
    if integrity != "ok":
        fail(f"integrity_check after restart: {integrity}")
    db = Db(sqlite_path=db_path)
    fk = db.all("PRAGMA foreign_key_check")
    if fk:
        fail(f"foreign_key_check: {fk[:5]}")
    like = prefix + " #%"
    rows = db.all("SELECT id, judul, version, tahap FROM kerja_sama WHERE judul LIKE ?", (like,))
    by_id = {uid(r[0]): r for r in rows}
    judul_count = collections.Counter(r[1] for r in rows)
    duplicates = sum(c - 1 for c in judul_count.values() if c > 1)
    if duplicates:
        fail(f"{duplicates} duplicated records")
    riwayat = collections.Counter(
        uid(r[0]) for r in db.all(
            "SELECT h.kerja_sama_id FROM riwayat_kerja_sama h JOIN kerja_sama k ON k.id = h.kerja_sama_id WHERE k.judul LIKE ?",
            (like,)))
    audit_rows = db.all("SELECT entitas_id, sesudah FROM audit_log WHERE aksi = 'kerja_sama.buat' AND sesudah LIKE ?",
                        ("%" + prefix + "%",))
    audit = collections.Counter(uid(r[0]) for r in audit_rows)
    orphan_riwayat = db.one("SELECT COUNT(*) FROM riwayat_kerja_sama h LEFT JOIN kerja_sama k ON k.id = h.kerja_sama_id "
                            "WHERE k.id IS NULL")
    db.close()

    half = 0
    for i, r in by_id.items():
        parts = []
        if riwayat[i] != 1:
            parts.append(f"{riwayat[i]} history rows")
        if audit[i] != 1:
            parts.append(f"{audit[i]} audit rows")
        if r[2] != 1 or r[3] != "persiapan":
            parts.append(f"version {r[2]} tahap {r[3]}")
        if parts:
            half += 1
            if half <= 10:
                fail(f"half-applied {r[1]} ({i}): " + ", ".join(parts))
    orphan_audit = sum(1 for i in audit if i not in by_id)
    if orphan_audit:
        fail(f"{orphan_audit} audit rows of kerja_sama.buat whose record is missing")
        half += orphan_audit
    if orphan_riwayat:
        fail(f"{orphan_riwayat} history rows whose record is missing")
        half += orphan_riwayat

    missing = 0
    for n, i, judul in acked:
        r = by_id.get(i)
        if r is None or r[1] != judul:
            missing += 1
            if missing <= 10:
                fail(f"acknowledged #{n} {i} ({judul}) missing from the database")
    acked_ids = {i for _, i, _ in acked}
    unacked_present = [i for i in by_id if i not in acked_ids]
    if len(unacked_present) > len(b1.unknown):
        fail(f"{len(unacked_present)} records present without an acknowledgement, more than the "
             f"{len(b1.unknown)} requests that got no answer")

    present = sum(1 for _, i, _ in acked if i in by_id)
    log(f"CRASH writes planned={args.writes} threads={args.threads} acknowledged={len(acked)} "
        f"(before-kill={len(b1.acked)} after-restart={len(b2.acked)}) present={present} missing={missing} "
        f"api-missing={api_missing} half-applied={half} duplicates={duplicates} "
        f"in-flight-at-kill={b1.inflight_at_kill} committed-unacknowledged={len(unacked_present)} "
        f"crash-image-integrity={image_integrity} integrity={integrity}")


WILAYAH_COLS = "kode, nama, tingkat, induk, edisi, pensiun"


def wilayah_snapshot(db_path: str) -> dict:
    db = Db(sqlite_path=db_path)
    try:
        return {r[0]: r for r in db.all(f"SELECT {WILAYAH_COLS} FROM wilayah")}
    finally:
        db.close()


def import_state(db_path: str, edisi: str) -> tuple[int, int]:
    db = Db(sqlite_path=db_path)
    try:
        return (db.one("SELECT COUNT(*) FROM impor_wilayah WHERE edisi = ?", (edisi,)),
                db.one("SELECT COUNT(*) FROM audit_log WHERE aksi = 'wilayah.impor' AND sesudah LIKE ?", ("%" + edisi + "%",)))
    finally:
        db.close()


def read_csv_codes(path: str) -> dict:
    import csv
    with open(path, encoding="utf-8-sig", newline="") as f:
        rd = csv.reader(f)
        next(rd)
        # The app trims names (the file has a few with trailing spaces): compare whitespace-normalised.
        return {r[0].strip(): " ".join(r[1].split()) for r in rd if r and r[0].strip()}


def complete(snapshot: dict, codes: dict) -> list[str]:
    """What is missing for the import to be complete (empty list: complete)."""
    problems = []
    missing = [k for k in codes if k not in snapshot]
    if missing:
        problems.append(f"{len(missing)} codes missing (e.g. {missing[:3]})")
    wrong = [k for k, nama in codes.items() if k in snapshot and (" ".join(snapshot[k][1].split()) != nama or snapshot[k][5])]
    if wrong:
        problems.append(f"{len(wrong)} codes with another name or retired (e.g. {wrong[:3]})")
    return problems


def run_import(args, data_dir: str, csv_path: str, edisi: str, log_path: str, kill: bool):
    """Runs import-wilayah; with kill, SIGKILLs it once its progress reaches --import-kill-percent
    (or after --import-kill-after seconds). Returns (exit status or 'killed', seconds, last progress line)."""
    env = dict(os.environ, JALIN_DATA_DIR=data_dir, JALIN_DEMO="1", JALIN_BCRYPT_COST="4", LOG_LEVEL="warning")
    env.pop("DATABASE_URL", None)
    logf = open(log_path, "ab")
    t0 = time.monotonic()
    p = subprocess.Popen([args.binary, "import-wilayah", csv_path, "--edisi", edisi], env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    last = ""
    killed = False
    timer = None
    if kill and args.import_kill_after:
        def by_time():
            nonlocal killed
            if p.poll() is None:
                killed = True
                os.kill(p.pid, signal.SIGKILL)
        timer = threading.Timer(args.import_kill_after, by_time)
        timer.start()
    for raw in p.stdout:
        logf.write(raw)
        line = raw.decode("utf-8", "replace").strip()
        m = re.match(r"^(\d+)% \(", line)
        if m:
            last = line
            if kill and not args.import_kill_after and int(m.group(1)) >= args.import_kill_percent and p.poll() is None:
                killed = True
                os.kill(p.pid, signal.SIGKILL)
    rc = p.wait()
    if timer:
        timer.cancel()
    logf.close()
    return ("killed" if killed and rc == -signal.SIGKILL else rc), time.monotonic() - t0, last


def crash_import(args, work: str) -> None:
    csv_path = args.wilayah_csv
    if not csv_path or not os.path.exists(csv_path):
        log(f"IMPORT skipped: wilayah.csv not found ({csv_path}); give --wilayah-csv")
        if args.require_wilayah:
            fail("wilayah.csv not found")
        return
    codes = read_csv_codes(csv_path)
    data_dir = os.path.join(work, "data")
    db_path = os.path.join(data_dir, "jalin.sqlite")
    if not os.path.exists(db_path):
        # Migrate and seed first (also when the writes part was skipped).
        server = Server(args.binary, args.port or free_port(), os.path.join(work, "serve.log"), data_dir=data_dir)
        server.start()
        server.stop()
    before = wilayah_snapshot(db_path)
    edisi = f"CI crash {uuid.uuid4().hex[:8]}"
    log_path = os.path.join(work, "import.log")

    rc, secs, last = run_import(args, data_dir, csv_path, edisi, log_path, kill=True)
    integrity = sqlite_integrity(db_path)
    if integrity != "ok":
        fail(f"integrity_check after the killed import: {integrity}")
    after = wilayah_snapshot(db_path)
    n_impor, n_audit = import_state(db_path, edisi)
    if after == before and n_impor == 0 and n_audit == 0:
        state = "nothing"
    elif not complete(after, codes) and n_impor == 1 and n_audit == 1:
        state = "complete"
    else:
        state = "PARTIAL"
        fail(f"the killed import left a partial state: wilayah rows {len(before)} -> {len(after)}, "
             f"impor_wilayah rows {n_impor}, audit rows {n_audit}")
    if rc != "killed":
        fail(f"the import was not killed in the middle (exit {rc} after {secs:.2f} s, last progress {last!r}); "
             f"lower --import-kill-percent")
    log(f"IMPORT killed={rc == 'killed'} at={secs:.2f}s last-progress=\"{last}\" state-after-kill={state} "
        f"wilayah-rows={len(after)} (before {len(before)}) integrity={integrity}")

    rc2, secs2, last2 = run_import(args, data_dir, csv_path, edisi, log_path, kill=False)
    if rc2 != 0:
        fail(f"the import run again exited {rc2}; see {log_path}")
    integrity2 = sqlite_integrity(db_path)
    if integrity2 != "ok":
        fail(f"integrity_check after the import ran again: {integrity2}")
    final = wilayah_snapshot(db_path)
    problems = complete(final, codes)
    n_impor2, n_audit2 = import_state(db_path, edisi)
    for p in problems:
        fail("import run again is not complete: " + p)
    if (n_impor2, n_audit2) != (1 if state == "nothing" else 2, 1 if state == "nothing" else 2):
        fail(f"import records after the second run: impor_wilayah {n_impor2}, audit {n_audit2}")
    log(f"IMPORT rerun exit={rc2} in {secs2:.2f}s codes-in-file={len(codes)} wilayah-rows={len(final)} "
        f"complete={'yes' if not problems else 'no'} integrity={integrity2}")


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    default_csv = os.path.normpath(os.path.join(root, "..", "shared", "data", "wilayah", "wilayah.csv"))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True, help="the jalin executable (its *.resources bundle beside it)")
    ap.add_argument("--writes", type=int, default=1200, help="writes in the burst (default 1200)")
    ap.add_argument("--threads", type=int, default=48, help="concurrent clients (default 48)")
    ap.add_argument("--kill-after", type=int, default=500, help="SIGKILL after this many acknowledgements (default 500)")
    ap.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    ap.add_argument("--wilayah-csv", default=default_csv, help=f"code list to import (default {default_csv})")
    ap.add_argument("--require-wilayah", action="store_true", help="fail instead of skipping when the CSV is absent")
    ap.add_argument("--import-kill-percent", type=int, default=20,
                    help="SIGKILL the import when its progress reaches this percent (default 20, about 1 s)")
    ap.add_argument("--import-kill-after", type=float, default=None, help="SIGKILL the import after this many seconds instead")
    ap.add_argument("--skip-writes", action="store_true")
    ap.add_argument("--skip-import", action="store_true")
    ap.add_argument("--workdir", help="folder for data and logs (default: a new temporary folder, removed on success; a given folder keeps its logs, and its data only on failure)")
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    if not os.access(args.binary, os.X_OK):
        print(f"not executable: {args.binary}", file=sys.stderr)
        return 2
    work = args.workdir or tempfile.mkdtemp(prefix="jalin-crash-")
    os.makedirs(work, exist_ok=True)
    log(f"crash test: binary {args.binary}, work folder {work}")
    t0 = time.monotonic()
    try:
        if not args.skip_writes:
            crash_writes(args, work)
        if not args.skip_import:
            crash_import(args, work)
    except Exception as e:  # an unexpected error is a failure, with its logs kept
        import traceback
        traceback.print_exc()
        fail(f"{type(e).__name__}: {e}")
    log(f"crash test finished in {time.monotonic() - t0:.1f} s: {'FAILED (' + str(len(failures)) + ')' if failures else 'ok'}")
    if failures:
        log(f"logs and data kept in {work}")
        return 1
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    else:  # keep the logs, drop the databases
        for sub in ['data', 'crash-image']:
            shutil.rmtree(os.path.join(work, sub), ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
