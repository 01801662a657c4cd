#!/usr/bin/env python3
"""Opens the DOCX/XLSX files Jalin writes the way users' tools do.

Usage: python3 Tests/ooxml_check.py [--no-pdf] [--out DIR] FILE_OR_DIR...

Each .docx is opened with python-docx (paragraph count and first heading printed), each .xlsx
with openpyxl (bold header row, freeze_panes == "A2", an autofilter, no formula and no cell text
starting with "=", which would mean user text became a formula). Then every file is converted
with LibreOffice (`soffice --headless --convert-to pdf`) and the PDF must exist, be non-empty and
hold text (`pdftotext`). Prints `N passed, M failed` last and exits 1 on any failure.

Needs: python-docx and openpyxl (pip, in a venv), and the Debian packages
libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation2
fonts-crosextra-carlito.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.etree import ElementTree

import docx
import openpyxl

passed = 0
failed = 0


def result(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"PASS {name}" + (f" — {detail}" if detail else ""))
    else:
        failed += 1
        print(f"FAIL {name}" + (f" — {detail}" if detail else ""))


def check_zip(path):
    """[Content_Types].xml first, every entry readable, every XML part well-formed."""
    try:
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            bad = z.testzip()
            broken = []
            for n in names:
                if n.endswith((".xml", ".rels")):
                    try:
                        ElementTree.fromstring(z.read(n))
                    except ElementTree.ParseError as e:
                        broken.append(f"{n}: {e}")
        ok = names[:1] == ["[Content_Types].xml"] and bad is None and not broken
        result(ok, f"{path}: zip", f"{len(names)} parts, first {names[:1]}" + (f", {broken}" if broken else ""))
        return ok
    except Exception as e:  # noqa: BLE001 - report any failure to open
        result(False, f"{path}: zip", repr(e))
        return False


def check_docx(path):
    try:
        d = docx.Document(path)
        paras = d.paragraphs
        headings = [p for p in paras if p.style is not None and p.style.name.startswith("Heading")]
        first = headings[0].text.replace("\n", " / ") if headings else None
        cells_ok = all(len(c.paragraphs) >= 1 for t in d.tables for r in t.rows for c in r.cells)
        print(f"  python-docx: {len(paras)} paragraphs, {len(d.tables)} tables, "
              f"{len(headings)} headings, first heading: {first!r}")
        result(len(paras) > 0 and cells_ok, f"{path}: python-docx",
               f"{len(paras)} paragraphs, first heading {first!r}")
    except Exception as e:  # noqa: BLE001
        result(False, f"{path}: python-docx", repr(e))


def check_xlsx(path):
    try:
        wb = openpyxl.load_workbook(path)
    except Exception as e:  # noqa: BLE001
        result(False, f"{path}: openpyxl", repr(e))
        return
    for ws in wb.worksheets:
        name = f"{path}[{ws.title}]"
        header = [c for c in ws[1] if c.value is not None]
        header_ok = len(header) > 0 and all(c.font is not None and c.font.b for c in header)
        formulas = [c.coordinate for row in ws.iter_rows() for c in row
                    if c.data_type == "f" or (isinstance(c.value, str) and c.value.startswith("="))]
        print(f"  openpyxl: sheet {ws.title!r}: {ws.max_row} rows × {ws.max_column} columns, "
              f"header {[c.value for c in header][:6]}, freeze {ws.freeze_panes}, filter {ws.auto_filter.ref}")
        result(header_ok, f"{name}: bold header row")
        result(ws.freeze_panes == "A2", f"{name}: freeze_panes == A2", str(ws.freeze_panes))
        result(bool(ws.auto_filter.ref), f"{name}: autofilter", str(ws.auto_filter.ref))
        result(not formulas, f"{name}: no formula from user text", ", ".join(formulas[:5]))


def check_pdf(paths, out):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        result(False, "LibreOffice", "soffice not found")
        return
    stems = [os.path.splitext(os.path.basename(p))[0] for p in paths]
    with tempfile.TemporaryDirectory(prefix="ooxml-lo-") as profile:
        for path, stem in zip(paths, stems):
            # a.docx and a.xlsx would both become a.pdf: give such files a folder per extension.
            target = out if stems.count(stem) == 1 else os.path.join(out, os.path.splitext(path)[1][1:])
            os.makedirs(target, exist_ok=True)
            pdf = os.path.join(target, stem + ".pdf")
            if os.path.exists(pdf):
                os.remove(pdf)  # never count a PDF left by an earlier run
            cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", target, path]
            try:
                run = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
            except subprocess.TimeoutExpired:
                result(False, f"{path}: LibreOffice PDF", "timed out")
                continue
            size = os.path.getsize(pdf) if os.path.exists(pdf) else 0
            if size == 0:
                result(False, f"{path}: LibreOffice PDF", (run.stdout + run.stderr).strip()[-300:])
                continue
            text = ""
            if shutil.which("pdftotext"):
                text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                                      text=True).stdout
            pages = text.count("\f") or 1
            result(len(text.strip()) > 0, f"{path}: LibreOffice PDF",
                   f"{pdf}, {size} bytes, ~{pages} pages, {len(text.split())} words")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help=".docx/.xlsx files or folders holding them")
    ap.add_argument("--out", help="folder for the PDFs (default: a temporary folder)")
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice conversion")
    args = ap.parse_args()

    files = []
    for p in args.paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith((".docx", ".xlsx")))
        else:
            files.append(p)
    if not files:
        result(False, "input", "no .docx or .xlsx files given")
    convertible = []
    for f in files:
        if check_zip(f):
            convertible.append(f)
        if f.endswith(".docx"):
            check_docx(f)
        elif f.endswith(".xlsx"):
            check_xlsx(f)
        else:
            result(False, f, "not a .docx or .xlsx")
    if convertible and not args.no_pdf:
        out = args.out or tempfile.mkdtemp(prefix="ooxml-pdf-")
        check_pdf(convertible, out)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed or not passed else 0)


if __name__ == "__main__":
    main()
