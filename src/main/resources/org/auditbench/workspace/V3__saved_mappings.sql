-- Column mappings saved by name (import --save-mapping NAME), so next quarter's export of the same
-- source maps the same way (import --mapping NAME). The mapping is JSON: canonical field id -> column.

CREATE TABLE saved_mappings (
    name        TEXT PRIMARY KEY,
    mapping     TEXT NOT NULL,
    format      TEXT,
    source_name TEXT,
    saved_at    TEXT NOT NULL
);
