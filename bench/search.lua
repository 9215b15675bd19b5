-- Search across people, notes, meetings and exchanges with everyday words.
dofile("bench/sessions.lua")
local words = {}
for line in io.lines(os.getenv("BENCH_WORDS")) do words[#words + 1] = line:gsub(" ", "+") end
math.randomseed(os.time())
request = function()
  return get("/search?q=" .. words[math.random(#words)])
end
