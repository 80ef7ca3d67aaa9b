-- wrk reports p50/p75/p90/p99 by itself; the benchmark wants p95 too, and machine-readable numbers.
-- Printed once at the end: one line "BENCH key=value …" that scripts/bench.py (measure.parse_wrk) reads.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
