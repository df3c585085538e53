-- Revisit records: a re-fetch whose body is the same as the URL's previous capture (or a 304) is
-- written to WARC as a revisit record without the body. Its capture row names the capture whose
-- record holds the bytes, so every reader can follow it there.
ALTER TABLE capture ADD COLUMN revisit_of BIGINT REFERENCES capture (id);
-- The previous capture of a URL (feeds and robots.txt have no page), and a revisit's original
-- by its WARC-Record-ID when the database is rebuilt from the WARC files.
CREATE INDEX capture_url ON capture (url, fetched_at);
CREATE INDEX capture_record ON capture (warc_record_id);
