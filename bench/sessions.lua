-- Shared by the load scripts: the signed-in sessions, one picked at random per request.
local sessions = {}
for line in io.lines(os.getenv("BENCH_SESSIONS")) do sessions[#sessions + 1] = line end
function get(path)
  return wrk.format("GET", path, { ["Cookie"] = sessions[math.random(#sessions)] })
end
