# shellcheck shell=bash
# Reliability checks of Jalin, sourced by .ci/run:
#
#   source .ci/reliability-steps.sh
#   run_reliability_checks ROOT VENV ARTIFACTS PG_URL
#
#   ROOT       the repository (its .build/debug/jalin is run; JALIN_BINARY=PATH overrides)
#   VENV       a Python venv; .ci/requirements-reliability.txt is installed into it
#   ARTIFACTS  logs go to ARTIFACTS/reliability-*.log, the figures to ARTIFACTS/reliability-summary.txt,
#              the servers' logs to ARTIFACTS/reliability/<check>/ (data kept there only on failure)
#   PG_URL     a fresh PostgreSQL database for the load check, e.g. "$(.ci/postgres.sh --fresh jalin_load)"
#
# Runs all three checks even when one fails, then returns 1 if any failed:
#   1. .ci/crash_test.py on SQLite: SIGKILL in a burst of 1,200 concurrent creates and in the middle of
#      import-wilayah (about 1 min);
#   2. .ci/load_conflict.py on SQLite and 3. on PostgreSQL: 200 clients × 60 s editing 5 records with
#      optimistic locking (JALIN_LOAD_CLIENTS / JALIN_LOAD_SECONDS override; about 65 s each);
#   4. .ci/shutdown_test.py: SIGTERM under load, three times — a clean exit, no crash, no process left,
#      every acknowledged write kept (about 40 s).
run_reliability_checks() {
  local root="${1:?run_reliability_checks ROOT VENV ARTIFACTS PG_URL}" venv="${2:?VENV}" artifacts="${3:?ARTIFACTS}"
  local pg_url="${4:-}"
  local py="$venv/bin/python" binary="${JALIN_BINARY:-$root/.build/debug/jalin}"
  local clients="${JALIN_LOAD_CLIENTS:-200}" seconds="${JALIN_LOAD_SECONDS:-60}"
  local summary="$artifacts/reliability-summary.txt" failed=() rc
  # A check's exit status must survive `| tee`, whatever the caller's options (restored on return).
  local -
  set -o pipefail
  mkdir -p "$artifacts/reliability"
  : >"$summary"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$root/.ci/requirements-reliability.txt" \
    >"$artifacts/reliability-pip.log" 2>&1 || { echo "pip install for the reliability checks failed:"; tail -n 20 "$artifacts/reliability-pip.log"; return 1; }
  [ -x "$binary" ] || { echo "reliability checks: no executable $binary"; return 1; }

  rc=0
  "$py" "$root/.ci/crash_test.py" --binary "$binary" --workdir "$artifacts/reliability/crash" 2>&1 \
    | tee "$artifacts/reliability-crash.log" || rc=$?
  [ "$rc" = 0 ] || failed+=("crash (exit $rc)")

  rc=0
  "$py" "$root/.ci/shutdown_test.py" --binary "$binary" --workdir "$artifacts/reliability/shutdown" 2>&1 \
    | tee "$artifacts/reliability-shutdown.log" || rc=$?
  [ "$rc" = 0 ] || failed+=("shutdown (exit $rc)")

  rc=0
  "$py" "$root/.ci/load_conflict.py" --binary "$binary" --clients "$clients" --seconds "$seconds" \
    --workdir "$artifacts/reliability/load-sqlite" 2>&1 | tee "$artifacts/reliability-load-sqlite.log" || rc=$?
  [ "$rc" = 0 ] || failed+=("load sqlite (exit $rc)")

  if [ -n "$pg_url" ]; then
    rc=0
    "$py" "$root/.ci/load_conflict.py" --binary "$binary" --clients "$clients" --seconds "$seconds" \
      --database-url "$pg_url" --workdir "$artifacts/reliability/load-postgres" 2>&1 \
      | tee "$artifacts/reliability-load-postgres.log" || rc=$?
    [ "$rc" = 0 ] || failed+=("load postgres (exit $rc)")
  else
    echo "FAIL: run_reliability_checks got no PG_URL for the PostgreSQL load check" | tee "$artifacts/reliability-load-postgres.log"
    failed+=("load postgres (no PG_URL)")
  fi

  cat "$artifacts"/reliability-crash.log "$artifacts"/reliability-shutdown.log "$artifacts"/reliability-load-*.log 2>/dev/null \
    | grep -E '^(CRASH|IMPORT|SHUTDOWN|LOAD|FAIL)' >"$summary" || true
  echo "reliability summary ($summary):"
  sed 's/^/   /' "$summary"
  if [ "${#failed[@]}" -gt 0 ]; then
    echo "reliability checks FAILED: ${failed[*]}"
    return 1
  fi
  echo "reliability checks ok"
}
