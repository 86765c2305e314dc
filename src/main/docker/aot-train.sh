#!/usr/bin/env bash
# The training run of a JDK 25 AOT cache: aot-train.sh <jar> <cache file> [java option …]
# Starts the app on a throwaway in-memory database, waits until it has served its first page, and stops it;
# the JVM writes the cache as it exits. The cache then holds every class the start-up and the first page
# load and link, not only those of the Spring context. Needs bash only (no curl), so it runs in the JRE image.
# Run it from the folder the app will start from: the cache holds the class path as the training run saw it,
# and give it the options the app will start with (-Dspring.aot.enabled=true), as they decide what it loads.
set -euo pipefail
jar=$1 cache=$2
shift 2
port=${TRAINING_PORT:-18080}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

PORT=$port SERVER_PORT=$port INQUIRY_DATA_DIR=$data \
    java -XX:AOTCacheOutput="$cache" "$@" -Dspring.datasource.url=jdbc:h2:mem:training -jar "$jar" &
app=$!

served() { # whether GET / answers 200; a plain HTTP request over bash's /dev/tcp
    (
        exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
        printf 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
        read -r -t 30 status <&3 && [[ $status == *" 200"* ]]
    ) 2>/dev/null
}
for ((waited = 0; ; waited++)); do
    if served; then
        break
    fi
    if ! kill -0 "$app" 2>/dev/null || ((waited > 600)); then
        echo "aot-train.sh: the app did not serve its first page" >&2
        kill "$app" 2>/dev/null || true
        exit 1
    fi
    sleep 0.2
done
kill -TERM "$app"
wait "$app" || true # a JVM stopped by SIGTERM exits with 143 once the cache is written
test -s "$cache"
