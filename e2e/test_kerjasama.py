"""Scenario C of the cooperation (kerja sama) module end to end in a real browser, as an admin does it.

1. admin.kukar records a new KSDD Wajib with Kabupaten Penajam Paser Utara for Dinas Perhubungan
   (urusan 2.15, burdening the public, so DPRD approval is part of the flow);
2. the "Langkah berikutnya" panel names what is missing before the next stage ("Sebelum masuk tahap
   Penawaran, lengkapi: Kerangka Acuan Kerja …"); "Lanjut" is refused until the KAK is recorded, then
   the surat penawaran; at the KB signing stage the signing form offers the KB only, and requests made
   by hand (skip to Penyusunan PKS, sign the PKS) are refused by the server and change nothing;
3. the KB is signed: first with a text file renamed .pdf (field error on the scan), then with a real
   PDF; the signing table shows its SHA-256 and "Periksa sidik" confirms it;
4. at Persetujuan DPRD, "Lanjut" is refused naming DPRD; the approval is recorded with a note; the
   PKS is signed and the cooperation enters Pelaksanaan;
5. an obligation due in 5 days is added and its status changed;
6. the registry filter "Berakhir dalam 90 hari" lists only (demo) records ending within 90 days;
7. import of legacy data: the template CSV is downloaded with the browser's session; a file with one
   bad row (a formula in judul, dates out of order) lists its problems by line and creates nothing; a
   good 3-row file is previewed and confirmed; the same file again creates 0 ("sudah pernah diimpor");
8. the secret calendar address made on /akun is fetched, saved as e2e/artifacts/kalender.ics and
   checked with Tests/ical_check.py (icalendar); the notification list is screenshotted.

Screenshots: kerjasama-detail.png (timeline), kerjasama-daftar.png, kerjasama-impor.png,
notifikasi.png (+ a few more steps). Every id comes from the URL the server redirects to.
Needs: JALIN_URL (a server with the demo data), requests, icalendar.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urljoin

import icalendar
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select

from browser import (ARTIFACTS, UUID_RE, today, path_of, query_of, body_text, wait, scroll_to, click, type_into,
                     tick, submit, set_date, log_in, open_page, full_page_screenshot, session_from, flash, alert)

REPO = Path(__file__).resolve().parent.parent
# A run token keeps titles and document numbers unique when the suite runs twice against one server.
RUN = time.strftime("%H%M%S")

PPU = "Pemerintah Kabupaten Penajam Paser Utara"
TITLE = f"Angkutan terpadu Tenggarong–Penajam (uji E2E {RUN})"
OBLIGATION = f"Menyusun jadwal angkutan terpadu (uji {RUN})"
DPRD_NOTE = "Keputusan DPRD Kabupaten Kutai Kartanegara Nomor 12/DPRD/2026"

# Facts the later tests of this module check against (the calendar holds the obligation).
_SCENARIO: dict[str, str] = {}


# --- helpers (the shared ones are in browser.py) ---------------------------------------------------

def checkbox_by_label(drv: WebDriver, name: str, label_start: str) -> WebElement:
    """The checkbox `name` whose <label> text starts with label_start (exactly one must match)."""
    found = [
        box
        for box in drv.find_elements(By.CSS_SELECTOR, f'input[type="checkbox"][name="{name}"]')
        if box.find_element(By.XPATH, "./ancestor::label[1]").text.strip().startswith(label_start)
    ]
    assert len(found) == 1, f"expected one {name} checkbox labelled {label_start}…, found {len(found)}"
    return found[0]


# --- the cooperation page ------------------------------------------------------------------------

def stage(drv: WebDriver) -> str:
    return drv.find_element(By.ID, "tahap-sekarang").text.strip()


def timeline(drv: WebDriver) -> list[tuple[str, str]]:
    """(stage name, state) of every <li> in ol.alur; state is selesai | sekarang | nanti."""
    items = drv.find_elements(By.CSS_SELECTOR, "ol.alur > li")
    return [(li.text.strip(), (li.get_dom_attribute("class") or "").strip()) for li in items]


def next_step_panel(drv: WebDriver) -> WebElement:
    return drv.find_element(By.XPATH, '//section[@aria-labelledby="h-langkah"]')


def missing_items(drv: WebDriver) -> tuple[str, list[str]]:
    """('Sebelum masuk tahap X, lengkapi:' sentence, [missing requirement items]) of the panel."""
    panel = next_step_panel(drv)
    heads = [p.text for p in panel.find_elements(By.TAG_NAME, "p") if p.text.startswith("Sebelum masuk tahap")]
    if not heads:
        return "", []
    items = [li.text for li in panel.find_elements(By.CSS_SELECTOR, "ul > li")]
    return heads[0], items


def press_next(drv: WebDriver) -> str:
    """Click "Lanjut ke …" and return the label it had."""
    button = drv.find_element(By.ID, "tombol-lanjut")
    label = button.text
    submit(drv, button)
    return label


def advance(drv: WebDriver, to: str) -> None:
    label = press_next(drv)
    assert to in label, f"the next-stage button said {label!r}, expected it to name {to!r}"
    assert not alert(drv), f"moving on to {to} was refused: {alert(drv)}"
    assert stage(drv) == to, f"expected stage {to!r} after {label!r}, page shows {stage(drv)!r}"


def record_document(drv: WebDriver, name: str) -> None:
    """Click "Catat <name> selesai" (a preparation document such as the KAK)."""
    buttons = [b for b in next_step_panel(drv).find_elements(By.TAG_NAME, "button") if b.text == f"Catat {name} selesai"]
    assert len(buttons) == 1, (
        f"expected one button 'Catat {name} selesai', panel has: "
        f"{[b.text for b in next_step_panel(drv).find_elements(By.TAG_NAME, 'button')]}"
    )
    submit(drv, buttons[0])
    assert not alert(drv), f"recording {name} was refused: {alert(drv)}"
    assert "tersimpan" in query_of(drv).get("pesan", []) or "disimpan" in flash(drv), (
        f"recording {name}: no confirmation, flash {flash(drv)!r}"
    )


def history(drv: WebDriver) -> list[list[str]]:
    table = drv.find_element(By.XPATH, '//section[@aria-labelledby="h-riwayat"]//table')
    return [[td.text.strip() for td in tr.find_elements(By.TAG_NAME, "td")] for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr")]


def signing_rows(drv: WebDriver) -> list[WebElement]:
    return drv.find_elements(By.XPATH, '//section[@aria-labelledby="h-ttd"]//table/tbody/tr')


def minimal_pdf(text: str) -> bytes:
    """A small, valid one-page PDF (correct xref offsets) showing `text`."""
    stream = f"BT /F1 18 Tf 72 760 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def fill_signing_form(drv: WebDriver, document_label: str, number: str, scan: Path) -> None:
    """Fill the signing form ("Catat penandatanganan") for `document_label` with `scan` attached."""
    options = [o.text for o in Select(drv.find_element(By.ID, "dokumen")).options]
    assert options == [document_label], f"the signing form should offer only {document_label!r}, offers {options}"
    type_into(drv, "nomor1", number)
    type_into(drv, "pihak2", PPU)
    type_into(drv, "nomor2", number.replace("100.3.7", "180").replace("KUKAR", "PPU"))
    set_date(drv, "tanggal", today() - dt.timedelta(days=1))
    type_into(drv, "tempat", "Tenggarong")
    type_into(drv, "nama1", "Edi Damansyah")
    type_into(drv, "jabatan1", "Bupati Kutai Kartanegara")
    type_into(drv, "nama2", "Hamdam")
    type_into(drv, "jabatan2", "Bupati Penajam Paser Utara")
    for name in ("paraf", "stempel"):
        tick(drv, drv.find_element(By.CSS_SELECTOR, f'input[type="checkbox"][name="{name}"]'))
    scroll_to(drv, drv.find_element(By.ID, "pindaian")).send_keys(str(scan))


def hidden_fields(drv: WebDriver) -> dict[str, str]:
    """_csrf and version of the page's "Lanjut" form (what a hand-made request would copy)."""
    form = drv.find_element(By.ID, "tombol-lanjut").find_element(By.XPATH, "./ancestor::form[1]")
    return {n: form.find_element(By.CSS_SELECTOR, f'input[name="{n}"]').get_dom_attribute("value") for n in ("_csrf", "version")}


