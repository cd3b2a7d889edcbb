-- wrk script for bench_web.py: each wrk thread walks the URL list (one path per line in the file
-- named by WRK_URLS) from its own starting point, optionally pausing about WRK_THINK_MS between a
-- connection's requests, and the run ends with one JSON line: latency percentiles (microseconds),
-- requests, and errors (HTTP status >= 400 counted by wrk itself, socket errors, timeouts).
local paths = {}
for line in io.lines(os.getenv("WRK_URLS")) do paths[#paths + 1] = line end
local think = tonumber(os.getenv("WRK_THINK_MS") or "0")
local threads = tonumber(os.getenv("WRK_THREADS") or "1")

local started = 0
function setup(thread)
  started = started + 1
  thread:set("number", started)
end

local index = 0
function init(args)
  index = math.floor((number - 1) * #paths / threads)
  math.randomseed(number)
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function delay()
  if think <= 0 then return 0 end
  -- uniform between half and one and a half times the mean, so clients drift apart
  return math.floor(think * (0.5 + math.random()))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, ' ..
    '"mean_us": %.0f, "http_errors": %d, "connect_errors": %d, "read_errors": %d, "write_errors": %d, ' ..
    '"timeouts": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, latency.mean, e.status, e.connect, e.read, e.write, e.timeout))
end
