#!/usr/bin/env bash
# Server time (the Server-Timing header) of one page for a logged-in demo user: a warm-up request,
# then N requests; prints min/median/p95/max in ms, and the median of the part spent rendering (Leaf).
#   Benchmarks/waktu_halaman.sh BASE_URL USER PATH [N]
# e.g. Benchmarks/waktu_halaman.sh http://127.0.0.1:8080 pimpinan.kukar /monev/dasbor 30
set -euo pipefail
BASE="$1"; USER="$2"; PATH_="$3"; N="${4:-30}"
JAR=$(mktemp); trap 'rm -f "$JAR"' EXIT
csrf=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/masuk" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n1)
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "_csrf=$csrf" --data-urlencode "username=$USER" \
  --data-urlencode "password=${JALIN_DEMO_PASSWORD:-DemoJalin#2026}" --data-urlencode "lanjut=/" "$BASE/masuk"
curl -fsS -o /dev/null -b "$JAR" "$BASE$PATH_"
for _ in $(seq 1 "$N"); do
  # "app;dur=12.34, render;dur=5.67" → "12.34 5.67" (render is absent on JSON and file responses)
  curl -fsS -o /dev/null -D - -b "$JAR" "$BASE$PATH_" | tr -d '\r' \
    | sed -n 's/^[Ss]erver-[Tt]iming: app;dur=\([0-9.]*\)\(, render;dur=\([0-9.]*\)\)\{0,1\}.*/\1 \3/p'
done | sort -n | awk -v p="$PATH_" '{a[NR]=$1; if ($2 != "") r[++nr]=$2} END {
  if (NR == 0) { print "no Server-Timing header (not logged in?)"; exit 1 }
  n = nr
  for (i = 2; i <= n; i++) { v = r[i]; j = i - 1; while (j > 0 && r[j] > v) { r[j+1] = r[j]; j-- } r[j+1] = v }
  printf "%s: n=%d min=%.1f ms median=%.1f ms p95=%.1f ms max=%.1f ms (server time)", p, NR, a[1], a[int((NR+1)/2)], a[int(NR*0.95+0.999)], a[NR]
  if (n > 0) printf "; rendering median %.1f ms", r[int((n+1)/2)]
  printf "\n" }'
