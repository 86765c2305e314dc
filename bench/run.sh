#!/usr/bin/env bash
# The benchmark suite, one command: bench/run.sh [rows]   (default 1,000,000; BENCH_SKIP_POSTGRES=1 for H2 only)
# Measures, side by side on this machine and in one run:
#   - REST intake driven by wrk (bench/intake.lua) beside a bare Spring Boot app taking the same JSON and writing
#     the same rows (bench/bare -Pintake), and raw JDBC transactions writing them;
#   - grid pages through the grid's own service at offsets 0 to 900,000 (OFFSET vs seek), filters, search;
#   - the CSV export of every row beside H2's CSVWRITE and PostgreSQL's COPY, with the app's peak heap;
#   - the contacts grid over as many contacts; 1,000 clients' mails taken in from GreenMail's and Dovecot's IMAP;
#     both on H2 (a file) and on a throwaway PostgreSQL (.ci/postgres.sh, with PostgreSQL's durable defaults);
#   - retained heap per visitor and per staff session (real Chromium sessions against the production jar);
#   - start-up to the first page served, median of 5, for Inquiry Desk and a bare Spring Boot app
#     (bench/bare), as plain `java -jar` and as an extracted jar with a JDK 25 AOT cache.
# Writes docs/benchmarks.md. Targets are goals for the code, not assertions: nothing here fails on a number.
# Each part's table is kept in bench/results, so one part can be measured again and the report rewritten:
#   BENCH_ONLY="h2 postgres memory startup" (any of them), BENCH_ONLY=report (only the report), and
#   BENCH_TESTS="DashboardBenchmark" (some of IntakeBenchmark GridBenchmark ExportBenchmark DashboardBenchmark
#   ContactsBenchmark InboundMailBenchmark InboundMailDovecotBenchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
out=docs/benchmarks.md

# shellcheck source=../.ci/run
source .ci/run # defines find_jdk: the newest JDK >= 21 (the AOT cache needs 25)
find_jdk
install_packages # PostgreSQL and Chromium, as for the tests
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VAADIN_USAGE_STATS_ENABLED=false
mvn() { ./mvnw -B -ntp -q "$@"; }
if ! command -v wrk >/dev/null; then # Debian's package; the intake benchmark drives the app with it
    echo "Installing wrk"
    sudo=$([[ $(id -u) == 0 ]] || echo sudo)
    $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

part() { # whether this part is to be measured
    [[ -z ${BENCH_ONLY:-} || " $BENCH_ONLY " == *" $1 "* ]]
}
tests=${BENCH_TESTS:-IntakeBenchmark GridBenchmark ExportBenchmark DashboardBenchmark ContactsBenchmark InboundMailBenchmark InboundMailDovecotBenchmark}

bench_java() { # runs the benchmark classes given on H2, or on PostgreSQL with -Ppostgres
    local database=$1
    shift
    for test in "$@"; do
        if [[ $database == postgres ]]; then
            bash .ci/postgres.sh reset "$INQUIRY_CI_PG_DIR" >/dev/null
            mvn -Pbench,postgres failsafe:integration-test@default failsafe:verify@default -Dbench.rows="$rows" -Dit.test="$test"
        else
            mvn -Pbench failsafe:integration-test@default failsafe:verify@default -Dbench.rows="$rows" -Dit.test="$test"
        fi
        cp target/"$(tr '[:upper:]' '[:lower:]' <<<"${test%Benchmark}")"-benchmark.md "$work/$test-$database.md"
    done
}

notes() { # what was learnt from a part's figures, written by hand, stays with them: bench/notes/<name>.md
    if [[ -f bench/notes/$1.md ]]; then
        cat "bench/notes/$1.md"
        echo
    fi
}

