-- errors: one row per error document (an input that could not be processed)
-- MATERIALIZED: else DuckDB copies the from_json call into the WHERE and parses every file twice
WITH documents AS MATERIALIZED (
  SELECT try(from_json(content, '{
    "schemaVersion": "VARCHAR",
    "source": {"bucket": "VARCHAR", "key": "VARCHAR", "path": "VARCHAR"},
    "contentSha256": "VARCHAR", "extractor": {"version": "VARCHAR"},
    "error": {"code": "VARCHAR", "message": "VARCHAR"}
  }')) AS d
  FROM read_text(${files})
)
SELECT
  coalesce(d.source.path, d.source."key") AS article,
  d.source.bucket AS bucket,
  d.error.code AS code,
  d.error.message AS message,
  d.contentSha256 AS content_sha256,
  d.extractor.version AS extractor_version
FROM documents
WHERE d.schemaVersion IS NOT NULL AND d.error IS NOT NULL
