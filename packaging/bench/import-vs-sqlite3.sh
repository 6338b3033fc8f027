#!/usr/bin/env bash
# Import benchmark (issue 3): generate a 1,000,000-row provider configuration with Auditbench, import it
# into a fresh workspace with a 512 MB heap, and load the same file with the sqlite3 command-line tool's
# .import into a fresh database; print both times and the ratio (target: Auditbench <= 1.5 x sqlite3).
# Where GNU time is installed (/usr/bin/time) the CPU seconds (user + system) of both are printed too:
# on a machine shared with other work they say more than the wall-clock times.
#
#   packaging/bench/import-vs-sqlite3.sh [ENTRIES] [RUNS]      (defaults: 1000000 and 3; best run counts)
#
# Needs target/auditbench.jar (mvn -B -DskipTests package) and sqlite3 (apt-get install sqlite3).
set -euo pipefail
cd "$(dirname "$0")/../.."
ENTRIES="${1:-1000000}"
RUNS="${2:-3}"
JAR=target/auditbench.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
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

best_ab=""; best_sq=""
for run in $(seq 1 "$RUNS"); do
  rm -f "$WORK"/ws.db* "$WORK"/sqlite3.db
  load=$(cut -d' ' -f1 /proc/loadavg)
  timed ab java -Xmx512m -jar "$JAR" import "$CSV" --workspace "$WORK/ws.db" > "$WORK/import.out"
  timed sq sqlite3 "$WORK/sqlite3.db" ".import --csv $CSV config"
  cpu=""
  [ -n "$ab_cpu" ] && cpu=", CPU ${ab_cpu} s vs ${sq_cpu} s (ratio $(calc "$ab_cpu / $sq_cpu"))"
  echo "run $run (load $load): auditbench ${ab_wall} s, sqlite3 .import ${sq_wall} s, ratio $(calc "$ab_wall / $sq_wall")$cpu"
  if [ -z "$best_ab" ] || awk -v a="$ab_wall" -v b="$best_ab" 'BEGIN{exit !(a<b)}'; then best_ab=$ab_wall; fi
  if [ -z "$best_sq" ] || awk -v a="$sq_wall" -v b="$best_sq" 'BEGIN{exit !(a<b)}'; then best_sq=$sq_wall; fi
done
head -1 "$WORK/import.out"
echo "best: auditbench ${best_ab} s (JVM start included, -Xmx512m), sqlite3 .import ${best_sq} s," \
  "ratio $(calc "$best_ab / $best_sq") (target <= 1.5)"
