"""Shared helpers of the reliability checks (.ci/crash_test.py, .ci/load_conflict.py).

Standard library only, except psycopg (PostgreSQL access, see .ci/requirements-reliability.txt),
which is imported only when a PostgreSQL URL is given.
"""

from __future__ import annotations

import http.client
import http.cookiejar
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request

DEMO_PASSWORD = "DemoJalin#2026"


def log(msg: str) -> None:
    print(msg, flush=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One `jalin serve` process on 127.0.0.1, its output appended to a log file."""

    def __init__(self, binary: str, port: int, log_path: str, data_dir: str | None = None,
                 database_url: str | None = None, extra_env: dict | None = None):
        self.binary = binary
        self.port = port
        self.log_path = log_path
        self.env = dict(os.environ)
        # Never inherit a database from the caller's environment: the check decides.
        self.env.pop("DATABASE_URL", None)
        self.env.update({"JALIN_DEMO": "1", "JALIN_BCRYPT_COST": "4", "LOG_LEVEL": "warning"})
        if data_dir:
            self.env["JALIN_DATA_DIR"] = data_dir
        if database_url:
            self.env["DATABASE_URL"] = database_url
        if extra_env:
            self.env.update(extra_env)
        self.proc: subprocess.Popen | None = None
        self.base = f"http://127.0.0.1:{port}"

    def start(self, timeout: float = 180.0) -> None:
        logf = open(self.log_path, "ab")
        logf.write(f"\n===== start {time.strftime('%H:%M:%S')} =====\n".encode())
        logf.flush()
        self.proc = subprocess.Popen(
            [self.binary, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
            env=self.env, stdout=logf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True)
        logf.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jalin serve exited with {self.proc.returncode} during start; see {self.log_path}\n"
                                   + tail(self.log_path))
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                c.request("GET", "/api/openapi.json")
                r = c.getresponse()
                r.read()
                c.close()
                if r.status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"jalin serve did not answer within {timeout:.0f} s; see {self.log_path}\n" + tail(self.log_path))

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, exactly like a power cut of the process."""
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self, timeout: float = 30.0) -> int | None:
        """Graceful stop (SIGTERM), SIGKILL if it hangs. Returns the exit status."""
        if not self.proc or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else None
        os.kill(self.proc.pid, signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            return self.proc.wait()

    def alive(self) -> bool:
        return bool(self.proc) and self.proc.poll() is None


def tail(path: str, n: int = 40) -> str:
    try:
        with open(path, "rb") as f:
            lines = f.read().decode("utf-8", "replace").splitlines()
        return "\n".join(lines[-n:])
    except OSError:
        return ""


def create_token(base: str, username: str, password: str = DEMO_PASSWORD) -> str:
    """Logs in through the web form and creates a personal API token on /akun, as a user would."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def csrf_of(html: str) -> str:
        m = re.search(r'name="_csrf" value="([^"]+)"', html)
        if not m:
            raise RuntimeError("no CSRF token in the page")
        return m.group(1)

    html = opener.open(base + "/masuk", timeout=30).read().decode()
    body = urllib.parse.urlencode({"username": username, "password": password, "_csrf": csrf_of(html)}).encode()
    r = opener.open(base + "/masuk", data=body, timeout=60)
    r.read()
    html = opener.open(base + "/akun", timeout=30).read().decode()
    if 'action="/akun/token"' not in html and "/akun/token" not in html:
        raise RuntimeError(f"login as {username} failed (no token form on /akun)")
    body = urllib.parse.urlencode({"nama": "CI reliability", "masa_berlaku": "0", "_csrf": csrf_of(html)}).encode()
    html = opener.open(base + "/akun/token", data=body, timeout=30).read().decode()
    m = re.search(r'<code id="token-baru">([^<]+)<', html)
    if not m:
        raise RuntimeError("the new token was not shown on /akun")
    return m.group(1)


class Api:
    """A keep-alive JSON client on one connection (one per thread)."""

    def __init__(self, port: int, token: str, timeout: float = 60.0):
        self.port = port
        self.token = token
        self.timeout = timeout
        self.conn: http.client.HTTPConnection | None = None

    def close(self) -> None:
        if self.conn:
            self.conn.close()
            self.conn = None

    def request(self, method: str, path: str, body=None) -> tuple[int, object]:
        """Returns (status, decoded JSON or text). Raises OSError/HTTPException on transport errors."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        headers = {"Authorization": "Bearer " + self.token, "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        try:
            self.conn.request(method, path, body=data, headers=headers)
            r = self.conn.getresponse()
            raw = r.read()
        except Exception:
            self.close()
            raise
        if r.getheader("Connection", "").lower() == "close":
            self.close()
        try:
            return r.status, json.loads(raw) if raw else None
        except ValueError:
            return r.status, raw.decode("utf-8", "replace")


def ks_payload(api: "Api", objek: str):
    """A maker of valid `POST /api/v1/kerja-sama` bodies: a daerah partner and an OPD of the token's pemda."""
    st, mitra = api.request("GET", "/api/v1/mitra")
    assert st == 200, (st, mitra)
    st, unit = api.request("GET", "/api/v1/unit?jenis=opd")
    assert st == 200, (st, unit)
    mitra_id = next(m["id"] for m in mitra if m["jenis"] == "daerah")
    unit_id = unit[0]["id"]

    def payload(judul: str) -> dict:
        return {"judul": judul, "objek": objek, "jenis": "ksddSukarela", "urusan": ["2.15"], "mitra": [mitra_id], "unit": [unit_id]}

    return payload


class Db:
    """Read access to the app's database: SQLite file or PostgreSQL URL. Queries use `?` placeholders."""

    def __init__(self, sqlite_path: str | None = None, pg_url: str | None = None, readonly: bool = False):
        self.kind = "postgres" if pg_url else "sqlite"
        if pg_url:
            import psycopg  # noqa: PLC0415 (only needed on PostgreSQL)
            self.conn = psycopg.connect(pg_url, autocommit=True)
        else:
            if readonly:
                self.conn = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True, timeout=30)
            else:
                self.conn = sqlite3.connect(sqlite_path, timeout=30)

    def all(self, sql: str, params: tuple = ()) -> list[tuple]:
        if self.kind == "postgres":
            sql = sql.replace("?", "%s")
        cur = self.conn.cursor()
        cur.execute(sql, params)
        rows = cur.fetchall()
        cur.close()
        return rows

    def one(self, sql: str, params: tuple = ()):
        rows = self.all(sql, params)
        return rows[0][0] if rows else None

    def close(self) -> None:
        self.conn.close()


def uid(x) -> str:
    """UUIDs compare as upper-case text (SQLite stores them so, PostgreSQL returns uuid objects)."""
    return str(x).upper()


def sqlite_integrity(path: str) -> str:
    c = sqlite3.connect(path, timeout=30)
    try:
        rows = c.execute("PRAGMA integrity_check").fetchall()
    finally:
        c.close()
    return "ok" if rows == [("ok",)] else "; ".join(r[0] for r in rows[:20])


def die(msg: str) -> None:
    print("FAIL: " + msg, file=sys.stderr, flush=True)
