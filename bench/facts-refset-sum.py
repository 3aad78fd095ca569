#!/usr/bin/env python3
"""Sums check_example.py over one reference set: micro entity P/R/F1 and fact recalls.

Usage: facts-refset-sum.py NAME CHECK_EXAMPLE.py EXPECTED_DIR RESULTS_DIR [--verbose]
Each EXPECTED_DIR/x.expected.json names its article in "file"; the result is RESULTS_DIR/<file>.json.
"""
import json
import os
import re
import subprocess
import sys


def main(argv):
    verbose = "--verbose" in argv or os.environ.get("VERBOSE") == "1"
    name, check, exp_dir, res_dir = [a for a in argv if not a.startswith("--")]
    ent = [0, 0, 0]  # tp, predicted (P/O/L), gold
    facts = {"statistic": [0, 0], "role": [0, 0], "event": [0, 0]}
    n = 0
    for f in sorted(os.listdir(exp_dir)):
        if not f.endswith(".expected.json"):
            continue
        exp_path = os.path.join(exp_dir, f)
        gold = json.load(open(exp_path, encoding="utf-8"))
        res = os.path.join(res_dir, gold["file"] + ".json")
        n += 1
        gold_ents = len(gold.get("entities", []))
        if not os.path.isfile(res):
            print(f"  {gold['file']}: no result document", file=sys.stderr)
            ent[2] += gold_ents
            for fact in gold.get("facts", []):
                facts[fact["kind"]][1] += 1
            continue
        out = subprocess.run([sys.executable, check, exp_path, res], capture_output=True, text=True).stdout
        missed = len(re.findall(r"^  missed entity:", out, re.M))
        extra = len(re.findall(r"^  extra entity:", out, re.M))
        tp = gold_ents - missed
        ent[0] += tp
        ent[1] += tp + extra
        ent[2] += gold_ents
        for kind in facts:
            m = re.search(rf"^{kind}\s+R=\S+ \((\d+)/(\d+)\)", out, re.M)
            facts[kind][0] += int(m.group(1))
            facts[kind][1] += int(m.group(2))
        if verbose:
            print(f"--- {gold['file']}")
            print("\n".join(l for l in out.splitlines() if l.startswith("  missed") or l.startswith("  extra entity")))
    p = ent[0] / ent[1] if ent[1] else 0.0
    r = ent[0] / ent[2] if ent[2] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    rec = {k: (h / t if t else 1.0, h, t) for k, (h, t) in facts.items()}
    print(f"{name}: {n} articles  entity P={p:.3f} R={r:.3f} F1={f1:.3f}  "
          + "  ".join(f"{k} R={v[0]:.3f} ({v[1]}/{v[2]})" for k, v in rec.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
