#!/usr/bin/env python3
"""Lists what Concord misses and adds against the development gold, excerpt by excerpt: each
missed reference (gold, no matching citation), each extra citation (no matching gold), and each
citation that overlaps a gold span but reads another instrument or article.

usage: gold-diff.py [--part working|held-out|all] [--set NAME] [--concord PATH] [--context]
  (default: working part of the development gold, .build/debug/concord; --set fresh, blind, blind2,
  blind3 ... reads another folder of Tests/Gold, all of it; --set seed reads the bundled reports'
gold; --context prints the 80 bytes either side of each extra and missed span)
A citation matches when its span overlaps the gold span and instrument and article agree, as in
DevelopmentGoldTests. Tune on the working part; look at the held-out part only to report it.
"""
import json
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dev = os.path.join(root, "Tests", "Gold", "dev")


def agrees(g, c):
    """As DevelopmentGoldTests.agrees: same instrument and article; an outside act's article (gold
    without instrument and article) agrees with a citation naming no instrument, flagged unknown-provision."""
    if g["instrument"] is None and g["article"] is None:
        return c.get("instrument") is None and "unknown-provision" in (c.get("flags") or [])
    return g["instrument"] == c.get("instrument") and g["article"] == c.get("article")


def main(argv):
    part = argv[argv.index("--part") + 1] if "--part" in argv else "working"
    concord = argv[argv.index("--concord") + 1] if "--concord" in argv else os.path.join(root, ".build", "debug", "concord")
    folder = dev
    show = "--context" in argv
    seed = "--set" in argv and argv[argv.index("--set") + 1] == "seed"
    if "--set" in argv and not seed:
        folder = os.path.join(root, "Tests", "Gold", argv[argv.index("--set") + 1])
        part = "all"
    heldout = {l.strip() for l in open(os.path.join(dev, "heldout.txt")) if l.strip() and not l.startswith("#")}
    if seed:
        folder = os.path.join(root, "Tests", "Gold")
        ids = sorted(f[:-6] for f in os.listdir(folder) if f.endswith(".jsonl"))
    else:
        ids = sorted(f[:-4] for f in os.listdir(os.path.join(folder, "texts")) if f.endswith(".txt"))
        ids = [i for i in ids if part == "all" or (i in heldout) == (part == "held-out")]
    totals = {"missed": 0, "extra": 0, "misread": 0}
    for id in ids:
        path = os.path.join(root, "Reports", id + ".txt") if seed else os.path.join(folder, "texts", id + ".txt")
        data = open(path, "rb").read()

        def around(start, end):
            return " @ " + data[max(0, start - 80):end + 80].decode("utf-8", "replace").replace("\n", " ") if show else ""
        gold = [json.loads(l) for l in open(os.path.join(folder, id + ".jsonl"), encoding="utf-8") if l.strip()]
        out = subprocess.run([concord, "cite", path], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"{id}: concord failed: {out.stderr.strip()}")
            continue
        citations = json.loads(out.stdout)["citations"]
        lines = []
        matched = set()
        for c in citations:
            over = [k for k, g in enumerate(gold) if g["start"] < c["end"] and c["start"] < g["end"]]
            hit = [k for k in over if k not in matched and agrees(gold[k], c)]
            if hit:
                matched.add(hit[0])
            elif over:
                g = gold[over[0]]
                lines.append(f"  misread {c['text']!r}: {c.get('instrument')}:{c.get('article')} ({c['kind']}), gold {g['instrument']}:{g['article']} ({g['kind']})")
                totals["misread"] += 1
            else:
                lines.append(f"  extra   {c['text']!r}: {c.get('instrument')}:{c.get('article')} ({c['kind']}) {c.get('flags')}{around(c['start'], c['end'])}")
                totals["extra"] += 1
        for k, g in enumerate(gold):
            if k in matched:
                continue
            if not any(g["start"] < c["end"] and c["start"] < g["end"] for c in citations):
                lines.append(f"  missed  {g['text']!r}: {g['instrument']}:{g['article']} ({g['kind']}){around(g['start'], g['end'])}")
                totals["missed"] += 1
        if lines:
            print(id)
            print("\n".join(lines))
    print(totals)


if __name__ == "__main__":
    main(sys.argv[1:])
