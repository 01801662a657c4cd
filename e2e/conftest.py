"""Browser-test fixtures: Selenium driving Debian's headless Chromium.

Run against a running server:

    JALIN_URL=http://127.0.0.1:8089 .venv-ci/bin/pytest e2e/

Needs the Debian packages `chromium` and `chromium-driver` (no browser or driver is downloaded at
run time: both paths are given to Selenium explicitly). Screenshots go to e2e/artifacts/ (or
$JALIN_ARTIFACTS); when a test fails, a screenshot and the page source of each of its browsers are
saved there as FAILED-<test>[-<fixture>].png/.html.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Callable

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver

# Never let Selenium Manager try to download a browser or driver: this machine has no network
# beyond the package registries, and Debian's chromium/chromedriver are the ones we test with.
os.environ.setdefault("SE_OFFLINE", "true")

CHROMIUM = os.environ.get("JALIN_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("JALIN_CHROMEDRIVER", "/usr/bin/chromedriver")
ARTIFACTS = Path(os.environ.get("JALIN_ARTIFACTS", Path(__file__).resolve().parent / "artifacts"))

# Names of the fixtures below that hold a browser; used to screenshot them on failure.
_DRIVER_FIXTURES = ("driver", "driver_nojs")


def make_driver(*, javascript: bool = True) -> WebDriver:
    """A fresh headless Chromium (its own profile, so no cookies are shared between tests)."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.path.exists(path):
            pytest.fail(
                f"{path} not found: apt-get install -y --no-install-recommends chromium chromium-driver"
            )
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",  # Chromium refuses to start as root with its sandbox (CI runs as root)
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--lang=id-ID",
    ):
        options.add_argument(arg)
    prefs = {"intl.accept_languages": "id-ID,id"}
    if not javascript:
        # Block JavaScript on every site, as a browser with JS turned off would.
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    drv.set_page_load_timeout(30)
    return drv


@pytest.fixture
def driver():
    drv = make_driver(javascript=True)
    yield drv
    drv.quit()


@pytest.fixture
def driver_nojs():
    """A browser with JavaScript disabled; the fixture proves it is off before handing it over."""
    drv = make_driver(javascript=False)
    drv.get(
        "data:text/html,<p id='p'>js-mati</p>"
        "<script>document.getElementById('p').textContent='js-hidup'</script>"
    )
    state = drv.find_element("id", "p").text
    if state != "js-mati":
        drv.quit()
        pytest.fail(f"JavaScript should be disabled in this browser, page says {state!r}")
    yield drv
    drv.quit()


@pytest.fixture(scope="session")
def base_url() -> str:
    url = os.environ.get("JALIN_URL", "").rstrip("/")
    if not url:
        pytest.fail("set JALIN_URL to the running server, e.g. JALIN_URL=http://127.0.0.1:8089")
    return url


def save_screenshot(drv: WebDriver, name: str) -> Path:
    """Save a PNG of the browser's viewport as e2e/artifacts/<name>.png and return its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name)
    path = ARTIFACTS / (safe if safe.endswith(".png") else f"{safe}.png")
    if not drv.save_screenshot(str(path)):
        raise RuntimeError(f"screenshot {path} could not be written")
    print(f"screenshot: {path}")
    return path


@pytest.fixture
def screenshot() -> Callable[[WebDriver, str], Path]:
    """`screenshot(driver, "beranda")` -> e2e/artifacts/beranda.png"""
    return save_screenshot


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    for fixture in _DRIVER_FIXTURES:
        drv = item.funcargs.get(fixture) if hasattr(item, "funcargs") else None
        if drv is None:
            continue
        stem = f"FAILED-{item.name}" + ("" if fixture == "driver" else f"-{fixture}")
        try:
            png = save_screenshot(drv, stem)
            html = png.with_suffix(".html")
            html.write_text(drv.page_source, encoding="utf-8")
            report.sections.append(
                ("browser", f"url: {drv.current_url}\nscreenshot: {png}\npage source: {html}")
            )
        except Exception as exc:  # the browser may be the thing that broke
            report.sections.append(("browser", f"could not save failure artifacts: {exc!r}"))
