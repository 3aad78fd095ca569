#!/usr/bin/env python3
"""Where our entity mentions and the CoreNLP silver disagree, by surface text, to tell our misses from
CoreNLP's errors (the silver is agreement, not truth).

Usage: ner-disagreements.py SILVER.jsonl PRED_DIR TEXT_DIR [N]
Prints, per kind, the N most frequent (type, text): silver mentions we miss, mentions we give another
type, and our mentions the silver lacks. Matching as in ner_agreement.py: overlap >= 50% of the longer span.
"""
import collections
import json
import os
import sys


def ok(a, b):
    o = min(a[2], b[2]) - max(a[1], b[1])
    return o > 0 and 2 * o >= max(a[2] - a[1], b[2] - b[1])


def main(argv):
    silver_path, pred_dir, text_dir = argv[:3]
    n = int(argv[3]) if len(argv) > 3 else 12
    kinds = {"missed": collections.Counter(), "other type": collections.Counter(), "not in silver": collections.Counter()}
    types = ("PERSON", "ORGANIZATION", "LOCATION")
    for line in open(silver_path, encoding="utf-8"):
        rec = json.loads(line)
        path = os.path.join(pred_dir, rec["article"] + ".json")
        if not os.path.isfile(path):
            continue
        doc = json.load(open(path, encoding="utf-8"))
        text = open(os.path.join(text_dir, rec["article"]), encoding="utf-8").read()
        pred = sorted({(e["type"], m["start"], m["end"]) for e in doc.get("entities") or [] if e["type"] in types
                       for m in e["mentions"]})
        gold = [(m["type"], m["start"], m["end"]) for m in rec["mentions"]]
        used = set()
        for g in gold:
            hit = next((i for i, p in enumerate(pred) if i not in used and p[0] == g[0] and ok(g, p)), None)
            if hit is not None:
                used.add(hit)
                continue
            other = [p for p in pred if ok(g, p)]
            key = (g[0] + " -> " + other[0][0], text[g[1]:g[2]]) if other else (g[0], text[g[1]:g[2]])
            kinds["other type" if other else "missed"][key] += 1
        for i, p in enumerate(pred):
            if i not in used and not any(ok(g, p) for g in gold):
                kinds["not in silver"][(p[0], text[p[1]:p[2]])] += 1
    for kind, c in kinds.items():
        top = ", ".join(f"{t} {s!r} {v}" for (t, s), v in c.most_common(n))
        print(f"{kind} ({sum(c.values())}): {top}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
