-- Comment submission under load for `make bench` (bench/run_bench.py fills in FORM, RUN and
-- ACKED_FILE). wrk runs one connection per thread, so in each thread the responses come back in
-- the order of the requests: each acknowledged comment's marker is known, and written to
-- ACKED_FILE at the end for the stored-exactly-once check. Every fifth form is sent twice (a
-- double click: the same idempotency key and text), which must store one comment.

local threads = {}

function setup(thread)
    thread:set("number", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    math.randomseed(os.time() * 1000 + number)
    count = 0
    sent = {}      -- markers of the requests in flight, oldest first
    acked = {}     -- marker -> true once answered with a 302
    acked_count = 0
    refused = 0
    again = nil    -- the form to send once more (the double click)
end

local function hex(digits)
    local text = ""
    for _ = 1, digits do
        text = text .. string.format("%x", math.random(0, 15))
    end
    return text
end

function request()
    local body, marker
    if again ~= nil then
        body, marker = again[1], again[2]
        again = nil
    else
        marker = "bench-RUN-" .. number .. "-" .. count
        local key = hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-a" .. hex(3) .. "-" .. hex(12)
        body = "FORM&comment=Thank+you+for+this+page.+" .. marker .. "&idempotency_key=" .. key
        if count % 5 == 0 then
            again = {body, marker}
        end
        count = count + 1
    end
    table.insert(sent, marker)
    return wrk.format("POST", nil, {["Content-Type"] = "application/x-www-form-urlencoded",
        ["Sec-Fetch-Site"] = "same-origin"}, body)
end

function response(status, headers, body)
    local marker = table.remove(sent, 1)
    if status == 302 then
        if not acked[marker] then
            acked[marker] = true
            acked_count = acked_count + 1
        end
    else
        refused = refused + 1
    end
end

function done(summary, latency, requests)
    local file = io.open("ACKED_FILE", "w")
    local total, refusals = 0, 0
    for _, thread in ipairs(threads) do
        for marker, _ in pairs(thread:get("acked")) do
            file:write(marker, "\n")
        end
        total = total + thread:get("acked_count")
        refusals = refusals + thread:get("refused")
    end
    file:close()
    io.write(string.format("ACKNOWLEDGED %d REFUSED %d\n", total, refusals))
end