def forged_requests_are_refused(drv: WebDriver, base_url: str, ks_id: str, tmp_path: Path) -> None:
    """At "Penandatanganan KB": skipping to Penyusunan PKS and signing the PKS, posted by hand with the
    browser's session, are refused (422) naming what is missing, and nothing changes."""
    s = session_from(drv)
    fields = hidden_fields(drv)
    r = s.post(f"{base_url}/kerja-sama/{ks_id}/peristiwa", data=dict(fields, aksi="lanjut", tahap="penyusunanPKS"),
               timeout=30, allow_redirects=False)
    assert r.status_code == 422, f"skipping to penyusunanPKS: HTTP {r.status_code} {r.headers.get('location', '')}"
    assert "Tahap tidak dapat dilompati" in r.text and "Persetujuan DPRD" in r.text, r.text[:2000]
    pdf = tmp_path / "pks-terlalu-awal.pdf"
    pdf.write_bytes(minimal_pdf("PKS terlalu awal"))
    form = dict(fields, dokumen="perjanjianKerjaSama", nomor1="100.3.7/0/PKS/2026", pihak2=PPU,
                tanggal=(today() - dt.timedelta(days=1)).isoformat(), tempat="Tenggarong", nama1="Edi Damansyah",
                jabatan1="Bupati Kutai Kartanegara", nama2="Hamdam", jabatan2="Bupati Penajam Paser Utara")
    with pdf.open("rb") as f:
        r = s.post(f"{base_url}/kerja-sama/{ks_id}/tanda-tangan", data=form,
                   files={"pindaian": (pdf.name, f, "application/pdf")}, timeout=30, allow_redirects=False)
    assert r.status_code == 422, f"signing the PKS at the KB stage: HTTP {r.status_code} {r.headers.get('location', '')}"
    assert "Perjanjian Kerja Sama belum dapat ditandatangani" in r.text and "DPRD" in r.text, r.text[:2000]
    drv.refresh()
    assert stage(drv) == "Penandatanganan Kesepakatan Bersama" and not signing_rows(drv), "nothing may change"


