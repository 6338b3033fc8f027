-- An entry's name facts in two columns instead of eight (see StoredFacts for the form): an import binds six fewer
-- values per entry and a scan's packed row carries six fewer fields.
ALTER TABLE entries ADD COLUMN domain_facts TEXT;
ALTER TABLE entries ADD COLUMN target_facts TEXT;
-- Since stop 12 a name equal to its domain or target, and a registrable domain equal to its name, were stored as '';
-- earlier rows hold full copies. Both are made full copies first, so that one expression below reads every row.
UPDATE entries SET
    domain_name = CASE WHEN domain_name = '' THEN domain ELSE domain_name END,
    target_name = CASE WHEN target_name = '' THEN target ELSE target_name END;
UPDATE entries SET
    domain_registrable = CASE WHEN domain_registrable = '' THEN domain_name ELSE domain_registrable END,
    target_registrable = CASE WHEN target_registrable = '' THEN target_name ELSE target_registrable END;
UPDATE entries SET
    domain_facts = CASE
        WHEN domain_name IS NULL THEN ''
        WHEN domain_name = domain AND domain_registrable = domain_name AND domain_reserved IS NULL AND domain_known_suffix = 1 THEN NULL
        ELSE CASE WHEN domain_name = domain THEN '' ELSE replace(replace(domain_name, '\', '\\'), '|', '\|') END
            || '|' || CASE WHEN domain_registrable IS NULL THEN '\N' WHEN domain_registrable = domain_name THEN ''
                           ELSE replace(replace(domain_registrable, '\', '\\'), '|', '\|') END
            || '|' || ifnull(replace(replace(domain_reserved, '\', '\\'), '|', '\|'), '')
            || '|' || domain_known_suffix END,
    target_facts = CASE
        WHEN target_name IS NULL THEN ''
        WHEN target_name = target AND target_registrable = target_name AND target_reserved IS NULL AND target_known_suffix = 1 THEN NULL
        ELSE CASE WHEN target_name = target THEN '' ELSE replace(replace(target_name, '\', '\\'), '|', '\|') END
            || '|' || CASE WHEN target_registrable IS NULL THEN '\N' WHEN target_registrable = target_name THEN ''
                           ELSE replace(replace(target_registrable, '\', '\\'), '|', '\|') END
            || '|' || ifnull(replace(replace(target_reserved, '\', '\\'), '|', '\|'), '')
            || '|' || target_known_suffix END;
ALTER TABLE entries DROP COLUMN domain_name;
ALTER TABLE entries DROP COLUMN domain_registrable;
ALTER TABLE entries DROP COLUMN domain_reserved;
ALTER TABLE entries DROP COLUMN domain_known_suffix;
ALTER TABLE entries DROP COLUMN target_name;
ALTER TABLE entries DROP COLUMN target_registrable;
ALTER TABLE entries DROP COLUMN target_reserved;
ALTER TABLE entries DROP COLUMN target_known_suffix;
