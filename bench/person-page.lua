-- The person page of a random person of the generated member.
dofile("bench/sessions.lua")
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
math.randomseed(os.time())
request = function()
  return get("/people/" .. ids[math.random(#ids)])
end
