-- the files the views skip: not JSON, or JSON that is no result or error document
SELECT filename
FROM read_text(${files})
WHERE try(from_json(content, '{"schemaVersion": "VARCHAR"}')).schemaVersion IS NULL
ORDER BY filename
