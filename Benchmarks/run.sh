#!/usr/bin/env bash
# Server benchmark of Jalin in one command: load data, cold start, wrk at 1/16/64 connections against
# the main pages, the JSON list and the public page, the sqlite3-shell and nginx floors, peak RSS —
# printed as one side-by-side table and written to Benchmarks/results/latest.{md,json}.
#
#   bash Benchmarks/run.sh [--ukuran kecil|nasional] [--detik N] [--postgres] [--bin PATH]
#
#   --ukuran    nasional (default: 552 pemda, 100k usulan, 20k kerja sama, 50k kewajiban, 10k naskah)
#               or kecil (30 pemda, 3,000 usulan, 1,000 kerja sama, 2,000 kewajiban, 300 naskah; CI)
#   --detik N   seconds per wrk run (default 10)
#   --postgres  repeat on PostgreSQL (a fresh database from `bash .ci/postgres.sh --fresh jalin_bench`)
#   --bin PATH  the jalin binary (default .build/release/jalin, built with
#               `swift build -c release --product jalin` when missing)
# Further options of the driver (--koneksi, --pemanasan, --wilayah, --simpan): python3
# Benchmarks/bandingkan.py --help.
#
# Installs wrk, sqlite3 and nginx with apt-get when missing (as root). Exits 0 when targets are missed
# (timings are never asserted), non-zero on real errors (server does not start, non-2xx responses…).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bin=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --bin) bin="${args[i + 1]:-}" ;;
    --bin=*) bin="${args[i]#--bin=}" ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
  esac
done

if [ -z "$bin" ]; then
  bin=.build/release/jalin
  if [ ! -x "$bin" ]; then
    echo "run.sh: $bin belum ada — swift build -c release --product jalin" >&2
    swift build -c release --product jalin
  fi
  args+=(--bin "$bin")
elif [ ! -x "$bin" ]; then
  echo "run.sh: biner $bin tidak ada" >&2
  exit 1
fi

# Tools: wrk is required; sqlite3 and nginx are floors (skipped visibly by the driver when absent).
kurang=()
for alat in wrk:wrk sqlite3:sqlite3 nginx:nginx; do
  command -v "${alat%%:*}" >/dev/null 2>&1 || kurang+=("${alat#*:}")
done
if [ ${#kurang[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "run.sh: memasang ${kurang[*]} (apt-get)" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${kurang[@]}" >&2
  else
    echo "run.sh: tidak terpasang: ${kurang[*]} (apt-get install -y ${kurang[*]})" >&2
  fi
fi
command -v wrk >/dev/null 2>&1 || { echo "run.sh: wrk wajib ada" >&2; exit 1; }

exec python3 Benchmarks/bandingkan.py "${args[@]}"
