#!/usr/bin/env bash
# A PostgreSQL server of the tests' own: Debian's initdb and pg_ctl in a temporary folder, run
# as an unprivileged user, listening on a free port of 127.0.0.1 only; stopped at the end.
#   testserver.sh start DIR   makes and starts it; writes DIR/url (a superuser's address)
#   testserver.sh stop DIR    stops it and removes DIR
set -euo pipefail
cmd=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (./build.sh deps installs it)" >&2; exit 1; }

as_owner() {
    # initdb refuses to run as root: the server runs as the postgres account then.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" >"$dir/password"
    chmod 0700 "$dir"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
    # Local socket connections (in the folder, its owner's only) are trusted; every TCP
    # connection gives a password, as an office's clients do.
    as_owner "$bin/initdb" -D "$dir/data" -U secretariat_test --pwfile="$dir/password" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null
    printf 'postgresql://secretariat_test:%s@127.0.0.1:%s/postgres\n' "$password" "$port" >"$dir/url"
    echo "PostgreSQL test server on 127.0.0.1:$port"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: testserver.sh start|stop DIR" >&2
    exit 2
    ;;
esac
