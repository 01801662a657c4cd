"""Scenario B (drafting the naskah) end to end in a real browser.

1. admin.kukar starts a Kesepakatan Bersama with Kabupaten Penajam Paser Utara from the prioritised
   potential "Integrasi angkutan sungai dan darat Tenggarong–IKN" through the guided form (/naskah →
   "Susun naskah" → /naskah/baru?usulan=…), fills numbers, date, place and signatories, and saves;
2. the draft page shows the required-element checker ("Pemeriksa unsur wajib") and the DOCX
   download works (fetched with the browser's cookies, opened with python-docx, saved as
   e2e/artifacts/naskah-kb.docx);
3. the draft is shared with the partner; mitra.ppu opens /mitra, opens the draft and comments on Pasal 3;
4. admin.kukar revises a Pasal (version 2), opens the diff 1→2 (ins/del highlights) and restores
   version 1 (which becomes version 3, with the original text back).

Screenshots: naskah-draf.png, naskah-mitra.png, naskah-diff.png. Every id comes from the URL the
server redirects to. Needs: JALIN_URL (a server with the demo data), requests, python-docx.
"""

from __future__ import annotations

import io
import re
import time
from urllib.parse import urlparse

import docx
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from browser import (ARTIFACTS, today, path_of, query_of, body_text, wait, scroll_to, type_into, docx_text,
                     id_from_url, submit, log_in, log_out, open_page, full_page_screenshot, session_from, alert)

# A run token keeps numbers and texts unique when the suite runs twice against one server.
RUN = time.strftime("%H%M%S")

POTENTIAL = "Integrasi angkutan sungai dan darat Tenggarong–IKN"
PPU = "Penajam Paser Utara"
NOMOR1 = f"100.3.7/{RUN}/KS/V/2026"
NOMOR2 = f"180/{RUN}/Pem/2026"
COMMENT = f"Mohon ruang lingkup Pasal 3 dirinci per moda angkutan (uji {RUN})."
REVISION = f"Ketentuan tambahan hasil tinjauan mitra uji{RUN}."


# --- helpers (the shared ones are in browser.py) ---------------------------------------------------

def set_value(drv: WebDriver, el_id: str, value: str) -> None:
    """Set a field's value directly (dates: typing depends on the locale; long textareas: speed)."""
    el = drv.find_element(By.ID, el_id)
    drv.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        el, value,
    )
    assert el.get_property("value") == value, f"#{el_id} did not take {value!r}"


def version_shown(drv: WebDriver) -> int:
    return int(drv.find_element(By.ID, "versi-naskah").text.strip())


def select_option_containing(drv: WebDriver, el_id: str, text: str) -> str:
    sel = Select(scroll_to(drv, drv.find_element(By.ID, el_id)))
    opts = [o for o in sel.options if text in o.text]
    assert opts, f"#{el_id} has no option containing {text!r}: {[o.text for o in sel.options]}"
    sel.select_by_value(opts[0].get_attribute("value"))
    return opts[0].text


def pasal3_option(drv: WebDriver) -> str:
    """Select Pasal 3 in the comment form's #pasal and return its label."""
    sel = Select(scroll_to(drv, drv.find_element(By.ID, "pasal")))
    opts = [o for o in sel.options if re.match(r"Pasal 3\b", o.text.strip())]
    assert len(opts) == 1, f"expected one 'Pasal 3' option, #pasal offers {[o.text for o in sel.options]}"
    sel.select_by_value(opts[0].get_attribute("value"))
    return opts[0].text.strip()


# --- Scenario B ------------------------------------------------------------------------------------

