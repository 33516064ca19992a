#!/usr/bin/env bash
# Cluster benchmark (not in CI): files/s through the API with 1, 2 and 3 scanflowd on one
# PostgreSQL (same run, same target), the queue's claim-to-start latency, and the shared
# spool's throughput for one big file. Needs a built scanflowd ($SCANFLOW_BUILD, default
# build/), PostgreSQL's server (as for the tests), curl, python3; nginx if installed.
#   FILES=1000 FILE_KB=100 PARALLEL=8 IDLE=50 IDLE_GAP=0.2 BIG_MB=200 NODES="1 2 3" KILLS=1 bash bench/cluster.sh
# The table goes to stdout at the end; progress goes to stderr.
set -euo pipefail
export LC_ALL=C # EPOCHREALTIME and awk with a decimal point
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${SCANFLOW_BUILD:-$ROOT/build} # as bench/run.py and bench/api.py
SCANFLOWD=$BUILD/src/app/scanflowd
FILES=${FILES:-1000} FILE_KB=${FILE_KB:-100} PARALLEL=${PARALLEL:-8} IDLE=${IDLE:-50} IDLE_GAP=${IDLE_GAP:-0.2}
BIG_MB=${BIG_MB:-200} NODES=${NODES:-1 2 3} POLL_MS=${POLL_MS:-50} CONCURRENT=${CONCURRENT:-4} TIMEOUT=${TIMEOUT:-600}
PG_FIXTURE=$ROOT/tests/support/postgres-fixture.sh
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

say() { echo "cluster: $*" >&2; }
die() { say "$*"; exit 1; }
[[ -x $SCANFLOWD ]] || die "no $SCANFLOWD: build first (cmake --preset default && cmake --build --preset default)"
# The upload limit is maxUploadBytes, 200 MiB, and not a setting of the config file.
((BIG_MB * 1000000 <= 200 * 1024 * 1024)) || die "BIG_MB=$BIG_MB is over the server's upload limit (200 MiB)"
div() { awk -v a="$1" -v b="$2" -v p="${3:-1}" 'BEGIN { printf("%." p "f", b > 0 ? a / b : 0) }'; }
now_us() { echo "${EPOCHREALTIME/./}"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

work=$(mktemp -d "${TMPDIR:-/tmp}/scanflow-cluster.XXXXXX")
chmod 755 "$work" # the fixture runs PostgreSQL as the postgres user when we are root
pids=() node_pids=() urls=()
cleanup() {
    set +e
    for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
    [[ -d $work/pg ]] && bash "$PG_FIXTURE" stop "$work/pg"
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- PostgreSQL: the tests' own fixture (initdb in a temp dir, a free port, trust on loopback,
# fsync and synchronous_commit off); one fresh database per scenario below.
say "starting PostgreSQL"
bash "$PG_FIXTURE" start "$work/pg"
pgport=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["port"])' "$work/pg/connection.json")
postmaster=$(head -n 1 "$work/pg/data/postmaster.pid")
sql() { "$PGBIN/psql" -h 127.0.0.1 -p "$pgport" -U postgres -d "$db" -tAqX -v ON_ERROR_STOP=1 -c "$1"; }

# --- The target: an ordinary server answering 201 to every POST, on loopback.
tport=$(free_port) target="http://127.0.0.1:$tport"
if command -v nginx >/dev/null; then
    # As bench/run.py: `return 201` answers once the head is in, then reads and drops the body.
    mkdir -p "$work/nginx"
    cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log; daemon off;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp;
  fastcgi_temp_path $work/nginx/tmp; uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;
  keepalive_requests 100000;
  server { listen 127.0.0.1:$tport; client_max_body_size 0; default_type application/json;
    location / { return 201 '{"data":{"id":"1","uploadId":"u1"}}'; } } }
EOF
    nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>/dev/null &
    target_name="nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') (return 201, body read and dropped)"