write_report() {
    {
        echo "# Benchmarks"
        echo
        echo "Measured by \`bench/run.sh $rows\` on $(date -u +%Y-%m-%d): $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
        echo "$(java -version 2>&1 | grep -v '^Picked up' | head -n 1). Each figure sits beside the best the database or a bare app does on"
        echo "the same machine in the same run, so the ratios hold on a noisy machine. The README compares them with"
        echo "the targets. H2 is a file with the production URL's settings (every commit written before it returns);"
        echo "PostgreSQL $(psql --version | awk '{print $3}') is a throwaway cluster on the same machine with its durable defaults"
        echo "(fsync, synchronous_commit). Rows are seeded with batched inserts, not through the app."
        echo
        for database in h2 postgres; do
            for part in Intake Grid Export Dashboard Contacts InboundMail InboundMailDovecot; do
                file=$work/${part}Benchmark-$database.md
                [[ -f $file ]] || continue
                echo "## $(head -n 1 "$file" | sed 's/^# //'), $([[ $database == h2 ]] && echo "H2 (file)" || echo PostgreSQL)"
                echo
                echo "Measured $(date -u -r "$file" '+%Y-%m-%d %H:%M UTC')."
                echo
                sed '1,/^$/d' "$file"
                echo
                notes "$part-$database"
            done
        done
        if [[ -f $work/MemoryBenchmark-h2.md ]]; then
            echo "## $(head -n 1 "$work/MemoryBenchmark-h2.md" | sed 's/^# //')"
            echo
            echo "Measured $(date -u -r "$work/MemoryBenchmark-h2.md" '+%Y-%m-%d %H:%M UTC')."
            echo
            sed '1,/^$/d' "$work/MemoryBenchmark-h2.md"
            echo
            notes Memory
        fi
        if [[ -f $work/startup.txt ]]; then
            echo "## Start-up to the first page served (median of 5)"
            echo
            echo "Measured $(date -u -r "$work/startup.txt" '+%Y-%m-%d %H:%M UTC'). Each app's AOT cache comes from the"
            echo "training run the Dockerfile does (\`src/main/docker/aot-train.sh\`): start, serve the first page, stop."
            echo
            sed 's/^/- /' "$work/startup.txt"
            if [[ -f bench/notes/Startup.md ]]; then
                echo
                cat bench/notes/Startup.md
            fi
        fi
    } >"$out"
    echo "Wrote $out"
}

work=$PWD/bench/results # each part's table, kept when a later part fails or is not measured again
mkdir -p "$work"
if part h2 || part postgres; then
    echo "Compiling"
    mvn clean test-compile
    mvn -f bench/bare/pom.xml -Pintake -DskipTests clean package # IntakeBenchmark's anchor
fi
if part h2; then
    echo "$tests on H2 ($rows rows)"
    # shellcheck disable=SC2086
    bench_java h2 $tests
fi
if part postgres && [[ -z ${BENCH_SKIP_POSTGRES:-} ]]; then
    echo "$tests on PostgreSQL ($rows rows)"
    unset INQUIRY_CI_PG_DIR
    export INQUIRY_PG_DURABLE=1 # commits as a production server makes them, unlike the tests' cluster
    eval "$(bash .ci/postgres.sh start)"
    trap 'bash .ci/postgres.sh stop "$INQUIRY_CI_PG_DIR" >/dev/null 2>&1 || true' EXIT
    # shellcheck disable=SC2086
    bench_java postgres $tests
fi
if part memory || part startup; then
    echo "Production jar"
    mvn -Pproduction -DskipTests package
fi
if part memory; then
    echo "Memory per session (production jar)"
    mvn -Pbench failsafe:integration-test@default failsafe:verify@default -Dit.test=MemoryBenchmark
    cp target/memory-benchmark.md "$work/MemoryBenchmark-h2.md"
fi
startup() { # label, jar, java options: plain java -jar, then the extracted jar with an AOT cache from a training run
    local label=$1 jar=$2 dir
    shift 2
    dir=$work/$(basename "$jar" .jar)
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
    # the training run the Dockerfile does: start, serve the first page, stop
    (cd "$dir" && "$OLDPWD/src/main/docker/aot-train.sh" "$(basename "$jar")" app.aot "$@" >"$work/training.log" 2>&1)
    bench/startup.sh "$label, java -jar" 5 java "$@" -jar "$jar" | tee -a "$work/startup.txt"
    # the cache holds the class path as the training run saw it: start from the same folder, as the Dockerfile does
    (cd "$dir" && "$OLDPWD/bench/startup.sh" "$label, extracted + AOT cache" 5 \
        java -XX:AOTCache=app.aot "$@" -jar "$(basename "$jar")") | tee -a "$work/startup.txt"
}
if part startup; then
    echo "Start-up"
    mvn -f bench/bare/pom.xml -DskipTests package
    rm -rf "$work/startup.txt" "$work"/inquiry-desk-* "$work"/bare-*
    # the app as the Dockerfile starts it: with the bean definitions Spring's AOT processing generated at build time
    startup "Inquiry Desk (Spring AOT)" "$(ls target/inquiry-desk-*.jar)" -Dspring.aot.enabled=true
    startup "bare Spring Boot" bench/bare/target/bare-1.jar
fi

write_report
