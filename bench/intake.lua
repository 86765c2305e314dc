-- wrk script for the intake benchmark: every request posts a new inquiry to /api/inquiries, each one unique
-- (so neither the duplicate rule nor the per-address limit applies), every other one in Chinese.
--   wrk -t2 -c8 -d30s -s bench/intake.lua http://localhost:8080 [-- rate threads]
-- With a rate (requests per second over all threads), each thread hands out send times on a fixed schedule
-- and a connection waits for its slot: a constant rate as long as the connections keep up. Without one,
-- every connection sends as soon as its answer is in (the maximum rate).
-- done() prints one line for the harness: "intake requests=… seconds=… p50_ms=… p99_ms=… failed=…".
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *time);
]]
local CLOCK_MONOTONIC = 1
local timespec = ffi.new("bench_timespec")
local function now_ms()
    ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
    return tonumber(timespec.tv_sec) * 1000 + tonumber(timespec.tv_nsec) / 1e6
end

local thread_count = 0

function setup(thread)
    thread_count = thread_count + 1
    thread:set("thread_id", thread_count)
end

local lines = { "ceramics", "high-purity-iron", "magnetic-materials", "natural-gas", "seedlings", "health-food",
    "intelligent-products" }
local run = tostring(os.time())
local sent = 0
local interval_ms = nil
local next_slot = nil
local failed = 0

-- arguments: the rate over all threads, and the number of threads (-t) that share it
function init(args)
    local rate = tonumber(args[1])
    if rate and rate > 0 then
        interval_ms = 1000 * (tonumber(args[2]) or 1) / rate
    end
end

function delay()
    if not interval_ms then
        return 0
    end
    local now = now_ms()
    if not next_slot then
        next_slot = now
    end
    local slot = next_slot
    next_slot = next_slot + interval_ms
    if slot <= now then
        return 0
    end
    return math.floor(slot - now + 0.5)
end

function request()
    sent = sent + 1
    local n = sent
    local chinese = n % 2 == 0
    local tag = run .. "-" .. thread_id .. "-" .. n
    local body
    if chinese then
        body = '{"name":"王伟 ' .. tag .. '","company":"宜昌贸易有限公司","email":"bench-' .. tag ..
            '@example.com","productLine":"' .. lines[n % #lines + 1] ..
            '","subject":"氧化铝坩埚询价 ' .. tag ..
            '","message":"您好，我们需要 99 瓷氧化铝坩埚 200 个，请报价并告知交货期。谢谢！","language":"zh","consent":true}'
    else
        body = '{"name":"Client ' .. tag .. '","company":"Trading Ltd","email":"bench-' .. tag ..
            '@example.com","productLine":"' .. lines[n % #lines + 1] ..
            '","subject":"High-purity iron, 5 t ' .. tag ..
            '","message":"Hello, please quote 5 t of high-purity iron, delivery to Hamburg. Thank you.",' ..
            '"language":"en","consent":true}'
    end
    return wrk.format("POST", "/api/inquiries", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
    if status ~= 201 then -- wrk counts these as errors too; show the first few
        failed = failed + 1
        if failed <= 3 then
            io.stderr:write("status " .. status .. ": " .. body .. "\n")
        end
    end
end

function done(summary, latency, requests)
    local failures = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
        + summary.errors.status
    io.write(string.format("intake requests=%d seconds=%.3f p50_ms=%.2f p99_ms=%.2f failed=%d\n",
        summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        failures))
end
