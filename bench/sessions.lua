-- Shared by the load scripts: the signed-in sessions, one picked at random per request.
local sessions = {}
for line in io.lines(os.getenv("BENCH_SESSIONS")) do sessions[#sessions + 1] = line end
function get(path)
  return wrk.format("GET", path, { ["Cookie"] = sessions[math.random(#sessions)] })
end
-- BENCH_THINK_MS: each connection pauses about this long between two pages, as a person
-- reading the page would (0: no pause, the server saturated). wrk leaves the pause out of
-- the latency it reports.
local think = tonumber(os.getenv("BENCH_THINK_MS") or "0")
if think > 0 then
  function delay()
    return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
  end
end
