-- What the triage decisions take out of the overview's per-owner counts is found from the decided fingerprints:
-- each one's findings in the scan, their severity and their entry (for its owner). With the entry beside the
-- severity, that reads only this index, not every decided finding's row: after a bulk waiver of 333,022 findings
-- at two million findings, the top owners take about 2.3 s instead of 3.3-4 s. It answers every look-up the V5
-- index answered, so it replaces it; each finding's entry in it costs a scan a few bytes per finding.
DROP INDEX IF EXISTS findings_by_scan_fingerprint_rank;
CREATE INDEX IF NOT EXISTS findings_by_scan_fingerprint_rank_entry
    ON findings (scan_id, fingerprint, severity_rank, entry_id);
