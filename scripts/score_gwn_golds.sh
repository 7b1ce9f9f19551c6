#!/usr/bin/env bash
# Re-score a gold folder of GeoWebNews articles (eval/gold/news-dev16): run from the worktree root.
#   bash scripts/score_gwn_golds.sh [GOLD_DIR] [TAG] [GWN_XML]
# Each gold is named gwn-N.gold.json; the text is rebuilt from GWN.xml into /tmp (never into the
# repository), extracted with the link's date and host, and scored. An article whose link has no date
# takes the date its gold folder's dates.tsv gives (`gwn-N<TAB>YYYY-MM-DD`, stated in its README).
set -euo pipefail
DIR=${1:-eval/gold/news-dev16}
TAG=${2:-gwn}
XML=${3:-../shared/eval/geowebnews/GWN.xml}
PY=${PYTHON:-python3}
for GOLD in "$DIR"/gwn-*.gold.json; do
  n=$(basename "$GOLD" .gold.json); d=${n#gwn-}
  T=/tmp/${TAG}_gwn$d.txt; J=/tmp/${TAG}_gwn$d.json
  "$PY" scripts/gwn_article.py "$d" --xml "$XML" -o "$T"
  read -r DATE DOMAIN < <("$PY" scripts/gwn_article.py "$d" --xml "$XML" --meta)
  if [ "$DATE" = "-" ] && [ -f "$DIR/dates.tsv" ]; then
    DATE=$(awk -F'\t' -v n="$n" '$1 == n {print $2}' "$DIR/dates.tsv")
  fi
  .venv/bin/newsevents extract "$T" --title-line --published "$DATE" --source "$DOMAIN" --format json -o "$J" --force >/dev/null
  echo "== $n ($DOMAIN, $DATE)"
  python3 /work/shared/tools/score_record.py "$GOLD" "$J" --article "$T" ${VERBOSE:+--verbose}
done
