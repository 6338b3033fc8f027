-- Findings per owner ('' for none) and severity, counted by the scan as it writes them. The owners with the
-- most open findings (overview, findings filter) are these counts minus the few findings decided otherwise,
-- instead of every finding of the scan joined with its entry and triage state (4-5 s at two million findings).
CREATE TABLE scan_owner_counts (
    scan_id       INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    owner         TEXT    NOT NULL,
    severity_rank INTEGER NOT NULL,
    findings      INTEGER NOT NULL,
    PRIMARY KEY (scan_id, owner, severity_rank)
) WITHOUT ROWID;

INSERT INTO scan_owner_counts (scan_id, owner, severity_rank, findings)
SELECT f.scan_id, coalesce(e.owner, ''), f.severity_rank, count(*)
FROM findings f JOIN entries e ON e.id = f.entry_id GROUP BY f.scan_id, coalesce(e.owner, ''), f.severity_rank;
