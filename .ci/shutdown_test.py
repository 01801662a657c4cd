#!/usr/bin/env python3
"""Graceful shutdown of Jalin under load (SQLite).

Starts `jalin serve` on a fresh data folder, runs --threads keep-alive clients that mix reads (the
registry JSON, the public page) and creating writes (`POST /api/v1/kerja-sama`), and sends SIGTERM
while they are in flight. Then checks:
  - the server exits within --grace seconds, with status 0 (a clean stop, not a signal death);
  - its log holds no crash (no "Fatal error", no backtrace, no "Program crashed");
  - no process of it is left (a crash handler such as swift-backtrace holding the port once blocked a
    CI run), and the port is free again;
  - every acknowledged write is present after a restart, and PRAGMA integrity_check is ok.

Prints one `SHUTDOWN …` line; exits 1 on any failure.

    .ci/shutdown_test.py --binary .build/debug/jalin [--threads 32] [--load-seconds 4] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reliability_lib import Api, Db, Server, create_token, free_port, ks_payload, log, sqlite_integrity  # noqa: E402

failures: list[str] = []


def fail(msg: str) -> None:
    failures.append(msg)
    print("FAIL: " + msg, flush=True)


def port_free(port: int) -> bool:
    s = socket.socket()
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))
        return True
    except OSError:
        return False
    finally:
        s.close()


def processes_of(pgid: int) -> list[str]:
    """Processes still in the server's process group (it was started in its own session)."""
    out = subprocess.run(["ps", "-eo", "pid=,pgid=,comm="], capture_output=True, text=True).stdout
    return [line.strip() for line in out.splitlines() if len(line.split()) >= 3 and line.split()[1] == str(pgid)]


def one_round(args, work: str, n: int) -> tuple[int, float]:
    data_dir = os.path.join(work, "data")
    port = free_port()
    log_path = os.path.join(work, f"serve-{n}.log")
    server = Server(args.binary, port, log_path, data_dir=data_dir)
    server.start()
    token = create_token(server.base, "admin.kukar")
    api = Api(port, token)
    payload = ks_payload(api, "Uji penghentian server yang tertib.")
    api.close()

    prefix = f"CI-SHUTDOWN {uuid.uuid4().hex[:8]}"
    acked: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def client(i: int) -> None:
        c = Api(port, token, timeout=30)
        k = 0
        while not stop.is_set():
            k += 1
            try:
                if k % 3 == 0:
                    judul = f"{prefix} {i}-{k}"
                    st, body = c.request("POST", "/api/v1/kerja-sama", payload(judul))
                    if st == 201:
                        with lock:
                            acked.append(judul)
                elif k % 3 == 1:
                    c.request("GET", "/api/v1/kerja-sama")
                else:
                    c.request("GET", "/publik/64.02")
            except Exception:
                # The server is going away: connection errors are expected from here on.
                time.sleep(0.05)
        c.close()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(args.threads)]
    for t in threads:
        t.start()
    time.sleep(args.load_seconds)
    pgid = server.pid
    t0 = time.monotonic()
    os.kill(server.pid, signal.SIGTERM)
    try:
        status = server.proc.wait(args.grace)
    except subprocess.TimeoutExpired:
        fail(f"round {n}: the server did not exit within {args.grace:.0f} s of SIGTERM")
        server.kill()
        status = server.proc.returncode
    took = time.monotonic() - t0
    stop.set()
    for t in threads:
        t.join(10)
    if status != 0:
        fail(f"round {n}: exit status {status} after SIGTERM (0 expected)")
    with open(log_path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    for sign in ("Fatal error", "Program crashed", "Backtrace", "💣", "Crash"):
        if sign in text:
            fail(f"round {n}: the log shows a crash ({sign!r}); see {log_path}")
            break
    time.sleep(0.5)
    left = processes_of(pgid)
    if left:
        fail(f"round {n}: processes left after the stop: {left}")
        for line in left:
            try:
                os.kill(int(line.split()[0]), signal.SIGKILL)
            except OSError:
                pass
    if not port_free(port):
        fail(f"round {n}: port {port} is still taken after the stop")

    # Restart: every acknowledged write is there, and the file is sound.
    server2 = Server(args.binary, free_port(), os.path.join(work, f"serve-{n}-after.log"), data_dir=data_dir)
    server2.start()
    db = Db(os.path.join(data_dir, "jalin.sqlite"))
    present = {r[0] for r in db.all("SELECT judul FROM kerja_sama WHERE judul LIKE ?", (prefix + "%",))}
    missing = [j for j in acked if j not in present]
    if missing:
        fail(f"round {n}: {len(missing)} acknowledged writes missing after restart, e.g. {missing[:3]}")
    db.close()
    integrity = sqlite_integrity(os.path.join(data_dir, "jalin.sqlite"))
    if integrity != "ok":
        fail(f"round {n}: integrity_check {integrity!r}")
    server2.stop()
    return len(acked), took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--threads", type=int, default=32)
    ap.add_argument("--load-seconds", type=float, default=4.0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--grace", type=float, default=30.0)
    ap.add_argument("--workdir")
    args = ap.parse_args()
    work = args.workdir or tempfile.mkdtemp(prefix="jalin-shutdown-")
    os.makedirs(work, exist_ok=True)
    writes, times = 0, []
    for n in range(1, args.rounds + 1):
        a, took = one_round(args, work, n)
        writes += a
        times.append(took)
        log(f"round {n}: {a} acknowledged writes, stopped {took * 1000:.0f} ms after SIGTERM")
    ok = not failures
    print(f"SHUTDOWN rounds={args.rounds} threads={args.threads} acknowledged={writes} "
          f"max_stop_ms={max(times) * 1000:.0f} clean={'yes' if ok else 'no'}", flush=True)
    if ok:
        # Logs stay in --workdir; the data only on failure.
        shutil.rmtree(work if not args.workdir else os.path.join(work, "data"), ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
