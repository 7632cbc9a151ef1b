#!/usr/bin/env python3
"""Runs Concord's citation mapper under Apache Spark (local mode here; the same code on a cluster).

usage: spark-cite.py INPUT_DIR OUTPUT.jsonl [--check] [--partitions N] [--concord PATH]

Every text file of INPUT_DIR (front matter included) becomes one JSON line {"id", "text"}; Spark pipes
the lines through `concord cite --jsonl` (RDD.pipe: each partition streams into one concord process),
and the merged citations are written to OUTPUT.jsonl, one line per document, ordered by id.
--check runs `concord cite FILE` on every file too and compares the citations: they must be equal.
Requires: pip install pyspark, and Java 17.
"""
import argparse
import json
import os
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input_dir")
    parser.add_argument("output")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--concord", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "concord"))
    args = parser.parse_args()
    concord = os.path.abspath(args.concord)
    if not os.path.exists(concord):
        subprocess.run(["swift", "build", "-c", "release", "--product", "concord"], check=True,
                       cwd=os.path.join(os.path.dirname(__file__), ".."))

    from pyspark.sql import SparkSession
    spark = SparkSession.builder.master("local[*]").appName("concord-cite").getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")

    names = sorted(n for n in os.listdir(args.input_dir) if n.endswith((".txt", ".md")) and not n.upper().startswith("README"))
    lines = []
    for name in names:
        text = open(os.path.join(args.input_dir, name), encoding="utf-8").read()
        lines.append(json.dumps({"id": name, "text": text}, ensure_ascii=False))

    # The mapper: one concord process per partition, reading JSON Lines, writing JSON Lines in order.
    # On a cluster, ship the binary and the data set with --files and point --statutes at them.
    statutes = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "Statutes"))
    command = [concord, "cite", "--jsonl", "--threads", "1", "--statutes", statutes]
    results = sc.parallelize(lines, args.partitions).pipe(" ".join(command)).collect()
    spark.stop()

    merged = sorted((json.loads(r) for r in results), key=lambda d: d["id"])
    with open(args.output, "w", encoding="utf-8") as out:
        for doc in merged:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{len(merged)} documents, {sum(len(d.get('citations', [])) for d in merged)} citations -> {args.output}")

    if args.check:
        failures = 0
        for doc in merged:
            direct = json.loads(subprocess.run([concord, "cite", os.path.join(args.input_dir, doc["id"]), "--statutes", statutes],
                                               check=True, capture_output=True, text=True).stdout)
            if direct["citations"] != doc["citations"]:
                failures += 1
                print(f"{doc['id']}: Spark output differs from concord cite", file=sys.stderr)
        print("check: " + ("equal for every document" if failures == 0 else f"{failures} documents differ"))
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
