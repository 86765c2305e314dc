#!/usr/bin/env bash
# Start-up time: from launching the JVM to the first page served (GET / answers 200), median of N runs.
#   bench/startup.sh <label> <runs> <command...>
# The command must start the app on $PORT; each run gets a fresh H2 database in a temporary folder.
set -euo pipefail
label=$1 runs=$2
shift 2
times=()
for ((i = 1; i <= runs; i++)); do
    data=$(mktemp -d)
    # a free port below Linux's ephemeral range (32768 and up), where outgoing connections take theirs
    port=$(( 20000 + RANDOM % 12000 ))
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$(( 20000 + RANDOM % 12000 )); done
    start=$(date +%s%N)
    PORT=$port SERVER_PORT=$port INQUIRY_DATA_DIR=$data INQUIRY_ADMIN_PASSWORD='kiln quartz lantern 47' "$@" >"$data/app.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "$label: the app exited; see $data/app.log" >&2
            exit 1
        fi
        sleep 0.05
    done
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$data"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "$label: median ${median} ms of ${runs} runs (${times[*]})"
