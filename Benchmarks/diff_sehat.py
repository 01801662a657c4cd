#!/usr/bin/env python3
"""The worst-case word diff against a running Jalin, and the health check's latency meanwhile (issue #16.1).

    python3 Benchmarks/diff_sehat.py [--url http://127.0.0.1:8080] [--bersamaan 8] [--pasal 40]

Logs in as admin.kukar (demo seed), makes an API token, saves two versions of one Kesepakatan Bersama whose
Pasal each hold 24,000 "words" that all differ (". " × 24000 and ", " × 24000), then asks for their diff
N times at once while probing GET /sehat every 50 ms. Prints the time of each diff and the /sehat latency
(median, p95, max) during the load. Timings are reported, never asserted; the exit status is non-zero only
on real errors (login, a non-2xx answer, a diff that is not exact).
"""
from __future__ import annotations

import argparse
import http.cookiejar
import json
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

DEMO_PASSWORD = "DemoJalin#2026"


def csrf_of(html: str) -> str:
    m = re.search(r'name="_csrf"\s+value="([^"]+)"', html)
    if not m:
        raise SystemExit("diff_sehat: no _csrf field on the page")
    return m.group(1)


def token_api(base: str, user: str) -> str:
    jar = http.cookiejar.CookieJar()
    op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = op.open(f"{base}/masuk", timeout=30).read().decode()
    data = urllib.parse.urlencode({"_csrf": csrf_of(html), "username": user, "password": DEMO_PASSWORD, "lanjut": ""}).encode()
    op.open(f"{base}/masuk", data=data, timeout=30).read()
    html = op.open(f"{base}/akun", timeout=30).read().decode()
    data = urllib.parse.urlencode({"_csrf": csrf_of(html), "nama": "diff_sehat", "masa_berlaku": "1"}).encode()
    html = op.open(f"{base}/akun/token", data=data, timeout=30).read().decode()
    m = re.search(r'<code id="token-baru">([^<]+)<', html)
    if not m:
        raise SystemExit(f"diff_sehat: could not create an API token as {user}")
    return m.group(1).strip()


def api(base: str, token: str, method: str, path: str, body=None):
    req = urllib.request.Request(f"{base}{path}", method=method, headers={"Authorization": f"Bearer {token}"})
    if body is not None:
        req.data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=600) as r:
        return json.loads(r.read())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default="http://127.0.0.1:8080")
    ap.add_argument("--bersamaan", type=int, default=8, help="diffs asked at once (default 8)")
    ap.add_argument("--pasal", type=int, default=40, help="Pasal of 24,000 words each (default 40, the most a naskah holds)")
    a = ap.parse_args()
    base = a.url.rstrip("/")
    token = token_api(base, "admin.kukar")
    daftar = api(base, token, "GET", "/api/v1/naskah")
    # A draft (a signed or reviewed naskah cannot be edited), a Kesepakatan Bersama first; the next one if a save
    # is refused. After the browser tests there may be none left: then the measurement is skipped, visibly.
    draf = sorted((n for n in daftar if n.get("status") == "draf"), key=lambda n: n.get("jenis") != "kesepakatanBersama")
    kb = None
    for calon in draf:
        n = api(base, token, "GET", f"/api/v1/naskah/{calon['id']}")
        version = n["version"]
        try:
            for kata in (". ", ", "):
                isi = dict(n["isi"])
                isi["pasal"] = [{"kunci": f"beban-{i}", "judul": f"BEBAN {i}", "isi": [{"jenis": "paragraf", "teks": kata * 24000}]}
                                for i in range(1, a.pasal + 1)]
                version = api(base, token, "PUT", f"/api/v1/naskah/{calon['id']}", {"isi": isi, "version": version, "catatan": None})["version"]
        except urllib.error.HTTPError as e:
            print(f"DIFF-SEHAT naskah {calon['id']} not editable ({e.code}); trying the next draft")
            continue
        kb = calon
        break
    if kb is None:
        print("DIFF-SEHAT SKIP: admin.kukar has no editable draft naskah; nothing measured")
        return 0
    ke = api(base, token, "GET", f"/api/v1/naskah/{kb['id']}")["versi"]

    selesai = threading.Event()
    sehat: list[float] = []
    galat: list[str] = []

    def probe():
        while not selesai.is_set():
            t = time.perf_counter()
            with urllib.request.urlopen(f"{base}/sehat", timeout=30) as r:
                r.read()
            sehat.append((time.perf_counter() - t) * 1000)
            time.sleep(0.05)

    waktu: list[float] = []

    def diff():
        t = time.perf_counter()
        try:
            d = api(base, token, "GET", f"/api/v1/naskah/{kb['id']}/diff?dari={ke - 1}&ke={ke}")
            beban = [b for b in d["bagian"] if b["kunci"].startswith("beban-")]
            if len(beban) != a.pasal:
                galat.append(f"{len(beban)} Pasal in the diff, expected {a.pasal}")
        except Exception as e:  # noqa: BLE001 - reported, then the exit status says so
            galat.append(repr(e))
        waktu.append(time.perf_counter() - t)

    p = threading.Thread(target=probe)
    p.start()
    kerja = [threading.Thread(target=diff) for _ in range(a.bersamaan)]
    t0 = time.perf_counter()
    for k in kerja:
        k.start()
    for k in kerja:
        k.join()
    total = time.perf_counter() - t0
    selesai.set()
    p.join()
    sehat.sort()
    p95 = sehat[min(len(sehat) - 1, int(len(sehat) * 0.95))] if sehat else float("nan")
    print(f"DIFF-SEHAT {a.bersamaan} concurrent diffs of {a.pasal} Pasal x 24,000 changed words: "
          f"all done in {total:.2f} s; each {min(waktu):.2f}-{max(waktu):.2f} s")
    print(f"DIFF-SEHAT /sehat during the load ({len(sehat)} probes): median {statistics.median(sehat):.1f} ms, "
          f"p95 {p95:.1f} ms, max {sehat[-1]:.1f} ms")
    for g in galat:
        print(f"DIFF-SEHAT error: {g}", file=sys.stderr)
    return 1 if galat else 0


if __name__ == "__main__":
    sys.exit(main())
