#!/usr/bin/env python3
"""Writes a large, consistent legacy-agreement file for timing `jalin import-kerjasama`.

Usage: python3 Benchmarks/buat_impor.py OUT.csv [--baris 10000] [--seed 2026]

Every row passes the import rules of Sources/JalinDomain/KerjaSama/ImporKerjaSama.swift, so the
whole file is imported (nothing refused):
- the template's 16 columns, UTF-8 with a BOM, CRLF (as the downloadable template);
- each kind of cooperation with a fitting partner and document: KSDD Wajib/Sukarela ↔ a daerah
  (province or kabupaten/kota code PP or PP.KK) with KB or PKS; KSDPK (four kinds) ↔ a pihak
  ketiga with KB or PKS; Sinergi ↔ a kementerian/lembaga with NK;
- nomor pihak kesatu unique in the file (the importer refuses repeated numbers);
- tanggal_mulai before tanggal_berakhir, at most 5 years apart (the default maximum term), signed
  on or before the start and never after today (WITA); about a third already ended (imported as
  "Berakhir"), the rest in force;
- dates in the spellings legacy spreadsheets use (2024-03-12, 12/03/2024, 12-03-2024,
  12 Maret 2024); values as plain numbers or Rp1.250.000,00; valid bidang urusan codes;
- partner names repeat across rows (a few hundred distinct partners), as in real registries.

The output depends only on --seed, --baris and today's date. Prints one summary line.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import sys
from collections import Counter

COLUMNS = [
    "nomor_pihak_kesatu", "nomor_pihak_kedua", "judul", "jenis", "dokumen", "mitra", "jenis_mitra",
    "kode_wilayah_mitra", "urusan", "perangkat_daerah", "tanggal_tanda_tangan", "tanggal_mulai",
    "tanggal_berakhir", "nilai", "sumber_dana", "keterangan",
]

# Daerah partners of Kutai Kartanegara (64.02, the importing pemda itself is left out).
DAERAH = [
    ("Pemerintah Provinsi Kalimantan Timur", "64"), ("Pemerintah Kabupaten Paser", "64.01"),
    ("Pemerintah Kabupaten Berau", "64.03"), ("Pemerintah Kabupaten Kutai Barat", "64.07"),
    ("Pemerintah Kabupaten Kutai Timur", "64.08"), ("Pemerintah Kabupaten Penajam Paser Utara", "64.09"),
    ("Pemerintah Kabupaten Mahakam Ulu", "64.11"), ("Pemerintah Kota Balikpapan", "64.71"),
    ("Pemerintah Kota Samarinda", "64.72"), ("Pemerintah Kota Bontang", "64.74"),
    ("Pemerintah Provinsi Kalimantan Utara", "65"), ("Pemerintah Kabupaten Bulungan", "65.01"),
    ("Pemerintah Kota Tarakan", "65.71"), ("Pemerintah Provinsi Kalimantan Selatan", "63"),
    ("Pemerintah Kabupaten Tabalong", "63.09"), ("Pemerintah Kota Banjarmasin", "63.71"),
    ("Pemerintah Provinsi Kalimantan Tengah", "62"), ("Pemerintah Kota Palangka Raya", "62.71"),
    ("Pemerintah Provinsi Sulawesi Selatan", "73"), ("Pemerintah Kota Makassar", "73.71"),
]
KEMENTERIAN = [
    "Kementerian Perhubungan", "Kementerian Pekerjaan Umum", "Kementerian Kesehatan",
    "Kementerian Pendidikan Dasar dan Menengah", "Kementerian Pertanian", "Kementerian Kelautan dan Perikanan",
    "Kementerian Pariwisata", "Kementerian Komunikasi dan Digital", "Badan Pusat Statistik",
    "Badan Nasional Penanggulangan Bencana", "Badan Riset dan Inovasi Nasional", "Kementerian Dalam Negeri",
]
BADAN_USAHA = ["PT", "CV", "Koperasi", "Perumda", "Yayasan", "Universitas"]
NAMA_USAHA = [
    "Mahakam", "Borneo", "Etam", "Kutai", "Tenggarong", "Nusantara", "Samboja", "Muara Badak", "Loa Kulu",
    "Sanga-Sanga", "Anggana", "Marang Kayu", "Kota Bangun", "Muara Kaman", "Sebulu", "Tabang",
]
BIDANG_USAHA = ["Transportasi", "Energi", "Agro", "Perikanan", "Logistik", "Teknologi", "Wisata", "Air Bersih", "Konstruksi"]

# Perangkat daerah of the demo pemda with the urusan they usually carry.
OPD = [
    ("Dinas Pendidikan dan Kebudayaan", ["1.01", "2.22"]), ("Dinas Kesehatan", ["1.02"]),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", ["1.03"]), ("Dinas Perumahan dan Kawasan Permukiman", ["1.04"]),
    ("Dinas Sosial", ["1.06"]), ("Dinas Tenaga Kerja dan Transmigrasi", ["2.07", "3.32"]),
    ("Dinas Ketahanan Pangan", ["2.09"]), ("Dinas Pertanahan", ["2.10"]), ("Dinas Lingkungan Hidup", ["2.11"]),
    ("Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa", ["2.13"]), ("Dinas Perhubungan", ["2.15"]),
    ("Dinas Komunikasi dan Informatika", ["2.16", "2.20", "2.21"]),
    ("Dinas Koperasi dan Usaha Kecil Menengah", ["2.17"]),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", ["2.18"]), ("Dinas Pemuda dan Olahraga", ["2.19"]),
    ("Dinas Perpustakaan dan Kearsipan", ["2.23", "2.24"]), ("Dinas Perikanan dan Kelautan", ["3.25"]),
    ("Dinas Pariwisata", ["3.26"]), ("Dinas Pertanian dan Peternakan", ["3.27"]),
    ("Dinas Perindustrian dan Perdagangan", ["3.30", "3.31"]),
]
TOPIK = {
    "1.01": "layanan pendidikan", "1.02": "rujukan layanan kesehatan", "1.03": "pembangunan jalan penghubung",
    "1.04": "penyediaan air minum", "1.06": "penanganan penyandang masalah sosial", "2.07": "pelatihan tenaga kerja",
    "2.09": "cadangan pangan", "2.10": "penataan batas bidang tanah", "2.11": "pengelolaan sampah regional",
    "2.13": "pemberdayaan desa", "2.15": "angkutan sungai dan darat", "2.16": "jaringan komunikasi pemerintahan",
    "2.17": "pengembangan UMKM", "2.18": "promosi investasi", "2.19": "pembinaan olahraga", "2.20": "data statistik sektoral",
    "2.21": "persandian dan keamanan informasi", "2.22": "pelestarian budaya Kutai", "2.23": "perpustakaan keliling",
    "2.24": "pengelolaan arsip", "3.25": "pengolahan hasil perikanan", "3.26": "promosi pariwisata",
    "3.27": "pengembangan pertanian", "3.30": "pemasaran produk daerah", "3.31": "kawasan industri kecil",
    "3.32": "kawasan transmigrasi",
}
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
ROMAWI = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
NAMA_DOKUMEN = {"KB": "Kesepakatan Bersama", "PKS": "Perjanjian Kerja Sama", "NK": "Nota Kesepakatan"}
KSDPK = ["KSDPK Pelayanan Publik", "KSDPK Aset", "KSDPK Investasi", "KSDPK Lainnya"]


def tulis_tanggal(rng: random.Random, d: dt.date) -> str:
    bentuk = rng.random()
    if bentuk < 0.55:
        return d.isoformat()
    if bentuk < 0.80:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if bentuk < 0.90:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def tambah_tahun(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def tulis_nilai(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return ""
    rupiah = rng.randrange(50, 50_000) * 1_000_000
    if rng.random() < 0.5:
        return str(rupiah)
    return "Rp" + f"{rupiah:,}".replace(",", ".") + ",00"


def mitra_usaha(rng: random.Random) -> str:
    return f"{rng.choice(BADAN_USAHA)} {rng.choice(BIDANG_USAHA)} {rng.choice(NAMA_USAHA)}"


def baris(rng: random.Random, i: int, hari_ini: dt.date) -> dict[str, str]:
    pilih = rng.random()
    if pilih < 0.5:
        jenis = "KSDD Wajib" if rng.random() < 0.3 else "KSDD Sukarela"
        mitra, kode = rng.choice(DAERAH)
        jenis_mitra, dokumen = "daerah", rng.choice(["KB", "PKS"])
        nomor2 = f"{rng.randrange(100, 999)}/{rng.randrange(1, 400)}/{kode.replace('.', '')}"
    elif pilih < 0.8:
        jenis = rng.choice(KSDPK)
        mitra, kode = mitra_usaha(rng), ""
        jenis_mitra, dokumen = "pihak ketiga", rng.choice(["KB", "PKS"])
        nomor2 = f"{rng.randrange(1, 999):03d}/DIR/{rng.randrange(2015, 2027)}" if rng.random() < 0.5 else ""
    else:
        jenis = "Sinergi"
        mitra, kode = rng.choice(KEMENTERIAN), ""
        jenis_mitra, dokumen = "kementerian/lembaga", "NK"
        nomor2 = f"HK.{rng.randrange(100, 999)}/{rng.randrange(1, 50)}/{rng.randrange(2019, 2027)}"
    opd, urusan_opd = rng.choice(OPD)
    urusan = [rng.choice(urusan_opd)]
    if rng.random() < 0.15:
        lain = rng.choice([u for u in TOPIK if u not in urusan])
        urusan.append(lain)
    # Start between 2019-01-01 and 30 days ago; a term of 1-5 years (not beyond the maximum).
    awal = dt.date(2019, 1, 1)
    rentang = (hari_ini - dt.timedelta(days=30) - awal).days
    mulai = awal + dt.timedelta(days=rng.randrange(max(rentang, 1)))
    tahun = rng.randint(1, 5)
    berakhir = tambah_tahun(mulai, tahun) - dt.timedelta(days=rng.choice([0, 1, 1, 1]) + (0 if tahun < 5 else 1))
    tanda_tangan = mulai - dt.timedelta(days=rng.randrange(0, 15))
    nomor1 = f"{rng.choice(['100.3.7', '000.5', '500.11', '180'])}/{i:05d}/{dokumen}-{opd.split()[-1][:6].upper()}/{ROMAWI[mulai.month - 1]}/{mulai.year}"
    judul = f"{NAMA_DOKUMEN[dokumen]} tentang {TOPIK[urusan[0]]} dengan {mitra}"
    return {
        "nomor_pihak_kesatu": nomor1,
        "nomor_pihak_kedua": nomor2,
        "judul": judul,
        "jenis": jenis,
        "dokumen": dokumen,
        "mitra": mitra,
        "jenis_mitra": jenis_mitra if rng.random() < 0.8 or jenis_mitra != "daerah" else "Pemda",
        "kode_wilayah_mitra": kode,
        "urusan": "; ".join(urusan),
        "perangkat_daerah": opd,
        "tanggal_tanda_tangan": tulis_tanggal(rng, tanda_tangan) if rng.random() < 0.8 else "",
        "tanggal_mulai": tulis_tanggal(rng, mulai),
        "tanggal_berakhir": tulis_tanggal(rng, berakhir),
        "nilai": tulis_nilai(rng),
        "sumber_dana": rng.choice(["APBD", "APBD masing-masing pihak", "APBN", "Dana mitra", ""]),
        "keterangan": "Data uji waktu impor; bukan naskah nyata." if i % 50 == 0 else "",
    }, berakhir


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("keluaran", help="the CSV file to write")
    ap.add_argument("--baris", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    hari_ini = dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date()  # the server's WITA day
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    w.writeheader()
    jenis = Counter()
    mitra = set()
    berakhir = 0
    for i in range(1, a.baris + 1):
        b, akhir = baris(rng, i, hari_ini)
        w.writerow(b)
        jenis[b["jenis"].split()[0]] += 1
        mitra.add(b["mitra"].lower())
        berakhir += akhir < hari_ini
    data = ("\ufeff" + buf.getvalue()).encode("utf-8")
    with open(a.keluaran, "wb") as f:
        f.write(data)
    print(f"{a.keluaran}: {a.baris} baris ({', '.join(f'{k} {v}' for k, v in sorted(jenis.items()))}; "
          f"{len(mitra)} mitra; {berakhir} sudah berakhir), {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
