#!/usr/bin/env python3
"""Cross-check Jalin's Terbilang (Swift) against the independent PyPI package num2words.

Reads lines "n<TAB>words" on stdin (produced by the Swift test "BahasaTerbilangProdusen", which runs
only when JALIN_TERBILANG_OUT is set), compares each with num2words(n, lang='id'), prints every
mismatch and a summary line "N passed, M failed", and exits non-zero on any mismatch, on malformed
input, or when no lines were read.

    python3 -m venv /tmp/venv-terbilang
    /tmp/venv-terbilang/bin/pip install 'num2words==0.5.14'
    JALIN_TERBILANG_OUT=/tmp/terbilang.tsv swift test --filter BahasaTerbilangProdusen
    /tmp/venv-terbilang/bin/python Tests/terbilang_check.py < /tmp/terbilang.tsv

num2words (checked with 0.5.14) differs from formal Indonesian (KBBI / PUEBI) on three documented
conventions. Jalin keeps the correct form; the reference output is normalised here instead:

1. "seribu" after larger groups. num2words writes "seribu" only when the whole number is below one
   million; in larger numbers a thousands group of exactly 1 comes out as "satu ribu"
   (1_001_000 -> "satu juta satu ribu"). Formal Indonesian uses "seribu" for 1000 wherever it stands:
   "satu juta seribu". "satu ribu" remains correct after another digit word, e.g. 21_000
   "dua puluh satu ribu" and 101_000 "seratus satu ribu", so only a group that *starts* with
   "satu ribu" (at the beginning or right after a scale word) is rewritten.
2. 10^18 is "kuintiliun" (KBBI); num2words spells it "kuantiliun".
3. Negative numbers: num2words prefixes "min" (the arithmetic operator, "sepuluh min dua"); for a
   negative quantity Jalin writes "minus" (KBBI: "minus ... kurang dari nol").
"""

import re
import sys

try:
    from num2words import num2words
except ImportError:  # pragma: no cover - setup problem, not a mismatch
    sys.stderr.write("num2words is not installed: pip install 'num2words==0.5.14'\n")
    sys.exit(2)

# A thousands group equal to 1, at the start (after an optional "minus") or directly after a scale
# word; see 1. above. "dua puluh satu ribu" does not match because "puluh" is not a scale word.
SATU_RIBU = re.compile(r"(^|^minus |\b(?:juta|miliar|triliun|kuadriliun|kuintiliun) )satu ribu\b")


def referensi(n: int) -> str:
    """num2words' Indonesian words for n, normalised to the formal conventions documented above."""
    kata = num2words(n, lang="id")
    kata = " ".join(kata.split())  # defensive: compare word sequences, not whitespace runs
    kata = re.sub(r"\bkuantiliun\b", "kuintiliun", kata)        # 2.
    if kata.startswith("min "):                                  # 3.
        kata = "minus " + kata[len("min "):]
    kata = SATU_RIBU.sub(r"\1seribu", kata)                       # 1.
    return kata


def main() -> int:
    lulus = 0
    gagal = 0
    for nomor, baris in enumerate(sys.stdin, start=1):
        baris = baris.rstrip("\n").rstrip("\r")
        if not baris:
            continue
        bagian = baris.split("\t")
        if len(bagian) != 2 or not re.fullmatch(r"-?\d+", bagian[0]):
            print(f"line {nomor}: malformed input {baris!r}")
            gagal += 1
            continue
        n = int(bagian[0])
        kata = bagian[1]
        # Our output must itself be clean: lowercase, single spaces, no edge spaces.
        if kata != " ".join(kata.split()) or kata != kata.lower():
            print(f"{n}: badly spaced or cased output {kata!r}")
            gagal += 1
            continue
        harapan = referensi(n)
        if kata == harapan:
            lulus += 1
        else:
            gagal += 1
            print(f"{n}: jalin {kata!r} != num2words {harapan!r} (raw {num2words(n, lang='id')!r})")
    try:
        from importlib.metadata import version
        versi = version("num2words")
    except Exception:  # pragma: no cover - informational only
        versi = "?"
    print(f"{lulus} passed, {gagal} failed (num2words {versi})")
    if lulus + gagal == 0:
        print("no input lines read")
        return 1
    return 1 if gagal else 0


if __name__ == "__main__":
    sys.exit(main())