def sign(drv: WebDriver, document_label: str, number: str, scan: Path) -> None:
    fill_signing_form(drv, document_label, number, scan)
    submit(drv, drv.find_element(By.ID, "tombol-ttd"))


# --- Scenario C: the lifecycle -------------------------------------------------------------------

def test_skenario_c_siklus_kerja_sama(driver, base_url, screenshot, tmp_path):
    drv = driver
    log_in(drv, base_url, "admin.kukar")

    # a. Record the cooperation from the registry's "Catat kerja sama".
    open_page(drv, f"{base_url}/kerja-sama")
    click(drv, drv.find_element(By.CSS_SELECTOR, 'a[href="/kerja-sama/baru"]'))
    wait(drv, lambda d: path_of(d) == "/kerja-sama/baru", "the new-cooperation form")
    type_into(drv, "judul", TITLE)
    type_into(drv, "objek", "Integrasi jadwal, tiket dan halte angkutan umum Tenggarong–Penajam untuk pelaju ke IKN.")
    Select(drv.find_element(By.ID, "jenis")).select_by_value("ksddWajib")
    tick(drv, checkbox_by_label(drv, "mitra[]", PPU))
    tick(drv, checkbox_by_label(drv, "unit[]", "Dinas Perhubungan"))
    tick(drv, drv.find_element(By.CSS_SELECTOR, 'input[name="urusan[]"][value="2.15"]'))
    start, end = today() + dt.timedelta(days=30), today() + dt.timedelta(days=30 + 3 * 365)
    set_date(drv, "tanggalMulai", start)
    set_date(drv, "tanggalBerakhir", end)
    type_into(drv, "nilai", "2500000000")
    tick(drv, drv.find_element(By.CSS_SELECTOR, 'input[name="membebani"]'))  # burdening → DPRD
    submit(drv, drv.find_element(By.CSS_SELECTOR, 'form[action="/kerja-sama/baru"] button[type="submit"]'))
    m = re.fullmatch(f"/kerja-sama/({UUID_RE})", path_of(drv))
    assert m, f"saving should redirect to /kerja-sama/<id>, browser is at {drv.current_url}:\n{alert(drv)}"
    ks_id = m.group(1)
    detail_url = f"{base_url}/kerja-sama/{ks_id}"
    assert drv.find_element(By.TAG_NAME, "h1").text == TITLE
    assert stage(drv) == "Persiapan"
    page = body_text(drv)
    assert "Memerlukan persetujuan DPRD" in page, "a burdening KSDD must say it needs DPRD approval"
    data = drv.find_element(By.XPATH, '//section[@aria-labelledby="h-data"]').text
    for fact in (PPU, "Dinas Perhubungan", "2.15 Perhubungan", "Rp2.500.000.000,00"):
        assert fact in data, f"the data section should show {fact!r}:\n{data}"
    names = [n for n, _ in timeline(drv)]
    assert names[:8] == [
        "Persiapan", "Penawaran", "Penyusunan Kesepakatan Bersama", "Penandatanganan Kesepakatan Bersama",
        "Persetujuan DPRD", "Penyusunan Perjanjian Kerja Sama", "Penandatanganan Perjanjian Kerja Sama", "Pelaksanaan",
    ], f"unexpected timeline: {names}"
    assert timeline(drv)[0][1] == "sekarang" and all(s == "nanti" for _, s in timeline(drv)[1:])

    # b. What is missing before Penawaran is named; "Lanjut" is refused until it is recorded.
    head, items = missing_items(drv)
    assert "Sebelum masuk tahap Penawaran" in head, f"panel: {next_step_panel(drv).text}"
    assert any(i.startswith("Kerangka Acuan Kerja belum dicatat") for i in items), items
    press_next(drv)
    assert stage(drv) == "Persiapan", "Lanjut without the KAK must not move the cooperation"
    assert "Kerangka Acuan Kerja" in alert(drv), f"the refusal should name the KAK, says {alert(drv)!r}"
    record_document(drv, "Kerangka Acuan Kerja")
    assert missing_items(drv) == ("", []), f"nothing should be missing after the KAK: {next_step_panel(drv).text}"
    advance(drv, "Penawaran")
    head, items = missing_items(drv)
    assert "Penyusunan Kesepakatan Bersama" in head and any("Surat Penawaran Kerja Sama belum dicatat" in i for i in items), items
    record_document(drv, "Surat Penawaran Kerja Sama")
    advance(drv, "Penyusunan Kesepakatan Bersama")
    advance(drv, "Penandatanganan Kesepakatan Bersama")
    # The signing stage: only the KB can be signed (no PKS before DPRD), and DPRD waits for it.
    head, items = missing_items(drv)
    assert "Persetujuan DPRD" in head and any("Kesepakatan Bersama belum ditandatangani" in i for i in items), items
    press_next(drv)
    assert stage(drv) == "Penandatanganan Kesepakatan Bersama"
    assert "Kesepakatan Bersama belum ditandatangani" in alert(drv), alert(drv)
    # The page offers neither a jump ahead nor the PKS; the server refuses both when a request asks.
    forged_requests_are_refused(drv, base_url, ks_id, tmp_path)

    # c. Sign the KB: a text file named .pdf is refused on the scan field, the real PDF is kept.
    fake = tmp_path / "kb-bukan-pdf.pdf"
    fake.write_text("Ini hanya teks biasa, bukan PDF.\n", encoding="utf-8")
    kb_number = f"100.3.7/{RUN}/KB-KUKAR/2026"
    sign(drv, "Kesepakatan Bersama", kb_number, fake)
    err = drv.find_elements(By.ID, "g-pindaian")
    assert err and "PDF atau JPEG" in err[0].text, f"expected the scan field error, page says: {alert(drv)!r}"
    assert drv.find_element(By.ID, "pindaian").get_dom_attribute("aria-invalid") == "true"
    assert not signing_rows(drv), "a refused signing must store nothing"
    assert stage(drv) == "Penandatanganan Kesepakatan Bersama"
    pdf = tmp_path / "kb-ditandatangani.pdf"
    pdf.write_bytes(minimal_pdf(f"Kesepakatan Bersama {kb_number}"))
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    sign(drv, "Kesepakatan Bersama", kb_number, pdf)
    assert not alert(drv), f"the signing was refused: {alert(drv)}"
    assert "Penandatanganan telah dicatat" in flash(drv), flash(drv)
    rows = signing_rows(drv)
    assert len(rows) == 1, f"expected one signing row, found {len(rows)}"
    cells = [td.text for td in rows[0].find_elements(By.TAG_NAME, "td")]
    assert cells[0] == "Kesepakatan Bersama" and kb_number in cells[1], cells
    assert "Edi Damansyah" in cells[3] and "paraf" in cells[4] and "stempel" in cells[4], cells
    assert rows[0].find_element(By.TAG_NAME, "code").text.strip() == sha, "the table must show the scan's SHA-256"
    submit(drv, rows[0].find_element(By.XPATH, './/button[normalize-space()="Periksa sidik"]'))
    assert query_of(drv).get("pesan") == ["sha-cocok"], drv.current_url
    assert "Sidik SHA-256 pindaian cocok" in flash(drv), flash(drv)

    # d. DPRD: "Lanjut" before the approval is refused naming DPRD; the approval is recorded with a note.
    advance(drv, "Persetujuan DPRD")
    head, items = missing_items(drv)
    assert "Penyusunan Perjanjian Kerja Sama" in head and any("persetujuan DPRD belum dicatat" in i for i in items), items
    label = press_next(drv)
    assert "Penyusunan Perjanjian Kerja Sama" in label, label
    assert stage(drv) == "Persetujuan DPRD"
    assert "DPRD" in alert(drv) and "belum dapat dimulai" in alert(drv), f"refusal: {alert(drv)!r}"
    type_into(drv, "catatan-dprd", DPRD_NOTE)
    submit(drv, drv.find_element(By.XPATH, '//button[normalize-space()="Catat Persetujuan DPRD"]'))
    assert not alert(drv), alert(drv)
    assert any(DPRD_NOTE in row[-1] for row in history(drv)), "the DPRD note should be in the history"
    advance(drv, "Penyusunan Perjanjian Kerja Sama")
    advance(drv, "Penandatanganan Perjanjian Kerja Sama")
    pks = tmp_path / "pks-ditandatangani.pdf"
    pks_number = f"100.3.7/{RUN}/PKS-KUKAR/2026"
    pks.write_bytes(minimal_pdf(f"Perjanjian Kerja Sama {pks_number}"))
    sign(drv, "Perjanjian Kerja Sama", pks_number, pks)
    assert not alert(drv), f"signing the PKS was refused: {alert(drv)}"
    assert len(signing_rows(drv)) == 2
    advance(drv, "Pelaksanaan")
    states = dict(timeline(drv))
    assert states["Pelaksanaan"] == "sekarang" and states["Persetujuan DPRD"] == "selesai", states
    assert drv.find_elements(By.XPATH, '//button[normalize-space()="Mulai adendum"]'), "an agreement in force can be amended"

    # e. An obligation due in 5 days, then its status.
    due = today() + dt.timedelta(days=5)
    click(drv, drv.find_element(By.XPATH, '//summary[normalize-space()="Tambah kewajiban"]'))
    type_into(drv, "kw-uraian", OBLIGATION)
    type_into(drv, "kw-pemilik", "Dinas Perhubungan")
    set_date(drv, "kw-tempo", due)
    submit(drv, drv.find_element(By.XPATH, '//form[contains(@action, "/kewajiban")]//button[normalize-space()="Tambah"]'))
    assert not alert(drv), alert(drv)
    row = drv.find_element(By.XPATH, f'//section[@aria-labelledby="h-kewajiban"]//tr[td[1][contains(., "{OBLIGATION}")]]')
    status = Select(row.find_element(By.CSS_SELECTOR, 'select[name="status"]'))
    assert status.first_selected_option.get_attribute("value") == "belum"
    assert str(due.year) in row.text and "terlambat" not in row.text, row.text
    status.select_by_value("berjalan")
    submit(drv, row.find_element(By.XPATH, './/button[normalize-space()="Simpan"]'))
    assert not alert(drv), alert(drv)
    row = drv.find_element(By.XPATH, f'//section[@aria-labelledby="h-kewajiban"]//tr[td[1][contains(., "{OBLIGATION}")]]')
    assert Select(row.find_element(By.CSS_SELECTOR, 'select[name="status"]')).first_selected_option.get_attribute("value") == "berjalan"
    _SCENARIO.update(id=ks_id, obligation=OBLIGATION, due=due.isoformat(), title=TITLE)

    steps = [row[2] for row in history(drv)]
    assert len(steps) >= 12, f"the history should list every step, has {steps}"
    open_page(drv, detail_url)
    full_page_screenshot(drv, screenshot, "kerjasama-detail")


