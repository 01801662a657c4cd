#!/usr/bin/env bash
# pandoc baseline for the "DOCX PKS 20 Pasal dari model naskah" benchmark of jalin-bench.
#
# Converts the same 20-Pasal PKS — exported from the naskah model as Markdown by
# `swift run -c release jalin-bench --markdown FILE` — to DOCX with pandoc 20 times (after one
# warm-up run) and prints the median and the best time in milliseconds. Compare with the median of
# "DOCX PKS 20 Pasal dari model naskah" in the jalin-bench table (Jalin should be ≥ 20× faster).
#
# Usage (from the repository root or from Benchmarks/):
#   bash Benchmarks/pandoc.sh            # writes Benchmarks/results/pks-20-pasal.md if missing
#   bash Benchmarks/pandoc.sh FILE.md    # any Markdown file
# Needs: pandoc (Debian: apt-get install -y pandoc); swift, to export the Markdown the first time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v pandoc >/dev/null || { echo "pandoc tidak terpasang: apt-get install -y pandoc" >&2; exit 1; }
MD="${1:-results/pks-20-pasal.md}"
if [ ! -s "$MD" ]; then
  mkdir -p "$(dirname "$MD")"
  swift run -c release jalin-bench --markdown "$MD"
fi
KERJA=$(mktemp -d -t jalin-pandoc.XXXXXX)
trap 'rm -rf "$KERJA"' EXIT
pandoc -f markdown -t docx -o "$KERJA/pemanasan.docx" "$MD"
for i in $(seq 1 20); do
  t0=$(date +%s%N)
  pandoc -f markdown -t docx -o "$KERJA/pks-$i.docx" "$MD"
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000 ))
done | sort -n > "$KERJA/waktu"
awk -v versi="$(pandoc --version | head -1)" -v md="$MD" -v ukuran="$(wc -c < "$KERJA/pks-20.docx")" '
  { t[NR] = $1 }
  END {
    median = (t[10] + t[11]) / 2 / 1000
    printf "pandoc (%s): %s → DOCX, 20 kali: median %.1f ms, terbaik %.1f ms, DOCX %d bita\n", versi, md, median, t[1] / 1000, ukuran
  }' "$KERJA/waktu"
