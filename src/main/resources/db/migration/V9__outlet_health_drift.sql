-- The drift check of an outlet read by the generic extractor alone has no rules to stop
-- matching; it watches titles, the words per article and the articles found per pass instead.
ALTER TABLE outlet_health ADD COLUMN missing_title INTEGER DEFAULT 0 NOT NULL;
-- Words in the bodies of the articles extracted, for the words per article.
ALTER TABLE outlet_health ADD COLUMN words BIGINT DEFAULT 0 NOT NULL;
-- Discovery passes, for the articles found per pass (revisit passes discover nothing).
ALTER TABLE outlet_health ADD COLUMN passes INTEGER DEFAULT 0 NOT NULL;
-- Whether the outlet's last pass that day expected the generic extractor (no rules).
ALTER TABLE outlet_health ADD COLUMN generic_only BOOLEAN DEFAULT FALSE NOT NULL;
