-- Search across people, notes, meetings and exchanges with everyday words.
local words = {}
for line in io.lines(os.getenv("BENCH_WORDS")) do words[#words + 1] = line:gsub(" ", "+") end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/search?q=" .. words[math.random(#words)])
end
