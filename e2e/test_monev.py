"""Scenario D (monev and reporting) end to end in a real browser.

1. admin.kukar opens an evaluation period (an end date before the start is refused first); every
   running cooperation gets an evaluation task;
2. operator.dishub fills the form of one of Dinas Perhubungan's cooperation: the ratings are a
   <select> limited to 1–5 (checked), so the field error is provoked with an HTML file as evidence;
   then the form is submitted with a small valid PDF, and the evidence link serves it back;
3. tkksd.kukar fills its form; mitra.ppu too when the cooperation has Penajam Paser Utara as partner;
4. admin.kukar gives the final assessment, closes the period, sees the index with its breakdown, and
   downloads the report to the Bupati as DOCX and XLSX (browser cookies, opened with python-docx /
   openpyxl, saved to e2e/artifacts/);
5. pimpinan.kukar opens the dashboard (monev-dasbor.png, full page): a map SVG with region paths
   (or, without boundaries, the list) and the table alternative;
6. anonymously, the transparency page linked from / (publik.png) shows no demo e-mail or user name.

Every id comes from the URL the server redirects to. Needs JALIN_URL (a server with the demo data;
`jalin import-geo` for the map), requests, python-docx, openpyxl.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import time
import warnings
from pathlib import Path
from urllib.parse import urlencode, urlparse

import docx
import openpyxl
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select

from browser import (ARTIFACTS, today, path_of, body_text, scroll_to, type_into, docx_text, id_from_url, submit,
                     set_date, As, open_page, full_page_screenshot, session_from, download, alert)

RUN = time.strftime("%H%M%S")  # keeps the period's name unique when the suite runs twice on one server

PERIOD = f"Monev semester uji E2E {RUN}"
PPU = "Penajam Paser Utara"
DISHUB = "Dinas Perhubungan"
DEMO_USERS = ("admin.kukar", "operator.dishub", "tkksd.kukar", "pimpinan.kukar", "mitra.ppu")
# Where logging in may land: the partner (mitra.ppu) on /mitra, every other role on /beranda.
LANDINGS = ("/beranda", "/mitra", "/monev/dasbor")
MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# A tiny but well-formed one-page PDF (the server recognises evidence by its content).
PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
       b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
HTML = b"<!doctype html><html><body><script>alert(1)</script>bukti palsu</body></html>\n"


# --- helpers (the shared ones are in browser.py) ---------------------------------------------------

def follow(drv: WebDriver, link: WebElement) -> None:
    """Click a link and wait for the next page (same mechanism as submit)."""
    submit(drv, link)


def field_error(drv: WebDriver, el_id: str) -> str:
    """The p.pesan-galat in the .isian block of #el_id, or ''."""
    els = drv.find_elements(By.XPATH, f'//*[@id="{el_id}"]/ancestor::div[contains(@class,"isian")][1]//p[@class="pesan-galat"]')
    return " ".join(e.text.strip() for e in els)


def write_file(name: str, data: bytes) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    p = ARTIFACTS / name
    p.write_bytes(data)
    return p


# --- the period page ------------------------------------------------------------------------------

def task_rows(drv: WebDriver) -> list[dict]:
    """The rows of the 'Tugas evaluasi' table: title, link, unit, partner, and who has filled."""
    rows = []
    for tr in drv.find_elements(By.CSS_SELECTOR, "table tbody tr"):
        td = tr.find_elements(By.TAG_NAME, "td")
        if len(td) < 9:
            continue
        a = td[0].find_element(By.TAG_NAME, "a")
        rows.append({"judul": a.text.strip(), "href": a.get_attribute("href"), "unit": td[1].text.strip(),
                     "mitra": td[2].text.strip(), "opd": td[3].text.strip(), "pihak_mitra": td[4].text.strip(),
                     "tkksd": td[5].text.strip(), "akhir": td[6].text.strip(), "indeks": td[7].text.strip()})
    return rows


# --- Scenario D -----------------------------------------------------------------------------------

def open_period(drv: WebDriver, base_url: str) -> str:
    """admin.kukar opens the period (after a refused end-before-start); returns its id."""
    open_page(drv, f"{base_url}/monev")
    start, end = today() - dt.timedelta(days=60), today() + dt.timedelta(days=30)
    type_into(drv, "nama", PERIOD)
    set_date(drv, "mulai", start)
    set_date(drv, "selesai", start - dt.timedelta(days=1))
    submit(drv, drv.find_element(By.ID, "tombol-buka-periode"))
    assert path_of(drv) == "/monev/periode", f"a refused period should re-show the form, is at {drv.current_url}"
    err = field_error(drv, "selesai")
    assert "tidak boleh sebelum" in err, f"expected a field error on #selesai, got {err!r} / {alert(drv)!r}"
    assert drv.find_element(By.ID, "nama").get_property("value") == PERIOD, "the form lost its input"

    set_date(drv, "selesai", end)
    submit(drv, drv.find_element(By.ID, "tombol-buka-periode"))
    period_id = id_from_url(drv, "/monev/periode/")
    assert PERIOD in drv.find_element(By.TAG_NAME, "h1").text
    assert "dibuka" in body_text(drv)
    rows = task_rows(drv)
    assert rows, "the new period has no evaluation tasks (no running cooperation got one)"
    assert any(r["unit"] == DISHUB for r in rows), f"no task for {DISHUB}: {[r['unit'] for r in rows]}"
    assert all(r["opd"] == "belum" and r["indeks"] == "–" for r in rows), "a brand-new period already has forms"
    print(f"period {period_id}: {len(rows)} evaluation tasks")
    return period_id


