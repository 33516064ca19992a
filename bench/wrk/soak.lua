-- The soak's mix, per connection in turn: the version, a users page, a history page, and a
-- 1 MB upload to the test destination (spooled to disk, hashed, forgotten).
local upload = string.rep("s", 1024 * 1024)
local n = 0
request = function()
  n = n + 1
  local k = n % 4
  if k == 0 then
    return wrk.format("POST", "/api/v1/testdestination/receive/soak", {["Content-Type"] = "application/octet-stream"}, upload)
  elseif k == 1 then
    return wrk.format("GET", "/api/v1/users/all?maxrecords=50")
  elseif k == 2 then
    return wrk.format("GET", "/api/v1/documents/history?maxrecords=50")
  end
  return wrk.format("GET", "/api/v1/version")
end
