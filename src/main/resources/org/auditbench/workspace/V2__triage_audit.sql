-- Auditbench workspace schema, version 2: triage decisions, reviews and sign-off, the hash-chained audit log.
-- Statements end with ';' at the end of a line (see Migrations.statements), so every trigger is one line.

-- Append-only, hash-chained record of every import, scan, decision, waiver lapse, policy change, report
-- export and sign-off. hash = SHA-256 over (seq, at, actor, action, details, prev_hash), see AuditChain.
-- AUTOINCREMENT keeps the highest seq ever used in sqlite_sequence, so deleting the newest rows shows.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be deleted'); END;

-- Every change of a finding's triage status, by a person or by the system, in order. Never changed.
-- origin: individual (chosen by fingerprint), bulk (chosen by a filter), waiver-lapsed, fixed-by-scan, found-again.
CREATE TABLE decisions (
    id              INTEGER PRIMARY KEY,
    fingerprint     TEXT    NOT NULL,
    source_name     TEXT    NOT NULL,
    rule            TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    previous_status TEXT    NOT NULL,
    origin          TEXT    NOT NULL,
    actor           TEXT    NOT NULL,
    decided_at      TEXT    NOT NULL,
    comment         TEXT,
    reason          TEXT,
    waiver_until    TEXT,
    scan_id         INTEGER REFERENCES scans (id),
    audit_seq       INTEGER NOT NULL
);
CREATE INDEX decisions_by_fingerprint ON decisions (fingerprint, id);
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions BEGIN SELECT RAISE(ABORT, 'decisions are history: they cannot be changed'); END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions BEGIN SELECT RAISE(ABORT, 'decisions are history: they cannot be deleted'); END;

-- Where each decided finding stands now (derived from decisions, kept for fast listings). A waiver stays
-- here while its finding is fixed, which is what makes it "orphaned"; it is cleared when it lapses or a
-- person decides otherwise.
CREATE TABLE triage_state (
    fingerprint        TEXT PRIMARY KEY,
    source_name        TEXT    NOT NULL,
    rule               TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    decision_id        INTEGER NOT NULL REFERENCES decisions (id),
    waiver_decision_id INTEGER REFERENCES decisions (id),
    waiver_status      TEXT,
    waiver_reason      TEXT,
    waiver_until       TEXT
);
CREATE INDEX triage_state_by_waiver ON triage_state (waiver_until) WHERE waiver_until IS NOT NULL;

-- A review period and, once signed, its sign-off. Reviews follow each other: a review holds the decisions
-- with ids after the previous review's decisions_through, up to its own (NULL while open).
CREATE TABLE reviews (
    id                 INTEGER PRIMARY KEY,
    period             TEXT    NOT NULL,
    period_start       TEXT    NOT NULL,
    period_end         TEXT    NOT NULL,
    opened_at          TEXT    NOT NULL,
    opened_by          TEXT    NOT NULL,
    decisions_after    INTEGER NOT NULL,
    decisions_through  INTEGER,
    scan_id            INTEGER REFERENCES scans (id),
    signed_at          TEXT,
    reviewer           TEXT,
    role               TEXT,
    statement          TEXT,
    findings_sha256    TEXT,
    decisions_sha256   TEXT,
    report_sha256      TEXT,
    signoff_audit_seq  INTEGER
);
CREATE TRIGGER reviews_signed_read_only BEFORE UPDATE ON reviews WHEN OLD.signed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'a signed-off review is read-only'); END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews BEGIN SELECT RAISE(ABORT, 'reviews cannot be deleted'); END;

-- Lets "scan ... no longer finds" and carry-forward look up one scan's fingerprints quickly.
CREATE INDEX findings_by_scan_fingerprint ON findings (scan_id, fingerprint);

-- An entry's identity across snapshots (key, protocol, layer): snapshot comparison streams entries in this
-- order without sorting them, and "the same entry in the previous snapshot" is one index lookup.
CREATE INDEX entries_by_identity ON entries (snapshot_id, coalesce(address, domain), coalesce(protocol, ''), coalesce(layer, ''));

-- Snapshots and scans made before this version have no audit rows; verify checks only the later ones.
INSERT INTO workspace_info (key, value) SELECT 'audit_after_snapshot', CAST(coalesce(max(id), 0) AS TEXT) FROM snapshots;
INSERT INTO workspace_info (key, value) SELECT 'audit_after_scan', CAST(coalesce(max(id), 0) AS TEXT) FROM scans;
