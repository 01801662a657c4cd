"""Scenario A of the mapping (pemetaan) module end to end in a real browser, as people use it.

1. admin.kukar opens a new round, inviting (at least) Dinas Perhubungan and Kecamatan Samboja;
2. operator.dishub fills in a potential, forgets the urusan once (the form comes back with the field
   error and keeps what was typed), then submits it;
3. the admin returns it with a note, the operator edits and resubmits; the history shows it all;
4. the admin verifies it: the eligibility screen and the partner recommendations appear;
5. the three TKKSD members compare the criteria pairwise (AHP) and score the submission;
6. the admin opens the ranking and prioritises the top N: the submission becomes "Diprioritaskan";
7. the admin downloads the matrix (XLSX, CSV) and the report (DOCX) with the browser's session and
   they are checked with openpyxl / python-docx; they are kept in e2e/artifacts/ for
   Tests/ooxml_check.py (LibreOffice) in .ci/run.

A second test, with JavaScript disabled, has operator.samboja submit a "permasalahan" through the
form of an open round and checks that the form page (HTML + CSS) weighs under 100 KB.

Every id is taken from the URL the server redirects to, never from the demo data's order.
Needs: JALIN_URL (a server with the demo data: JALIN_DEMO=1), python-docx, openpyxl, requests.
Kecamatan boundaries (`jalin import-geo kukar-kecamatan.geojson`) make the map an SVG; without them
the map page shows a table and the test says so in a warning.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
from urllib.parse import urljoin

import docx
import openpyxl
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select

from browser import (path_of, body_text, wait, scroll_to, click, type_into, tick, docx_text, id_from_url, submit,
                     As, open_page, full_page_screenshot, session_from, download)

ROUND_TITLE = "Pemetaan Potensi KSD Uji E2E"
TITLE = "Integrasi angkutan sungai dan darat Tenggarong–IKN"
RETURN_NOTE = "Mohon lengkapi indikator dengan target angka dan tahun."
TKKSD = ("tkksd.kukar", "tkksd.bappeda", "tkksd.hukum")
CRITERIA = ("tujuan", "kapasitas", "komplementer", "kepercayaan", "perencanaan", "ikn", "urgensi")
SHOT_MAX_HEIGHT = 6000  # full-page screenshots of this module stop at 6000 px


# --- helpers (the shared ones are in browser.py) ---------------------------------------------------

def checkbox_by_label(drv: WebDriver, name: str, label_part: str) -> WebElement:
    """The checkbox `name` whose <label> text contains label_part (exactly one must match)."""
    found = [
        box
        for box in drv.find_elements(By.CSS_SELECTOR, f'input[type="checkbox"][name="{name}"]')
        if label_part in box.find_element(By.XPATH, "./ancestor::label[1]").text
    ]
    assert len(found) == 1, f"expected one {name} checkbox labelled …{label_part}…, found {len(found)}"
    return found[0]


def checkbox_by_value(drv: WebDriver, name: str, value: str) -> WebElement:
    return drv.find_element(By.CSS_SELECTOR, f'input[type="checkbox"][name="{name}"][value="{value}"]')


def status_of(drv: WebDriver) -> str:
    return drv.find_element(By.ID, "status-usulan").text.strip()


def history_rows(drv: WebDriver) -> list[list[str]]:
    table = drv.find_element(By.XPATH, '//section[@aria-labelledby="h-riwayat"]//table')
    return [
        [td.text.strip() for td in tr.find_elements(By.TAG_NAME, "td")]
        for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr")
    ]


# --- Scenario A --------------------------------------------------------------------------------

def open_round(drv: WebDriver, base_url: str) -> str:
    """admin.kukar opens the round; returns its id."""
    open_page(drv, f"{base_url}/pemetaan")
    click(drv, drv.find_element(By.CSS_SELECTOR, 'a[href="/pemetaan/periode/baru"]'))
    wait(drv, lambda d: path_of(d) == "/pemetaan/periode/baru", "the new-round form")
    type_into(drv, "judul", ROUND_TITLE)
    year = dt.date.today().year + 1
    type_into(drv, "tahun", str(year))
    deadline = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    # Typing into <input type=date> depends on the browser's locale; set the value the form posts.
    date = drv.find_element(By.ID, "batas_waktu")
    drv.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        date, deadline,
    )
    assert date.get_property("value") == deadline
    type_into(drv, "top_n", "5")
    tick(drv, checkbox_by_label(drv, "unit[]", "Dinas Perhubungan"))
    tick(drv, checkbox_by_label(drv, "unit[]", "Kecamatan Samboja ("))
    submit(drv, drv.find_element(By.CSS_SELECTOR, 'form[action="/pemetaan/periode/baru"] button[type="submit"]'))
    round_id = id_from_url(drv, "/pemetaan/periode/")
    assert drv.find_element(By.TAG_NAME, "h1").text == ROUND_TITLE
    text = body_text(drv)
    assert "Data baru telah disimpan" in text, "no confirmation after opening the round"
    assert str(year) in text and "dibuka" in text
    # The invited units are listed in the progress table, none has submitted yet.
    progress = drv.find_element(By.XPATH, '//section[@aria-labelledby="h-kemajuan"]').text
    assert "Dinas Perhubungan" in progress and "Kecamatan Samboja" in progress
    return round_id


def fill_submission(drv: WebDriver, *, with_urusan: bool) -> None:
    click(drv, drv.find_element(By.CSS_SELECTOR, 'input[type="radio"][name="jenis"][value="potensi"]'))
    type_into(drv, "judul", TITLE)
    type_into(
        drv, "deskripsi",
        "Dermaga sungai Tenggarong dan Loa Janan belum terhubung dengan angkutan darat ke kawasan IKN; "
        "penumpang dan barang berganti moda tanpa jadwal terpadu.",
    )
    tick(drv, checkbox_by_value(drv, "urusan[]", "2.15"), with_urusan)
    tick(drv, checkbox_by_value(drv, "lokasi[]", "64.02.06"))  # Tenggarong
    tick(drv, checkbox_by_value(drv, "lokasi[]", "64.02.03"))  # Loa Janan
    Select(scroll_to(drv, drv.find_element(By.ID, "bentuk"))).select_by_value("kerjaSamaDaerahLain")
    type_into(drv, "dimiliki", "Dermaga sungai Tenggarong, 12 kapal penumpang, terminal tipe B Loa Janan.")
    type_into(drv, "dibutuhkan", "Trayek bus penghubung ke KIPP IKN dan sistem tiket terpadu.")
    tick(drv, checkbox_by_label(drv, "calonMitra[]", "Otorita Ibu Kota Nusantara"))
    tick(drv, checkbox_by_label(drv, "calonMitra[]", "Kabupaten Penajam Paser Utara"))
    click(drv, drv.find_element(By.CSS_SELECTOR, 'input[type="radio"][name="eksternalitas"][value="ya"]'))
    type_into(drv, "eksternalitas_dengan", "Kabupaten Penajam Paser Utara dan Ibu Kota Nusantara")
    type_into(drv, "manfaat", "Waktu tempuh Tenggarong–IKN berkurang; biaya logistik turun.")
    type_into(drv, "indikator", "Jumlah penumpang antarmoda per bulan")
    type_into(drv, "perkiraan_biaya", "1.250.000.000")
    Select(scroll_to(drv, drv.find_element(By.ID, "sumber_dana"))).select_by_value("apbdDanMitra")
    type_into(drv, "kode_program", "2.15.02")
    type_into(drv, "nama_program", "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan")


def submit_as_operator(drv: WebDriver, base_url: str, round_id: str, screenshot) -> str:
    """operator.dishub submits the potential (once without urusan first); returns the submission id."""
    open_page(drv, f"{base_url}/pemetaan/periode/{round_id}")
    new_link = drv.find_elements(By.CSS_SELECTOR, f'a[href="/pemetaan/periode/{round_id}/usulan/baru"]')
    assert new_link, "operator.dishub sees no 'Usulan baru' link on the round it is invited to"
    click(drv, new_link[0])
    wait(drv, lambda d: path_of(d).endswith("/usulan/baru"), "the submission form")
    assert drv.find_elements(By.ID, "tombol-ajukan"), "the submission form has no #tombol-ajukan"
    assert "Dinas Perhubungan" in body_text(drv), "the form should name the proposing unit"

    fill_submission(drv, with_urusan=False)
    full_page_screenshot(drv, screenshot, "pemetaan-form", max_height=SHOT_MAX_HEIGHT)
    submit(drv, drv.find_element(By.ID, "tombol-ajukan"))

    # The form comes back with the field error, and what was typed is still there.
    assert path_of(drv).endswith("/usulan/baru"), f"a refused submission should stay on the form, is at {drv.current_url}"
    errors = drv.find_elements(By.ID, "g-urusan")
    assert errors or "urusan" in body_text(drv).lower(), "no error about the missing urusan"
    if errors:
        assert "urusan" in errors[0].text.lower(), f"#g-urusan says {errors[0].text!r}"
    assert drv.find_element(By.ID, "judul").get_property("value") == TITLE, "the typed title was lost"
    kept = {
        "lokasi Tenggarong": checkbox_by_value(drv, "lokasi[]", "64.02.06").is_selected(),
        "lokasi Loa Janan": checkbox_by_value(drv, "lokasi[]", "64.02.03").is_selected(),
        "calon mitra Otorita IKN": checkbox_by_label(drv, "calonMitra[]", "Otorita Ibu Kota Nusantara").is_selected(),
        "eksternalitas ya": drv.find_element(By.CSS_SELECTOR, 'input[name="eksternalitas"][value="ya"]').is_selected(),
        "bentuk": Select(drv.find_element(By.ID, "bentuk")).first_selected_option.get_attribute("value") == "kerjaSamaDaerahLain",
        "kode program": drv.find_element(By.ID, "kode_program").get_property("value") == "2.15.02",
        "biaya": drv.find_element(By.ID, "perkiraan_biaya").get_property("value") == "1.250.000.000",
    }
    lost = [k for k, ok in kept.items() if not ok]
    assert not lost, f"the refused form lost: {lost}"
    full_page_screenshot(drv, screenshot, "pemetaan-form-galat", max_height=SHOT_MAX_HEIGHT)

    tick(drv, checkbox_by_value(drv, "urusan[]", "2.15"))
    submit(drv, drv.find_element(By.ID, "tombol-ajukan"))
    usulan_id = id_from_url(drv, "/pemetaan/usulan/")
    assert drv.find_element(By.TAG_NAME, "h1").text == TITLE
    assert status_of(drv) == "Diajukan"
    assert "Usulan telah diajukan" in body_text(drv)
    return usulan_id


def return_and_resubmit(drv: WebDriver, base_url: str, usulan_id: str) -> None:
    url = f"{base_url}/pemetaan/usulan/{usulan_id}"
    with As(drv, base_url, "admin.kukar"):
        open_page(drv, url)
        assert drv.find_elements(By.ID, "aksi-verifikasi"), "the admin should be offered 'Verifikasi'"
        type_into(drv, "catatan-kembali", RETURN_NOTE)
        submit(drv, drv.find_element(By.ID, "aksi-kembalikan"))
        assert status_of(drv) == "Dikembalikan untuk Perbaikan"

    with As(drv, base_url, "operator.dishub"):
        open_page(drv, url)
        assert status_of(drv) == "Dikembalikan untuk Perbaikan"
        assert RETURN_NOTE in body_text(drv), "the operator should see the admin's note"
        click(drv, drv.find_element(By.ID, "tombol-ubah"))
        wait(drv, lambda d: path_of(d).endswith("/ubah"), "the edit form")
        assert drv.find_element(By.ID, "judul").get_property("value") == TITLE
        type_into(drv, "indikator", "Jumlah penumpang antarmoda naik 20 % pada 2028; 2 trayek terpadu beroperasi")
        submit(drv, drv.find_element(By.ID, "tombol-ajukan"))
        assert path_of(drv) == f"/pemetaan/usulan/{usulan_id}", f"resubmitting ended at {drv.current_url}"
        assert status_of(drv) == "Diajukan"
        assert "naik 20 % pada 2028" in body_text(drv), "the edited indicator is not shown"
        rows = history_rows(drv)
        steps = [r[2] for r in rows if len(r) >= 5]
        assert steps.count("Ajukan") == 2, f"history should show two submissions: {rows}"
        returned = [r for r in rows if len(r) >= 5 and r[2].startswith("Kembalikan")]
        assert len(returned) == 1 and RETURN_NOTE in returned[0][4], f"history should show the return with its note: {rows}"
        assert "Diubah" in steps, f"history should show the edit: {rows}"


def verify(drv: WebDriver, base_url: str, usulan_id: str, screenshot) -> None:
    with As(drv, base_url, "admin.kukar"):
        open_page(drv, f"{base_url}/pemetaan/usulan/{usulan_id}")
        submit(drv, drv.find_element(By.ID, "aksi-verifikasi"))
        assert status_of(drv) == "Terverifikasi"
        verdict = drv.find_element(By.ID, "verdict-ksd").text
        assert "Termasuk kerja sama daerah" in verdict, f"eligibility verdict is {verdict!r}"
        recs = drv.find_elements(By.CSS_SELECTOR, 'section[aria-labelledby="h-rekomendasi"] ol > li')
        assert recs, "no partner recommendations after verification"
        full_page_screenshot(drv, screenshot, "pemetaan-usulan", max_height=SHOT_MAX_HEIGHT)


def compare_and_score(drv: WebDriver, base_url: str, round_id: str, usulan_id: str) -> None:
    for n, member in enumerate(TKKSD):
        with As(drv, base_url, member):
            # Pairwise comparisons: member 0 finds every criterion equally important; the others find
            # the first criterion moderately more important than each other one (a consistent matrix).
            open_page(drv, f"{base_url}/pemetaan/periode/{round_id}/bobot")
            selects = drv.find_elements(By.CSS_SELECTOR, 'select[id^="p_"]')
            k = len(CRITERIA)
            assert len(selects) == k * (k - 1) // 2, f"expected {k * (k - 1) // 2} pairwise selects, found {len(selects)}"
            for s in selects:
                i, _j = (int(x) for x in s.get_attribute("id").split("_")[1:])
                Select(scroll_to(drv, s)).select_by_value("3" if n > 0 and i == 0 else "1")
            submit(drv, drv.find_element(By.CSS_SELECTOR, f'form[action="/pemetaan/periode/{round_id}/bobot"] button[type="submit"]'))
            assert path_of(drv) == f"/pemetaan/periode/{round_id}/bobot", f"saving comparisons ended at {drv.current_url}"
            assert "Perubahan telah disimpan" in body_text(drv)
            assert "Rasio konsistensi perbandingan Anda" in body_text(drv)
            assert not drv.find_elements(By.CSS_SELECTOR, '[aria-invalid="true"]')

            open_page(drv, f"{base_url}/pemetaan/usulan/{usulan_id}")
            for c, kode in enumerate(CRITERIA):
                Select(scroll_to(drv, drv.find_element(By.ID, f"n_{kode}"))).select_by_value(str((c + n) % 5 + 1))
            type_into(drv, "alasan", f"Penilaian {member}: lintas daerah dan mendukung IKN.")
            submit(drv, drv.find_element(By.ID, "tombol-nilai"))
            assert path_of(drv) == f"/pemetaan/usulan/{usulan_id}", f"scoring ended at {drv.current_url}"
            assert status_of(drv) == "Dinilai"
            scores = drv.find_element(By.XPATH, '//section[@aria-labelledby="h-nilai-anggota"]//tbody')
            assert len(scores.find_elements(By.TAG_NAME, "tr")) == n + 1, f"after {member}: {scores.text}"


def prioritise(drv: WebDriver, base_url: str, round_id: str, usulan_id: str, screenshot) -> None:
    open_page(drv, f"{base_url}/pemetaan/periode/{round_id}/peringkat")
    assert "Uji sensitivitas" in body_text(drv)

    def our_row(d):
        for a in d.find_elements(By.CSS_SELECTOR, 'table a[href^="/pemetaan/usulan/"]'):
            if a.get_attribute("href").lower().endswith(usulan_id.lower()):
                return a.find_element(By.XPATH, "./ancestor::tr[1]")
        return None

    row = our_row(drv)
    assert row is not None, "the submission is not in the ranking"
    assert TITLE in row.text
    assert "3" in row.find_elements(By.TAG_NAME, "td")[-2].text, f"three TKKSD members scored it: {row.text}"
    submit(drv, drv.find_element(By.CSS_SELECTOR, f'form[action="/pemetaan/periode/{round_id}/prioritaskan"] button'))
    assert path_of(drv) == f"/pemetaan/periode/{round_id}/peringkat"
    row = our_row(drv)
    assert row is not None and "Diprioritaskan" in row.text, f"ranking row after prioritising: {row.text if row else None}"
    full_page_screenshot(drv, screenshot, "pemetaan-peringkat", max_height=SHOT_MAX_HEIGHT)
    open_page(drv, f"{base_url}/pemetaan/usulan/{usulan_id}")
    assert status_of(drv) == "Diprioritaskan"


def check_exports(drv: WebDriver, base_url: str, round_id: str) -> None:
    s = session_from(drv)
    base = f"{base_url}/pemetaan/periode/{round_id}"

    xlsx = download(s, f"{base}/matriks.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pemetaan-matriks.xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(xlsx))
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    assert header and header[0] == "No", f"header row starts {header[:4]}"
    assert ws.freeze_panes == "A2", f"freeze_panes is {ws.freeze_panes!r}"
    assert ws.auto_filter.ref, "no autofilter on the matrix"
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert any(TITLE in r for r in rows), f"{TITLE!r} not in the matrix rows"

    raw = download(s, f"{base}/matriks.csv", "text/csv", "pemetaan-matriks.csv")
    assert raw.startswith(b"\xef\xbb\xbf"), "the CSV does not start with a UTF-8 BOM (Excel needs it)"
    text = raw.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0][0] == "No", f"CSV header starts {table[0][:4]}"
    assert any(TITLE in r for r in table[1:]), f"{TITLE!r} not in the CSV"

    report = download(s, f"{base}/laporan.docx",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "pemetaan-laporan.docx")
    body = docx_text(docx.Document(io.BytesIO(report)))
    assert "RANCANGAN PEMETAAN POTENSI KERJA SAMA DAERAH" in body, body[:400]
    assert TITLE in body, "the report does not mention the prioritised submission"


def check_map(drv: WebDriver, base_url: str, round_id: str, screenshot) -> None:
    open_page(drv, f"{base_url}/pemetaan/periode/{round_id}/peta")
    svg = drv.find_elements(By.CSS_SELECTOR, ".peta svg")
    if svg:
        titles = {t.get_attribute("textContent").strip() for t in svg[0].find_elements(By.TAG_NAME, "title")}
        for kec in ("Tenggarong", "Loa Janan"):
            assert f"{kec}: jumlah usulan 1" in titles, f"map titles lack {kec}: {sorted(titles)[:25]}"
    else:
        assert "Batas kecamatan belum diimpor" in body_text(drv)
        warnings.warn("no kecamatan boundaries on this server (jalin import-geo): the map page shows a table only")
    charts = drv.find_elements(By.CSS_SELECTOR, ".grafik svg")
    assert len(charts) == 2, f"expected two charts, found {len(charts)}"
    full_page_screenshot(drv, screenshot, "pemetaan-peta", max_height=SHOT_MAX_HEIGHT)


def test_scenario_a_pemetaan(driver, base_url, screenshot):
    with As(driver, base_url, "admin.kukar"):
        round_id = open_round(driver, base_url)
    with As(driver, base_url, "operator.dishub"):
        usulan_id = submit_as_operator(driver, base_url, round_id, screenshot)
    return_and_resubmit(driver, base_url, usulan_id)
    verify(driver, base_url, usulan_id, screenshot)
    compare_and_score(driver, base_url, round_id, usulan_id)
    with As(driver, base_url, "admin.kukar"):
        prioritise(driver, base_url, round_id, usulan_id, screenshot)
        check_exports(driver, base_url, round_id)
        check_map(driver, base_url, round_id, screenshot)


# --- without JavaScript ----------------------------------------------------------------------------

def test_permasalahan_without_javascript(driver_nojs, base_url, screenshot):
    drv = driver_nojs
    title = "Banjir rob di pesisir Samboja memutus jalan poros"
    with As(drv, base_url, "operator.samboja"):
        # Any open round that invites Kecamatan Samboja: its page offers "Usulan baru".
        open_page(drv, f"{base_url}/pemetaan")
        rounds = [a.get_attribute("href") for a in drv.find_elements(By.CSS_SELECTOR, 'table a[href^="/pemetaan/periode/"]')]
        assert rounds, "operator.samboja sees no mapping round"
        form_url = None
        for href in rounds:
            drv.get(urljoin(base_url, href))
            links = drv.find_elements(By.CSS_SELECTOR, 'a[href$="/usulan/baru"]')
            if links:
                form_url = urljoin(base_url, links[0].get_attribute("href"))
                break
        assert form_url, "no open round invites Kecamatan Samboja"

        # The form page is light: HTML + stylesheets + (optional) scripts under 100 KB, and no images.
        s = session_from(drv)
        page = s.get(form_url, timeout=30)
        assert page.status_code == 200, f"GET {form_url} with the browser's session: HTTP {page.status_code}"
        css = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', page.text)
        css_bytes = sum(len(s.get(urljoin(form_url, h), timeout=30).content) for h in css)
        js = re.findall(r'<script[^>]+src="([^"]+)"', page.text)
        js_bytes = sum(len(s.get(urljoin(form_url, h), timeout=30).content) for h in js)
        images = re.findall(r"<img\b|url\(", page.text)
        total = len(page.content) + css_bytes + js_bytes
        print(f"form page: HTML {len(page.content)} B + CSS {css_bytes} B ({len(css)} files) + JS {js_bytes} B ({len(js)} files)"
              f" = {total} B; images: {len(images)}")
        assert total < 100_000, f"the form page weighs {total} bytes (HTML {len(page.content)} + CSS {css_bytes} + JS {js_bytes})"
        assert not images, "the form page loads images"

        drv.get(form_url)
        click(drv, drv.find_element(By.CSS_SELECTOR, 'input[type="radio"][name="jenis"][value="permasalahan"]'))
        type_into(drv, "judul", title)
        type_into(drv, "deskripsi", "Saat pasang tinggi, air laut menggenangi jalan poros Samboja–Balikpapan hingga 50 cm.")
        tick(drv, checkbox_by_value(drv, "urusan[]", "1.03"))
        tick(drv, checkbox_by_value(drv, "lokasi[]", "64.02.13"))  # Samboja
        type_into(drv, "dibutuhkan", "Tanggul pantai dan peninggian jalan bersama Kota Balikpapan.")
        type_into(drv, "manfaat", "Jalan poros tidak terputus saat rob.")
        screenshot(drv, "pemetaan-form-tanpa-js")
        submit(drv, drv.find_element(By.ID, "tombol-ajukan"))
        id_from_url(drv, "/pemetaan/usulan/")
        assert drv.find_element(By.TAG_NAME, "h1").text == title
        assert status_of(drv) == "Diajukan", f"status is {status_of(drv)!r}: {body_text(drv)[:400]}"
        screenshot(drv, "pemetaan-usulan-tanpa-js")
