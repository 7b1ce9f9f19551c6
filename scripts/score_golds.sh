#!/usr/bin/env bash
# Re-score any gold folder of eval/gold whose texts live in ../shared: run from the worktree root.
#   bash scripts/score_golds.sh GOLD_DIR [TAG]        (VERBOSE=1 for the scorer's item lists)
# The text of each gold is found by its file name: gwn-N (GeoWebNews, rebuilt by gwn_article.py),
# lgl-DOCID (LGL, rebuilt by lgl_article.py), bbc_SECTION_NNN (the BBC 2004 corpus, dated 2005-01-01
# as bbc-dev's README states), PUBLISHER_YYYY-MM-DD_slug (PolNeAR's train or dev text of that name).
# Giveme5W1H golds (hex names) go through `newsevents evaluate golds`, which reads their JSON.
# Texts are never copied into the repository; records and rebuilt texts go to /tmp/TAG_*.
set -euo pipefail
DIR=${1:?GOLD_DIR}
TAG=${2:-golds}
SHARED=${SHARED:-../shared}
PY=${PYTHON:-python3}
case "$(ls "$DIR"/*.gold.json | head -1 | xargs basename)" in
  gwn-*) exec bash scripts/score_gwn_golds.sh "$DIR" "$TAG" ;;
  lgl-*) exec bash scripts/score_lgl_golds.sh "$DIR" "$TAG" ;;
esac
for GOLD in "$DIR"/*.gold.json; do
  n=$(basename "$GOLD" .gold.json)
  case "$n" in
    bbc_*) T=$SHARED/corpora/bbc-news-2004/$n.txt; DATE=2005-01-01; SRC=bbc ;;
    *_[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]_*)
      T=$(ls "$SHARED"/eval/polnear/data/*/text/"$n".txt | head -1)
      SRC=${n%%_*}; rest=${n#*_}; DATE=${rest%%_*} ;;
    *) echo "== $n: a Giveme5W1H gold; score it with: newsevents evaluate golds $SHARED/eval/giveme5w1h-dev --golds $DIR"; continue ;;
  esac
  J=/tmp/${TAG}_$n.json
  .venv/bin/newsevents extract "$T" --title-line --published "$DATE" --source "$SRC" --format json -o "$J" --force >/dev/null
  echo "== $n ($SRC, $DATE)"
  python3 /work/shared/tools/score_record.py "$GOLD" "$J" --article "$T" ${VERBOSE:+--verbose}
done
