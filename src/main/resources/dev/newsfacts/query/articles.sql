-- articles: one row per result document (error documents are in 'errors')
-- MATERIALIZED: else DuckDB copies the from_json call into the WHERE and parses every file twice
WITH documents AS MATERIALIZED (
  SELECT try(from_json(content, '{
    "schemaVersion": "VARCHAR", "error": {"code": "VARCHAR"},
    "source": {"bucket": "VARCHAR", "key": "VARCHAR", "path": "VARCHAR"},
    "contentSha256": "VARCHAR", "extractor": {"version": "VARCHAR"},
    "article": {"title": "VARCHAR", "language": "VARCHAR", "publishedDate": "VARCHAR",
                "dateline": {"location": "VARCHAR", "agency": "VARCHAR", "date": "VARCHAR"},
                "counts": {"paragraphs": "BIGINT", "sentences": "BIGINT", "tokens": "BIGINT"}},
    "quotes": [{"id": "VARCHAR"}], "entities": [{"id": "VARCHAR"}], "facts": [{"id": "VARCHAR"}]
  }')) AS d
  FROM read_text(${files})
)
SELECT
  coalesce(d.source.path, d.source."key") AS article,
  d.source.bucket AS bucket,
  d.article.title AS title,
  d.article.language AS language,
  d.article.publishedDate AS published_date,
  d.article.dateline.location AS dateline_location,
  d.article.dateline.agency AS dateline_agency,
  d.article.dateline."date" AS dateline_date,
  d.article.counts.paragraphs AS paragraphs,
  d.article.counts.sentences AS sentences,
  d.article.counts.tokens AS tokens,
  cardinality(d.quotes) AS quote_count,
  cardinality(d.entities) AS entity_count,
  cardinality(d.facts) AS fact_count,
  d.contentSha256 AS content_sha256,
  d.extractor.version AS extractor_version
FROM documents
WHERE d.schemaVersion IS NOT NULL AND d.error IS NULL