else
    # No nginx: a small Python server that reads every body in full, then answers 201.
    cat >"$work/target.py" <<'EOF'
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        left = int(self.headers.get("Content-Length") or 0)
        while left > 0:
            left -= len(self.rfile.read(min(left, 1 << 20)) or b"x" * left)
        self.send_response(201); self.send_header("Content-Length", "2"); self.end_headers(); self.wfile.write(b"{}")
    do_PUT = do_POST
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
EOF
    python3 "$work/target.py" "$tport" &
    target_name="python3 http.server (nginx not installed; reads each body, answers 201)"
fi
pids+=($!)
for _ in $(seq 100); do curl -s -o /dev/null -X POST "$target/in" && break; sleep 0.05; done
curl -s -o /dev/null -X POST "$target/in" || die "the target did not start ($target_name)"

# --- Nodes. start_node DB N: node N on database DB; node 0 of an empty database prints the
# bootstrap key (ServerProcess.cpp reads the same two lines).
start_node() {
    local dir=$work/$1/node$2
    mkdir -p "$dir"
    cat >"$dir/scanflowd.json" <<EOF
{"dataDir": "$dir", "secretsKeyFile": "$work/secrets.key",
 "database": {"driver": "postgres", "host": "127.0.0.1", "port": $pgport, "database": "$1", "user": "postgres"},
 "spool": {"store": "${spool_store:-database}"},
 "queue": {"pollMs": $POLL_MS, "maxConcurrent": $CONCURRENT}}
EOF
    "$SCANFLOWD" serve --port 0 --config "$dir/scanflowd.json" >"$dir/out" 2>"$dir/log" &
    local pid=$! want='^listening '
    pids+=("$pid") node_pids+=("$pid")
    (($2 == 0)) && want='^bootstrap API key'
    for _ in $(seq 300); do
        grep -q "$want" "$dir/out" && break
        kill -0 "$pid" 2>/dev/null || die "node $2 exited: $(tail -n 3 "$dir/log")"
        sleep 0.05
    done
    grep -q "$want" "$dir/out" || die "node $2 did not start in 15 s: $(tail -n 3 "$dir/log")"
    urls+=("$(sed -n 's/^listening //p' "$dir/out")")
    (($2 == 0)) && key=$(sed -n 's/^bootstrap API key[^:]*: //p' "$dir/out")
    return 0
}
stop_nodes() { # SIGTERM drains each node; it exits 0
    local p
    for p in "${node_pids[@]}"; do kill -TERM "$p"; done
    for p in "${node_pids[@]}"; do wait "$p" || say "a node exited with $?"; done
    pids=("${pids[0]}") node_pids=() urls=() # pids[0] is the target
}
api() { local m=$1 path=$2; shift 2; curl -sS -X "$m" -H "X-Api-Key: $key" "$@" "${urls[0]}/api/v1$path"; }

