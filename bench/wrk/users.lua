-- GET /api/v1/users?username=<one of the seeded users>, a different one each time.
local count = tonumber(os.getenv("USERS") or "100000")
math.randomseed(os.time())
request = function()
  return wrk.format("GET", string.format("/api/v1/users?username=user%06d&providerid=1", math.random(1, count)))
end
