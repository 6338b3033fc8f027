#!/usr/bin/env bash
# Builds a self-contained Auditbench for Linux with the JDK's jpackage:
#   packaging/jpackage.sh [app-image|deb]     (default: app-image)
# The app-image is a folder with its own Java runtime (target/package/Auditbench/bin/Auditbench);
# the .deb needs fakeroot and declares GTK, which JavaFX needs for a real window.
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-app-image}
case "$type" in app-image|deb) ;; *) echo "usage: $0 [app-image|deb]" >&2; exit 2 ;; esac

version=$(mvn -q -DforceStdout help:evaluate -Dexpression=project.version 2>/dev/null | sed 's/-SNAPSHOT//')
[[ -f target/auditbench.jar ]] || mvn -B -q -DskipTests package

input=target/package/input
rm -rf "$input" "target/package/Auditbench"
mkdir -p "$input"
cp target/auditbench.jar "$input/"

args=(--type "$type" --name Auditbench --app-version "${version:-0.1.0}"
      --input "$input" --main-jar auditbench.jar --main-class org.auditbench.Main
      --icon assets/icons/auditbench.png --dest target/package
      --description "Audits configuration databases for reserved and external routing"
      --java-options "-Xmx2g")
# the launcher's JVM options (see packaging/jvm.options), one --java-options each
while read -r option; do
  case "$option" in ''|'#'*) ;; *) args+=(--java-options "$option") ;; esac
done < packaging/jvm.options
if [[ $type == deb ]]; then
  args+=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office)
fi
jpackage "${args[@]}"
echo "built target/package ($type)"
