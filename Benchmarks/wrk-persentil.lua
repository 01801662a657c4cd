-- wrk script of Benchmarks/run.sh: prints one parseable result line after the run.
--
--   wrk -t2 -c16 -d10s --timeout 30s -s Benchmarks/wrk-persentil.lua -H 'Cookie: jalin_sesi=…' URL
--
-- The last line of the output is
--   JALIN-WRK {"requests":…,"duration_us":…,"rps":…,"p50_us":…,"p95_us":…,"p99_us":…,…}
-- (JSON; latencies in microseconds, as wrk measures them). `non2xx` counts every response whose
-- status is not 2xx (wrk's own `summary.errors.status` only counts status > 399, so a redirect to
-- /masuk after a lost session would otherwise pass unnoticed); `status_errors` is wrk's count.
--
-- Counting statuses needs the `response` hook, which makes wrk hand every body to Lua. Against a
-- fast static server (the nginx floor) that costs the client noticeable CPU on a 2-core machine, so
-- JALIN_WRK_STATUS=0 leaves the hook out; then `non2xx` is wrk's `status_errors` (4xx/5xx only).

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   non2xx = 0
end

if os.getenv("JALIN_WRK_STATUS") ~= "0" then
   function response(status, headers, body)
      if status < 200 or status > 299 then
         non2xx = non2xx + 1
      end
   end
end

function done(summary, latency, requests)
   local counted = os.getenv("JALIN_WRK_STATUS") ~= "0"
   local n = 0
   for _, t in ipairs(threads) do
      n = n + (t:get("non2xx") or 0)
   end
   if not counted then
      n = summary.errors.status
   end
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      'JALIN-WRK {"requests":%d,"duration_us":%d,"bytes":%d,"rps":%.2f,' ..
      '"p50_us":%d,"p90_us":%d,"p95_us":%d,"p99_us":%d,"mean_us":%.1f,"max_us":%d,' ..
      '"non2xx":%d,"status_counted":%s,"status_errors":%d,' ..
      '"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d}}\n',
      summary.requests, summary.duration, summary.bytes, summary.requests / seconds,
      latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
      latency.mean, latency.max,
      n, tostring(counted), e.status,
      e.connect, e.read, e.write, e.timeout))
end
