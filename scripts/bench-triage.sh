#!/usr/bin/env bash
# Benchmark of the triage workflow at scale (issue 5): two quarterly exports of N rows (default 1,000,000)
# of one source, imported and scanned, then diff, a bulk decision, the findings listing, and verify.
# Numbers are indicative (shared machine); nothing here asserts a time.
#
#   mvn -B -q -DskipTests package && scripts/bench-triage.sh [ROWS] [WORKDIR]
#
# The second export differs from the first in ~1% of targets, drops every 500th row and adds 2,000 rows;
# about 5% of rows route to an unapproved external domain (external-routing findings).
set -euo pipefail
ROWS=${1:-1000000}
WORK=${2:-$(mktemp -d)}
JAR=${JAR:-$(dirname "$0")/../target/auditbench.jar}
WS="$WORK/bench.db"
mkdir -p "$WORK"
rm -f "$WS" "$WS"-wal "$WS"-shm

gen() { # $1 = quarter (1 or 2)
  awk -v n="$ROWS" -v q="$1" 'BEGIN {
    print "layer,domain,protocol,hostname,port,encryption,owner,justification,expires,environment";
    split("imap smtp pop3 autodiscover", p, " ");
    for (i = 1; i <= n; i++) {
      if (q == 2 && i % 500 == 0) continue;                       # removed in Q2
      host = (i % 20 == 0) ? "mail.partner" (i % 97) ".net" : "mx" (i % 7) ".contoso.com";
      if (q == 2 && i % 100 == 1) host = "mx9.contoso-mail.com";   # changed target in Q2
      printf "domain,customer%d.com,%s,%s,993,ssl,Team %d,Customer mailbox CHG-%d,2027-12-31,prod\n",
             i, p[i % 4 + 1], host, i % 50, i;
    }
    if (q == 2) for (i = 1; i <= 2000; i++)
      printf "domain,newcustomer%d.com,imap,imap.contoso.com,993,ssl,Team 1,Onboarding CHG-9%d,2027-12-31,prod\n", i, i;
  }' > "$WORK/q$1.csv"
}

t() { local label=$1; shift; local start=$(date +%s.%N); "$@"; local end=$(date +%s.%N);
      printf '%-44s %7.1f s\n' "$label" "$(echo "$end - $start" | bc)" >&2; }

gen 1; gen 2
printf 'organization: Bench\nownedDomains: [contoso.com, contoso-mail.com]\nreviewDate: 2026-12-31\n' > "$WORK/policy.yaml"
echo "rows: $(($(wc -l < "$WORK/q1.csv") - 1)) and $(($(wc -l < "$WORK/q2.csv") - 1)); workdir $WORK" >&2
AB() { java -Xmx1g -jar "$JAR" "$@" --workspace "$WS"; }
t "import Q1"                                   AB import "$WORK/q1.csv" --source bench --label Q1 > /dev/null
t "scan Q1"                                     AB scan --policy "$WORK/policy.yaml" > /dev/null
t "bulk triage (external-routing -> remediate)" AB triage --rule external-routing --status remediate --by bench > /dev/null
t "import Q2"                                   AB import "$WORK/q2.csv" --source bench --label Q2 > /dev/null
t "scan Q2 (carry-forward, fixed, found again)" AB scan --policy "$WORK/policy.yaml" > /dev/null
t "diff Q1 -> Q2 (text)"                        AB diff > "$WORK/diff.txt"
t "diff Q1 -> Q2 (json)"                        AB diff --format json > "$WORK/diff.json"
t "findings --format json"                      AB findings --format json > "$WORK/findings.json"
t "signoff"                                     AB signoff --period 2026Q4 --reviewer bench --role tester --statement benchmark > /dev/null
t "verify (chain + records + sign-off digests)" AB verify > /dev/null
tail -1 "$WORK/diff.txt" >&2
echo "findings in the last scan: $(grep -c '"fingerprint"' "$WORK/findings.json")" >&2
echo "workspace: $(du -h "$WS" | cut -f1)" >&2
