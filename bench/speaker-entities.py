#!/usr/bin/env python3
"""Quotes whose speaker is named but not linked to a PERSON entity (the contract: every quoted speaker who is a
named person is a PERSON entity and speaker.entityId points to it).

Usage: speaker-entities.py PRED_DIR [N]
Prints the count of named speakers, how many lack a PERSON link (no entityId, an id no entity has, or an entity of
another type), how many of those are named as an organisation, place or group of the same document (a body that
speaks, no person), and the N most frequent of the rest, the people left unlinked (and the speaker step's misreads).
"""
import collections
import json
import os
import sys


def main(argv):
    pred_dir = argv[0]
    n = int(argv[1]) if len(argv) > 1 else 20
    named = 0
    body = 0
    unlinked = collections.Counter()
    for name in sorted(os.listdir(pred_dir)):
        if not name.endswith(".json") or name.endswith(".error.json"):
            continue
        doc = json.load(open(os.path.join(pred_dir, name), encoding="utf-8"))
        types = {e["id"]: e["type"] for e in doc.get("entities") or []}
        bodies = {n for e in doc.get("entities") or [] if e["type"] != "PERSON" for n in [e["name"], *e["aliases"]]}
        bodies |= {m["text"] for e in doc.get("entities") or [] if e["type"] != "PERSON" for m in e["mentions"]}
        for q in doc.get("quotes") or []:
            s = q.get("speaker") or {}
            if not s.get("name"):
                continue
            named += 1
            if types.get(s.get("entityId")) != "PERSON":
                if s["name"] in bodies:
                    body += 1
                else:
                    unlinked[(s["name"], types.get(s.get("entityId"), "-"))] += 1
    print(f"named speakers {named}, without a PERSON link {body + sum(unlinked.values())}: "
          f"named as a body {body}, the rest {sum(unlinked.values())}")
    print(", ".join(f"{k[0]!r} ({k[1]}) {v}" for k, v in unlinked.most_common(n)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