def start_kb(drv: WebDriver, base_url: str) -> str:
    """From /naskah, start a KB from the prioritised potential; fill the guided form; return the id."""
    open_page(drv, f"{base_url}/naskah")
    section = drv.find_element(By.XPATH, '//section[@aria-labelledby="h-mulai"]')
    usulan = Select(section.find_element(By.ID, "usulan-pilih"))
    opts = [o for o in usulan.options if o.text.strip().startswith(POTENTIAL + " — ")]
    assert opts, f"/naskah does not offer the prioritised potential {POTENTIAL!r}:\n{section.text[:1500]}"
    usulan.select_by_value(opts[0].get_attribute("value"))
    Select(section.find_element(By.ID, "jenis-usulan")).select_by_visible_text("Kesepakatan Bersama")
    submit(drv, section.find_element(By.ID, "mulai-usulan"))
    assert path_of(drv) == "/naskah/baru", f"'Susun' should open /naskah/baru, is at {drv.current_url}"
    assert query_of(drv).get("jenis") == ["kesepakatanBersama"] or "Kesepakatan Bersama" in Select(
        drv.find_element(By.ID, "ganti-jenis")).first_selected_option.text

    # The form pre-fills what the submission already knows.
    summary = drv.find_element(By.ID, "h-dari-usulan").text
    assert POTENTIAL in summary, f"the form should say it comes from {POTENTIAL!r}, says {summary!r}"
    assert drv.find_element(By.ID, "tentang").get_property("value").strip(), "Tentang should be pre-filled"

    select_option_containing(drv, "mitra", PPU)
    set_value(drv, "tanggal", today().isoformat())
    type_into(drv, "tempat", "Tenggarong")
    type_into(drv, "nomor1", NOMOR1)
    type_into(drv, "nama1", "Edi Damansyah")
    type_into(drv, "jabatan1", "Bupati Kutai Kartanegara")
    if not drv.find_element(By.ID, "alamat1").get_property("value").strip():
        type_into(drv, "alamat1", "Jalan Wolter Monginsidi Nomor 1, Tenggarong")
    if not drv.find_element(By.ID, "pelaksana1").get_property("value").strip():
        type_into(drv, "pelaksana1", "Dinas Perhubungan")
    type_into(drv, "nomor2", NOMOR2)
    type_into(drv, "nama2", "Makmur Marbun")
    type_into(drv, "jabatan2", "Penjabat Bupati Penajam Paser Utara")
    if not drv.find_element(By.ID, "alamat2").get_property("value").strip():
        type_into(drv, "alamat2", "Jalan Propinsi Km. 9, Nipah-Nipah, Penajam")
    if not drv.find_element(By.ID, "pelaksana2").get_property("value").strip():
        type_into(drv, "pelaksana2", "Dinas Perhubungan Kabupaten Penajam Paser Utara")
    type_into(drv, "jangka", "5")
    submit(drv, drv.find_element(By.ID, "tombol-buat-naskah"))

    errors = [e.text for e in drv.find_elements(By.CSS_SELECTOR, ".pesan-galat")]
    assert not errors and not alert(drv), f"the guided form was refused: {alert(drv)} {errors}"
    naskah_id = id_from_url(drv, "/naskah/")
    assert query_of(drv).get("pesan") == ["dibuat"], f"expected ?pesan=dibuat, at {drv.current_url}"
    assert version_shown(drv) == 1
    return naskah_id


def check_draft(drv: WebDriver, base_url: str, naskah_id: str, screenshot) -> None:
    h1 = drv.find_element(By.TAG_NAME, "h1").text
    assert "KESEPAKATAN BERSAMA" in h1.upper() or "Kesepakatan Bersama" in body_text(drv)
    checker = drv.find_element(By.ID, "pemeriksa")
    text = checker.text
    assert "Pemeriksa unsur wajib" in text
    # Either findings (a table with counts) or the explicit "all present" message.
    findings = checker.find_elements(By.CSS_SELECTOR, "tbody tr")
    if findings:
        assert re.search(r"\d+ wajib menurut peraturan", text), f"checker summary missing:\n{text[:800]}"
    else:
        assert drv.find_elements(By.ID, "pemeriksa-lengkap"), f"checker shows neither findings nor 'lengkap':\n{text}"
    naskah_text = drv.find_element(By.XPATH, '//section[@aria-labelledby="h-naskah"]').text
    assert NOMOR1 in naskah_text and NOMOR2 in naskah_text, "both document numbers should be in the title block"
    assert "Pasal 3" in naskah_text
    full_page_screenshot(drv, screenshot, "naskah-draf")

    href = drv.find_element(By.ID, "unduh-docx").get_attribute("href")
    assert urlparse(href).path == f"/naskah/{naskah_id}/naskah.docx"
    r = session_from(drv).get(href, timeout=60, allow_redirects=False)
    assert r.status_code == 200, f"GET {href}: HTTP {r.status_code} {r.headers.get('location', '')}"
    assert "wordprocessingml" in r.headers.get("content-type", ""), r.headers.get("content-type")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "naskah-kb.docx").write_bytes(r.content)
    text = docx_text(docx.Document(io.BytesIO(r.content)))
    assert "KESEPAKATAN BERSAMA" in text, text[:1000]
    assert "PIHAK KESATU" in text, text[:2000]
    assert NOMOR1 in text and NOMOR2 in text