# --- f. the registry filter ----------------------------------------------------------------------

def registry_rows(drv: WebDriver) -> list[list[str]]:
    return [[td.text.strip() for td in tr.find_elements(By.TAG_NAME, "td")] for tr in drv.find_elements(By.CSS_SELECTOR, "table tbody tr")]


def days_left(sisa: str) -> int | None:
    m = re.fullmatch(r"(\d+) hari lagi", sisa)
    return int(m.group(1)) if m else None


def test_register_berakhir_dalam_90_hari(driver, base_url, screenshot):
    drv = driver
    log_in(drv, base_url, "admin.kukar")
    open_page(drv, f"{base_url}/kerja-sama")
    everything = registry_rows(drv)
    assert len(everything) >= 20, f"the demo registry should list its records, found {len(everything)}"
    far = [r for r in everything if (days_left(r[5]) or 0) > 90]
    assert far, "the demo data should hold agreements ending later than 90 days from now"
    tick(drv, drv.find_element(By.ID, "segera"))
    submit(drv, drv.find_element(By.XPATH, '//form[@role="search"]//button[normalize-space()="Saring"]'))
    assert query_of(drv).get("segera") == ["1"], drv.current_url
    assert drv.find_element(By.ID, "segera").is_selected(), "the filter should stay ticked"
    rows = registry_rows(drv)
    assert rows, "the demo data should hold agreements ending within 90 days"
    for r in rows:
        n = days_left(r[5])
        assert n is not None and 0 <= n <= 90, f"row {r[0]!r} shows {r[5]!r}, not within 90 days"
        assert r[2] != "Berakhir"
    titles = {r[0] for r in rows}
    assert not titles & {r[0] for r in far}
    demo = {"Promosi Festival Erau bersama Kalimantan Timur", "Pelatihan pemandu wisata sungai Mahakam"}
    assert demo & titles, f"expected demo records ending soon among {sorted(titles)}"
    full_page_screenshot(drv, screenshot, "kerjasama-daftar")


