#!/usr/bin/env python3
"""Scores result documents against the GGT-style reference set (src/test/resources/refset/ggt-style).

The metric follows the Gender Gap Tracker's quote evaluation: each gold quote, in order, takes the
remaining predicted quote that covers the largest share of it (overlap / gold length, at least
THRESHOLD); a prediction is used once. The speaker matches when the predicted speaker mention
overlaps the gold speaker span. Predicted quotes that overlap a quote already kept are dropped first,
as the GGT's own extractor drops overlapping quotes (our partial quotes inside reported speech are one
quote there). Canonical-name accuracy: of the matched quotes whose gold "canonical_kind" is "person",
the share whose predicted speaker.name equals the gold "canonical" (case-insensitive, whitespace
collapsed, curly apostrophes made straight; nothing fuzzier). Prints quote P/R/F1, reported-speech
precision (indirect predictions), speaker match, name accuracy and one summary line. Standard library only.

    bench/ggt-style.py GOLD.jsonl ARTICLES_DIR PRED_DIR [--errors]
"""
import json
import os
import re
import sys

THRESHOLD = 0.3
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def name_key(name):
    """A name as the accuracy compares it: straight apostrophes, single spaces, lower case."""
    return " ".join((name or "").translate(APOSTROPHES).split()).lower()


def nearest(text, needle, quote):
    """The whole-word occurrence of needle closest to the quote span, in its own paragraph first."""
    para = (text.rfind("\n", 0, quote[0]) + 1, (text.find("\n", quote[1]) + 1 or len(text) + 1) - 1)
    best, dist = None, None
    for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
        outside = m.start() < para[0] or m.end() > para[1]
        d = (outside, max(quote[0] - m.end(), m.start() - quote[1], 0))
        if dist is None or d < dist:
            best, dist = (m.start(), m.end()), d
    return best


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def load_preds(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    preds = []
    for q in sorted(doc.get("quotes", []), key=lambda q: (q["kind"] == "partial", q["start"])):
        span = (q["start"], q["end"])
        if any(overlap(span, p["span"]) > 0 for p in preds):
            continue
        sp = (q.get("speaker") or {}).get("mention")
        preds.append({"span": span, "kind": q["kind"], "text": q["text"],
                      "speaker": (sp["start"], sp["end"]) if sp else None,
                      "name": (q.get("speaker") or {}).get("name")})
    return preds


def main(argv):
    gold_path, art_dir, pred_dir = argv[1:4]
    errors = "--errors" in argv
    gold = {}
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
                gold.setdefault(g["article"], []).append(g)
    tp = fn = fp = spk = rs_pred = rs_tp = name_n = name_ok = 0
    for article in sorted(gold):
        with open(os.path.join(art_dir, article), encoding="utf-8") as f:
            text = f.read()
        preds = load_preds(os.path.join(pred_dir, article + ".json"))
        used = set()
        for g in gold[article]:
            gs = text.find(g["quote"])
            span = (gs, gs + len(g["quote"]))
            best, score = None, 0.0
            for i, p in enumerate(preds):
                s = overlap(span, p["span"]) / (span[1] - span[0])
                if i not in used and s >= THRESHOLD and s > score:
                    best, score = i, s
            if best is None:
                fn += 1
                if errors:
                    print(f"FN {article} [{g['kind']}] {g['quote'][:90]!r}")
                continue
            used.add(best)
            tp += 1
            gsp = nearest(text, g["speaker"], span) if g.get("speaker") else None
            psp = preds[best]["speaker"]
            if gsp and psp and overlap(gsp, psp) > 0:
                spk += 1
            elif errors:
                got = text[psp[0]:psp[1]] if psp else None
                print(f"SPK {article} want {g['speaker']!r} got {got!r} for {g['quote'][:60]!r}")
            if g.get("canonical_kind") == "person":
                name_n += 1
                got_name = preds[best]["name"]
                if name_key(got_name) == name_key(g["canonical"]):
                    name_ok += 1
                elif errors:
                    print(f"NAME {article} want {g['canonical']!r} got {got_name!r}")
        for i, p in enumerate(preds):
            if p["kind"] == "indirect":
                rs_pred += 1
                rs_tp += i in used
            if i not in used:
                fp += 1
                if errors:
                    print(f"FP {article} [{p['kind']}] {p['text'][:90]!r}")
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    rs = rs_tp / rs_pred if rs_pred else 0.0
    sm = spk / tp if tp else 0.0
    na = name_ok / name_n if name_n else 0.0
    print(f"gold={tp + fn} predicted={tp + fp} matched={tp} reported_pred={rs_pred} reported_matched={rs_tp} "
          f"name_gold={name_n} name_matched={name_ok}")
    print(f"ggt_quote_p={prec:.3f} ggt_quote_r={rec:.3f} ggt_quote_f1={f1:.3f} "
          f"ggt_reported_p={rs:.3f} ggt_speaker={sm:.3f} ggt_name_acc={na:.3f} ggt_name_n={name_n}")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv)