def share(drv: WebDriver, base_url: str, naskah_id: str) -> None:
    open_page(drv, f"{base_url}/naskah/{naskah_id}")
    button = wait(drv, EC.presence_of_element_located((By.ID, "aksi-bagikan")), "the 'Bagikan kepada mitra' button")
    submit(drv, button)
    assert not alert(drv), f"sharing was refused: {alert(drv)}"
    assert path_of(drv) == f"/naskah/{naskah_id}"
    assert "dibagikan kepada mitra" in body_text(drv), "the draft should now say it is shared"


def partner_comments(drv: WebDriver, base_url: str, naskah_id: str, screenshot) -> None:
    open_page(drv, f"{base_url}/mitra")
    link = wait(drv, EC.presence_of_element_located((By.CSS_SELECTOR, f'a[href="/mitra/naskah/{naskah_id}"]')),
                "the shared draft on /mitra")
    submit(drv, link)
    assert path_of(drv) == f"/mitra/naskah/{naskah_id}", drv.current_url
    label = pasal3_option(drv)
    type_into(drv, "isi-komentar", COMMENT)
    submit(drv, drv.find_element(By.CSS_SELECTOR, '#form-komentar button[type="submit"]'))
    assert not alert(drv), f"the comment was refused: {alert(drv)}"
    assert path_of(drv) == f"/mitra/naskah/{naskah_id}", drv.current_url
    threads = drv.find_elements(By.CSS_SELECTOR, "#komentar article.utas")
    ours = [t for t in threads if COMMENT in t.text]
    assert len(ours) == 1, f"expected our comment in one thread, section says:\n{drv.find_element(By.ID, 'komentar').text[:1500]}"
    assert ours[0].find_element(By.TAG_NAME, "h3").text.startswith("Pasal 3"), ours[0].text
    assert label.split()[0:2] == ["Pasal", "3"]
    scroll_to(drv, ours[0])
    screenshot(drv, "naskah-mitra")


