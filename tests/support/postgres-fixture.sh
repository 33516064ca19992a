#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the storage tests (a CTest fixture).
#   postgres-fixture.sh start DIR   initdb in DIR, start on a free port, create the test databases,
#                                   write DIR/connection.json
#   postgres-fixture.sh stop DIR    stop it and remove DIR
set -euo pipefail
action=$1 dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$bin/initdb" ]] || { echo "postgres-fixture: PostgreSQL server not installed (scripts/bootstrap.sh --tests installs it)" >&2; exit 1; }

# PostgreSQL refuses to run as root: run it as the postgres user then.
as_owner() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
start)
    rm -rf "$dir" && mkdir -p "$dir"
    [[ $(id -u) == 0 ]] && chown postgres: "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null
    # One database per test program that uses it, so tests running in parallel never meet.
    for db in scanflow_test scanflow_serve scanflow_users_api scanflow_entities_api scanflow_cluster; do
        as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db"
    done
    printf '{"host": "127.0.0.1", "port": %s, "user": "postgres", "database": "scanflow_test"}\n' "$port" >"$dir/connection.json"
    chmod a+r "$dir/connection.json"
    ;;
stop)
    [[ -d "$dir/data" ]] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
esac
