-- facts: one row per fact of every result document; the fields of the other kinds are NULL
WITH documents AS (
  SELECT try(from_json(content, '{
    "schemaVersion": "VARCHAR",
    "source": {"key": "VARCHAR", "path": "VARCHAR"},
    "facts": [{"id": "VARCHAR", "kind": "VARCHAR", "text": "VARCHAR", "start": "BIGINT", "end": "BIGINT",
               "quantity": {"value": "DOUBLE", "approximate": "BOOLEAN", "unit": "VARCHAR", "text": "VARCHAR"},
               "period": {"from": "VARCHAR", "to": "VARCHAR", "text": "VARCHAR"},
               "location": "VARCHAR", "attribution": {"name": "VARCHAR", "entityId": "VARCHAR"},
               "person": "VARCHAR", "title": "VARCHAR", "organization": "VARCHAR",
               "date": "VARCHAR", "dateText": "VARCHAR"}]
  }')) AS d
  FROM read_text(${files})
),
-- the test for a document in the select list, not in a WHERE: DuckDB would parse every file twice
each_fact AS (
  SELECT coalesce(d.source.path, d.source."key") AS article,
         unnest(CASE WHEN d.schemaVersion IS NOT NULL THEN d.facts END) AS f
  FROM documents
)
SELECT
  article,
  f.id AS id,
  f.kind AS kind,
  f.text AS text,
  f.start AS start,
  f."end" AS "end",
  f.quantity.value AS value,
  f.quantity.approximate AS approximate,
  f.quantity.unit AS unit,
  f.quantity.text AS quantity_text,
  f.period."from" AS period_from,
  f.period."to" AS period_to,
  f.period.text AS period_text,
  f.location AS location,
  f.attribution.name AS attribution_name,
  f.attribution.entityId AS attribution_entity_id,
  f.person AS person,
  f.title AS title,
  f.organization AS organization,
  f."date" AS "date",
  f.dateText AS date_text
FROM each_fact
