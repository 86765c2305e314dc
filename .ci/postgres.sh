#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the test suite (-Ppostgres). No systemd needed.
#
#   pg_env="$(.ci/postgres.sh start [port])" && eval "$pg_env"
#       initdb + start a cluster in a new temp dir, listening on 127.0.0.1 only
#       (port 55432 or the next free one), with role/database for the tests.
#       Prints `export ...` lines: INQUIRY_TEST_PG_URL/_USER/_PASSWORD for the
#       tests, INQUIRY_CI_PG_DIR/_PORT for the other subcommands.
#       (Assign first, then eval: `eval "$(... start)"` hides a failed start.)
#   .ci/postgres.sh reset [dir]   drop and recreate the empty test database
#   .ci/postgres.sh stop  [dir]   stop the cluster and delete its directory
#
# [dir] defaults to $INQUIRY_CI_PG_DIR. As root, the server runs as the
# `postgres` OS user; as any other user, it runs as that user.
# Override the server binaries with PG_BINDIR=/usr/lib/postgresql/NN/bin.
set -euo pipefail

readonly DB_NAME=inquirydesk_test
readonly DB_USER=inquirydesk
readonly DB_PASSWORD=inquirydesk-ci
readonly DEFAULT_PORT=55432
readonly MIN_PG_MAJOR=15
readonly MARKER=.inquirydesk-ci-pg

log() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() {
    log "error: $*"
    exit 1
}

usage() {
    sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# Run a command as the OS user that owns the cluster.
as_pg() {
    if [[ $EUID -eq 0 ]]; then
        # cd / so postgres does not trip over an unreadable working directory
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# Newest /usr/lib/postgresql/<major>/bin with initdb, unless PG_BINDIR is set.
find_bindir() {
    if [[ -n ${PG_BINDIR:-} ]]; then
        [[ -x $PG_BINDIR/initdb ]] || die "PG_BINDIR=$PG_BINDIR has no initdb"
        echo "$PG_BINDIR"
        return
    fi
    local dir
    dir=$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/initdb' 2>/dev/null |
        sed 's|/initdb$||' | sort -V | tail -n 1)
    [[ -n $dir ]] || die "no PostgreSQL server found under /usr/lib/postgresql (install the postgresql package)"
    echo "$dir"
}

port_in_use() {
    # A successful TCP connect means something is listening there.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Resolve and sanity-check a cluster directory given as argument or via env.
cluster_dir() {
    local dir=${1:-${INQUIRY_CI_PG_DIR:-}}
    [[ -n $dir ]] || die "no cluster directory given and INQUIRY_CI_PG_DIR is not set"
    [[ -f $dir/$MARKER ]] || die "$dir is not a cluster created by this script"
    echo "$dir"
}

# Superuser psql over the cluster's private unix socket.
admin_psql() {
    local dir=$1
    shift
    as_pg "$(<"$dir/bindir")/psql" -X -q -v ON_ERROR_STOP=1 \
        -h "$dir" -p "$(<"$dir/port")" -U postgres -d postgres "$@"
}

reset_db() {
    local dir
    dir=$(cluster_dir "${1:-}")
    admin_psql "$dir" -c "SET client_min_messages = warning" \
        -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" \
        -c "CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0"
    log "database $DB_NAME recreated (empty)"
}

stop_cluster() {
    local dir
    dir=$(cluster_dir "${1:-}")
    if [[ -f $dir/data/postmaster.pid ]]; then
        as_pg "$(<"$dir/bindir")/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null ||
            log "warning: pg_ctl stop failed, see $dir/server.log"
    fi
    rm -rf -- "$dir"
    log "cluster in $dir stopped and removed"
}

start_cluster() {
    local port=${1:-${INQUIRY_CI_PG_PORT:-$DEFAULT_PORT}}
    local bindir major
    [[ $port =~ ^[0-9]+$ ]] || die "port must be a number, got '$port'"
    bindir=$(find_bindir)
    # "pg_ctl (PostgreSQL) 15.13 (Debian ...)" -> 15
    major=$("$bindir/pg_ctl" --version | sed -E 's/^[^0-9]*([0-9]+).*/\1/')
    [[ $major =~ ^[0-9]+$ && $major -ge $MIN_PG_MAJOR ]] ||
        die "PostgreSQL >= $MIN_PG_MAJOR needed, found '$major' in $bindir"
    if [[ $EUID -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' OS user"
    fi

    # First free port from the requested one on.
    local first=$port tries=0
    while port_in_use "$port"; do
        ((++tries <= 50)) || die "no free port in $first..$port"
        port=$((port + 1))
    done

    # Global, so the EXIT trap still sees it.
    base=$(mktemp -d "${TMPDIR:-/tmp}/inquirydesk-ci-pg.XXXXXX")
    # Clean up a half-started cluster if anything below fails.
    trap '(stop_cluster "$base") 2>/dev/null || rm -rf -- "$base"' EXIT
    touch "$base/$MARKER"
    echo "$port" >"$base/port"
    echo "$bindir" >"$base/bindir"
    # The socket path must fit in 107 bytes.
    ((${#base} + 16 < 108)) || die "temp dir path too long for a unix socket: $base (set TMPDIR=/tmp)"
    if [[ $EUID -eq 0 ]]; then
        chown postgres: "$base"
        as_pg test -w "$base" || die "user postgres cannot write to $base (set TMPDIR to a world-traversable dir)"
    fi

    log "initdb (PostgreSQL $major) in $base/data"
    # Local socket: trust (the socket lives in the private temp dir); TCP: password.
    # Sorting in the C locale; character classes from C.UTF-8, where Chinese characters are letters (the text
    # search's pg_trgm makes trigrams of letters only).
    as_pg "$bindir/initdb" -D "$base/data" -U postgres -E UTF8 --locale=C --lc-ctype=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$base/initdb.log" 2>&1 ||
        die "initdb failed: $(tail -n 5 "$base/initdb.log")"

    # Test-only tuning: durability is irrelevant for a throwaway database, unless INQUIRY_PG_DURABLE is set
    # (the benchmarks: commits as a production server makes them).
    local durability=$'fsync = off\nsynchronous_commit = off\nfull_page_writes = off'
    [[ -z ${INQUIRY_PG_DURABLE:-} ]] || durability="# durable: PostgreSQL's defaults"
    as_pg tee -a "$base/data/postgresql.conf" >/dev/null <<EOF

# --- added by .ci/postgres.sh ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$base'
unix_socket_permissions = 0700
max_connections = 200
$durability
EOF

    log "starting on 127.0.0.1:$port"
    as_pg "$bindir/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 60 start >/dev/null ||
        die "server did not start: $(tail -n 5 "$base/server.log" 2>/dev/null)"

    admin_psql "$base" -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'"
    reset_db "$base"
    trap - EXIT

    printf 'export INQUIRY_TEST_PG_URL=%q\n' "jdbc:postgresql://127.0.0.1:$port/$DB_NAME"
    printf 'export INQUIRY_TEST_PG_USER=%q\n' "$DB_USER"
    printf 'export INQUIRY_TEST_PG_PASSWORD=%q\n' "$DB_PASSWORD"
    printf 'export INQUIRY_CI_PG_DIR=%q\n' "$base"
    printf 'export INQUIRY_CI_PG_PORT=%q\n' "$port"
    log "ready; stop with: .ci/postgres.sh stop $base"
}

case ${1:-} in
    start) start_cluster "${2:-}" ;;
    reset) reset_db "${2:-}" ;;
    stop) stop_cluster "${2:-}" ;;
    *) usage ;;
esac
