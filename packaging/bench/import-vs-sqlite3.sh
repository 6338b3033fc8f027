#!/usr/bin/env bash
# Import benchmark (issue 3): generate a 1,000,000-row provider configuration with Auditbench, import it
# into a fresh workspace with a 512 MB heap, and load the same file with the sqlite3 command-line tool's
# .import into a fresh database; print both times and the ratio (target: Auditbench <= 1.5 x sqlite3).
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
java -jar "$JAR" generate --entries "$ENTRIES" --out "$CSV" --seed 2026
echo "input: $(du -h "$CSV" | cut -f1), $(( $(wc -l < "$CSV") - 1 )) rows; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

best_ab=""; best_sq=""
for run in $(seq 1 "$RUNS"); do
  rm -f "$WORK"/ws.db* "$WORK"/sqlite3.db
  start=$(now)
  java -Xmx512m -jar "$JAR" import "$CSV" --workspace "$WORK/ws.db" > "$WORK/import.out"
  ab=$(awk -v a="$(now)" -v b="$start" 'BEGIN{print a-b}')
  start=$(now)
  sqlite3 "$WORK/sqlite3.db" ".import --csv $CSV config"
  sq=$(awk -v a="$(now)" -v b="$start" 'BEGIN{print a-b}')
  printf 'run %d: auditbench %.2f s, sqlite3 .import %.2f s, ratio %.2f\n' "$run" "$ab" "$sq" "$(awk -v a="$ab" -v b="$sq" 'BEGIN{print a/b}')"
  if [ -z "$best_ab" ] || awk -v a="$ab" -v b="$best_ab" 'BEGIN{exit !(a<b)}'; then best_ab=$ab; fi
  if [ -z "$best_sq" ] || awk -v a="$sq" -v b="$best_sq" 'BEGIN{exit !(a<b)}'; then best_sq=$sq; fi
done
head -1 "$WORK/import.out"
printf 'best: auditbench %.2f s (JVM start included, -Xmx512m), sqlite3 .import %.2f s, ratio %.2f (target <= 1.5)\n' \
  "$best_ab" "$best_sq" "$(awk -v a="$best_ab" -v b="$best_sq" 'BEGIN{print a/b}')"
