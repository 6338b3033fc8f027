-- A scan writes a few hundred thousand findings; every index on them is paid for at each scan. The index on
-- the fingerprint alone put each finding at a random place in a large B-tree (half of a scan's write time at a
-- million entries). Every look-up by fingerprint names the scan too, and (scan_id, fingerprint, severity_rank)
-- answers those directly, so the fingerprint-only index goes.
DROP INDEX findings_by_fingerprint;