def pick_dishub_task(drv: WebDriver, base_url: str, period_id: str) -> tuple[str, str, bool]:
    """The evaluation (id, title, has PPU as partner) of a Dinas Perhubungan cooperation, PPU preferred."""
    open_page(drv, f"{base_url}/monev/periode/{period_id}")
    rows = [r for r in task_rows(drv) if r["unit"] == DISHUB]
    assert rows, f"operator.dishub sees no {DISHUB} task"
    rows.sort(key=lambda r: (PPU not in r["mitra"], r["judul"]))
    row = rows[0]
    link = drv.find_element(By.CSS_SELECTOR, f'table tbody a[href="{urlparse(row["href"]).path}"]')
    follow(drv, link)
    eval_id = id_from_url(drv, "/monev/evaluasi/")
    return eval_id, row["judul"], PPU in row["mitra"]


def fill_form(drv: WebDriver, ratings: dict[str, int], problems: str, recommendation: str, evidence: Path | None) -> None:
    for code, n in ratings.items():
        Select(scroll_to(drv, drv.find_element(By.ID, f"n_{code}"))).select_by_value(str(n))
    type_into(drv, "permasalahan", problems)
    Select(drv.find_element(By.ID, "rekomendasi")).select_by_value(recommendation)
    if evidence is not None:
        drv.find_element(By.ID, "bukti").send_keys(str(evidence))
    submit(drv, drv.find_element(By.ID, "tombol-simpan-isian"))


def rating_codes(drv: WebDriver) -> list[str]:
    return [el.get_attribute("id")[2:] for el in drv.find_elements(By.CSS_SELECTOR, 'select[id^="n_"]')]


def operator_fills(drv: WebDriver, base_url: str, period_id: str, screenshot) -> tuple[str, str, bool]:
    eval_id, title, with_ppu = pick_dishub_task(drv, base_url, period_id)
    form_h = drv.find_element(By.ID, "h-form").text
    assert "Perangkat Daerah" in form_h or "OPD" in form_h or "perangkat daerah" in form_h.lower(), form_h
    codes = rating_codes(drv)
    assert len(codes) >= 5, f"expected the rubric's rated items, found {codes}"
    # The ratings are a <select>: nothing outside 1–5 can be typed.
    for code in codes:
        values = [o.get_attribute("value") for o in Select(drv.find_element(By.ID, f"n_{code}")).options if o.get_attribute("value")]
        assert values == ["1", "2", "3", "4", "5"], f"n_{code} offers {values}"
    ratings = {c: 4 for c in codes}

    # An HTML file as evidence: a field error, nothing stored, the answers kept.
    html = write_file("monev-bukti-palsu.pdf", HTML)
    fill_form(drv, ratings, f"Jadwal angkutan belum terpadu (uji {RUN}).", "adendum", html)
    assert path_of(drv) == f"/monev/evaluasi/{eval_id}/isian", f"a refused form should re-show, is at {drv.current_url}"
    err = field_error(drv, "bukti")
    assert "PDF atau gambar" in err, f"expected a field error on #bukti, got {err!r} / {alert(drv)!r}"
    assert Select(drv.find_element(By.ID, f"n_{codes[0]}")).first_selected_option.get_attribute("value") == "4", "ratings were lost"
    screenshot(drv, "monev-isian-galat")

    open_page(drv, f"{base_url}/monev/evaluasi/{eval_id}")
    assert "Belum ada isian" in body_text(drv), "the refused form was stored anyway"
    pdf = write_file("monev-bukti.pdf", PDF)
    fill_form(drv, ratings, f"Jadwal angkutan belum terpadu (uji {RUN}).", "adendum", pdf)
    assert path_of(drv) == f"/monev/evaluasi/{eval_id}", f"saving should go back to the evaluation, is at {drv.current_url}"
    assert "pesan=tersimpan" in drv.current_url
    # All items 4 -> form score 75.
    cards = drv.find_elements(By.CSS_SELECTOR, "article.kartu")
    assert len(cards) == 1 and "75" in cards[0].find_element(By.TAG_NAME, "h3").text, [c.text[:200] for c in cards]
    links = cards[0].find_elements(By.CSS_SELECTOR, 'a[href*="/bukti/"]')
    assert len(links) == 1, "the evidence link is missing"
    r = session_from(drv).get(links[0].get_attribute("href"), timeout=30, allow_redirects=False)
    assert r.status_code == 200 and r.content == PDF, f"evidence download: HTTP {r.status_code}, {len(r.content)} bytes"
    # The running index is computed from every party's form: until the period closes only the admin and
    # the pimpinan see it (issue #16 item 11); the operator sees its own form only.
    assert drv.find_element(By.ID, "indeks").text.strip() == "–", "a party sees the running index"
    assert "ditampilkan setelah periode evaluasi ditutup" in body_text(drv)
    return eval_id, title, with_ppu


