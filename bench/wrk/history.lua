-- GET /api/v1/documents/history: a day's first page of 200, for one of the users or for all.
local users = tonumber(os.getenv("HISTORY_USERS") or "1000")
math.randomseed(os.time())
request = function()
  if math.random() < 0.5 then
    return wrk.format("GET", "/api/v1/documents/history?maxrecords=200")
  end
  return wrk.format("GET", string.format("/api/v1/documents/history?maxrecords=200&username=user%06d", math.random(1, users)))
end
