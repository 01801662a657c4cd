#!/usr/bin/env bash
# Backup and restore round trip on PostgreSQL (issue 8.1): a seeded database with load data and two
# uploaded files is backed up with `jalin backup` (pg_dump + files + SHA-256 manifest, HMAC-signed with
# JALIN_BACKUP_KEY) and restored with `jalin restore` into a fresh database and a fresh data directory;
# then every table's rows (count and an md5 of all rows in a fixed order) and every file's SHA-256 must be
# identical. A restore with the wrong key must be refused before it touches the database. The database
# password reaches pg_dump/pg_restore through a 0600 .pgpass file, never their command line. Prints one line:
#   CADANGAN-PG tables=N rows=M files=K identical=yes
# Usage (as root, PostgreSQL via .ci/postgres.sh):  bash .ci/cadangan_pg.sh [JALIN_BINARY]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN="${1:-.build/debug/jalin}"
SRC_URL=$(.ci/postgres.sh --fresh jalin_cadangan_asal)
DST_URL=$(.ci/postgres.sh --fresh jalin_cadangan_pulih)
KERJA=$(mktemp -d -t jalin-cadangan-pg.XXXXXX)
trap 'rm -rf "$KERJA"' EXIT
mkdir -p "$KERJA/asal" "$KERJA/pulih"

echo "-- seed + load data into $SRC_URL"
env DATABASE_URL="$SRC_URL" JALIN_DATA_DIR="$KERJA/asal" JALIN_DEMO=1 JALIN_BCRYPT_COST=4 "$BIN" generate-load-data \
  --pemda 1 --pengguna 20 --usulan 300 --kerja-sama 200 --kewajiban 300 --periode-monev 2 --naskah 30 \
  >"$KERJA/generate.log" 2>&1 || { tail -n 30 "$KERJA/generate.log"; exit 1; }
# Two uploaded files, stored content-addressed as the app stores them (berkas/<aa>/<sha256>).
for isi in "%PDF-1.4 cadangan uji satu" "%PDF-1.4 cadangan uji dua"; do
  sha=$(printf '%s' "$isi" | sha256sum | cut -d' ' -f1)
  mkdir -p "$KERJA/asal/berkas/${sha:0:2}"
  printf '%s' "$isi" >"$KERJA/asal/berkas/${sha:0:2}/$sha"
done

KUNCI=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
echo "-- jalin backup"
env DATABASE_URL="$SRC_URL" JALIN_DATA_DIR="$KERJA/asal" JALIN_BACKUP_KEY="$KUNCI" "$BIN" backup "$KERJA/cadangan.zip" >"$KERJA/backup.log" 2>&1 \
  || { cat "$KERJA/backup.log"; exit 1; }
echo "-- jalin restore with a wrong key: refused, nothing restored"
if env DATABASE_URL="$DST_URL" JALIN_DATA_DIR="$KERJA/salah" JALIN_BACKUP_KEY="${KUNCI}x" "$BIN" restore "$KERJA/cadangan.zip" \
    >"$KERJA/restore-salah.log" 2>&1; then
  echo "a restore with the wrong JALIN_BACKUP_KEY was accepted"; cat "$KERJA/restore-salah.log"; exit 1
fi
grep -q "HMAC manifes tidak cocok" "$KERJA/restore-salah.log" || { cat "$KERJA/restore-salah.log"; exit 1; }
[ "$(psql "$DST_URL" -Atqc "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")" = 0 ] \
  || { echo "the refused restore wrote into the database"; exit 1; }
[ -z "$(find "$KERJA/salah" -type f 2>/dev/null)" ] || { echo "the refused restore wrote into the data directory"; exit 1; }
echo "-- jalin restore into an empty database and data directory"
env DATABASE_URL="$DST_URL" JALIN_DATA_DIR="$KERJA/pulih" JALIN_BACKUP_KEY="$KUNCI" "$BIN" restore "$KERJA/cadangan.zip" >"$KERJA/restore.log" 2>&1 \
  || { cat "$KERJA/restore.log"; exit 1; }
grep -q "HMAC manifes cocok" "$KERJA/restore.log" || { cat "$KERJA/restore.log"; exit 1; }

# Every table of the public schema: rows and an md5 of the rows' text in a fixed order.
sidik() {
  local url="$1"
  psql "$url" -Atqc "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1" |
  while read -r t; do
    psql "$url" -Atqc "SELECT '$t', count(*), coalesce(md5(string_agg(x::text, E'\\n' ORDER BY x::text)), '-') FROM \"$t\" x"
  done
}
sidik "$SRC_URL" >"$KERJA/asal.txt"
sidik "$DST_URL" >"$KERJA/pulih.txt"
(cd "$KERJA/asal/berkas" && find . -type f -print0 | sort -z | xargs -0 sha256sum) >"$KERJA/berkas-asal.txt"
(cd "$KERJA/pulih/berkas" && find . -type f -print0 | sort -z | xargs -0 sha256sum) >"$KERJA/berkas-pulih.txt"

tabel=$(wc -l <"$KERJA/asal.txt")
baris=$(awk -F'|' '{s += $2} END {print s}' "$KERJA/asal.txt")
berkas=$(wc -l <"$KERJA/berkas-asal.txt")
if diff -u "$KERJA/asal.txt" "$KERJA/pulih.txt" && diff -u "$KERJA/berkas-asal.txt" "$KERJA/berkas-pulih.txt"; then
  [ "$tabel" -gt 10 ] && [ "$baris" -gt 1000 ] && [ "$berkas" -ge 2 ] || { echo "too little data to prove anything: $tabel tables, $baris rows, $berkas files"; exit 1; }
  echo "CADANGAN-PG tables=$tabel rows=$baris files=$berkas identical=yes"
else
  echo "CADANGAN-PG tables=$tabel rows=$baris files=$berkas identical=NO"
  exit 1
fi
