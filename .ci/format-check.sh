#!/usr/bin/env bash
# swift-format check (the toolchain's `swift format`, configuration in .swift-format): every Swift file that
# changed since the commit that adopted the format (.ci/format-dasar holds it) must be formatted, so the
# tree converges without a flag day for work in flight. Formatting a file: `swift format -i FILE`.
#
#   bash .ci/format-check.sh            check the changed files; exit 1 and list them when one is not formatted
#   bash .ci/format-check.sh --semua    check every Swift file of Sources/, Tests/ and Benchmarks/Sources/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! swift format --version >/dev/null 2>&1; then
  echo "format-check: swift format is not in this toolchain; skipped"; exit 0
fi

if [ "${1:-}" = "--semua" ]; then
  mapfile -t files < <(git ls-files 'Sources/*.swift' 'Tests/*.swift' 'Benchmarks/Sources/*.swift')
else
  dasar=$(tr -d '[:space:]' < .ci/format-dasar)
  if ! git cat-file -e "$dasar^{commit}" 2>/dev/null; then
    echo "format-check: base commit $dasar not in this clone (shallow?); checking every file"
    mapfile -t files < <(git ls-files 'Sources/*.swift' 'Tests/*.swift' 'Benchmarks/Sources/*.swift')
  else
    mapfile -t files < <(git diff --name-only --diff-filter=ACMR "$dasar" -- 'Sources/*.swift' 'Tests/*.swift' 'Benchmarks/Sources/*.swift')
  fi
fi
if [ "${#files[@]}" = 0 ]; then
  echo "format-check: no Swift file changed since the format was adopted"; exit 0
fi
bad=()
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  if ! swift format lint --strict --configuration .swift-format "$f" >/dev/null 2>&1; then bad+=("$f"); fi
done
echo "format-check: ${#files[@]} file(s) checked, ${#bad[@]} not formatted"
if [ "${#bad[@]}" -gt 0 ]; then
  printf '  %s\n' "${bad[@]}"
  echo "format them with: swift format -i --configuration .swift-format FILE..."
  exit 1
fi
