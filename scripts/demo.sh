#!/usr/bin/env bash
# `make demo`: build a store from the seed, examples/ and (when present) the shared structure sets,
# then look around it the way a user would. A few minutes at most: the large Reuters file is
# ingested at structure level only. Research data is read in place from ../shared, never copied.
set -euo pipefail
cd "$(dirname "$0")/.."

WW=${WW:-.venv/bin/wirewatch}
SHARED=${SHARED:-../shared}
DB=${DB:-out/demo.db}
SEED="$SHARED/seed/yonhap-2021-10-05.txt"

section() { printf '\n\033[1m== %s ==\033[0m\n$ %s\n' "$1" "${*:2}"; }
run() { section "$1" "${*:2}"; "${@:2}"; }

mkdir -p "$(dirname "$DB")"
rm -f "$DB" "$DB-wal" "$DB-shm"

inputs=()
[ -f "$SEED" ] && inputs+=("$SEED")
for f in examples/*.txt; do [ -f "$f" ] && inputs+=("$f"); done
if [ ${#inputs[@]} -eq 0 ]; then
    echo "no seed ($SEED) and no examples/*.txt: nothing to demo" >&2
    exit 1
fi
run "full analysis of the seed and one example story per agency" \
    "$WW" ingest "${inputs[@]}" --db "$DB"

VERSIONS=out/demo-versions
rm -rf "$VERSIONS"
.venv/bin/python benchmarks/story_set.py "$VERSIONS" --shared "$SHARED"
run "generated versions of those stories (URGENT, LEAD, 2nd LD, trims, other agencies' re-runs)" \
    "$WW" ingest "$VERSIONS" --db "$DB" --quiet

STRUCTURE="$SHARED/data/structure"
if [ -d "$STRUCTURE" ]; then
    run "structure only (no model) for the Reuters-21578 dev set and the wire sample" \
        "$WW" ingest "$STRUCTURE/reuters21578_dev.jsonl" "$STRUCTURE/wire_raw_sample.jsonl" \
        --text-field raw --id-field id --only structure --db "$DB"
    if [ -d "$STRUCTURE/article_extraction_benchmark/html" ]; then
        run "structure only for the 181 pages of the article-extraction benchmark (HTML)" \
            "$WW" ingest "$STRUCTURE/article_extraction_benchmark/html" --only structure --db "$DB"
    fi
else
    echo "($STRUCTURE is absent: skipping the shared structure sets)"
fi

run "what the store holds" "$WW" stats --db "$DB"
run "full-text search" "$WW" search "sanctions North Korea" --limit 5 --db "$DB"
if [ -f "$SEED" ]; then
    run "the seed story" "$WW" show "$SEED" --db "$DB"
fi
run "who said what: the seed's spokesperson" "$WW" quotes --speaker Choi --db "$DB"
run "South Korean actors" "$WW" actors --country KOR --limit 10 --db "$DB"
run "events between the US and North Korea" "$WW" events --dyad USA:PRK --db "$DB"
section "monthly trend for that dyad" "$WW" trends --dyad USA:PRK --by month --db "$DB"
"$WW" trends --dyad USA:PRK --by month --db "$DB" || echo "(no trend table yet: it needs the events stage)"
run "story threads: versions and re-runs grouped" "$WW" stories --min-versions 2 --limit 8 --db "$DB"
run "what could not be read, and why" "$WW" rejects --db "$DB"
printf '\nThe store is %s; try: %s search QUERY --db %s\n' "$DB" "$WW" "$DB"

# Last: the workbench on the demo store, until Ctrl-C. SERVE=0 skips it (for scripts and CI).
if [ "${SERVE:-1}" != "0" ]; then
    PORT=${PORT:-8765}
    printf '\n\033[1m== the analyst'"'"'s workbench ==\033[0m\nOpen http://127.0.0.1:%s/ (Ctrl-C stops the server)\n' "$PORT"
    exec "$WW" serve --db "$DB" --port "$PORT"
fi
