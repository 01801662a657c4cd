"""Browser helpers shared by the scenario tests (Selenium, headless Chromium from conftest.py)."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import requests
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

WAIT_S = 30  # generous: CI shares two cores with the Swift build
# The server's "today" is WITA (UTC+8); dates are computed there so that they never fall in its future.
WITA = dt.timezone(dt.timedelta(hours=8))
PASSWORD = "DemoJalin#2026"  # every demo account's
ARTIFACTS = Path(os.environ.get("JALIN_ARTIFACTS", Path(__file__).resolve().parent / "artifacts"))
UUID_RE = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"


def today() -> dt.date:
    return dt.datetime.now(WITA).date()


def path_of(drv: WebDriver) -> str:
    return urlparse(drv.current_url).path


def query_of(drv: WebDriver) -> dict[str, list[str]]:
    return parse_qs(urlparse(drv.current_url).query)


def body_text(drv: WebDriver) -> str:
    return drv.find_element(By.TAG_NAME, "body").text


def wait(drv: WebDriver, cond, what: str):
    try:
        return WebDriverWait(drv, WAIT_S).until(cond)
    except TimeoutException:
        raise AssertionError(f"timed out after {WAIT_S} s waiting for {what}; browser is at {drv.current_url}") from None


def scroll_to(drv: WebDriver, el: WebElement) -> WebElement:
    drv.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
    return el


def click(drv: WebDriver, el: WebElement) -> None:
    scroll_to(drv, el).click()


def type_into(drv: WebDriver, el_id: str, text: str) -> None:
    el = scroll_to(drv, drv.find_element(By.ID, el_id))
    el.clear()
    el.send_keys(text)


def tick(drv: WebDriver, el: WebElement, on: bool = True) -> None:
    if el.is_selected() != on:
        click(drv, el)
    assert el.is_selected() == on


def docx_text(d) -> str:
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def id_from_url(drv: WebDriver, prefix: str) -> str:
    """The UUID after `prefix` in the current path, e.g. prefix="/pemetaan/usulan/"."""
    m = re.match(re.escape(prefix) + f"({UUID_RE})(?:/|$)", path_of(drv))
    assert m, f"expected a URL {prefix}<id>, browser is at {drv.current_url}"
    return m.group(1)


def submit(drv: WebDriver, button: WebElement, what: str = "the form's response page") -> None:
    """Click a submit button (or a link) and wait until the browser has loaded the next page.

    A new document has a new <html> element (WebDriver element ids name their document). This
    does not poll the old element (EC.staleness_of), which ChromeDriver may answer, while the
    page is being swapped, with errors other than "stale element". `what` names the awaited page
    in the timeout message.
    """
    old_id = drv.find_element(By.TAG_NAME, "html").id
    click(drv, button)

    def next_page_loaded(d: WebDriver) -> bool:
        try:
            return (d.find_element(By.TAG_NAME, "html").id != old_id
                    and d.execute_script("return document.readyState") == "complete")
        except WebDriverException:  # between two documents
            return False

    wait(drv, next_page_loaded, what)


def set_date(drv: WebDriver, el_id: str, value: dt.date) -> None:
    """Typing into <input type=date> depends on the browser's locale; set the value the form posts."""
    el = drv.find_element(By.ID, el_id)
    drv.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        el, value.isoformat(),
    )
    assert el.get_property("value") == value.isoformat(), f"#{el_id} did not take {value}"


def log_in(drv: WebDriver, base_url: str, username: str, lands_on: str | tuple[str, ...] = "/beranda",
           password: str = PASSWORD) -> None:
    """Log in through the form of /masuk; the next page must be lands_on (or one of them)."""
    drv.get(f"{base_url}/masuk")
    wait(drv, EC.presence_of_element_located((By.ID, "tombol-masuk")), "the login form")
    drv.find_element(By.ID, "username").send_keys(username)
    drv.find_element(By.ID, "password").send_keys(password)
    submit(drv, drv.find_element(By.ID, "tombol-masuk"), f"the page after logging in as {username}")
    landings = (lands_on,) if isinstance(lands_on, str) else lands_on
    assert path_of(drv) in landings, (
        f"{username} should land on {' or '.join(landings)}, is at {drv.current_url}")


def log_out(drv: WebDriver) -> None:
    submit(drv, drv.find_element(By.ID, "tombol-keluar"))
    assert path_of(drv) == "/masuk", f"logging out should end on /masuk, is at {drv.current_url}"


class As:
    """`with As(driver, base_url, "admin.kukar"):` logs in through the form and out afterwards."""

    def __init__(self, drv: WebDriver, base_url: str, username: str,
                 lands_on: str | tuple[str, ...] = "/beranda"):
        self.drv, self.base_url, self.username, self.lands_on = drv, base_url, username, lands_on

    def __enter__(self):
        log_in(self.drv, self.base_url, self.username, self.lands_on)
        return self.drv

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            log_out(self.drv)
        return False


def open_page(drv: WebDriver, url: str) -> None:
    """GET url; the browser must end at the same path, on a page with an <h1>."""
    drv.get(url)
    assert path_of(drv) == urlparse(url).path, f"GET {url} ended at {drv.current_url}"
    assert drv.find_elements(By.TAG_NAME, "h1"), f"{url} has no <h1>:\n{body_text(drv)[:500]}"


def full_page_screenshot(drv: WebDriver, screenshot, name: str, max_height: int = 7000) -> Path:
    """Screenshot the whole page: grow the window to the document's height, shoot, restore."""
    size = drv.get_window_size()
    height = drv.execute_script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
    drv.set_window_size(size["width"], min(max(int(height) + 120, size["height"]), max_height))
    try:
        drv.execute_script("window.scrollTo(0, 0)")
        return screenshot(drv, name)
    finally:
        drv.set_window_size(size["width"], size["height"])


def session_from(drv: WebDriver) -> requests.Session:
    """A requests session carrying the browser's cookies (the login session)."""
    s = requests.Session()
    for c in drv.get_cookies():
        s.cookies.set(c["name"], c["value"], path=c.get("path", "/"))
    return s


def download(s: requests.Session, url: str, content_type: str, name: str) -> bytes:
    """GET an attachment of content_type with the session; save it as ARTIFACTS/name."""
    r = s.get(url, timeout=60, allow_redirects=False)
    assert r.status_code == 200, f"GET {url}: HTTP {r.status_code} {r.headers.get('location', '')}"
    assert r.headers.get("content-type", "").startswith(content_type), (
        f"GET {url}: content-type {r.headers.get('content-type')!r}, expected {content_type}")
    assert "attachment" in r.headers.get("content-disposition", ""), f"GET {url} is not an attachment"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / name).write_bytes(r.content)
    print(f"saved {ARTIFACTS / name} ({len(r.content)} bytes)")
    return r.content


def flash(drv: WebDriver) -> str:
    """The flash message (p.kilat.info[role=status]) at the top of the page, or ''."""
    els = drv.find_elements(By.CSS_SELECTOR, 'p.kilat[role="status"]')
    return els[0].text.strip() if els else ""


def alert(drv: WebDriver) -> str:
    """The error banner (p.kilat.galat[role=alert]) of the page, or ''."""
    els = drv.find_elements(By.CSS_SELECTOR, '.kilat.galat[role="alert"]')
    return " ".join(e.text.strip() for e in els)
