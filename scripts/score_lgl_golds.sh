#!/usr/bin/env bash
# Re-score a gold folder of LGL articles (eval/gold/news-dev13): run from the worktree root.
#   bash scripts/score_lgl_golds.sh [GOLD_DIR] [TAG] [LGL_XML]
# Each gold is named lgl-DOCID.gold.json; the text is rebuilt from the LGL XML into /tmp (never
# into the repository), extracted with the dltime date and the domain, and scored.
set -euo pipefail
DIR=${1:-eval/gold/news-dev13}
TAG=${2:-lgl}
XML=${3:-../shared/eval/lgl/lgl-dev.xml}
PY=${PYTHON:-python3}
for GOLD in "$DIR"/lgl-*.gold.json; do
  n=$(basename "$GOLD" .gold.json); d=${n#lgl-}
  T=/tmp/${TAG}_$d.txt; J=/tmp/${TAG}_$d.json
  "$PY" scripts/lgl_article.py "$d" --xml "$XML" -o "$T"
  read -r DATE DOMAIN < <("$PY" scripts/lgl_article.py "$d" --xml "$XML" --meta)
  .venv/bin/newsevents extract "$T" --title-line --published "$DATE" --source "$DOMAIN" --format json -o "$J" --force >/dev/null
  echo "== $n ($DOMAIN, $DATE)"
  python3 /work/shared/tools/score_record.py "$GOLD" "$J" --article "$T" ${VERBOSE:+--verbose}
done
