-- Indexes the workbench needs to stay interactive at 1,000,000 entries (DESIGN §6):
-- an entry's findings (detail pane, worst severity per entry). An entry's history across the snapshots
-- of its source uses entries_by_identity (V2).
CREATE INDEX findings_by_entry ON findings (entry_id, scan_id);
