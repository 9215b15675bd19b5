-- The people list: pages of 20 in the three sort orders, sometimes filtered by circle.
dofile("bench/sessions.lua")
local sorts = { "name", "last_met", "due" }
local circles = { "", "", "&circle=close", "&circle=active" }
math.randomseed(os.time())
request = function()
  local path = "/people?sort=" .. sorts[math.random(#sorts)] .. "&page=" .. math.random(0, 20)
    .. circles[math.random(#circles)]
  return get(path)
end
