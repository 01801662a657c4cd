"""Browser helpers shared by the scenario tests (Selenium, headless Chromium from conftest.py)."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlparse

from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

WAIT_S = 30  # generous: CI shares two cores with the Swift build
WITA = dt.timezone(dt.timedelta(hours=8))  # the server's "today"


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
