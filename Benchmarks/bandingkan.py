#!/usr/bin/env python3
"""Server benchmark of Jalin in one run: data, cold start, wrk, floors, RSS — as a side-by-side table.

Started by Benchmarks/run.sh (which installs wrk/sqlite3/nginx and builds the binary); can be run
directly too:

    python3 Benchmarks/bandingkan.py --bin .build/release/jalin [--ukuran kecil|nasional]
                                     [--detik N] [--postgres]

For each database (SQLite, and PostgreSQL with --postgres):
  1. a fresh data dir (and database): `jalin import-wilayah ../shared/data/wilayah/wilayah.csv`, then
     `jalin generate-load-data` at the chosen size, timed;
  2. `jalin serve` on a free port, the time until GET /sehat answers 200 (cold start);
  3. log in as admin.kukar and pimpinan.kukar through the web form (cookie `jalin_sesi`) and create an
     API token for admin.kukar on /akun, as a user would (same approach as .ci/reliability_lib.py);
  4. wrk at 1, 16 and 64 connections against the main pages, the JSON list /api/v1/kerja-sama and the
     public transparency page (Benchmarks/wrk-persentil.lua prints p50/p95/p99, req/s, non-2xx);
  5. floors: the same list query in the `sqlite3` shell (or `psql` on PostgreSQL), and nginx serving
     a static copy of the public page;
  6. the server's peak RSS (VmHWM) after all runs.

The table goes to stdout and to Benchmarks/results/latest.md and latest.json. Timings never fail the
run (CI must not assert timings); a real error does (exit 1): the server does not start or dies, a
login fails, a wrk run sees non-2xx responses or socket errors, a command fails.

Standard library only.
"""

from __future__ import annotations

import argparse
import datetime
import grp
import http.client
import http.cookiejar
import json
import os
import pwd
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
LUA = os.path.join(HERE, "wrk-persentil.lua")
RESULTS = os.path.join(HERE, "results")
DEMO_PASSWORD = "DemoJalin#2026"
KUKAR = "64.02"

# Flags of `jalin generate-load-data` per size; `nasional` uses the command's own defaults
# (552 pemda, 8 units each, 500 users, 100,000 usulan, 20,000 kerja sama, 50,000 kewajiban,
# 4 monev periods, 10,000 naskah).
UKURAN = {
    "kecil": {"pemda": 30, "pengguna": 100, "usulan": 3000, "kerja-sama": 1000, "kewajiban": 2000, "naskah": 300},
    "nasional": {},
}

# What wrk runs against: (name, kind, path, user). kind: page (session cookie), api (bearer token),
# public (no credentials). The targets "p95 < 50 ms at 16 connections" apply to all of them.
SASARAN = [
    ("/beranda", "halaman", "/beranda", "admin.kukar"),
    ("/kerja-sama", "halaman", "/kerja-sama", "admin.kukar"),
    ("/pemetaan", "halaman", "/pemetaan", "admin.kukar"),
    ("/naskah", "halaman", "/naskah", "admin.kukar"),
    ("/monev/dasbor", "halaman", "/monev/dasbor", "pimpinan.kukar"),
    ("/api/v1/kerja-sama", "api", "/api/v1/kerja-sama", "admin.kukar"),
    ("/publik/" + KUKAR, "publik", "/publik/" + KUKAR, None),
]
API_LIST = "/api/v1/kerja-sama"
PUBLIK = "/publik/" + KUKAR

# Targets of the issue.
P95_MAKS_MS = 50.0
KALI_SQLITE_MAKS = 3.0
PERSEN_NGINX_MIN = 25.0
RSS_MAKS_MB = 300.0
MULAI_MAKS_MS = 2000.0


class Gagal(Exception):
    """A real error: the run cannot go on (or its figures are meaningless)."""