def revise_diff_restore(drv: WebDriver, base_url: str, naskah_id: str, screenshot) -> None:
    open_page(drv, f"{base_url}/naskah/{naskah_id}")
    # The partner's comment is visible to the admin, on Pasal 3.
    assert COMMENT in drv.find_element(By.ID, "komentar").text
    v_before = version_shown(drv)
    assert v_before == 1, f"the new draft should still be at version 1, page says {v_before}"

    submit(drv, drv.find_element(By.ID, "tombol-ubah"))
    assert path_of(drv) == f"/naskah/{naskah_id}/ubah", drv.current_url
    # Pasal 3's textarea: the fieldset whose legend starts with "Pasal 3".
    fieldsets = [f for f in drv.find_elements(By.CSS_SELECTOR, "fieldset.pasal")
                 if re.match(r"Pasal 3\b", f.find_element(By.TAG_NAME, "legend").text.strip())]
    assert len(fieldsets) == 1, "expected one Pasal 3 fieldset on the edit page"
    area = fieldsets[0].find_element(By.CSS_SELECTOR, "textarea[id$='_isi']")
    original = area.get_property("value")
    assert original.strip(), "Pasal 3 should have text"
    set_value(drv, area.get_attribute("id"), original.rstrip() + "\n\n" + REVISION)
    type_into(drv, "catatan", f"Menindaklanjuti komentar mitra (uji {RUN})")
    submit(drv, drv.find_element(By.ID, "tombol-simpan-naskah"))
    errors = [e.text for e in drv.find_elements(By.CSS_SELECTOR, ".pesan-galat")]
    assert not errors and not alert(drv), f"saving was refused: {alert(drv)} {errors}"
    assert path_of(drv) == f"/naskah/{naskah_id}" and query_of(drv).get("pesan") == ["tersimpan"], drv.current_url
    assert version_shown(drv) == 2
    assert REVISION in drv.find_element(By.XPATH, '//section[@aria-labelledby="h-naskah"]').text

    # Diff 1 → 2 through the page's own form.
    Select(drv.find_element(By.ID, "dari")).select_by_value("1")
    Select(drv.find_element(By.ID, "ke")).select_by_value("2")
    submit(drv, drv.find_element(By.XPATH, '//section[@id="versi"]//form[contains(@action, "/diff")]//button'))
    assert path_of(drv) == f"/naskah/{naskah_id}/diff", drv.current_url
    assert query_of(drv).get("dari") == ["1"] and query_of(drv).get("ke") == ["2"], drv.current_url
    assert "Perbandingan versi 1 dengan versi 2" in drv.find_element(By.TAG_NAME, "h1").text
    inserted = " ".join(e.text for e in drv.find_elements(By.CSS_SELECTOR, "section.diff-bagian ins"))
    assert f"uji{RUN}" in inserted, f"the revision should be highlighted as inserted; <ins> text: {inserted[:500]!r}"
    changed = drv.find_elements(By.CSS_SELECTOR, "section.diff-bagian")
    assert any(s.find_element(By.TAG_NAME, "h2").text.startswith("Pasal 3") for s in changed), \
        [s.find_element(By.TAG_NAME, "h2").text for s in changed]
    full_page_screenshot(drv, screenshot, "naskah-diff")

    # Restore version 1: becomes version 3 with the original text.
    open_page(drv, f"{base_url}/naskah/{naskah_id}")
    submit(drv, drv.find_element(By.ID, "pulihkan-1"))
    assert not alert(drv), f"restoring was refused: {alert(drv)}"
    assert path_of(drv) == f"/naskah/{naskah_id}", drv.current_url
    assert version_shown(drv) == 3, f"restoring should create version 3, page says {version_shown(drv)}"
    assert REVISION not in drv.find_element(By.XPATH, '//section[@aria-labelledby="h-naskah"]').text
    rows = drv.find_elements(By.XPATH, '//section[@id="versi"]//table/tbody/tr')
    assert len(rows) == 3, f"all three versions should be kept, table has {len(rows)} rows"

    # Diff 1 → 3 shows no difference.
    open_page(drv, f"{base_url}/naskah/{naskah_id}/diff?dari=1&ke=3")
    assert not drv.find_elements(By.CSS_SELECTOR, "section.diff-bagian ins, section.diff-bagian del"), \
        "version 3 (restored) should equal version 1"


def test_scenario_b_naskah(driver, base_url, screenshot):
    t0 = time.monotonic()
    log_in(driver, base_url, "admin.kukar")
    naskah_id = start_kb(driver, base_url)
    check_draft(driver, base_url, naskah_id, screenshot)
    share(driver, base_url, naskah_id)
    log_out(driver)

    log_in(driver, base_url, "mitra.ppu", lands_on="/mitra")  # the partner's home is /mitra
    partner_comments(driver, base_url, naskah_id, screenshot)
    log_out(driver)

    log_in(driver, base_url, "admin.kukar")
    revise_diff_restore(driver, base_url, naskah_id, screenshot)
    log_out(driver)
    print(f"scenario B took {time.monotonic() - t0:.1f} s")
