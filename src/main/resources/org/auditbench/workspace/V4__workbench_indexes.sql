-- Indexes the workbench needs to stay interactive at 1,000,000 entries (DESIGN §6):
-- an entry's findings (detail pane, worst severity per entry) and an entry's history across the
-- snapshots of its source (same key, protocol and layer).
CREATE INDEX findings_by_entry ON findings (entry_id, scan_id);
CREATE INDEX entries_by_domain ON entries (domain, snapshot_id);