def other_party_fills(drv: WebDriver, base_url: str, eval_id: str, rating: int, recommendation: str, role_word: str) -> None:
    open_page(drv, f"{base_url}/monev/evaluasi/{eval_id}")
    assert role_word.lower() in drv.find_element(By.ID, "h-form").text.lower()
    assert "Jadwal angkutan belum terpadu" not in body_text(drv), f"{role_word} reads the implementing unit's form"
    codes = rating_codes(drv)
    fill_form(drv, {c: rating for c in codes}, f"Catatan {role_word} (uji {RUN}).", recommendation, None)
    assert path_of(drv) == f"/monev/evaluasi/{eval_id}", f"{role_word}: saving failed, at {drv.current_url}: {alert(drv)}"


def close_period(drv: WebDriver, base_url: str, period_id: str, eval_id: str, screenshot) -> str:
    open_page(drv, f"{base_url}/monev/evaluasi/{eval_id}")
    type_into(drv, "nilaiAkhir", "4")
    Select(drv.find_element(By.ID, "rekomendasi-akhir")).select_by_value("lanjutkan")
    type_into(drv, "catatan-akhir", f"Penilaian akhir uji {RUN}")
    submit(drv, drv.find_element(By.ID, "tombol-nilai-akhir"))
    assert path_of(drv) == f"/monev/evaluasi/{eval_id}", f"final assessment failed at {drv.current_url}: {alert(drv)}"

    open_page(drv, f"{base_url}/monev/periode/{period_id}")
    submit(drv, drv.find_element(By.ID, "tombol-tutup-periode"))
    assert path_of(drv) == f"/monev/periode/{period_id}", drv.current_url
    assert "ditutup" in body_text(drv)
    assert not drv.find_elements(By.ID, "tombol-tutup-periode")
    row = [r for r in task_rows(drv) if eval_id in r["href"]]
    assert len(row) == 1 and row[0]["opd"] == "sudah" and row[0]["tkksd"] == "sudah" and row[0]["akhir"] == "sudah", row
    assert re.fullmatch(r"\d+(,\d)?", row[0]["indeks"]), f"index {row[0]['indeks']!r}"

    open_page(drv, f"{base_url}/monev/evaluasi/{eval_id}")
    index = drv.find_element(By.ID, "indeks").text.strip()
    breakdown = {dt_.text.strip(): dd.text.strip() for dt_, dd in zip(
        drv.find_elements(By.CSS_SELECTOR, "dl.ringkas dt"), drv.find_elements(By.CSS_SELECTOR, "dl.ringkas dd"))}
    assert any(k.startswith("F ") for k in breakdown) and any(k.startswith("A ") for k in breakdown), breakdown
    a = next(v for k, v in breakdown.items() if k.startswith("A "))
    assert a == "75,0", f"final assessment 4 should give A = 75,0, breakdown {breakdown}"
    opd = next(v for k, v in breakdown.items() if "Perangkat daerah" in k)
    assert opd == "75,0", f"OPD form all 4 should score 75,0, breakdown {breakdown}"
    tkksd = next(v for k, v in breakdown.items() if "TKKSD" in k)
    assert tkksd == "50,0", f"TKKSD form all 3 should score 50,0, breakdown {breakdown}"
    # Index = (0,6 F + 0,2 K + 0,2 A) / weights present (docs/indeks-monev.md), to one decimal.
    num = lambda v: float(v.replace(",", "."))
    parts = [(0.6, num(v)) for k, v in breakdown.items() if k.startswith("F ")] + [(0.2, num(a))]
    k = next(v for k_, v in breakdown.items() if k_.startswith("K "))
    if re.fullmatch(r"\d+(,\d)?", k):
        parts.append((0.2, num(k)))
    expected = sum(w * x for w, x in parts) / sum(w for w, _ in parts)
    assert abs(num(index) - expected) <= 0.11, f"index {index} vs {expected:.2f} from the breakdown {breakdown}"
    assert not drv.find_elements(By.ID, "tombol-nilai-akhir"), "a closed period still offers the final assessment"
    print(f"index {index}; breakdown {breakdown}")
    full_page_screenshot(drv, screenshot, "monev-evaluasi")
    return index


