#!/usr/bin/env python3
"""Load without loss: many clients edit the same few records through the JSON API with optimistic locking.

Starts `jalin serve` (SQLite in a fresh data folder, or PostgreSQL with --database-url), creates
--records fresh units (`POST /api/v1/unit`), then runs --clients concurrent clients for --seconds.
Each client picks one of the records, reads it (`GET /api/v1/unit/{id}`), sets `singkatan` to a
value unique to the client and its counter, and writes it back with the version it read
(`PUT /api/v1/unit/{id}`): 200 (accepted, the new version in the answer) or 409 (someone saved first).

At the end, per record:
  - every accepted write answered version = read version + 1, and the accepted versions are exactly
    initial+1 … initial+accepted, each once (no two writers won the same version, no gap);
  - the database holds version initial + accepted, and the value of the accepted write with the
    highest version;
  - the audit log holds one `unit.ubah` entry per accepted write, with that write's value, and its
    before-image is the value of the write accepted just before it;
and over the whole run: no 5xx, no connection error, no other status. `lost` counts accepted writes the
database does not show: a version won twice, a database version below initial + accepted, a final value
other than the last accepted one, an accepted value without its audit entry.

Prints `LOAD db=… clients=… seconds=… accepted=N conflicts=N errors5xx=0 lost=0 …`; exits 1 on any failure.

    .ci/load_conflict.py --binary .build/debug/jalin [--clients 200] [--seconds 60] [--database-url postgres://…]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import shutil
import sys
import tempfile
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reliability_lib import Api, Db, Server, create_token, free_port, log, sqlite_integrity, uid  # noqa: E402

failures: list[str] = []


def fail(msg: str) -> None:
    failures.append(msg)
    print("FAIL: " + msg, flush=True)


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.accepted: list[tuple[str, str, int, int, float]] = []  # (record id, value, version sent, version answered, t)
        self.conflicts = 0
        self.errors5xx: list[str] = []
        self.conn_errors: list[str] = []
        self.other: list[str] = []
        self.reads = 0
        self.latencies: list[float] = []


def client(cid: int, port: int, token: str, records: list[dict], deadline: float, st: Stats, seed: int) -> None:
    rnd = random.Random(seed)
    api = Api(port, token, timeout=120)
    counter = 0
    try:
        while time.monotonic() < deadline:
            rec = rnd.choice(records)
            path = f"/api/v1/unit/{rec['id']}"
            try:
                status, body = api.request("GET", path)
            except Exception as e:
                with st.lock:
                    st.conn_errors.append(f"client {cid} GET: {type(e).__name__}: {e}")
                continue
            if status != 200 or not isinstance(body, dict):
                with st.lock:
                    (st.errors5xx if status >= 500 else st.other).append(f"client {cid} GET {status}: {str(body)[:300]}")
                continue
            with st.lock:
                st.reads += 1
            counter += 1
            value = f"c{cid:03d}-{counter}"
            v = body["version"]
            put = {"jenis": body["jenis"], "nama": body["nama"], "singkatan": value, "urusan": body["urusan"],
                   "aktif": body["aktif"], "version": v}
            t0 = time.monotonic()
            try:
                status, ans = api.request("PUT", path, put)
            except Exception as e:
                # The write's outcome is unknown: the checks below will also show it if it was applied.
                with st.lock:
                    st.conn_errors.append(f"client {cid} PUT {value} v{v}: {type(e).__name__}: {e}")
                continue
            dt = time.monotonic() - t0
            with st.lock:
                st.latencies.append(dt)
                if 200 <= status < 300 and isinstance(ans, dict):
                    st.accepted.append((uid(rec["id"]), value, v, ans.get("version"), time.monotonic()))
                    if ans.get("singkatan") != value:
                        st.other.append(f"client {cid} PUT {value}: answered singkatan {ans.get('singkatan')!r}")
                elif status == 409:
                    st.conflicts += 1
                elif status >= 500:
                    st.errors5xx.append(f"client {cid} PUT {value} v{v}: {status} {str(ans)[:300]}")
                else:
                    st.other.append(f"client {cid} PUT {value} v{v}: {status} {str(ans)[:300]}")
    finally:
        api.close()


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return 0.0
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True, help="the jalin executable (its *.resources bundle beside it)")
    ap.add_argument("--clients", type=int, default=200, help="concurrent clients (default 200)")
    ap.add_argument("--seconds", type=float, default=60, help="duration of the load (default 60)")
    ap.add_argument("--records", type=int, default=5, help="records edited by all clients (default 5)")
    ap.add_argument("--database-url", help="postgres://… (a fresh database): run on PostgreSQL instead of SQLite")
    ap.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    ap.add_argument("--workdir", help="folder for data and logs (default: a new temporary folder, removed on success; a given folder keeps its logs, and its data only on failure)")
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    if not os.access(args.binary, os.X_OK):
        print(f"not executable: {args.binary}", file=sys.stderr)
        return 2
    dbname = "postgres" if args.database_url else "sqlite"
    work = args.workdir or tempfile.mkdtemp(prefix=f"jalin-load-{dbname}-")
    os.makedirs(work, exist_ok=True)
    log(f"load test on {dbname}: binary {args.binary}, work folder {work}")
    t_start = time.monotonic()
    server = None
    try:
        server = run(args, work, dbname)
    except Exception as e:
        import traceback
        traceback.print_exc()
        fail(f"{type(e).__name__}: {e}")
    finally:
        if server is not None:
            server.stop()
    log(f"load test on {dbname} finished in {time.monotonic() - t_start:.1f} s: "
        f"{'FAILED (' + str(len(failures)) + ')' if failures else 'ok'}")
    if failures:
        log(f"logs and data kept in {work}")
        return 1
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    else:  # keep the logs, drop the databases
        for sub in ['data']:
            shutil.rmtree(os.path.join(work, sub), ignore_errors=True)
    return 0


def run(args, work: str, dbname: str) -> Server:
    data_dir = os.path.join(work, "data")
    port = args.port or free_port()
    server = Server(args.binary, port, os.path.join(work, "serve.log"), data_dir=data_dir, database_url=args.database_url)
    t0 = time.monotonic()
    server.start()
    log(f"server started on :{port} in {time.monotonic() - t0:.1f} s")
    token = create_token(server.base, "admin.kukar")
    api = Api(port, token)
    run_id = uuid.uuid4().hex[:6]
    records = []
    for k in range(args.records):
        status, body = api.request("POST", "/api/v1/unit", {"jenis": "opd", "nama": f"CI Load {run_id} {k + 1}",
                                                             "singkatan": "awal", "urusan": ["2.15"]})
        if status != 201:
            raise RuntimeError(f"could not create a unit: {status} {body}")
        records.append(body)
    api.close()

    def open_db() -> Db:
        if args.database_url:
            return Db(pg_url=args.database_url)
        return Db(sqlite_path=os.path.join(data_dir, "jalin.sqlite"), readonly=True)

    db = open_db()
    initial = {uid(r["id"]): db.one("SELECT version FROM unit_kerja WHERE id = ?", (db_id(db, r["id"]),)) for r in records}
    db.close()

    st = Stats()
    deadline = time.monotonic() + args.seconds
    threads = [threading.Thread(target=client, args=(i, port, token, records, deadline, st, 1000 + i), daemon=True)
               for i in range(args.clients)]
    t1 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    dur = time.monotonic() - t1
    if not server.alive():
        fail("the server died during the load")
    log(f"load done in {dur:.1f} s: reads={st.reads} accepted={len(st.accepted)} conflicts={st.conflicts} "
        f"5xx={len(st.errors5xx)} conn-errors={len(st.conn_errors)} other={len(st.other)}; "
        f"PUT latency p50={pct(st.latencies, 0.5) * 1000:.0f} ms p99={pct(st.latencies, 0.99) * 1000:.0f} ms")
    for e in st.errors5xx[:10]:
        fail("5xx: " + e)
    for e in st.conn_errors[:10]:
        fail("connection error: " + e)
    for e in st.other[:10]:
        fail("unexpected answer: " + e)

    # Final state through the API, then in the database.
    api = Api(port, token)
    final_api = {}
    for r in records:
        status, body = api.request("GET", f"/api/v1/unit/{r['id']}")
        final_api[uid(r["id"])] = body if status == 200 else None
    api.close()
    db = open_db()
    final_db = {}
    audit: dict[str, list[str]] = {}
    for r in records:
        i = uid(r["id"])
        row = db.all("SELECT version, singkatan FROM unit_kerja WHERE id = ?", (db_id(db, r["id"]),))[0]
        final_db[i] = row
        vals = []
        for sebelum, sesudah in db.all("SELECT sebelum, sesudah FROM audit_log WHERE aksi = 'unit.ubah' AND entitas_id = ?",
                                       (uid(r["id"]),)):
            try:
                vals.append((json.loads(sebelum or "{}").get("singkatan"), json.loads(sesudah).get("singkatan")))
            except (TypeError, ValueError, AttributeError):
                vals.append((None, None))
        audit[i] = vals
    db.close()

    lost = 0
    chain_ok = audit_ok = True
    per = collections.defaultdict(list)
    for a in st.accepted:
        per[a[0]].append(a)
    for r in records:
        i = uid(r["id"])
        acc = per[i]
        v0 = initial[i]
        bad_answer = [a for a in acc if a[3] != a[2] + 1]
        if bad_answer:
            chain_ok = False
            fail(f"unit {i}: {len(bad_answer)} accepted writes answered a version other than read+1, e.g. {bad_answer[:3]}")
        versions = sorted(a[3] for a in acc)
        expected = list(range(v0 + 1, v0 + len(acc) + 1))
        if versions != expected:
            chain_ok = False
            dup = [v for v, c in collections.Counter(versions).items() if c > 1]
            gaps = sorted(set(expected) - set(versions))
            fail(f"unit {i}: accepted versions are not the chain {v0 + 1}..{v0 + len(acc)}: "
                 f"{len(dup)} won twice (e.g. {dup[:5]}), {len(gaps)} missing (e.g. {gaps[:5]})")
            lost += len(versions) - len(set(versions))
        db_version, db_value = final_db[i]
        last = max(acc, key=lambda a: a[3]) if acc else None
        want_value = last[1] if last else "awal"
        if db_version != v0 + len(acc):
            chain_ok = False
            fail(f"unit {i}: database version {db_version}, expected {v0} + {len(acc)} accepted = {v0 + len(acc)}")
            lost += max(0, v0 + len(acc) - db_version)
        if db_value != want_value:
            lost += 1
            fail(f"unit {i}: database singkatan {db_value!r}, the last accepted write (v{last[3] if last else v0}) was {want_value!r}")
        fa = final_api[i]
        if not fa or fa.get("version") != db_version or fa.get("singkatan") != db_value:
            fail(f"unit {i}: the API shows {fa and (fa.get('version'), fa.get('singkatan'))}, the database {(db_version, db_value)}")
        # Audit: one unit.ubah entry per accepted write, carrying its value.
        got = collections.Counter(after for _, after in audit[i])
        want = collections.Counter(a[1] for a in acc)
        if got != want:
            audit_ok = False
            missing = want - got
            extra = got - want
            lost += sum(missing.values())
            fail(f"unit {i}: audit log has {sum(got.values())} unit.ubah entries for {len(acc)} accepted writes; "
                 f"{sum(missing.values())} accepted values without an entry (e.g. {list(missing)[:3]}), "
                 f"{sum(extra.values())} entries without an accepted write (e.g. {list(extra)[:3]})")
        # The audit's before-image of each accepted write is the value of the write accepted just before it.
        before_of = {after: before for before, after in audit[i]}
        previous = "awal"
        broken = 0
        for a in sorted(acc, key=lambda a: a[3]):
            if a[1] in before_of and before_of[a[1]] != previous:
                broken += 1
                if broken <= 3:
                    fail(f"unit {i}: audit entry of v{a[3]} ({a[1]}) has before-image {before_of[a[1]]!r}, "
                         f"the previous accepted value was {previous!r}")
            previous = a[1]
        if broken:
            audit_ok = False

    integrity = "n/a"
    if not args.database_url:
        server.stop()
        integrity = sqlite_integrity(os.path.join(data_dir, "jalin.sqlite"))
        if integrity != "ok":
            fail(f"integrity_check: {integrity}")
    log(f"LOAD db={dbname} clients={args.clients} seconds={args.seconds:g} records={args.records} "
        f"accepted={len(st.accepted)} conflicts={st.conflicts} errors5xx={len(st.errors5xx)} "
        f"conn-errors={len(st.conn_errors)} other-errors={len(st.other)} lost={lost} "
        f"version-chain={'ok' if chain_ok else 'BROKEN'} audit={'ok' if audit_ok else 'MISMATCH'} "
        f"accepted-per-s={len(st.accepted) / max(dur, 0.001):.1f} integrity={integrity}")
    return server


def db_id(db: Db, i: str):
    """The id as the database stores it: upper-case text on SQLite, uuid on PostgreSQL."""
    return uid(i) if db.kind == "sqlite" else str(i).lower()


if __name__ == "__main__":
    sys.exit(main())
