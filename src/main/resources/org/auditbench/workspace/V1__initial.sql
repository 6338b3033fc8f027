-- Auditbench workspace schema, version 1: sources, snapshots, entries, rejects, scans, findings.
-- Dates are ISO-8601 text; an entry's name facts are derived once at import (see NameFacts).

CREATE TABLE workspace_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE snapshots (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES sources (id),
    kind           TEXT    NOT NULL,
    locator        TEXT    NOT NULL,
    label          TEXT,
    sha256         TEXT,
    imported_count INTEGER NOT NULL DEFAULT 0,
    rejected_count INTEGER NOT NULL DEFAULT 0,
    started_at     TEXT    NOT NULL,
    finished_at    TEXT,
    environment    TEXT,
    layer          TEXT,
    mapping        TEXT,
    complete       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE entries (
    id                  INTEGER PRIMARY KEY,
    snapshot_id         INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
    source_row          TEXT,
    domain              TEXT    NOT NULL,
    key_kind            TEXT    NOT NULL,
    address             TEXT,
    protocol            TEXT,
    target              TEXT,
    target_raw          TEXT,
    target_kind         TEXT    NOT NULL,
    port                INTEGER,
    encryption          TEXT,
    username            TEXT,
    owner               TEXT,
    justification       TEXT,
    created             TEXT,
    expires             TEXT,
    reviewed            TEXT,
    environment         TEXT,
    layer               TEXT,
    extra               TEXT,
    domain_name         TEXT,
    domain_registrable  TEXT,
    domain_reserved     TEXT,
    domain_known_suffix INTEGER NOT NULL DEFAULT 0,
    target_name         TEXT,
    target_registrable  TEXT,
    target_reserved     TEXT,
    target_known_suffix INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entries_by_snapshot ON entries (snapshot_id);

CREATE TABLE rejects (
    id          INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
    locator     TEXT    NOT NULL,
    raw         TEXT,
    reason      TEXT    NOT NULL
);
CREATE INDEX rejects_by_snapshot ON rejects (snapshot_id);

CREATE TABLE scans (
    id                 INTEGER PRIMARY KEY,
    started_at         TEXT    NOT NULL,
    finished_at        TEXT,
    policy_origin      TEXT    NOT NULL,
    policy_text        TEXT    NOT NULL,
    policy_hash        TEXT    NOT NULL,
    reference_versions TEXT    NOT NULL,
    finding_count      INTEGER NOT NULL DEFAULT 0,
    complete           INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE scan_snapshots (
    scan_id     INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
    PRIMARY KEY (scan_id, snapshot_id)
);

CREATE TABLE findings (
    id               INTEGER PRIMARY KEY,
    scan_id          INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    entry_id         INTEGER NOT NULL REFERENCES entries (id),
    related_entry_id INTEGER REFERENCES entries (id),
    rule             TEXT    NOT NULL,
    severity         TEXT    NOT NULL,
    severity_rank    INTEGER NOT NULL,
    fingerprint      TEXT    NOT NULL,
    message          TEXT    NOT NULL,
    evidence         TEXT
);
CREATE INDEX findings_by_scan ON findings (scan_id, severity_rank);
CREATE INDEX findings_by_fingerprint ON findings (fingerprint);
