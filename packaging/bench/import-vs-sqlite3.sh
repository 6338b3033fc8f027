#!/usr/bin/env bash
# Import benchmark (issue 3): generate a 1,000,000-row provider configuration with Auditbench, import it
# into a fresh workspace with a 512 MB heap, and load the same file with the sqlite3 command-line tool's
# .import into a fresh database; print both times and the ratio (target: Auditbench <= 1.5 x sqlite3).
# Where GNU time is installed (/usr/bin/time) the CPU seconds (user + system) of both are printed too:
# on a machine shared with other work they say more than the wall-clock times.
#
#   packaging/bench/import-vs-sqlite3.sh [ENTRIES] [RUNS]      (defaults: 1000000 and 3; best run counts)
#
# Each run also times two floors with org.auditbench.bench.RawCsvLoad (test classes): the fastest plain JVM load
# (FastCSV on one thread, 64-row INSERTs of the fields as text on the other, nothing mapped), first of the same CSV,
# then of the rows Auditbench stores (entry_rows exported as CSV; the few shapes are left out). The first shows what the JVM
# and the JDBC driver cost by themselves; the second what storing Auditbench's row costs before any parsing.
#
# Needs target/auditbench.jar and target/test-classes (mvn -B -DskipTests package) and sqlite3 (apt-get install sqlite3).
set -euo pipefail
cd "$(dirname "$0")/../.."
ENTRIES="${1:-1000000}"
RUNS="${2:-3}"
JAR=target/auditbench.jar
[ -f "$JAR" ] && [ -d target/test-classes ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
# Auditbench runs as its launcher starts it (packaging/auditbench: the JVM options of packaging/jvm.options), with the
# 512 MB heap issue 3 asks for; the plain JVM loads get the same options.
export AUDITBENCH_JAVA_OPTS=-Xmx512m
JVM_OPTIONS=$(grep -v '^[[:space:]]*#' packaging/jvm.options | tr '\n' ' ')
# shellcheck disable=SC2206 # the options are words
RAW=(java $JVM_OPTIONS -Xmx512m -cp "target/test-classes:$JAR" org.auditbench.bench.RawCsvLoad)
STORED_COLUMNS="shape_id, source_row, domain, address, justification, created, expires, reviewed, extra, domain_facts"
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
CSV="$WORK/provider.csv"

now() { date +%s.%N; }
calc() { awk "BEGIN{printf \"%.2f\", $1}"; }
# timed NAME COMMAND...: runs the command, sets ${NAME}_wall and ${NAME}_cpu (cpu empty without GNU time)
timed() {
  local name=$1; shift
  local start; start=$(now)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%U %S" -o "$WORK/time" "$@"
    printf -v "${name}_cpu" '%s' "$(awk '{printf "%.2f", $1 + $2}' "$WORK/time")"
  else
    "$@"
    printf -v "${name}_cpu" '%s' ""
  fi
  printf -v "${name}_wall" '%s' "$(calc "$(now) - $start")"
}

java -jar "$JAR" generate --entries "$ENTRIES" --out "$CSV" --seed 2026
echo "input: $(du -h "$CSV" | cut -f1), $(( $(wc -l < "$CSV") - 1 )) rows; machine: $(nproc) cores"

best_ab=""; best_sq=""; best_raw=""; best_stored=""
# keeps the smaller of a best-so-far variable and a new time: lower NAME VALUE
lower() { if [ -z "${!1}" ] || awk -v a="$2" -v b="${!1}" 'BEGIN{exit !(a<b)}'; then printf -v "$1" '%s' "$2"; fi; }
for run in $(seq 1 "$RUNS"); do
  rm -f "$WORK"/ws.db* "$WORK"/sqlite3.db
  load=$(cut -d' ' -f1 /proc/loadavg)
  timed ab packaging/auditbench import "$CSV" --workspace "$WORK/ws.db" > "$WORK/import.out"
  timed sq sqlite3 "$WORK/sqlite3.db" ".import --csv $CSV config"
  cpu=""
  [ -n "$ab_cpu" ] && cpu=", CPU ${ab_cpu} s vs ${sq_cpu} s (ratio $(calc "$ab_cpu / $sq_cpu"))"
  echo "run $run (load $load): auditbench ${ab_wall} s, sqlite3 .import ${sq_wall} s, ratio $(calc "$ab_wall / $sq_wall")$cpu"
  rm -f "$WORK"/raw.db "$WORK"/stored.db
  timed raw "${RAW[@]}" "$CSV" "$WORK/raw.db" > /dev/null
  sqlite3 -header -csv "$WORK/ws.db" "SELECT $STORED_COLUMNS FROM entry_rows" > "$WORK/stored.csv"
  timed stored "${RAW[@]}" "$WORK/stored.csv" "$WORK/stored.db" --empty-as-null > /dev/null
  echo "  floors: plain JVM load of the same CSV ${raw_wall} s ($(calc "$raw_wall / $sq_wall")x);" \
    "of the rows Auditbench stores, $(du -h "$WORK/stored.csv" | cut -f1) as CSV, ${stored_wall} s ($(calc "$stored_wall / $sq_wall")x)"
  lower best_ab "$ab_wall"; lower best_sq "$sq_wall"; lower best_raw "$raw_wall"; lower best_stored "$stored_wall"
done
head -1 "$WORK/import.out"
echo "best: auditbench ${best_ab} s (JVM start included, packaging/auditbench with -Xmx512m $JVM_OPTIONS), sqlite3 .import ${best_sq} s," \
  "ratio $(calc "$best_ab / $best_sq") (target <= 1.5)"
echo "best floors: plain JVM load of the CSV ${best_raw} s ($(calc "$best_raw / $best_sq")x); plain JVM load of the rows" \
  "Auditbench stores ${best_stored} s ($(calc "$best_stored / $best_sq")x), before any parsing, mapping or index"
