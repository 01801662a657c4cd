#!/usr/bin/env python3
"""Load test of a Bimtek class (issue 7): N participants at once doing the drafting exercise.

A trainer (the demo admin) creates a class of N participants through the web form and reads the
printable login sheet; then N threads, one per participant, each:
  1. log in (the first login makes the participant's sandbox from the template),
  2. open the exercise page, then repeat ITER times the drafting exercise as a person does it:
     open "Naskah baru", choose the Kesepakatan Bersama with PPU, fill numbers, date, place,
     signatories and term, save; open the draft with its checker findings; download its DOCX;
     submit it for review; open the list of drafts and the exercise page (progress check).
Every request's latency and status is recorded. At the end the class is deleted (all sandboxes go).

Prints, per request kind and overall: count, errors, p50/p95/p99/max (ms), the first-login times
separately, the server's peak RSS (VmHWM of --pid) and throughput. Exit 1 on any error.

  python3 Benchmarks/beban_simulasi.py --base http://127.0.0.1:8080 --peserta 115 --ulang 3 --pid PID [--jeda 2]

--jeda N gives each participant a think time of 0.5–1.5 × N seconds before every request (people read
and type); without it every participant clicks as fast as the server answers (a stress test).
"""
import argparse
import concurrent.futures as cf
import json
import random
import re
import statistics
import sys
import threading
import time

import requests

SANDI_DEMO = "DemoJalin#2026"
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')


class Catatan:
    def __init__(self):
        self.kunci = threading.Lock()
        self.waktu = {}
        self.galat = []

    def catat(self, jenis, ms, status, ok):
        with self.kunci:
            self.waktu.setdefault(jenis, []).append(ms)
            if not ok:
                self.galat.append((jenis, status))


def csrf_dari(html):
    m = CSRF.search(html)
    return m.group(1) if m else ""


class Klien:
    jeda = 0.0  # mean think time between a participant's requests, in seconds

    def __init__(self, base, catatan):
        self.base = base
        self.s = requests.Session()
        self.catatan = catatan
        self.csrf = ""

    def minta(self, jenis, metode, path, ok=(200,), **kw):
        if Klien.jeda:
            # A person reads and types between clicks: 0.5–1.5 × the mean think time.
            time.sleep(random.uniform(0.5, 1.5) * Klien.jeda)
        t0 = time.perf_counter()
        try:
            r = self.s.request(metode, self.base + path, allow_redirects=False, timeout=60, **kw)
        except requests.RequestException as e:
            self.catatan.catat(jenis, (time.perf_counter() - t0) * 1000, str(e)[:80], False)
            raise
        ms = (time.perf_counter() - t0) * 1000
        self.catatan.catat(jenis, ms, r.status_code, r.status_code in ok)
        if "text/html" in r.headers.get("content-type", ""):
            t = csrf_dari(r.text)
            if t:
                self.csrf = t
        return r

    def masuk(self, nama, sandi, jenis="masuk"):
        self.minta("halaman masuk", "GET", "/masuk")
        return self.minta(jenis, "POST", "/masuk", ok=(303,),
                          data={"_csrf": self.csrf, "username": nama, "password": sandi, "lanjut": ""})


def buat_kelas(base, peserta, catatan):
    k = Klien(base, catatan)
    r = k.masuk("admin.kukar", SANDI_DEMO, jenis="masuk pelatih")
    assert r.status_code == 303, f"trainer login: {r.status_code}"
    k.minta("kelas", "GET", "/admin/simulasi")
    hari = time.strftime("%Y-%m-%d")
    sampai = time.strftime("%Y-%m-%d", time.localtime(time.time() + 7 * 86400))
    r = k.minta("buat kelas", "POST", "/admin/simulasi", ok=(201,),
                data={"_csrf": k.csrf, "nama": f"Bimtek beban {int(time.time())}", "tanggal": hari,
                      "jumlah": str(peserta), "berlaku_sampai": sampai})
    assert r.status_code == 201, f"class creation: {r.status_code} {r.text[:300]}"
    logins = re.findall(r"<td>(sim-[a-z]+-[0-9]{3})</td><td>([a-z0-9]{12})</td>", r.text)
    assert len(logins) == peserta, f"{len(logins)} logins on the sheet, expected {peserta}"
    ke = re.search(r'href="/admin/simulasi/([0-9A-Fa-f-]{36})"', r.text)
    return k, ke.group(1), logins


