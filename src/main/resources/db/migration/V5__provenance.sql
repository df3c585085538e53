-- Provenance and classification of versions (issue 9). How each text was made, so a text that
-- changed because our rules changed is told apart from an edit by the publisher; and what kind
-- of change each publisher edit is, stored so that search and export filters stay cheap.
-- Rows made before this migration have no provenance (NULL) and count as publisher edits.

-- The kliping release that extracted the text, and SHA-256 hex of the outlet's effective rules
-- (its selectors and boilerplate with the catalogue added); "extractor" already says outlet or
-- generic.
ALTER TABLE version ADD COLUMN kliping_version VARCHAR(40);
ALTER TABLE version ADD COLUMN rules_hash VARCHAR(64);
-- first (the page's first version), edit (the outlet served something else) or reextraction
-- (the same bytes, or a text that differs only because our rules changed).
ALTER TABLE version ADD COLUMN cause VARCHAR(20) DEFAULT 'edit' NOT NULL;
UPDATE version SET cause = 'first' WHERE number = 1;
-- Of a publisher edit, against the version before it: cosmetic or substantive, and its kinds
-- as a space-separated list ("number name"); NULL for first versions and re-extractions.
ALTER TABLE version ADD COLUMN significance VARCHAR(20);
ALTER TABLE version ADD COLUMN kinds VARCHAR(200);
-- The text carries a notice of correction or update (Ralat, Koreksi, "Update:"...).
ALTER TABLE version ADD COLUMN correction BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX version_cause ON version (page_id, cause);