# A fresh database, its first node, the claim recorder, the other nodes, the workflow. There is
# no claimed_at column (the claim sets updated_at, the next update overwrites it), so a trigger
# in this throwaway database records each claim: the UPDATE that raises `attempts`.
scenario() { # scenario DB NODES
    db=$1
    "$PGBIN/createdb" -h 127.0.0.1 -p "$pgport" -U postgres "$db"
    start_node "$db" 0
    sql "CREATE TABLE bench_claims (delivery_id BIGINT, claimed_at BIGINT);
         CREATE FUNCTION bench_claim() RETURNS trigger LANGUAGE plpgsql AS
           \$\$ BEGIN INSERT INTO bench_claims VALUES (NEW.id, NEW.updated_at); RETURN NEW; END \$\$;
         CREATE TRIGGER bench_claim AFTER UPDATE ON deliveries FOR EACH ROW
           WHEN (NEW.state = 'running' AND NEW.attempts > OLD.attempts) EXECUTE FUNCTION bench_claim();"
    for ((i = 1; i < $2; i++)); do start_node "$db" "$i"; done
    for _ in $(seq 50); do # every node has said it is alive (GET /cluster)
        alive=$(api GET /cluster | grep -o '"alive": *true' | wc -l)
        ((alive == $2)) && break
        sleep 0.1
    done
    ((alive == $2)) || say "GET /cluster lists $alive nodes alive, not $2"
    wf=$(api POST /scan/workflows -H 'Content-Type: application/json' --data-binary \
        "{\"name\":\"Bench\",\"destination\":{\"url\":\"$target/in\",\"steps\":[{\"kind\":\"delivery\"}]}}" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
}
wait_delivered() { # wait_delivered COUNT: every delivery of this database delivered
    local got failed start=$SECONDS counts
    while :; do
        counts=$(sql "SELECT count(*) FILTER (WHERE state = 'delivered'), count(*) FILTER (WHERE state = 'failed') FROM deliveries")
        got=${counts%|*} failed=${counts#*|}
        ((failed == 0)) || die "$failed deliveries failed: $(sql "SELECT last_error FROM deliveries WHERE state = 'failed' LIMIT 1")"
        ((got >= $1)) && return 0
        ((SECONDS - start < TIMEOUT)) || die "only $got of $1 delivered after $TIMEOUT s"
        sleep 0.1
    done
}
# p50 and p95 (ms) of: queued → first claim; last claim → the target request starts (the
# delivery's time after the claim less the trace's request times: spool checkout, building the
# request); the trace's request times (the target's answer). Delivered rows matching $1.
latency() {
    sql "WITH c AS (SELECT delivery_id, min(claimed_at) AS first, max(claimed_at) AS last FROM bench_claims GROUP BY delivery_id),
         r AS (SELECT c.first - d.created_at AS wait, q.ms AS req, d.updated_at - c.last - q.ms AS start
               FROM deliveries d JOIN c ON c.delivery_id = d.id,
               LATERAL (SELECT coalesce(sum((e->>'elapsedMs')::bigint), 0) AS ms FROM json_array_elements(d.trace::json) e) q
               WHERE d.state = 'delivered' AND $1)
         SELECT concat_ws(' ', $(for col in wait start req; do printf "round(percentile_cont(0.5) WITHIN GROUP (ORDER BY %s)), round(percentile_cont(0.95) WITHIN GROUP (ORDER BY %s))," $col $col; done) '') FROM r"
}
LAT_FMT='%5s  %-24s %10s %5s %10s %5s %10s %6s'
lat_row() { # lat_row NODES LABEL WHERE
    local v
    read -ra v <<<"$(latency "$3")"
    printf "$LAT_FMT" "$1" "$2" "${v[0]:--}" "${v[1]:--}" "${v[2]:--}" "${v[3]:--}" "${v[4]:--}" "${v[5]:--}"
}
# CPU ticks: user + system of processes; PostgreSQL's own include the backends that exited
# since (the postmaster's cutime/cstime), so a difference covers every backend.
ticks() { local p t=0 a; for p in "$@"; do [[ -r /proc/$p/stat ]] || continue; read -ra a <<<"$(sed 's/.*) //' "/proc/$p/stat")"; t=$((t + a[11] + a[12] + ${add_children:-0} * (a[13] + a[14]))); done; echo $t; }
pg_ticks() { echo $(($(add_children=1 ticks "$postmaster") + $(ticks $(pgrep -P "$postmaster")))); }
machine() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
hwm_mib() { local p m=0 k; for p in "$@"; do k=$(awk '/^VmHWM:/ { print $2 }' "/proc/$p/status"); ((k > m)) && m=$k; done; div "$m" 1024 0; }
HZ=$(getconf CLK_TCK)

head -c $((FILE_KB * 1000 - 16)) /dev/urandom | { printf '%%PDF-1.4\n'; cat; printf '\n%%%%EOF\n'; } >"$work/scan.pdf"
export KEY PAYLOAD=$work/scan.pdf
rows=() lat=() ROW_FMT='%5s %6s %9s %11s %8s %6s %9s %9s %8s %8s  %s'
# Each entry: a node count, or "1:local" for one node whose spool stays on its own disk (the
# same run without the database spool, to show what the shared spool costs).
for entry in $NODES 1:local; do
    n=${entry%%:*} spool_store=database
    [[ $entry == *:local ]] && spool_store=local
    say "$n node(s), spool $spool_store: $FILES files of $FILE_KB KB, $PARALLEL uploads at a time"
    scenario "bench_n${n}_$spool_store" "$n"
    for ((i = 0; i < FILES; i++)); do echo "${urls[i % n]}/api/v1/scan/workflows/$wf/deliveries $i"; done >"$work/$db/list"
    KEY=$key
    read -r busy0 all0 < <(machine); nodes0=$(ticks "${node_pids[@]}"); pg0=$(pg_ticks)
    t0=$(now_us)
    # One curl a file, round robin over the nodes, as tst_cluster.cpp's upload(). No
    # "Expect: 100-continue": curl would wait for the 100 before sending the body.
    xargs -P "$PARALLEL" -L 1 sh -c 'curl -s -H "X-Api-Key: $KEY" -H "Expect:" -F "data=@$PAYLOAD;filename=scan-$1.pdf" -w "\n" "$0"' \
        <"$work/$db/list" >"$work/$db/answers" || true # a refused upload shows in the count below
    t1=$(now_us)
    taken=$(grep -o '"id":' "$work/$db/answers" | wc -l)
    ((taken == FILES)) || die "$taken of $FILES uploads taken in; an answer: $(grep -v '"id":' "$work/$db/answers" | head -n 1)"
    wait_delivered "$FILES"
    read -r busy1 all1 < <(machine); nodes1=$(ticks "${node_pids[@]}"); pg1=$(pg_ticks)
    t_end=$(sql "SELECT max(updated_at) FROM deliveries") # ms epoch: the last file delivered
    secs=$(div $((t_end * 1000 - t0)) 1000000 3)
    spread=$(sql "SELECT string_agg(c::text, '/' ORDER BY c DESC) FROM (SELECT count(*) AS c FROM deliveries GROUP BY node_id) s")
    cpu=$(div $(((busy1 - busy0) * 100)) $((all1 - all0)) 0)
    ncpu=$(div $((nodes1 - nodes0)) "$HZ") pgcpu=$(div $((pg1 - pg0)) "$HZ")
    other=$(awk -v a=$((busy1 - busy0)) -v n="$ncpu" -v p="$pgcpu" -v hz="$HZ" 'BEGIN { printf "%.1f", a / hz - n - p }')
    rows+=("$(printf "$ROW_FMT" "$n$([[ $spool_store == local ]] && echo ' local')" "$FILES" "$(div "$FILES" "$(div $((t1 - t0)) 1000000 3)")" \
        "$(div "$FILES" "$secs")" "$secs" "$cpu %" "$ncpu" "$pgcpu" "$other" "$(hwm_mib "${node_pids[@]}")" "$spread")")
    lat+=("$(lat_row "$n" "loaded ($FILES at once, spool $spool_store)" TRUE)")
    # The same nodes with an idle queue: one file at a time, round robin, IDLE_GAP s apart.
    say "$n node(s): $IDLE files one at a time, $IDLE_GAP s apart"
    for ((i = 0; i < IDLE; i++)); do
        curl -s -o /dev/null -H "X-Api-Key: $key" -H "Expect:" -F "data=@$PAYLOAD;filename=idle-$i.pdf" "${urls[i % n]}/api/v1/scan/workflows/$wf/deliveries"
        sleep "$IDLE_GAP"
    done
    wait_delivered $((FILES + IDLE))
    lat+=("$(lat_row "$n" "idle ($IDLE, ${IDLE_GAP} s apart, $spool_store)" "d.file_name LIKE 'idle-%'")")
    stop_nodes
done

# --- The spool: one big file through one node; with PostgreSQL the default store is the
# database (1 MiB chunks). Random bytes: PostgreSQL would compress zeros in its storage.
head -c $((BIG_MB * 1000000)) /dev/urandom >"$work/big.pdf"
big_rows=()
for spool_store in database local; do
    say "spool $spool_store: one file of $BIG_MB MB through 1 node"
    scenario "bench_spool_$spool_store" 1
    read -r code up_s < <(curl -s -o "$work/big.answer" -w '%{http_code} %{time_total}\n' -H "X-Api-Key: $key" -H "Expect:" \
        -F "data=@$work/big.pdf;filename=big.pdf" "${urls[0]}/api/v1/scan/workflows/$wf/deliveries")
    [[ $code == 200 ]] || die "the big upload answered $code: $(head -c 300 "$work/big.answer")"
    wait_delivered 1
    read -r queued claimed done_ms req_ms < <(sql "SELECT d.created_at, (SELECT max(claimed_at) FROM bench_claims), d.updated_at,
        (SELECT coalesce(sum((e->>'elapsedMs')::bigint), 0) FROM json_array_elements(d.trace::json) e) FROM deliveries d" | tr '|' ' ')
    big_rss=$(hwm_mib "${node_pids[@]}")
    stop_nodes
    up_s=$(div "$up_s" 1 3) q_s=$(div $((done_ms - queued)) 1000 3) out_s=$(div $((done_ms - claimed - req_ms)) 1000 3)
    big_rows+=("spool $spool_store, 1 node, $BIG_MB MB ($((BIG_MB * 1000000)) bytes)
  upload (curl to answer: into the node and its spool)            $up_s s  $(div "$BIG_MB" "$up_s") MB/s
  queued→delivered                                                $q_s s  $(div "$BIG_MB" "$q_s") MB/s
    of which: waiting for the claim $((claimed - queued)) ms, checkout and request building $((done_ms - claimed - req_ms)) ms ($(div "$BIG_MB" "$out_s") MB/s), request to the target $req_ms ms
  peak RSS of the node (VmHWM)                                    $big_rss MiB")
done

# --- The table.
cat <<EOF

Cluster benchmark: scanflowd on one PostgreSQL $("$PGBIN/postgres" --version | awk '{ print $3 }') (the tests' fixture: fsync and synchronous_commit off)
machine: $(nproc) cores,$(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2); target: $target_name
$FILES files of $FILE_KB KB a run, $PARALLEL curl uploads at a time, round robin over the nodes; queue pollMs $POLL_MS, maxConcurrent $CONCURRENT

$(printf "$ROW_FMT" nodes files upload/s delivered/s seconds CPU "nodes s" "pg s" "other s" "RSS MiB" "delivered per node")
$(printf '%s\n' "${rows[@]}")

upload/s: files / time until the last upload was answered (each answer follows its file's write into the
spool and the queue). delivered/s: files / time from the first upload to the last delivery (its updated_at).
CPU: the machine's busy share of all cores over that time; nodes, PostgreSQL and the rest (curl, xargs,
the target, psql) in CPU seconds. RSS: the highest peak (VmHWM) of the nodes.

$(printf "$LAT_FMT" nodes queue "wait p50" p95 "start p50" p95 "req p50" "p95 ms")
$(printf '%s\n' "${lat[@]}")

wait: queued (created_at) to its first claim, recorded by a trigger on the claim's UPDATE: the time in the queue.
start (claim to start): the last claim to the target request's start = delivered (updated_at) - claimed - req
(the spool's checkout from PostgreSQL, building the request). req: the trace's elapsedMs, the target's part.

$(printf '%s\n\n' "${big_rows[@]}")

On $(nproc) cores the nodes, PostgreSQL, curl and the target share the CPU: a CPU share near 100 % means the
figures are bounded by the machine, not by the cluster; more nodes then add processes, not cores.
EOF

# --- The kill tests at their full counts (CI runs the three-node one with 300 files): S1's
# 1 000 files through one node SIGKILLed ten times, and 1 000 uploads over three nodes, one of
# them SIGKILLed three times. KILLS=0 leaves them out.
if [[ ${KILLS:-1} == 1 ]]; then
    say "kill tests: tst_cluster with 1 000 files a test"
    echo
    (cd "$BUILD" && SCANFLOW_S1_FILES=1000 SCANFLOW_CLUSTER_KILL_FILES=1000 ctest -R tst_cluster -V 2>&1 |
        grep -E 'QINFO .*(S1:|3 nodes,)|(PASS|FAIL!) +: TestCluster::(S1|three)' | sed 's/^[0-9]*: //')
fi
