#!/usr/bin/env bash
# A private PostgreSQL server for tests and benchmarks: `pg_local.sh start|stop DIR PORT`.
#
# start: creates a cluster in DIR/data (once) and starts it on 127.0.0.1:PORT, socket in DIR, trust
#        authentication (local tests only: nothing listens beyond the loopback address). Prints the
#        connection URL. Extra server settings can be given in PG_LOCAL_OPTIONS ("-c fsync=off ...").
# stop:  stops the server (fast shutdown); DIR is left for the caller to remove.
#
# Uses Debian's PostgreSQL 15 (/usr/lib/postgresql/15/bin), installing `postgresql` with apt-get when
# it is missing. initdb refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR PORT" >&2; exit 2; }
[ $# -eq 3 ] || usage
action=$1 dir=$2 port=$3
case "$port" in ''|*[!0-9]*) usage ;; esac

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

ensure_installed() {
    if [ ! -x "$PGBIN/initdb" ]; then
        if [ "$(id -u)" -ne 0 ]; then
            echo "PostgreSQL is not installed at $PGBIN and installing it needs root" >&2
            exit 3
        fi
        echo "installing PostgreSQL with apt-get ..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 || {
            apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
        [ -x "$PGBIN/initdb" ] || { echo "no initdb at $PGBIN after installing postgresql" >&2; exit 3; }
    fi
}

as_owner() {  # run a PostgreSQL program as the user that owns the cluster
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    ensure_installed
    mkdir -p "$dir"
    chmod 700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        # C.UTF-8: byte-order sorting (what SQLite does) with Unicode-aware character classes
        as_owner "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
            >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir ${PG_LOCAL_OPTIONS:-}" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
*)
    usage
    ;;
esac
