-- quotes: one row per quote of every result document, the speaker and cue flattened
WITH documents AS (
  SELECT try(from_json(content, '{
    "schemaVersion": "VARCHAR",
    "source": {"key": "VARCHAR", "path": "VARCHAR"},
    "quotes": [{"id": "VARCHAR", "kind": "VARCHAR", "text": "VARCHAR", "start": "BIGINT", "end": "BIGINT",
                "speaker": {"name": "VARCHAR", "entityId": "VARCHAR", "description": "VARCHAR",
                            "mention": {"text": "VARCHAR"}, "resolution": "VARCHAR", "rule": "VARCHAR"},
                "cue": {"text": "VARCHAR"}, "confidence": "DOUBLE"}]
  }')) AS d
  FROM read_text(${files})
),
-- unnest() in the select list, not CROSS JOIN UNNEST: DuckDB plans the latter as a lateral join,
-- several times slower over thousands of documents. The test for a document sits in the same select
-- list, not in a WHERE: DuckDB would copy the from_json call into the filter and parse every file twice.
each_quote AS (
  SELECT coalesce(d.source.path, d.source."key") AS article,
         unnest(CASE WHEN d.schemaVersion IS NOT NULL THEN d.quotes END) AS q
  FROM documents
)
SELECT
  article,
  q.id AS id,
  q.kind AS kind,
  q.text AS text,
  q.start AS start,
  q."end" AS "end",
  q.speaker.name AS speaker_name,
  q.speaker.entityId AS speaker_entity_id,
  q.speaker.mention.text AS speaker_mention,
  q.speaker.description AS speaker_description,
  q.speaker.resolution AS resolution,
  q.speaker.rule AS rule,
  q.cue.text AS cue,
  q.confidence AS confidence
FROM each_quote
