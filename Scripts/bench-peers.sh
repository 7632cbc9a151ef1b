#!/usr/bin/env bash
# Runs Concord and two peers on the same generated corpora and prints Concord's throughput as a
# ratio to each: ripgrep counting a citation-shaped regex, and eyecite.get_citations per document.
#
# usage: Scripts/bench-peers.sh [DIR]   (DIR: where concord-bench wrote its corpora; default $TMPDIR/concord-bench)
# Installs what it needs from Debian's packages and PyPI when missing (ripgrep, eyecite).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-${TMPDIR:-/tmp}/concord-bench}"
command -v rg >/dev/null || { apt-get update -qq && apt-get install -y -qq ripgrep; }
python3 -c 'import eyecite' 2>/dev/null || python3 -m pip install --quiet eyecite
swift build -c release --product concord >/dev/null
[ -f "$dir/corpus-10mb.jsonl" ] || swift run -c release concord-bench --quick --out "$dir" >/dev/null

regex='(articles?|art\.|ст\.|стать[яиеюй])\s*[0-9]+'
seconds() { python3 - "$@" <<'PY'
import subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(f"{time.perf_counter() - start:.3f}")
PY
}

printf '| corpus | size | Concord (2 threads) | Concord (1 thread) | ripgrep count | eyecite | Concord 1 thread / ripgrep time | Concord 1 thread vs eyecite throughput |\n|---|---|---|---|---|---|---|---|\n'
for corpus in "$dir"/corpus-*mb.jsonl "$dir"/reports-*mb.jsonl; do
  [ -f "$corpus" ] || continue
  size=$(stat -c %s "$corpus")
  mb=$(basename "$corpus" .jsonl)
  c2=$(seconds sh -c ".build/release/concord cite --jsonl --threads 2 < '$corpus'")
  c1=$(seconds sh -c ".build/release/concord cite --jsonl --threads 1 < '$corpus'")
  rg_s=$(seconds rg --count-matches -i "$regex" "$corpus")
  # eyecite on the first 2 MB of documents only (it is slow); its rate is scaled per byte.
  ey=$(python3 - "$corpus" <<'PY'
import json, sys, time
from eyecite import get_citations
docs, total = [], 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)["text"]; docs.append(d); total += len(d.encode())
    if total > 2_000_000: break
start = time.perf_counter()
for d in docs: get_citations(d)
print(f"{total / (time.perf_counter() - start) / 1e6:.3f}")
PY
)
  python3 - "$size" "$c2" "$c1" "$rg_s" "$ey" "$mb" <<'PY'
import sys
size, c2, c1, rg, ey, mb = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), sys.argv[6]
r = lambda s: size / s / 1e6
print(f"| {sys.argv[6]} | {size/1e6:.1f} MB | {r(c2):.1f} MB/s | {r(c1):.1f} MB/s | {r(rg):.0f} MB/s | {ey:.2f} MB/s | {c1/rg:.1f}× | {r(c1)/ey:.1f}× |")
PY
done
