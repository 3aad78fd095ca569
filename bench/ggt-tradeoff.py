#!/usr/bin/env python3
"""Copies a folder of result documents without one class of reported speech, to measure what dropping
that class would cost or gain on any scorer (bench/ggt-style.py, 'newsfacts eval') before writing a rule.

    bench/ggt-tradeoff.py RESULTS TEXTS OUT CLASS[,CLASS...]

CLASS: stance (believe, hope, fear, expect, know, want, worry, wonder, feel, doubt, agree, recognize,
learn), think, act (speech acts without a content clause: urge, order, call, praise, blame, accuse,
attack, defend, reject, dismiss, criticize, question, pledge, vow, promise, threaten, demand, slam,
blast, mock, charge), object (the verbs of object-speech-verbs.txt, whose noun-phrase object is
the content: endorse, cite, denounce ...), ask, evid (show, find, reveal, indicate, estimate), headline (a quote that is
not direct in the first line), iwe (speaker mention "I" or "we"), or lem:A+B (these cue lemmas).
Only indirect quotes are dropped (headline: any not direct). TEXTS holds the articles, named as the
results are without ".json". Standard library only; lemmas come from the project's verb lists.
"""
import json
import os
import shutil
import sys

LEX = "src/main/resources/dev/newsfacts/lexicon/en/"
GROUPS = {
    "stance": {"believe", "feel", "hope", "fear", "expect", "know", "worry", "want", "wonder", "doubt", "agree",
               "recognize", "learn"},
    "think": {"think"},
    "act": {"urge", "order", "call", "praise", "blame", "accuse", "attack", "defend", "reject", "dismiss",
            "criticize", "question", "pledge", "vow", "promise", "threaten", "demand", "slam", "blast", "mock",
            "charge"},
    "ask": {"ask"},
    "evid": {"show", "find", "reveal", "indicate", "estimate"},
}


def lemmas():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", LEX)
    out = {}
    for name in ("speech-verbs.txt", "stance-verbs.txt", "object-speech-verbs.txt"):
        with open(os.path.join(root, name), encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    words = line.split()
                    for w in words:
                        out.setdefault(w.lower(), words[0])
    return out


def object_lemmas():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", LEX, "object-speech-verbs.txt")
    with open(path, encoding="utf-8") as f:
        return {line.split()[0] for line in f if line.strip() and not line.startswith("#")}


def main(results, texts, out, classes):
    lex = lemmas()
    drop_lemmas = set()
    for c in classes:
        if c == "object":
            drop_lemmas |= object_lemmas()
            continue
        drop_lemmas |= GROUPS.get(c, set(c[4:].split("+")) if c.startswith("lem:") else set())
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    removed = 0
    for name in sorted(os.listdir(results)):
        if not name.endswith(".json") or name.endswith(".error.json"):
            continue
        with open(os.path.join(results, name), encoding="utf-8") as f:
            doc = json.load(f)
        with open(os.path.join(texts, name[:-5]), encoding="utf-8") as f:
            first_line_end = f.read().find("\n")
        keep = []
        for q in doc.get("quotes", []):
            cue = (q.get("cue") or {}).get("text", "").lower()
            lemma = lex.get(cue.split()[-1], cue) if cue else ""
            mention = ((q.get("speaker") or {}).get("mention") or {}).get("text", "").lower()
            drop = q["kind"] == "indirect" and (lemma in drop_lemmas or "iwe" in classes and mention in ("i", "we"))
            drop = drop or "headline" in classes and q["kind"] != "direct" and q["start"] < first_line_end
            removed += drop
            if not drop:
                keep.append(q)
        doc["quotes"] = keep
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(doc, f)
    print(f"removed {removed} quotes", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(","))