# --- g. import of legacy data --------------------------------------------------------------------

def write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: r.get(k, "") for k in header})
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")


def indonesian_date(d: dt.date) -> str:
    """'2 Januari 2025': one of the date spellings legacy spreadsheets use."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def upload(drv: WebDriver, base_url: str, path: Path) -> None:
    open_page(drv, f"{base_url}/kerja-sama/impor")
    drv.find_element(By.ID, "berkas").send_keys(str(path))
    submit(drv, drv.find_element(By.ID, "tombol-pratinjau"))


def count_titled(drv: WebDriver, base_url: str, text: str) -> int:
    drv.get(f"{base_url}/kerja-sama?q={requests.utils.quote(text)}")
    return len(drv.find_elements(By.CSS_SELECTOR, "table tbody tr"))


def test_impor_data_lama(driver, base_url, screenshot, tmp_path):
    drv = driver
    log_in(drv, base_url, "admin.kukar")
    open_page(drv, f"{base_url}/kerja-sama/impor")
    link = drv.find_element(By.CSS_SELECTOR, 'a[href="/kerja-sama/impor/templat.csv"]')
    s = session_from(drv)
    r = s.get(urljoin(base_url, link.get_dom_attribute("href")), timeout=30, allow_redirects=False)
    assert r.status_code == 200, f"template: HTTP {r.status_code}"
    assert r.headers.get("content-type", "").startswith("text/csv"), r.headers.get("content-type")
    assert "attachment" in r.headers.get("content-disposition", "")
    assert r.content.startswith(b"\xef\xbb\xbf"), "the template should start with a UTF-8 BOM"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "templat-impor-kerja-sama.csv").write_bytes(r.content)
    template = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    header = template[0]
    assert header[:3] == ["nomor_pihak_kesatu", "nomor_pihak_kedua", "judul"] and "tanggal_berakhir" in header, header
    assert len(template) == 2 and len(template[1]) == len(header), "header plus one example row"
    page_columns = [c.text for c in drv.find_elements(By.CSS_SELECTOR, "table code")]
    assert page_columns == header, "the page's column table should match the template"

    prefix = f"Impor uji {RUN}"
    t = today()
    good = [
        {"nomor_pihak_kesatu": f"100.3.7/{RUN}/KB-A/2024", "nomor_pihak_kedua": f"180/{RUN}/BPP/2024",
         "judul": f"{prefix} — Kesepakatan Bersama pengelolaan sampah Kukar–Balikpapan", "jenis": "KSDD Sukarela",
         "dokumen": "KB", "mitra": "Pemerintah Kota Balikpapan", "jenis_mitra": "daerah", "kode_wilayah_mitra": "64.71",
         "urusan": "2.11", "perangkat_daerah": "Dinas Lingkungan Hidup", "tanggal_tanda_tangan": "12/03/2024",
         "tanggal_mulai": "12/03/2024", "tanggal_berakhir": (t + dt.timedelta(days=700)).isoformat(),
         "nilai": "Rp1.250.000.000,00", "sumber_dana": "APBD"},
        {"nomor_pihak_kesatu": f"500.11/{RUN}/PKS-B/2023", "judul": f"{prefix} — Layanan angkutan sungai oleh badan usaha",
         "jenis": "KSDPK Pelayanan Publik", "dokumen": "PKS", "mitra": "PT Angkutan Sungai Mahakam (contoh)",
         "jenis_mitra": "pihak ketiga", "urusan": "2.15", "perangkat_daerah": "Dinas Perhubungan",
         "tanggal_mulai": indonesian_date(t - dt.timedelta(days=365)), "tanggal_berakhir": (t + dt.timedelta(days=400)).isoformat(),
         "nilai": "750000000"},
        {"nomor_pihak_kesatu": f"000.5/{RUN}/NK-C/2020", "judul": f"{prefix} — Nota Kesepakatan keselamatan pelayaran",
         "jenis": "Sinergi", "dokumen": "NK", "mitra": "Kementerian Perhubungan", "jenis_mitra": "kementerian/lembaga",
         "urusan": "2.15", "tanggal_mulai": "2020-06-01", "tanggal_berakhir": "2023-05-31"},
    ]
    bad_row = dict(good[0], nomor_pihak_kesatu=f"100.3.7/{RUN}/KB-X/2024", judul="=SUM(1,2)",
                   tanggal_mulai="2025-06-30", tanggal_berakhir="2025-01-01", tanggal_tanda_tangan="")
    before = count_titled(drv, base_url, prefix)
    assert before == 0, f"nothing titled {prefix!r} should exist yet, found {before}"

    # One bad row (line 3): problems by line, nothing created, no confirmation button.
    bad = write_csv(tmp_path / "impor-salah.csv", header, [good[1], bad_row])
    upload(drv, base_url, bad)
    problems = drv.find_elements(By.CSS_SELECTOR, "#masalah-impor tbody tr")
    assert problems, f"expected #masalah-impor, page says:\n{body_text(drv)[:800]}"
    listed = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")] for tr in problems]
    assert all(where.startswith("Baris 3") for where, _ in listed), f"only line 3 is bad: {listed}"
    assert any("kolom judul" in where and "rumus" in what for where, what in listed), listed
    assert any("kolom tanggal_berakhir" in where and "sesudah tanggal mulai" in what for where, what in listed), listed
    assert not drv.find_elements(By.ID, "tombol-konfirmasi-impor"), "a file with problems must not be importable"
    full_page_screenshot(drv, screenshot, "kerjasama-impor")
    assert count_titled(drv, base_url, prefix) == 0, "a refused file must create nothing"

    # The good file: preview, confirm, result.
    ok = write_csv(tmp_path / "impor-benar.csv", header, good)
    upload(drv, base_url, ok)
    assert not drv.find_elements(By.ID, "masalah-impor"), f"unexpected problems:\n{body_text(drv)[:800]}"
    assert drv.find_element(By.ID, "jumlah-baru").text == "3"
    confirm = drv.find_element(By.ID, "tombol-konfirmasi-impor")
    assert "3" in confirm.text, confirm.text
    full_page_screenshot(drv, screenshot, "kerjasama-impor-pratinjau")
    submit(drv, confirm)
    result = drv.find_element(By.ID, "hasil-impor").text
    assert "3 kerja sama dibuat" in result, result
    assert count_titled(drv, base_url, prefix) == 3
    stages = {r[0]: r[2] for r in registry_rows(drv)}
    assert stages[good[2]["judul"]] == "Berakhir" and stages[good[0]["judul"]] == "Pelaksanaan", stages
    _SCENARIO.update(imported_ended=good[2]["judul"], imported_in_force=good[0]["judul"])

    # The same file again: nothing new.
    upload(drv, base_url, ok)
    assert drv.find_element(By.ID, "jumlah-baru").text == "0"
    assert "3 sudah pernah diimpor" in body_text(drv), body_text(drv)[:600]
    # Nothing left to write: no confirm button, a message instead.
    assert not drv.find_elements(By.ID, "tombol-konfirmasi-impor"), "nothing to import must offer no import button"
    assert "Semua baris sudah pernah diimpor" in body_text(drv), body_text(drv)[:600]
    assert count_titled(drv, base_url, prefix) == 3, "re-importing the same file must not duplicate records"


# --- h. calendar feed, i. notifications ----------------------------------------------------------

def test_kalender_dan_notifikasi(driver, base_url, screenshot):
    drv = driver
    log_in(drv, base_url, "admin.kukar")
    open_page(drv, f"{base_url}/akun")
    assert not drv.find_elements(By.ID, "alamat-kalender"), "the address is shown only right after it is made"
    submit(drv, drv.find_element(By.XPATH, '//button[normalize-space()="Buat alamat kalender baru"]'))
    address = drv.find_element(By.ID, "alamat-kalender").text.strip()
    assert re.search(r"/kalender/[^/]+\.ics$", address), address
    url = urljoin(base_url + "/", address)
    # The secret in the address is the credential: fetched without the browser's cookies.
    r = requests.get(url, timeout=30)
    assert r.status_code == 200, f"GET {url}: HTTP {r.status_code}"
    assert r.headers.get("content-type", "").startswith("text/calendar"), r.headers.get("content-type")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ics = ARTIFACTS / "kalender.ics"
    ics.write_bytes(r.content)
    print(f"saved {ics} ({len(r.content)} bytes)")
    check = subprocess.run([sys.executable, str(REPO / "Tests" / "ical_check.py"), str(ics)],
                           capture_output=True, text=True, timeout=120)
    summary = check.stdout.strip().splitlines()[-1] if check.stdout.strip() else ""
    print(f"ical_check: {summary}")
    assert check.returncode == 0, f"Tests/ical_check.py failed:\n{check.stdout}\n{check.stderr}"
    assert re.fullmatch(r"\d+ passed, 0 failed", summary), summary

    cal = icalendar.Calendar.from_ical(r.content)
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert any(s.startswith("Berakhir: ") for s in events), "agreement end dates should be in the feed"
    assert any(s.startswith("Kewajiban: ") for s in events), "obligation due dates should be in the feed"
    # What the earlier tests of this module made (when they ran in this session).
    if "obligation" in _SCENARIO:  # the lifecycle: its end date and its obligation, on its due date
        ev = events.get(f"Kewajiban: {_SCENARIO['obligation']}")
        assert ev is not None, f"the obligation of the scenario should be in the feed: {sorted(events)[:10]} …"
        assert ev.decoded("DTSTART").isoformat() == _SCENARIO["due"]
        assert f"Berakhir: {_SCENARIO['title']}" in events
    if "imported_ended" in _SCENARIO:  # the import: an agreement in force is in, an ended one is not
        assert f"Berakhir: {_SCENARIO['imported_in_force']}" in events
        assert f"Berakhir: {_SCENARIO['imported_ended']}" not in events, "ended agreements stay out of the feed"
    # A new address revokes the old one.
    submit(drv, drv.find_element(By.XPATH, '//button[normalize-space()="Buat alamat kalender baru"]'))
    assert requests.get(url, timeout=30).status_code == 404, "the old calendar address should be revoked"

    # Notifications: the server's reminder job runs 30 s after it starts, then hourly.
    deadline = time.monotonic() + 90
    while True:
        open_page(drv, f"{base_url}/notifikasi")
        items = drv.find_elements(By.CSS_SELECTOR, "ul.notifikasi > li")
        if items or time.monotonic() > deadline:
            break
        time.sleep(5)
    assert items, "no notification arrived within 90 s (the server's reminder job runs 30 s after start)"
    texts = [i.text for i in items]
    assert any("berakhir dalam" in t or "jatuh tempo" in t for t in texts), texts[:5]
    full_page_screenshot(drv, screenshot, "notifikasi")