def download_reports(drv: WebDriver, base_url: str, title: str) -> None:
    open_page(drv, f"{base_url}/monev/laporan")
    assert Select(drv.find_element(By.ID, "tujuan")).first_selected_option.get_attribute("value") == "bupati"
    q = urlencode({"tujuan": "bupati", "mulai": (today() - dt.timedelta(days=90)).isoformat(), "selesai": today().isoformat()})
    s = session_from(drv)
    raw = download(s, f"{base_url}/monev/laporan.docx?{q}", MIME_DOCX, "monev-laporan-bupati.docx")
    text = docx_text(docx.Document(io.BytesIO(raw)))
    assert PERIOD in text and title in text, f"the DOCX lacks the period or {title!r}:\n{text[:800]}"
    raw = download(s, f"{base_url}/monev/laporan.xlsx?{q}", MIME_XLSX, "monev-laporan-bupati.xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(raw))
    cells = [str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert any(PERIOD in c for c in cells) and any(title in c for c in cells), f"the XLSX lacks the period or {title!r}: sheets {wb.sheetnames}"


def dashboard(drv: WebDriver, base_url: str, screenshot) -> None:
    drv.set_window_size(1280, 2400)
    open_page(drv, f"{base_url}/monev/dasbor")
    assert "Periode terakhir yang ditutup" in body_text(drv)
    assert drv.find_elements(By.CSS_SELECTOR, ".grafik svg"), "no chart SVG on the dashboard"
    svg = drv.find_elements(By.CSS_SELECTOR, ".peta svg")
    if svg:
        paths = svg[0].find_elements(By.TAG_NAME, "path")
        assert len(paths) >= 10, f"the map has {len(paths)} region paths"
    else:
        assert "Batas kecamatan belum diimpor" in body_text(drv)
        warnings.warn("no kecamatan boundaries on this server (jalin import-geo): the dashboard shows a list only")
    captions = [c.text for c in drv.find_elements(By.CSS_SELECTOR, "table caption")]
    assert any("per kecamatan" in c for c in captions), f"no table alternative to the map: {captions}"
    rows = drv.find_elements(By.XPATH, '//table[caption[contains(., "per kecamatan")]]/tbody/tr')
    assert rows, "the kecamatan table is empty"
    full_page_screenshot(drv, screenshot, "monev-dasbor")


def public_page(drv: WebDriver, base_url: str, screenshot) -> None:
    drv.delete_all_cookies()
    open_page(drv, f"{base_url}/")
    link = [a for a in drv.find_elements(By.CSS_SELECTOR, 'a[href^="/publik/"]') if "Kutai Kartanegara" in a.text]
    assert len(link) == 1, "the landing page does not link the Kutai Kartanegara transparency page"
    follow(drv, link[0])
    assert path_of(drv).startswith("/publik/"), drv.current_url
    assert "Transparansi" in drv.find_element(By.TAG_NAME, "h1").text
    assert not drv.find_elements(By.ID, "tombol-keluar"), "the public page shows a logged-in session"
    src = drv.page_source
    assert "@demo.jalin.example" not in src, "the public page leaks a demo e-mail address"
    for u in DEMO_USERS:
        assert u not in src, f"the public page shows the user name {u}"
    assert PERIOD not in src, "the public page shows the (internal) evaluation period"
    full_page_screenshot(drv, screenshot, "publik")


def test_scenario_d_monev(driver, base_url, screenshot):
    t0 = time.monotonic()
    with As(driver, base_url, "admin.kukar", LANDINGS):
        period_id = open_period(driver, base_url)
    with As(driver, base_url, "operator.dishub", LANDINGS):
        eval_id, title, with_ppu = operator_fills(driver, base_url, period_id, screenshot)
    with As(driver, base_url, "tkksd.kukar", LANDINGS):
        other_party_fills(driver, base_url, eval_id, 3, "lanjutkan", "TKKSD")
    if with_ppu:
        with As(driver, base_url, "mitra.ppu", LANDINGS):
            other_party_fills(driver, base_url, eval_id, 5, "perpanjang", "mitra")
    else:
        print(f"{title!r} has no {PPU} partner: mitra.ppu's form skipped")
    with As(driver, base_url, "admin.kukar", LANDINGS):
        close_period(driver, base_url, period_id, eval_id, screenshot)
        download_reports(driver, base_url, title)
    with As(driver, base_url, "pimpinan.kukar", LANDINGS):
        dashboard(driver, base_url, screenshot)
    public_page(driver, base_url, screenshot)
    print(f"scenario D took {time.monotonic() - t0:.1f} s")
