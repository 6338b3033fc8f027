#!/bin/sh
# Regenerates the README's screenshots of the workbench on the demo data, as a user sees them.
#
#   mvn -B -DskipTests package && docs/screenshots/make-screenshots.sh [light|dark|both]
#
# Needs a display or Xvfb (xvfb-run), GTK (libgtk-3-0) and, to keep the PNGs small, pngquant.
# Builds a workspace from assets/demo (both quarters) plus a small partner export with a few bad rows
# (docs/screenshots/partner-routes-2026Q4.csv, so the Sources view has rejects to show), scans it with the
# demo policy, opens the 2026Q4 review and records a few decisions with the command line, so the findings
# show real triage; then saves one picture per view. Light pictures go to docs/screenshots/, dark ones to
# target/screenshots/. The window runs with its own preferences node and as the reviewer "j.doe".
set -eu
cd "$(dirname "$0")/../.."
THEMES=${1:-both}
JAR=target/auditbench.jar
WORK=target/screenshots
WS=$WORK/contoso-mail.db
mkdir -p "$WORK"
rm -f "$WS" "$WS-wal" "$WS-shm"
ab() { java -jar "$JAR" "$@"; }

ab import assets/demo/autodiscover-2026Q3.csv --source contoso-autodiscover --label 2026Q3 -w "$WS" >/dev/null
ab import assets/demo/autodiscover-2026Q4.csv --source contoso-autodiscover --label 2026Q4 -w "$WS" >/dev/null
# imported from where an auditor would keep a partner's export, so the Sources view shows no build path
EXPORTS=${TMPDIR:-/tmp}/auditbench-demo/exports
mkdir -p "$EXPORTS"
cp docs/screenshots/partner-routes-2026Q4.csv "$EXPORTS/"
ab import "$EXPORTS/partner-routes-2026Q4.csv" --source partner-routes --label 2026Q4 -w "$WS" >/dev/null
ab scan -w "$WS" --policy assets/demo/policy.yaml >/dev/null
ab review open 2026Q4 --by j.doe -w "$WS" >/dev/null
ab triage -w "$WS" --by j.doe --status remediate --rule reserved-to-external \
    --comment "CHG-20931: remove the example.com/example.net fixed entries" >/dev/null
fingerprints() { ab findings -w "$WS" --format json | python3 -c "
import json, sys
rule, key = sys.argv[1], sys.argv[2]
print(' '.join(f['fingerprint'] for f in json.load(sys.stdin) if f['rule'] == rule and key in f['domain']))" "$1" "$2"; }
# shellcheck disable=SC2046
ab triage -w "$WS" --by j.doe --status accepted-risk --until 2027-03-31 \
    --reason "Litware reseller contract renewal signed, partner entry follows in CHG-15561" \
    $(fingerprints external-routing cohowinery.com) >/dev/null
# shellcheck disable=SC2046
ab triage -w "$WS" --by j.doe --status accepted-risk --until 2027-01-31 \
    --reason "Migration window extended to the end of January (CHG-20114)" \
    $(fingerprints temporary-past-date verdant-energy.es) >/dev/null
# shellcheck disable=SC2046
ab triage -w "$WS" --by j.doe --status remediate --comment "Owner asked to renew or remove (CHG-20120)" \
    $(fingerprints expired granitepeak-construction.com) >/dev/null
# shellcheck disable=SC2046
ab triage -w "$WS" --by j.doe --status false-positive --until 2027-06-30 \
    --reason "Proseware hosts Tailspin Toys' mail under contract; partner list update pending" \
    $(fingerprints external-routing tailspintoys.com) >/dev/null

shoot() { # view theme file
    xvfb-run -a -s "-screen 0 1600x1000x24" java -Dauditbench.preferences=/org/auditbench/screenshots \
        -Duser.name=j.doe -jar "$JAR" gui --workspace "$WS" --view "$1" --theme "$2" --screenshot "$3"
    if command -v pngquant >/dev/null; then
        pngquant --force --skip-if-larger --quality 70-95 --output "$3" -- "$3" || true
    fi
}
for view in overview entries findings sources; do
    case $THEMES in light|both) shoot "$view" light "docs/screenshots/$view.png" ;; esac
    case $THEMES in dark|both) shoot "$view" dark "$WORK/$view-dark.png" ;; esac
done
ls -l docs/screenshots/*.png
