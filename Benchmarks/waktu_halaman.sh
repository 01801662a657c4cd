#!/usr/bin/env bash
# Server time (the Server-Timing header) of one page for a logged-in demo user: a warm-up request,
# then N requests; prints min/median/p95/max in ms.
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
  curl -fsS -o /dev/null -D - -b "$JAR" "$BASE$PATH_" | tr -d '\r' | sed -n 's/^[Ss]erver-[Tt]iming: app;dur=//p'
done | sort -n | awk -v p="$PATH_" '{a[NR]=$1} END {
  if (NR == 0) { print "no Server-Timing header (not logged in?)"; exit 1 }
  printf "%s: n=%d min=%.1f ms median=%.1f ms p95=%.1f ms max=%.1f ms (server time)\n", p, NR, a[1], a[int((NR+1)/2)], a[int(NR*0.95+0.999)], a[NR] }'
