#!/usr/bin/env bash
# The benchmark suite, one command: bench/run.sh [rows]   (default 1,000,000; BENCH_SKIP_POSTGRES=1 for H2 only)
# Measures, side by side on this machine and in one run:
#   - grid pages through the grid's own service at offsets 0 to 900,000 (OFFSET vs seek), filters, search;
#   - the CSV export of every row beside H2's CSVWRITE and PostgreSQL's COPY, with the app's peak heap;
#     both on H2 (a file) and on a throwaway PostgreSQL (.ci/postgres.sh);
#   - start-up to the first page served, median of 5, for Inquiry Desk and a bare Spring Boot app
#     (bench/bare), as plain `java -jar` and as an extracted jar with a JDK 25 AOT cache.
# Writes docs/benchmarks.md. Targets are goals for the code, not assertions: nothing here fails on a number.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
out=docs/benchmarks.md

# shellcheck source=../.ci/run
source .ci/run # defines find_jdk: the newest JDK >= 21 (the AOT cache needs 25)
find_jdk
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VAADIN_USAGE_STATS_ENABLED=false
mvn() { ./mvnw -B -ntp -q "$@"; }

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

echo "Compiling"
mvn clean test-compile
work=$PWD/target/bench-results # each part's table, kept when a later part fails
mkdir -p "$work"
echo "Grid and export on H2 ($rows rows)"
bench_java h2 GridBenchmark ExportBenchmark DashboardBenchmark
if [[ -z ${BENCH_SKIP_POSTGRES:-} ]]; then
    echo "Grid and export on PostgreSQL ($rows rows)"
    unset INQUIRY_CI_PG_DIR
    eval "$(bash .ci/postgres.sh start)"
    trap 'bash .ci/postgres.sh stop "$INQUIRY_CI_PG_DIR" >/dev/null 2>&1 || true' EXIT
    bench_java postgres GridBenchmark ExportBenchmark DashboardBenchmark
fi

echo "Start-up"
mvn -Pproduction -DskipTests package
mvn -f bench/bare/pom.xml -DskipTests package
rm -f "$work/startup.txt"
startup() { # label, jar: plain java -jar, then the extracted jar with an AOT cache from a training run
    local label=$1 jar=$2 dir
    dir=$work/$(basename "$jar" .jar)
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
    (cd "$dir" && java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh \
        -Dspring.datasource.url=jdbc:h2:mem:training -jar "$(basename "$jar")" >"$work/training.log" 2>&1)
    bench/startup.sh "$label, java -jar" 5 java -jar "$jar" | tee -a "$work/startup.txt"
    bench/startup.sh "$label, extracted + AOT cache" 5 java -XX:AOTCache="$dir/app.aot" -jar "$dir/$(basename "$jar")" |
        tee -a "$work/startup.txt"
}
startup "Inquiry Desk" "$(ls target/inquiry-desk-*.jar)"
startup "bare Spring Boot" bench/bare/target/bare-1.jar

{
    echo "# Benchmarks"
    echo
    echo "Measured by \`bench/run.sh $rows\` on $(date -u +%Y-%m-%d): $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
    echo "$(java -version 2>&1 | head -n 1). Each figure sits beside the best the database or a bare app does on"
    echo "the same machine in the same run, so the ratios hold on a noisy machine."
    echo
    for file in "$work"/*Benchmark-h2.md "$work"/*Benchmark-postgres.md; do
        [[ -f $file ]] || continue
        echo "## $(basename "$file" .md)"
        echo
        sed '1,/^$/d' "$file"
        echo
    done
    echo "## Start-up to the first page served (median of 5)"
    echo
    cat "$work/startup.txt"
} >"$out"
echo "Wrote $out"
