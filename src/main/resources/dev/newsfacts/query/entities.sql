-- entities: one row per entity of every result document
WITH documents AS (
  SELECT try(from_json(content, '{
    "schemaVersion": "VARCHAR",
    "source": {"key": "VARCHAR", "path": "VARCHAR"},
    "entities": [{"id": "VARCHAR", "type": "VARCHAR", "name": "VARCHAR", "aliases": ["VARCHAR"],
                  "titles": ["VARCHAR"], "mentions": [{"start": "BIGINT"}]}]
  }')) AS d
  FROM read_text(${files})
),
-- the test for a document in the select list, not in a WHERE: DuckDB would parse every file twice
each_entity AS (
  SELECT coalesce(d.source.path, d.source."key") AS article,
         unnest(CASE WHEN d.schemaVersion IS NOT NULL THEN d.entities END) AS e
  FROM documents
)
SELECT
  article,
  e.id AS id,
  e.type AS type,
  e.name AS name,
  e.aliases AS aliases,
  e.titles AS titles,
  cardinality(e.mentions) AS mentions
FROM each_entity