def latihan(base, nama, sandi, ulang, catatan, mulai_bersama):
    k = Klien(base, catatan)
    mulai_bersama.wait()
    r = k.masuk(nama, sandi, jenis="masuk pertama (membuat ruang)")
    if r.status_code != 303:
        return
    k.minta("ruang simulasi", "GET", "/simulasi")
    for i in range(ulang):
        r = k.minta("naskah baru (form)", "GET", "/naskah/baru?jenis=kesepakatanBersama")
        m = re.search(r'<option value="([0-9A-Fa-f-]{36})"[^>]*>[^<]*Penajam Paser Utara', r.text)
        mitra = m.group(1) if m else ""
        isian = {
            "_csrf": k.csrf, "jenis": "kesepakatanBersama", "mitra": mitra,
            "tentang": f"Kerja Sama Angkutan Penumpang Terpadu Kutai Kartanegara–Penajam Paser Utara ({nama}, {i + 1})",
            "tanggal": time.strftime("%Y-%m-%d"), "tempat": "Tenggarong",
            "nomor1": f"100.3.7/{i + 1}/KS/2026", "nama1": "EDI DAMANSYAH", "jabatan1": "Bupati Kutai Kartanegara",
            "alamat1": "Jalan Wolter Monginsidi Nomor 1, Tenggarong",
            "nomor2": f"100.3.7/{i + 1}/PPU/2026", "nama2": "MUDYAT NOOR", "jabatan2": "Bupati Penajam Paser Utara",
            "alamat2": "Jalan Provinsi Km 9, Penajam", "jangka": "3",
            "pelaksana1": "Dinas Perhubungan Kabupaten Kutai Kartanegara", "pelaksana2": "Dinas Perhubungan Kabupaten Penajam Paser Utara",
        }
        r = k.minta("simpan naskah baru", "POST", "/naskah/baru", ok=(303,), data=isian)
        lokasi = r.headers.get("location", "")
        m = re.match(r"/naskah/([0-9A-Fa-f-]{36})", lokasi)
        if not m:
            continue
        nid = m.group(1)
        k.minta("naskah + pemeriksa", "GET", f"/naskah/{nid}")
        k.minta("unduh DOCX", "GET", f"/naskah/{nid}/naskah.docx")
        k.minta("ajukan tinjauan", "POST", f"/naskah/{nid}/aksi", ok=(303,), data={"_csrf": k.csrf, "aksi": "ajukan"})
        k.minta("daftar naskah", "GET", "/naskah")
        k.minta("ruang simulasi", "GET", "/simulasi")


def persen(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def rss_puncak(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for baris in f:
                if baris.startswith("VmHWM:"):
                    return int(baris.split()[1]) / 1024
    except OSError:
        return None
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--peserta", type=int, default=115)
    ap.add_argument("--ulang", type=int, default=3, help="drafting exercises per participant")
    ap.add_argument("--pid", type=int, help="server pid, for the peak RSS")
    ap.add_argument("--jeda", type=float, default=0.0,
                    help="mean think time between a participant's requests in seconds (0 = none: a stress test)")
    ap.add_argument("--json", help="write the figures here")
    a = ap.parse_args()
    Klien.jeda = a.jeda

    catatan = Catatan()
    pelatih, kelas, logins = buat_kelas(a.base, a.peserta, catatan)
    mulai_bersama = threading.Barrier(len(logins))
    t0 = time.perf_counter()
    with cf.ThreadPoolExecutor(max_workers=len(logins)) as ex:
        for f in cf.as_completed([ex.submit(latihan, a.base, n, s, a.ulang, catatan, mulai_bersama) for n, s in logins]):
            try:
                f.result()
            except Exception as e:  # recorded as an error by Klien
                print("participant failed:", e, file=sys.stderr)
    durasi = time.perf_counter() - t0
    rss = rss_puncak(a.pid) if a.pid else None
    # Clean up: the class and every sandbox go.
    pelatih.minta("kelas (pelatih)", "GET", f"/admin/simulasi/{kelas}")
    pelatih.minta("hapus kelas", "POST", f"/admin/simulasi/{kelas}/hapus", ok=(303,), data={"_csrf": pelatih.csrf})

    semua = [x for j, xs in catatan.waktu.items() if not j.startswith("masuk pertama") and j not in ("buat kelas", "hapus kelas", "kelas (pelatih)") for x in xs]
    hasil = {"peserta": a.peserta, "ulang": a.ulang, "jeda_s": a.jeda, "durasi_s": round(durasi, 1), "galat": len(catatan.galat),
             "rss_puncak_mb": round(rss, 1) if rss else None, "permintaan": {}}
    print(f"\nSIMULASI-BEBAN peserta={a.peserta} ulang={a.ulang} jeda={a.jeda}s durasi={durasi:.1f}s")
    print(f"{'permintaan':34} {'n':>6} {'galat':>6} {'p50':>8} {'p95':>8} {'p99':>8} {'maks':>8}  (ms)")
    for jenis in sorted(catatan.waktu):
        xs = catatan.waktu[jenis]
        g = sum(1 for j, _ in catatan.galat if j == jenis)
        baris = {"n": len(xs), "galat": g, "p50": round(persen(xs, 50), 1), "p95": round(persen(xs, 95), 1),
                 "p99": round(persen(xs, 99), 1), "maks": round(max(xs), 1)}
        hasil["permintaan"][jenis] = baris
        print(f"{jenis:34} {baris['n']:6d} {g:6d} {baris['p50']:8.1f} {baris['p95']:8.1f} {baris['p99']:8.1f} {baris['maks']:8.1f}")
    if semua:
        hasil["latihan"] = {"n": len(semua), "p50": round(persen(semua, 50), 1), "p95": round(persen(semua, 95), 1),
                            "p99": round(persen(semua, 99), 1), "per_detik": round(len(semua) / durasi, 1)}
        print(f"{'SEMUA (tanpa masuk pertama)':34} {len(semua):6d} {len(catatan.galat):6d} {hasil['latihan']['p50']:8.1f} "
              f"{hasil['latihan']['p95']:8.1f} {hasil['latihan']['p99']:8.1f}  {hasil['latihan']['per_detik']} permintaan/detik")
    if rss:
        print(f"RSS puncak server (VmHWM): {rss:.0f} MB")
    if catatan.galat:
        print("GALAT:", catatan.galat[:20])
    if a.json:
        with open(a.json, "w") as f:
            json.dump(hasil, f, indent=2)
    return 1 if catatan.galat else 0


if __name__ == "__main__":
    sys.exit(main())