def log(msg: str = "") -> None:
    print(msg, flush=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tail(path: str, n: int = 30) -> str:
    try:
        with open(path, "rb") as f:
            return "\n".join(f.read().decode("utf-8", "replace").splitlines()[-n:])
    except OSError:
        return ""


# --------------------------------------------------------------------------------------------------
# Processes


class Server:
    """One `jalin serve` on 127.0.0.1, output appended to a log file."""

    def __init__(self, binary: str, env: dict, log_path: str):
        self.binary = binary
        self.env = env
        self.log_path = log_path
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 300.0) -> float:
        """Starts the server; returns the milliseconds until GET /sehat answered 200."""
        logf = open(self.log_path, "ab")
        t0 = time.monotonic()
        self.proc = subprocess.Popen(
            [self.binary, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
            env=self.env, stdout=logf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        logf.close()
        while time.monotonic() - t0 < timeout:
            if self.proc.poll() is not None:
                raise Gagal(f"jalin serve berhenti saat mulai (kode {self.proc.returncode}); log {self.log_path}:\n"
                            + tail(self.log_path))
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                c.request("GET", "/sehat")
                r = c.getresponse()
                r.read()
                c.close()
                if r.status == 200:
                    return (time.monotonic() - t0) * 1000
            except OSError:
                pass
            time.sleep(0.01)
        raise Gagal(f"jalin serve tidak menjawab /sehat dalam {timeout:.0f} detik; log {self.log_path}:\n" + tail(self.log_path))

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def status_kb(self, key: str) -> int | None:
        """A `VmXxx:` field of /proc/PID/status in kB."""
        try:
            with open(f"/proc/{self.proc.pid}/status") as f:
                for line in f:
                    if line.startswith(key + ":"):
                        return int(line.split()[1])
        except (OSError, AttributeError):
            pass
        return None

    def cpu_ticks(self) -> int | None:
        """utime + stime of the server process (clock ticks)."""
        try:
            with open(f"/proc/{self.proc.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError, AttributeError):
            return None

    def tunggu_tenang(self, batas: float = 120.0) -> float:
        """Waits until the server is idle; returns the seconds waited.

        wrk stops sending when its time is up, but the requests it left in flight (up to one per
        connection, many more queued behind the database pool) are still being worked off: the next
        run would be measured against that backlog. Idle = under 5 % of a core for two 0.2 s samples.
        """
        t0 = time.monotonic()
        tik = os.sysconf("SC_CLK_TCK")
        tenang = 0
        sebelum = self.cpu_ticks()
        while sebelum is not None and time.monotonic() - t0 < batas and tenang < 2:
            time.sleep(0.2)
            sesudah = self.cpu_ticks()
            if sesudah is None:
                break
            tenang = tenang + 1 if (sesudah - sebelum) / tik < 0.01 else 0
            sebelum = sesudah
        return time.monotonic() - t0

    def stop(self) -> None:
        if not self.alive():
            return
        os.kill(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def jalankan(cmd: list[str], env: dict, log_path: str, judul: str) -> tuple[float, str]:
    """Runs a jalin command to completion, output to log_path; returns (seconds, output)."""
    t0 = time.monotonic()
    with open(log_path, "wb") as logf:
        r = subprocess.run(cmd, env=env, stdout=logf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    detik = time.monotonic() - t0
    out = open(log_path, "rb").read().decode("utf-8", "replace")
    if r.returncode != 0:
        raise Gagal(f"{judul} gagal (kode {r.returncode}); log {log_path}:\n" + tail(log_path))
    return detik, out


def ringkas_keluaran(out: str) -> list[str]:
    """The summary lines of a command's output, without progress bars."""
    baris = []
    for line in out.replace("\r", "\n").splitlines():
        line = line.strip()
        if line and "%" not in line and not line.startswith("[") and "Akun demo" not in line:
            baris.append(line)
    return baris


# --------------------------------------------------------------------------------------------------
# HTTP: login, token, checks


def opener_baru():
    jar = http.cookiejar.CookieJar()
    return jar, urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def csrf_dari(html: str) -> str:
    m = re.search(r'name="_csrf" value="([^"]+)"', html)
    if not m:
        raise Gagal("tidak ada token CSRF di halaman")
    return m.group(1)


def masuk(base: str, username: str):
    """Logs in through the web form; returns (jalin_sesi cookie value, opener of that session)."""
    jar, op = opener_baru()
    html = op.open(base + "/masuk", timeout=60).read().decode()
    body = urllib.parse.urlencode({"username": username, "password": DEMO_PASSWORD, "_csrf": csrf_dari(html)}).encode()
    op.open(base + "/masuk", data=body, timeout=120).read()
    for c in jar:
        if c.name == "jalin_sesi" and c.value:
            return c.value, op
    raise Gagal(f"masuk sebagai {username} gagal (tidak ada cookie jalin_sesi)")


def buat_token(base: str, op) -> str:
    """Creates a personal API token on /akun with a logged-in session (as .ci/reliability_lib.py does)."""
    html = op.open(base + "/akun", timeout=60).read().decode()
    if "/akun/token" not in html:
        raise Gagal("tidak ada formulir token di /akun (belum masuk?)")
    body = urllib.parse.urlencode({"nama": "Benchmarks/run.sh", "masa_berlaku": "0", "_csrf": csrf_dari(html)}).encode()
    html = op.open(base + "/akun/token", data=body, timeout=60).read().decode()
    m = re.search(r'<code id="token-baru">([^<]+)<', html)
    if not m:
        raise Gagal("token baru tidak tampil di /akun")
    return m.group(1)


def ambil(port: int, path: str, headers: dict) -> tuple[int, bytes]:
    """One GET without following redirects."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        c.request("GET", path, headers=headers)
        r = c.getresponse()
        return r.status, r.read()
    finally:
        c.close()


# --------------------------------------------------------------------------------------------------
# wrk


def wrk(url: str, koneksi: int, detik: float, headers: list[str], hitung_status: bool = True) -> dict:
    threads = max(1, min(koneksi, os.cpu_count() or 2))
    cmd = ["wrk", f"-t{threads}", f"-c{koneksi}", f"-d{max(1, int(round(detik)))}s", "--timeout", "30s", "-s", LUA]
    for h in headers:
        cmd += ["-H", h]
    cmd.append(url)
    env = dict(os.environ, JALIN_WRK_STATUS="1" if hitung_status else "0")
    r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    m = re.search(r"^JALIN-WRK (\{.*\})$", r.stdout, re.M)
    if r.returncode != 0 or not m:
        raise Gagal(f"wrk gagal (kode {r.returncode}) untuk {url}:\n{r.stdout}\n{r.stderr}")
    d = json.loads(m.group(1))
    d["socket_total"] = sum(d["socket_errors"].values())
    d["errors"] = d["non2xx"] + d["socket_total"]
    return d


# --------------------------------------------------------------------------------------------------
# Floors


# The columns the JSON list reads (KerjaSamaAPI.KerjaSamaJSON.kolom, plus the id and the sort columns).
KOLOM_DAFTAR = ["hubungan", "id", "induk_id", "jenis", "judul", "mitra", "nilai", "objek", "siklus", "tahap",
                "tanggal_berakhir", "tanggal_mulai", "unit", "urusan", "version"]


def kueri_daftar(pemda: str) -> str:
    """The first page of the JSON list as the app runs it (KerjaSama/Register.swift `halaman`): the dated
    records in the registry's order; the undated ones follow in a second query only when a page is not full."""
    kolom = ", ".join(f'"{k}"' for k in KOLOM_DAFTAR)
    return (f"SELECT {kolom} FROM kerja_sama WHERE pemda_id = {pemda} AND tanggal_berakhir IS NOT NULL "
            "ORDER BY tanggal_berakhir DESC, judul ASC, id ASC LIMIT 51;\n")


def lantai_sqlite(db_path: str, pemda_id: str, n: int = 50) -> dict | None:
    """The JSON list's query (`kueri_daftar`) in the sqlite3 shell."""
    if not shutil.which("sqlite3"):
        log("  LEWATI lantai sqlite3: perintah sqlite3 tidak ada (apt-get install -y sqlite3)")
        return None
    q = kueri_daftar(f"'{pemda_id}'")

    def sesi(jumlah: int, timer: bool) -> tuple[float, str]:
        skrip = (".timer on\n" if timer else "") + ".output /dev/null\n" + q * jumlah
        t0 = time.monotonic()
        r = subprocess.run(["sqlite3", "-batch", db_path], input=skrip, capture_output=True, text=True)
        t = time.monotonic() - t0
        if r.returncode != 0:
            raise Gagal(f"sqlite3 gagal: {r.stderr.strip()}")
        return t, r.stdout

    # One session: a warm-up query, then n timed ones (`.timer on`, millisecond resolution).
    _, out = sesi(n + 1, True)
    real = [float(x) * 1000 for x in re.findall(r"Run Time: real ([0-9.]+)", out)][1:]
    cpu = [(float(u) + float(s)) * 1000 for u, s in re.findall(r"Run Time: real [0-9.]+ user ([0-9.]+) sys ([0-9.]+)", out)][1:]
    if len(real) != n:
        raise Gagal(f"keluaran .timer sqlite3 tak terduga ({len(real)} baris dari {n})")
    # `.timer` prints the real time with three decimals of a second: below ~1 ms it rounds to
    # 0.000/0.001. The same query timed as (session with n+1 queries − session with 1) / n has
    # microsecond resolution; that is the figure the ratio uses.
    banyak = min(sesi(n + 1, False)[0] for _ in range(3))
    satu = min(sesi(1, False)[0] for _ in range(3))
    per_kueri = max(0.0, (banyak - satu) / n * 1000)
    return {"tool": "sqlite3", "n": n, "timer_real_mean_ms": statistics.mean(real),
            "timer_real_median_ms": statistics.median(real), "timer_cpu_mean_ms": statistics.mean(cpu),
            "per_query_ms": per_kueri, "query": q.strip()}


def lantai_psql(url: str, n: int = 50) -> dict | None:
    """The same list query in `psql` with \\timing (PostgreSQL analogue of the sqlite3 floor)."""
    if not shutil.which("psql"):
        log("  LEWATI lantai psql: perintah psql tidak ada")
        return None

    def psql(skrip: str) -> str:
        r = subprocess.run(["psql", url, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"], input=skrip, capture_output=True, text=True)
        if r.returncode != 0:
            raise Gagal(f"psql gagal: {r.stderr.strip()}")
        return r.stdout

    pid = psql(f"SELECT id FROM pemda WHERE kode_wilayah = '{KUKAR}';").strip()
    if not pid:
        raise Gagal("pemda 64.02 tidak ada di PostgreSQL")
    q = kueri_daftar(f"'{pid}'")
    out = psql("\\timing on\n\\o /dev/null\n" + q * (n + 1))
    t = [float(x) for x in re.findall(r"Time: ([0-9.]+) ms", out)][1:]
    if len(t) != n:
        raise Gagal(f"keluaran \\timing psql tak terduga ({len(t)} baris dari {n})")
    return {"tool": "psql", "n": n, "timer_real_mean_ms": statistics.mean(t), "timer_real_median_ms": statistics.median(t),
            "per_query_ms": statistics.median(t), "query": q.strip()}


class Nginx:
    """nginx serving one static HTML file for every path, from a temp dir, with a minimal config."""

    def __init__(self, html: bytes, kerja: str):
        self.dir = os.path.join(kerja, "nginx")
        os.makedirs(os.path.join(self.dir, "www"), exist_ok=True)
        os.makedirs(os.path.join(self.dir, "tmp"), exist_ok=True)
        with open(os.path.join(self.dir, "www", "halaman.html"), "wb") as f:
            f.write(html)
        # Workers run as an unprivileged user when started as root: it must be able to read the file.
        for p in (kerja, self.dir, os.path.join(self.dir, "www"), os.path.join(self.dir, "tmp")):
            os.chmod(p, 0o755)
        os.chmod(os.path.join(self.dir, "www", "halaman.html"), 0o644)
        self.port = free_port()
        pengguna = ""
        if os.geteuid() == 0:
            for nama in ("www-data", "nobody"):
                try:
                    pw = pwd.getpwnam(nama)
                    pengguna = f"user {nama} {grp.getgrgid(pw.pw_gid).gr_name};\n"
                    break
                except KeyError:
                    continue
        d = self.dir
        self.conf = os.path.join(d, "nginx.conf")
        with open(self.conf, "w") as f:
            f.write(f"""{pengguna}worker_processes auto;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  default_type text/html;
  charset utf-8;
  client_body_temp_path {d}/tmp;
  proxy_temp_path {d}/tmp;
  fastcgi_temp_path {d}/tmp;
  uwsgi_temp_path {d}/tmp;
  scgi_temp_path {d}/tmp;
  server {{
    listen 127.0.0.1:{self.port};
    root {d}/www;
    location / {{ try_files /halaman.html =404; }}
  }}
}}
""")
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        logf = open(os.path.join(self.dir, "keluaran.log"), "wb")
        self.proc = subprocess.Popen(["nginx", "-e", os.path.join(self.dir, "error.log"), "-p", self.dir, "-c", self.conf,
                                      "-g", "daemon off;"], stdout=logf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        logf.close()
        for _ in range(100):
            if self.proc.poll() is not None:
                raise Gagal("nginx berhenti saat mulai:\n" + tail(os.path.join(self.dir, "keluaran.log")) + "\n"
                            + tail(os.path.join(self.dir, "error.log")))
            try:
                status, _ = ambil(self.port, PUBLIK, {})
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.05)
        raise Gagal("nginx tidak menjawab dalam 5 detik")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGQUIT)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


# --------------------------------------------------------------------------------------------------
# One database


def env_dasar(data_dir: str, database_url: str | None) -> dict:
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    # The reminder job's catch-up runs before the server starts (`jalin kirim-pengingat`, below); its hourly
    # run would otherwise come 30 s after the start, always in the same measurement.
    env.update({"JALIN_DATA_DIR": data_dir, "JALIN_DEMO": "1", "JALIN_BCRYPT_COST": "4", "LOG_LEVEL": "warning",
                "JALIN_PENGINGAT_JEDA": "3600"})
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def siapkan_data(a, env: dict, kerja: str, nama_db: str, hasil: dict) -> None:
    wilayah = os.path.abspath(a.wilayah)
    flags = dict(UKURAN[a.ukuran])
    if os.path.isfile(wilayah):
        detik, out = jalankan([a.bin, "import-wilayah", wilayah], env, os.path.join(kerja, f"import-wilayah-{nama_db}.log"),
                              "jalin import-wilayah")
        ring = [b for b in ringkas_keluaran(out) if b.startswith("Impor selesai")]
        log(f"  import-wilayah: {detik:.1f} detik" + (f" — {ring[-1]}" if ring else ""))
        hasil["import_wilayah_s"] = detik
    else:
        # Without the code list there are no other pemda to generate: everything goes into Kukar.
        log(f"  LEWATI import-wilayah: {wilayah} tidak ada; data beban hanya untuk Kutai Kartanegara (--pemda 1)")
        flags["pemda"] = 1
        hasil["import_wilayah_s"] = None
    cmd = [a.bin, "generate-load-data"]
    for k, v in flags.items():
        cmd += [f"--{k}", str(v)]
    detik, out = jalankan(cmd, env, os.path.join(kerja, f"generate-load-data-{nama_db}.log"), "jalin generate-load-data")
    ring = [b for b in ringkas_keluaran(out) if b.startswith("Selesai dalam")]
    log(f"  generate-load-data {' '.join(cmd[2:]) or '(ukuran bawaan)'}: {detik:.1f} detik"
        + (f" — {ring[-1]}" if ring else ""))
    hasil["generate_s"] = detik
    hasil["generate_summary"] = ring[-1] if ring else ""
    # The hourly reminder job's first run on fresh data catches up on every date the generator placed in
    # the past (seconds of work). Run it here, as an operator would before opening the server, so that it
    # does not run 30 s after the start in the middle of a measurement.
    detik, out = jalankan([a.bin, "kirim-pengingat"], env, os.path.join(kerja, f"kirim-pengingat-{nama_db}.log"),
                          "jalin kirim-pengingat")
    ring = [b for b in ringkas_keluaran(out) if b.startswith("Pengingat")]
    log(f"  kirim-pengingat (susulan pertama): {detik:.1f} detik" + (f" — {ring[-1]}" if ring else ""))
    hasil["pengingat_s"] = detik
    # After a bulk load an operator refreshes PostgreSQL's statistics (autovacuum would do it on its own a
    # little later, in the middle of the first measurements).
    url = env.get("DATABASE_URL")
    if url and shutil.which("psql"):
        t0 = time.monotonic()
        r = subprocess.run(["psql", url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", "VACUUM ANALYZE"], capture_output=True, text=True)
        if r.returncode != 0:
            raise Gagal(f"VACUUM ANALYZE gagal: {r.stderr.strip()}")
        log(f"  VACUUM ANALYZE (PostgreSQL, setelah muat massal): {time.monotonic() - t0:.1f} detik")


def ukur_db(a, nama_db: str, label: str, database_url: str | None, kerja: str, gagal: list[str],
            peringatan: list[str]) -> dict:
    """Steps 1–4 (+ the database floor and RSS) for one database; returns its results."""
    log(f"\n== {label} ==")
    data_dir = os.path.join(kerja, f"data-{nama_db}")
    os.makedirs(data_dir)
    env = env_dasar(data_dir, database_url)
    hasil: dict = {"database": label, "runs": []}
    siapkan_data(a, env, kerja, nama_db, hasil)

    server = Server(a.bin, env, os.path.join(kerja, f"serve-{nama_db}.log"))
    try:
        hasil["cold_start_ms"] = server.start()
        hasil["rss_after_start_kb"] = server.status_kb("VmRSS")
        log(f"  mulai dingin sampai GET /sehat 200: {hasil['cold_start_ms']:.0f} ms (port {server.port})")

        sesi = {}
        opener = {}
        for u in sorted({s[3] for s in SASARAN if s[3]}):
            sesi[u], opener[u] = masuk(server.base, u)
        token = buat_token(server.base, opener["admin.kukar"])
        log(f"  masuk sebagai {', '.join(sorted(sesi))}; token API admin.kukar dibuat")

        def header_untuk(jenis: str, user: str | None) -> list[str]:
            if jenis == "halaman":
                return [f"Cookie: jalin_sesi={sesi[user]}"]
            if jenis == "api":
                return [f"Authorization: Bearer {token}", "Accept: application/json"]
            return []

        # Every target must answer 200 to its credentials before it is measured (a redirect to /masuk
        # would otherwise be benchmarked as a very fast page).
        ukuran_respons = {}
        for nama, jenis, path, user in SASARAN:
            hdr = dict(h.split(": ", 1) for h in header_untuk(jenis, user))
            status, body = ambil(server.port, path, hdr)
            if status != 200:
                raise Gagal(f"GET {path} ({user or 'publik'}) menjawab {status}, bukan 200")
            ukuran_respons[nama] = len(body)
            if jenis == "api":
                baris = json.loads(body)
                log(f"  {path}: {len(baris)} baris JSON, {len(body) / 1024:.1f} KB")
            if path == PUBLIK and nama_db == "sqlite":
                hasil["public_html"] = body

        for nama, jenis, path, user in SASARAN:
            hdr = header_untuk(jenis, user)
            url = server.base + path
            if a.pemanasan > 0:
                wrk(url, 4, a.pemanasan, hdr)
            for c in a.koneksi:
                server.tunggu_tenang()
                d = wrk(url, c, a.detik, hdr)
                if not server.alive():
                    raise Gagal(f"jalin serve berhenti saat wrk {path} c={c}; log {server.log_path}:\n" + tail(server.log_path))
                d["drain_s"] = server.tunggu_tenang()
                baris = {"database": label, "target": nama, "kind": jenis, "user": user, "connections": c,
                         "response_bytes": ukuran_respons[nama], **d}
                hasil["runs"].append(baris)
                log(f"  {nama:<20} c={c:<3} {d['rps']:>9.1f} req/dtk  p50 {d['p50_us'] / 1000:>8.2f}  "
                    f"p95 {d['p95_us'] / 1000:>8.2f}  p99 {d['p99_us'] / 1000:>8.2f} ms  galat {d['errors']}")
                if d["errors"]:
                    gagal.append(f"{label} {nama} c={c}: {d['non2xx']} respons non-2xx, {d['socket_total']} galat soket "
                                 f"{d['socket_errors']}")
                if d["requests"] == 0:
                    peringatan.append(f"{label} {nama} c={c}: tidak ada permintaan yang selesai dalam {a.detik:g} detik")
                elif d["drain_s"] > 5:
                    peringatan.append(f"{label} {nama} c={c}: server masih sibuk {d['drain_s']:.0f} detik setelah wrk selesai")

        # Floor on the database itself, while the server is idle.
        if database_url is None:
            import sqlite3  # noqa: PLC0415
            db_path = os.path.join(data_dir, "jalin.sqlite")
            c = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
            row = c.execute("SELECT id FROM pemda WHERE kode_wilayah = ?", (KUKAR,)).fetchone()
            c.close()
            if not row:
                raise Gagal("pemda 64.02 tidak ada di SQLite")
            hasil["floor"] = lantai_sqlite(db_path, row[0])
        else:
            hasil["floor"] = lantai_psql(database_url)
        f = hasil["floor"]
        if f:
            log(f"  lantai {f['tool']} ({f['n']}× kueri daftar): {f['per_query_ms']:.3f} ms per kueri "
                f"(timer: rata-rata {f['timer_real_mean_ms']:.3f} ms, median {f['timer_real_median_ms']:.3f} ms)")

        hasil["vmhwm_kb"] = server.status_kb("VmHWM")
        hasil["rss_end_kb"] = server.status_kb("VmRSS")
        log(f"  RSS puncak (VmHWM): {(hasil['vmhwm_kb'] or 0) / 1024:.0f} MB")
    finally:
        server.stop()
    return hasil


# --------------------------------------------------------------------------------------------------
# Table


def ms(us) -> str:
    return "–" if us is None else f"{us / 1000:.2f}"


def ya(ok: bool | None) -> str:
    return "–" if ok is None else ("ya" if ok else "TIDAK")


def tabel_md(header: list[str], rows: list[list[str]]) -> list[str]:
    lebar = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    kanan = [i for i, h in enumerate(header) if h in ("Koneksi", "req/dtk", "p50 ms", "p95 ms", "p99 ms", "Galat", "KB")]

    def fmt(r):
        return "| " + " | ".join(str(v).rjust(lebar[i]) if i in kanan else str(v).ljust(lebar[i]) for i, v in enumerate(r)) + " |"

    garis = "|" + "|".join(("-" * (lebar[i] + 1)) + ":" if i in kanan else "-" * (lebar[i] + 2) for i in range(len(header))) + "|"
    return [fmt(header), garis] + [fmt(r) for r in rows]


def susun(a, semua: list[dict], nginx: dict | None, pandoc: str | None, peringatan: list[str]) -> tuple[str, dict]:
    runs_rows = []
    ringkas = []  # (database, measure, value, target, met)
    for h in semua:
        for r in h["runs"]:
            punya_target = r["connections"] == 16
            ada = r["requests"] > 0  # no completed request: no latency to show, the target is not met
            ok = (ada and r["p95_us"] / 1000 < P95_MAKS_MS) if punya_target else None
            r["meets"] = ok
            runs_rows.append([h["database"], r["target"], r["connections"], f"{r['rps']:.1f}", ms(r["p50_us"] if ada else None),
                              ms(r["p95_us"] if ada else None), ms(r["p99_us"] if ada else None), r["errors"],
                              f"{r['response_bytes'] / 1024:.1f}", f"p95 < {P95_MAKS_MS:.0f} ms" if punya_target else "", ya(ok)])
    if nginx:
        runs_rows.append(["nginx (statis)", PUBLIK, nginx["connections"], f"{nginx['rps']:.1f}", ms(nginx["p50_us"]),
                          ms(nginx["p95_us"]), ms(nginx["p99_us"]), nginx["errors"], f"{nginx['response_bytes'] / 1024:.1f}",
                          "lantai", "–"])

    for h in semua:
        db = h["database"]
        if h.get("import_wilayah_s") is not None:
            ringkas.append([db, "import-wilayah (91.599 kode)", f"{h['import_wilayah_s']:.1f} s", "", None])
        ringkas.append([db, f"generate-load-data ({a.ukuran})", f"{h['generate_s']:.1f} s", "", None])
        ringkas.append([db, "mulai dingin → GET /sehat 200", f"{h['cold_start_ms']:.0f} ms", f"< {MULAI_MAKS_MS / 1000:.0f} s",
                        h["cold_start_ms"] < MULAI_MAKS_MS])
        hwm = (h.get("vmhwm_kb") or 0) / 1024
        ringkas.append([db, "RSS puncak server (VmHWM) setelah semua run", f"{hwm:.0f} MB", f"< {RSS_MAKS_MB:.0f} MB",
                        hwm < RSS_MAKS_MB if h.get("vmhwm_kb") else None])
        f = h.get("floor")
        api1 = next((r for r in h["runs"] if r["target"] == API_LIST and r["connections"] == 1), None)
        if f:
            alat = f["tool"]
            ringkas.append([db, f"lantai: shell {alat}, kueri daftar KS ({f['n']}×)",
                            f"{f['per_query_ms']:.3f} ms/kueri (timer rata-rata {f['timer_real_mean_ms']:.3f}, "
                            f"median {f['timer_real_median_ms']:.3f} ms)", "", None])
            if api1 and f["per_query_ms"] > 0:
                kali = api1["p50_us"] / 1000 / f["per_query_ms"]
                h["ratio_api_vs_floor"] = kali
                ringkas.append([db, f"p50 {API_LIST} (1 koneksi) ÷ {alat}", f"{kali:.1f}×",
                                f"≤ {KALI_SQLITE_MAKS:.0f}×", kali <= KALI_SQLITE_MAKS])
        if nginx:
            pub = next((r for r in h["runs"] if r["target"] == PUBLIK and r["connections"] == nginx["connections"]), None)
            if pub and nginx["rps"] > 0:
                persen = pub["rps"] / nginx["rps"] * 100
                h["ratio_public_vs_nginx_pct"] = persen
                ringkas.append([db, f"req/dtk {PUBLIK} ÷ nginx statis ({nginx['connections']} koneksi)", f"{persen:.2f} %",
                                f"≥ {PERSEN_NGINX_MIN:.0f} %", persen >= PERSEN_NGINX_MIN])
    if pandoc:
        ringkas.append(["–", "pandoc (Benchmarks/pandoc.sh)", pandoc, "", None])

    kepala = (f"Jalin — tolok ukur server, ukuran {a.ukuran}, {a.detik:g} detik per run, "
              f"{datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} inti, biner {a.bin}")
    md = [f"# {kepala}", ""]
    if "/debug/" in os.path.abspath(a.bin):
        md += ["Biner debug: angka-angka ini hanya uji asap (smoke test), bukan ukuran kinerja.", ""]
    md += tabel_md(["Basis data", "Sasaran", "Koneksi", "req/dtk", "p50 ms", "p95 ms", "p99 ms", "Galat", "KB", "Target",
                    "Terpenuhi?"], runs_rows)
    md += [""]
    md += tabel_md(["Basis data", "Besaran", "Nilai", "Target", "Terpenuhi?"],
                   [[r[0], r[1], r[2], r[3], ya(r[4])] for r in ringkas])
    md += ["", "Galat = respons non-2xx + galat soket wrk. KB = ukuran satu respons. Target p95 berlaku pada 16 koneksi."]
    if peringatan:
        md += ["", "Peringatan:"] + [f"- {p}" for p in peringatan]
    teks = "\n".join(md) + "\n"

    data = {
        "generated_at": datetime.datetime.now().isoformat(timespec="seconds"),
        "size": a.ukuran, "size_flags": UKURAN[a.ukuran], "duration_s": a.detik, "connections": a.koneksi,
        "binary": a.bin, "cores": os.cpu_count(),
        "targets": {"p95_ms_at_16": P95_MAKS_MS, "api_vs_sqlite_max": KALI_SQLITE_MAKS, "public_vs_nginx_min_pct": PERSEN_NGINX_MIN,
                    "rss_max_mb": RSS_MAKS_MB, "cold_start_max_ms": MULAI_MAKS_MS},
        "databases": [{k: v for k, v in h.items() if k not in ("runs", "public_html")} for h in semua],
        "runs": [r for h in semua for r in h["runs"]],
        "nginx": nginx,
        "pandoc": pandoc,
        "warnings": peringatan,
        "summary": [{"database": r[0], "measure": r[1], "value": r[2], "target": r[3], "met": r[4]} for r in ringkas],
    }
    return teks, data


# --------------------------------------------------------------------------------------------------


def pandoc_baris() -> str | None:
    if not shutil.which("pandoc"):
        log("\nLEWATI pandoc: pandoc tidak terpasang (apt-get install -y pandoc)")
        return None
    md = os.path.join(RESULTS, "pks-20-pasal.md")
    if not os.path.isfile(md) or os.path.getsize(md) == 0:
        log(f"\nLEWATI pandoc: {os.path.relpath(md, REPO)} belum ada; buat dulu dengan "
            "`cd Benchmarks && swift run -c release jalin-bench --markdown results/pks-20-pasal.md` (paket jalin-bench)")
        return None
    log("\n== pandoc ==")
    r = subprocess.run(["bash", os.path.join(HERE, "pandoc.sh"), md], capture_output=True, text=True)
    if r.returncode != 0:
        raise Gagal(f"Benchmarks/pandoc.sh gagal:\n{r.stdout}\n{r.stderr}")
    baris = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    log("  " + baris)
    m = re.search(r"median ([0-9.]+) ms", baris)
    return f"median {m.group(1)} ms per DOCX (20×)" if m else baris


def main() -> int:
    p = argparse.ArgumentParser(description="Tolok ukur server Jalin dalam satu perintah (lihat BENCHMARKS.md).")
    p.add_argument("--ukuran", choices=sorted(UKURAN), default="nasional")
    p.add_argument("--detik", type=float, default=10, help="lama tiap run wrk (bawaan 10)")
    p.add_argument("--postgres", action="store_true", help="ulangi pada PostgreSQL (bash .ci/postgres.sh --fresh jalin_bench)")
    p.add_argument("--bin", required=True, help="biner jalin")
    p.add_argument("--koneksi", default="1,16,64", help="jumlah koneksi wrk, dipisah koma (bawaan 1,16,64)")
    p.add_argument("--pemanasan", type=float, default=1, help="detik pemanasan wrk per sasaran, tidak dicatat (bawaan 1)")
    p.add_argument("--wilayah", default=os.path.join(REPO, "..", "shared", "data", "wilayah", "wilayah.csv"))
    p.add_argument("--simpan", action="store_true", help="jangan hapus direktori kerja (data, log) di akhir")
    a = p.parse_args()
    a.bin = os.path.abspath(a.bin)
    a.koneksi = [int(x) for x in a.koneksi.split(",") if x.strip()]
    if 16 not in a.koneksi:
        log("catatan: tanpa 16 koneksi, target p95 dan perbandingan nginx tidak dinilai")
    if not (os.path.isfile(a.bin) and os.access(a.bin, os.X_OK)):
        log(f"GAGAL: biner {a.bin} tidak ada")
        return 1
    if not shutil.which("wrk"):
        log("GAGAL: wrk tidak ada (apt-get install -y wrk)")
        return 1

    kerja = tempfile.mkdtemp(prefix="jalin-bench.")
    gagal: list[str] = []
    peringatan: list[str] = []
    semua: list[dict] = []
    nginx_hasil = None
    pandoc = None
    selesai = False

    def berhenti(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, berhenti)
    log(f"Jalin — tolok ukur server: ukuran {a.ukuran}, {a.detik:g} detik per run, koneksi {a.koneksi}, biner {a.bin}")
    log(f"Direktori kerja: {kerja}")
    try:
        semua.append(ukur_db(a, "sqlite", "SQLite", None, kerja, gagal, peringatan))

        html = semua[0].get("public_html")
        if not shutil.which("nginx"):
            log("\nLEWATI lantai nginx: nginx tidak terpasang (apt-get install -y nginx)")
        elif html:
            log("\n== nginx (salinan statis halaman publik) ==")
            ng = Nginx(html, kerja)
            try:
                ng.start()
                c = 16 if 16 in a.koneksi else max(a.koneksi)
                url = f"http://127.0.0.1:{ng.port}{PUBLIK}"
                if a.pemanasan > 0:
                    wrk(url, 4, a.pemanasan, [], hitung_status=False)
                # Without the Lua response hook: wrk then counts only 4xx/5xx, but it does not spend
                # the client's CPU copying every body into Lua (which would cap nginx on 2 cores).
                d = wrk(url, c, a.detik, [], hitung_status=False)
                nginx_hasil = {"connections": c, "response_bytes": len(html), **d}
                log(f"  {PUBLIK:<20} c={c:<3} {d['rps']:>9.1f} req/dtk  p50 {d['p50_us'] / 1000:>8.2f}  "
                    f"p95 {d['p95_us'] / 1000:>8.2f}  p99 {d['p99_us'] / 1000:>8.2f} ms  galat {d['errors']}")
                if d["errors"]:
                    gagal.append(f"nginx: {d['errors']} galat")
            finally:
                ng.stop()

        if a.postgres:
            log("\n== PostgreSQL: bash .ci/postgres.sh --fresh jalin_bench ==")
            r = subprocess.run(["bash", os.path.join(REPO, ".ci", "postgres.sh"), "--fresh", "jalin_bench"],
                               capture_output=True, text=True)
            if r.returncode != 0 or not r.stdout.strip().startswith("postgres://"):
                raise Gagal(f".ci/postgres.sh gagal (kode {r.returncode}):\n{r.stderr}")
            url = r.stdout.strip().splitlines()[-1]
            semua.append(ukur_db(a, "postgres", "PostgreSQL", url, kerja, gagal, peringatan))

        pandoc = pandoc_baris()
        selesai = True
    except Gagal as e:
        gagal.append(str(e))
        log(f"\nGAGAL: {e}")
    except KeyboardInterrupt:
        gagal.append("dihentikan")
        log("\nDIHENTIKAN")
    finally:
        if semua:
            teks, data = susun(a, semua, nginx_hasil, pandoc, peringatan)
            data["failures"] = gagal
            data["complete"] = selesai
            os.makedirs(RESULTS, exist_ok=True)
            with open(os.path.join(RESULTS, "latest.md"), "w") as f:
                f.write(teks)
            with open(os.path.join(RESULTS, "latest.json"), "w") as f:
                json.dump(data, f, indent=2, ensure_ascii=False)
            log("\n" + teks)
            log(f"Ditulis: {os.path.relpath(os.path.join(RESULTS, 'latest.md'), os.getcwd())}, "
                f"{os.path.relpath(os.path.join(RESULTS, 'latest.json'), os.getcwd())}")
        if gagal or a.simpan:
            log(f"Direktori kerja (data, log server) disimpan: {kerja}")
        else:
            shutil.rmtree(kerja, ignore_errors=True)
    if gagal:
        log("\nGALAT (bukan soal waktu):")
        for g in gagal:
            log("  - " + g.splitlines()[0])
        return 1
    log("Selesai. Target yang tidak terpenuhi tidak membuat perintah ini gagal (CI tidak menilai waktu).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
