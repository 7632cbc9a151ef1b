#!/usr/bin/env bash
# Builds Concord's libFuzzer targets and runs each for the given time.
#
# usage: Scripts/fuzz.sh [SECONDS] [TARGET...]   (default: 60 seconds each; targets: cleaner finder frontmatter statutes tables query jsonl)
# Seeds come from Reports/, Statutes/ and Tests/; crashes are kept in .build/fuzz/crashes/<target>/ and
# every crash found should become a regression test. An input that runs for more than 25 s counts as a
# crash (a hang). Exit status 1 when any target found one.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(cleaner finder frontmatter statutes tables query jsonl)
out=.build/fuzz
mkdir -p "$out"
binary="$out/concord-fuzz"
sources=$(find Sources/Concord -name '*.swift' | sort)
if [ ! -x "$binary" ] || [ -n "$(find Sources/Concord Fuzz -name '*.swift' -newer "$binary")" ]; then
  echo "building $binary"
  if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name Concord $sources Fuzz/FuzzTargets.swift -o "$binary.new" > "$out/build.log" 2>&1; then
    grep -v "ld.gold: warning" "$out/build.log" >&2
    echo "fuzz build failed" >&2
    exit 1
  fi
  mv "$binary.new" "$binary"
fi
seed() { # target -> seed folder
  local dir="$out/corpus/$1"; mkdir -p "$dir"
  case "$1" in
    cleaner|finder|frontmatter) cp Reports/*.txt "$dir"/ ;;
    statutes) cp Statutes/works/*.json Statutes/*.json "$dir"/ ;;
    tables) for f in Statutes/articles/*/*.txt Statutes/successions/*.txt; do head -c 60000 "$f" > "$dir/$(echo "$f" | md5sum | cut -c1-12)"; done ;;
    query) for q in "174" "art. 174" "Article 174(2)" "cc2014 174" "CC-1997 art. 164" "ст. 174 УК" "ч. 2 ст. 174 УК РК" "kz.cc.1997:317-1" "ICCPR 19(3)" "draft 400" \
                    "1e3" "kz..:1" "174 164" "-1" "article No. 373" "статья № 174 УК" "ч. 2 ст. 434 КоАП" "kz.constitution.2026:34"; do
             printf '%s' "$q" > "$dir/$(printf '%s' "$q" | md5sum | cut -c1-12)"; done ;;
    jsonl) printf '%s\n' '{"id": 1, "date": "2019-03", "text": "Article 164 of the Criminal Code on inciting discord."}' '' '{"id": [1], "text": 2}' \
             '{"id": "x", "language": "xx", "date": 2019, "text": "ст. 174 УК РК"}' 'not json' '{"text": "---\ndate: 2019\n---\nArticle 19"}' > "$dir/seed1"
           printf '%s' '{"id": 7, "text": "Articles 400 to 402 of the Criminal Code"}' > "$dir/seed2" ;;
  esac
  echo "$dir"
}
status=0
for t in "${targets[@]}"; do
  corpus=$(seed "$t")
  mkdir -p "$out/crashes/$t"
  log="$out/$t.log"
  started=$(date +%s)
  set +e
  CONCORD_FUZZ_TARGET="$t" CONCORD_DATA="$PWD" "$binary" "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 -timeout=25 \
    -artifact_prefix="$out/crashes/$t/" -print_final_stats=1 > "$log" 2>&1
  code=$?
  set -e
  elapsed=$(( $(date +%s) - started ))
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  crashes=$(ls "$out/crashes/$t" | wc -l)
  echo "$t: $runs executions in ${elapsed}s, $crashes crash files, exit $code"
  if [ "$code" -ne 0 ] || [ "$crashes" -ne 0 ]; then status=1; tail -20 "$log"; fi
done
exit $status
