-- how many files there are, and those the views skip: not JSON, or JSON that is no result or error
-- document (NULL when there are none)
SELECT
  count(*) AS files,
  list(filename ORDER BY filename) FILTER (WHERE NOT document) AS unreadable
FROM (
  SELECT filename, try(from_json(content, '{"schemaVersion": "VARCHAR"}')).schemaVersion IS NOT NULL AS document
  FROM read_text(${files})
)
