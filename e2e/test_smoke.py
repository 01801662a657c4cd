"""Smoke test of the Jalin web UI in a real browser: log in, see the Beranda, log out.

Contract with the server:
- GET /masuk shows <form method="post" action="/masuk"> with inputs #username (name=username),
  #password (name=password), a hidden _csrf input and a submit button #tombol-masuk.
- The demo admin admin.kukar / DemoJalin#2026 lands on /beranda: <h1> contains "Beranda", the page
  has a <nav> and the text "Kabupaten Kutai Kartanegara".
- #tombol-keluar inside <form method="post" action="/keluar"> logs out, back to /masuk with
  "Anda telah keluar".
- A wrong password stays on /masuk with "Nama pengguna atau kata sandi salah".
- /beranda while logged out redirects to /masuk.
- All of it works with JavaScript disabled.
"""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from browser import body_text, path_of, submit

DEMO_USER = "admin.kukar"
DEMO_PASSWORD = "DemoJalin#2026"
WAIT_S = 15


# --- helpers ---------------------------------------------------------------------------------
# Logging in and out stay here (not browser.py's): they check the contract above. Waiting for the next
# page after a click is browser.submit's.

def wait_for_path(drv: WebDriver, path: str) -> None:
    try:
        WebDriverWait(drv, WAIT_S).until(lambda d: path_of(d) == path)
    except Exception:
        raise AssertionError(f"expected to reach {path}, browser is at {drv.current_url}") from None


def login_form(drv: WebDriver, base_url: str) -> WebElement:
    """Open /masuk and check the login form against the contract; return the form."""
    drv.get(f"{base_url}/masuk")
    assert path_of(drv) == "/masuk", f"GET /masuk ended at {drv.current_url}"
    forms = drv.find_elements(By.CSS_SELECTOR, 'form[action="/masuk"]')
    assert len(forms) == 1, f"expected one <form action=\"/masuk\">, found {len(forms)}"
    form = forms[0]
    assert (form.get_dom_attribute("method") or "").lower() == "post", "login form must POST"

    user = form.find_element(By.ID, "username")
    assert user.get_dom_attribute("name") == "username"
    password = form.find_element(By.ID, "password")
    assert password.get_dom_attribute("name") == "password"
    assert (password.get_dom_attribute("type") or "").lower() == "password", "password must be masked"

    csrf = form.find_elements(By.CSS_SELECTOR, 'input[type="hidden"][name="_csrf"]')
    assert len(csrf) == 1, "login form needs exactly one hidden _csrf input"
    assert csrf[0].get_dom_attribute("value"), "the _csrf input is empty"

    button = form.find_element(By.ID, "tombol-masuk")
    assert (button.get_dom_attribute("type") or "submit").lower() == "submit"
    return form


def log_in(drv: WebDriver, base_url: str, username: str, password: str) -> None:
    form = login_form(drv, base_url)
    form.find_element(By.ID, "username").send_keys(username)
    form.find_element(By.ID, "password").send_keys(password)
    submit(drv, form.find_element(By.ID, "tombol-masuk"), "the page after logging in")


def check_beranda(drv: WebDriver) -> None:
    wait_for_path(drv, "/beranda")
    h1 = drv.find_element(By.TAG_NAME, "h1").text
    assert "Beranda" in h1, f"<h1> should contain 'Beranda', is {h1!r}"
    assert drv.find_elements(By.TAG_NAME, "nav"), "the Beranda page has no <nav>"
    assert "Kabupaten Kutai Kartanegara" in body_text(drv)


def log_out(drv: WebDriver) -> None:
    forms = drv.find_elements(By.CSS_SELECTOR, 'form[action="/keluar"]')
    assert len(forms) >= 1, 'no <form action="/keluar"> on the page'
    button = None
    for form in forms:
        found = form.find_elements(By.ID, "tombol-keluar")
        if found:
            assert (form.get_dom_attribute("method") or "").lower() == "post", "logout must POST"
            button = found[0]
            break
    assert button is not None, '#tombol-keluar is not inside <form action="/keluar">'
    submit(drv, button, "the page after logging out")
    wait_for_path(drv, "/masuk")
    assert "Anda telah keluar" in body_text(drv)


def assert_logged_out(drv: WebDriver, base_url: str) -> None:
    drv.get(f"{base_url}/beranda")
    wait_for_path(drv, "/masuk")


def login_logout_flow(drv: WebDriver, base_url: str, screenshot, suffix: str = "") -> None:
    login_form(drv, base_url)
    screenshot(drv, f"masuk{suffix}")
    log_in(drv, base_url, DEMO_USER, DEMO_PASSWORD)
    check_beranda(drv)
    screenshot(drv, f"beranda{suffix}")
    log_out(drv)
    screenshot(drv, f"keluar{suffix}")
    # The session is really gone, not just the page changed.
    assert_logged_out(drv, base_url)


# --- tests -----------------------------------------------------------------------------------

def test_login_beranda_logout(driver, base_url, screenshot):
    login_logout_flow(driver, base_url, screenshot)


def test_wrong_password_stays_on_masuk(driver, base_url, screenshot):
    log_in(driver, base_url, DEMO_USER, "bukan-sandinya")
    WebDriverWait(driver, WAIT_S).until(
        lambda d: "Nama pengguna atau kata sandi salah" in body_text(d)
    )
    assert path_of(driver) == "/masuk", f"a failed login should stay on /masuk, is at {driver.current_url}"
    screenshot(driver, "masuk-salah")
    # The form is shown again, ready for another try, and nobody is logged in.
    login_form(driver, base_url)
    assert_logged_out(driver, base_url)


def test_beranda_requires_login(driver, base_url):
    assert_logged_out(driver, base_url)
    assert driver.find_elements(By.ID, "tombol-masuk"), "the redirect should show the login form"


def test_login_logout_without_javascript(driver_nojs, base_url, screenshot):
    login_logout_flow(driver_nojs, base_url, screenshot, suffix="-tanpa-js")
