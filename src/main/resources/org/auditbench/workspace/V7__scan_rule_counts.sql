-- How many findings each rule raised in a scan, and the worst severity among them: the overview's "findings
-- by rule" and the findings filter's rule choices. Counted by the scan as it writes its findings (they never
-- change afterwards), where aggregating them again cost two seconds per look at two million findings.
CREATE TABLE scan_rule_counts (
    scan_id    INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    rule       TEXT    NOT NULL,
    findings   INTEGER NOT NULL,
    worst_rank INTEGER NOT NULL,
    PRIMARY KEY (scan_id, rule)
) WITHOUT ROWID;

INSERT INTO scan_rule_counts (scan_id, rule, findings, worst_rank)
SELECT scan_id, rule, count(*), min(severity_rank) FROM findings GROUP BY scan_id, rule;
