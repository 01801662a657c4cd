"""Scenario E.2: a desa/kecamatan operator on a slow, unreliable link loses nothing they typed.

The submission form keeps what was typed in the browser (localStorage, `static/isian-lokal.js`) until
the server has accepted it. Here the connection drops (Chromium's network emulation set offline) at the
moment the operator presses "Simpan draf"; when the link is back and the operator opens the form again,
the page offers the unsent text and restores it. The form itself needs no JavaScript (see
test_pemetaan.py, which submits with JavaScript disabled).
"""
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from browser import body_text, click, log_in, log_out, open_page, path_of, type_into, wait

JUDUL = f"Perahu klotok antar-desa Samboja (uji sambungan putus {int(time.time())})"


def test_isian_tidak_hilang_saat_sambungan_putus(driver, base_url, screenshot):
    log_in(driver, base_url, "operator.samboja")
    open_page(driver, f"{base_url}/pemetaan")
    rounds = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, 'a[href*="/pemetaan/periode/"]')]
    assert rounds, "operator.samboja sees no mapping round on /pemetaan"
    driver.get(rounds[0])
    new = driver.find_elements(By.CSS_SELECTOR, 'a[href$="/usulan/baru"]')
    assert new, "operator.samboja sees no 'Usulan baru' link"
    form_url = new[0].get_attribute("href")
    driver.get(form_url)
    wait(driver, EC.presence_of_element_located((By.ID, "judul")), "the submission form")
    type_into(driver, "judul", JUDUL)
    type_into(driver, "deskripsi", "Penyeberangan warga antar-desa di Samboja; diketik lalu sambungan putus.")

    # The link drops as the operator submits: the browser shows its own error page.
    driver.set_network_conditions(offline=True, latency=5, download_throughput=0, upload_throughput=0)
    try:
        buttons = driver.find_elements(By.CSS_SELECTOR, "#form-usulan button[type=submit]")
        assert buttons, "the submission form has no submit button"
        click(driver, buttons[0])
        time.sleep(2)
    finally:
        # Back online, on a slow link (about 256 kbit/s, 300 ms).
        driver.set_network_conditions(offline=False, latency=300, download_throughput=32 * 1024, upload_throughput=32 * 1024)

    driver.get(form_url)
    wait(driver, lambda d: "Ada isian yang belum terkirim" in body_text(d), "the offer to restore the unsent text")
    screenshot(driver, "isian-lokal-tawaran")
    assert driver.find_element(By.ID, "judul").get_property("value") != JUDUL, "the fresh form should start empty"
    restore = [b for b in driver.find_elements(By.TAG_NAME, "button") if b.text.strip() == "Pulihkan isian"]
    assert restore, "no 'Pulihkan isian' button"
    click(driver, restore[0])
    assert driver.find_element(By.ID, "judul").get_property("value") == JUDUL, "the typed title was not restored"
    assert "sambungan putus" in driver.find_element(By.ID, "deskripsi").get_property("value")
    assert path_of(driver).endswith("/usulan/baru")


def _drafts(driver) -> list[str]:
    return driver.execute_script(
        "var k = []; for (var i = 0; i < localStorage.length; i++) { k.push(localStorage.key(i)); }"
        " return k.filter(function (x) { return x.indexOf('jalin-isian:') === 0; });")


def _user_key(driver) -> str:
    return driver.find_element(By.TAG_NAME, "body").get_attribute("data-pengguna") or ""


def test_draf_per_pengguna_dan_dibuang_saat_keluar(driver, base_url):
    """Issue #16 item 19: on a shared training PC the next person never sees the previous one's draft."""
    log_in(driver, base_url, "operator.samboja")
    open_page(driver, f"{base_url}/pemetaan")
    rounds = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, 'a[href*="/pemetaan/periode/"]')]
    assert rounds, "operator.samboja sees no mapping round on /pemetaan"
    driver.get(rounds[0])
    form_url = driver.find_elements(By.CSS_SELECTOR, 'a[href$="/usulan/baru"]')[0].get_attribute("href")
    driver.get(form_url)
    wait(driver, EC.presence_of_element_located((By.ID, "judul")), "the submission form")
    key = _user_key(driver)
    assert key and "samboja" not in key, f"the per-user key should be opaque, is {key!r}"
    type_into(driver, "judul", "Draf di PC bersama (uji)")
    drafts = _drafts(driver)
    assert drafts and all(d.startswith(f"jalin-isian:{key}:") for d in drafts), drafts

    # The session ends without "Keluar" (it expires); the next person logs in on the same browser.
    driver.delete_all_cookies()
    log_in(driver, base_url, "operator.karyajaya")
    assert _user_key(driver) not in ("", key)
    driver.get(form_url)
    time.sleep(1)
    assert "Ada isian yang belum terkirim" not in body_text(driver), "the next user is offered the previous user's draft"
    fields = driver.find_elements(By.ID, "judul")
    assert not fields or "Draf di PC bersama" not in fields[0].get_property("value")

    # The draft is still its author's when he comes back; "Keluar" then drops it from the browser.
    driver.delete_all_cookies()
    log_in(driver, base_url, "operator.samboja")
    driver.get(form_url)
    wait(driver, lambda d: "Ada isian yang belum terkirim" in body_text(d), "the author's own draft offered again")
    log_out(driver)
    assert _drafts(driver) == [], "drafts survive logging out"
