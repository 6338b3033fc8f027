#!/usr/bin/env sh
# Writes a class-data-sharing archive for the fat jar (JDK 17 dynamic AppCDS), which packaging/auditbench then passes
# to the JVM: the classes an import and a scan load, and the lambda and method-handle classes they spin, are read
# mapped from the archive instead of being loaded, verified and generated again on every run. Measured at stop 15
# (2 cores): a one-row import 0.51-0.56 s -> 0.35-0.36 s wall; C2 no longer compiles ASM's class writer.
#
#   packaging/cds-archive.sh JAR ARCHIVE      (mvn package runs it: target/auditbench.jar target/auditbench.jsa)
#
# The training run is a gate of the demo CSV (import into a throw-away workspace, scan, findings); it exits 1 because
# the demo has critical findings. An archive belongs to one jar and one JDK: the launcher uses it only when it is newer
# than the jar, and the JVM ignores it silently (-Xshare:auto) when the JDK differs.
set -eu
jar=$1
archive=$2
here=$(cd "$(dirname "$0")" && pwd)
options=$(grep -v '^[[:space:]]*#' "$here/jvm.options" | tr '\n' ' ')
rm -f "$archive"
status=0
# shellcheck disable=SC2086 # the options are words
java $options -Xmx512m -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" \
  gate "$here/../assets/demo/autodiscover-2026Q4.csv" --policy "$here/../assets/demo/policy.yaml" --fail-on critical \
  > /dev/null 2> "$archive.log" || status=$?
if [ "$status" -ne 1 ] || [ ! -s "$archive" ]; then
  cat "$archive.log" >&2
  echo "cds-archive: the training run exited $status; no class-data archive (the launcher runs without one)" >&2
  rm -f "$archive"
fi
rm -f "$archive.log"
exit 0
