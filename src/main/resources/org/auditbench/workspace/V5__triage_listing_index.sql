-- The workbench filters and counts findings by the triage status in force, which is looked up by
-- fingerprint. With the severity beside the fingerprint, those counts (and the overview's open findings by
-- severity) read only this index and the triage state, never the findings' rows: at a million entries and
-- a few hundred thousand decisions under a second instead of about four (see WorkbenchQueriesBenchmark).
-- It answers every look-up the V2 index (scan_id, fingerprint) answered, so it replaces it. The severity
-- comes after the fingerprint on purpose: an index starting (scan_id, severity_rank, ...) would compete
-- with findings_by_scan for severity filters and visit the findings' rows out of order.
DROP INDEX findings_by_scan_fingerprint;
CREATE INDEX findings_by_scan_fingerprint_rank ON findings (scan_id, fingerprint, severity_rank);
