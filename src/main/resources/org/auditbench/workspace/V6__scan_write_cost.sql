-- A scan writes a few hundred thousand findings; every index on them is paid for at each scan. The index on
-- the fingerprint alone puts each finding at a random place in a large B-tree, so at millions of findings
-- nearly every insert touches another page. Every look-up by fingerprint names the scan too, and
-- (scan_id, fingerprint, severity_rank) answers those directly, so the fingerprint-only index goes.
DROP INDEX findings_by_fingerprint;
