# Citations against the real reports in ../shared (SKIP when absent): the
# paragraph numbers and pages ecmr gives items and paragraphs are found again
# in the report files by this script, which reads them itself: an item's line
# is looked up by its first words (as ecmr gives them), its paragraph is the
# last "N." line above it and its page one more than the form feeds before it.
# No report text is written here: the words come from ecmr's output.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/citations-corpus
mkdir -p "$T"
export LC_ALL=C.UTF-8
JAR=$CORPUS/001_582ea659103e4357.txt
ILACS=$REPO/../shared/corpus-later/barnsley_2023_ilacs.txt
LAC=$REPO/../shared/corpus-later/sandwell_2013_lac.txt
if [ ! -f "$JAR" ] || [ ! -f "$ILACS" ] || [ ! -f "$LAC" ]; then
  skip "citations corpus" "no ../shared/corpus/001 or ../shared/corpus-later/barnsley or sandwell report"
  exit 0
fi
DB=$T/c.db
"$ECMR" index -q -o "$DB" "$JAR" "$ILACS" "$LAC" 2>/dev/null
q() { sqlite3 :memory: "$1"; }

# line_of FILE WORDS: the number of FILE's first line holding WORDS (bytes)
line_of() { LC_ALL=C grep -n -F -m1 -- "$2" "$1" | cut -d: -f1; }
# para_above FILE LINE: the number of the last numbered paragraph ("15. ...",
# "- 15. ..." or "15." alone) that starts before LINE
para_above() {
  awk -v n="$2" 'NR >= n { exit } /^[ \t]*(- )?[0-9]+\.([ \t]|$)/ { s = $0; sub(/^[ \t]*(- )?/, "", s); sub(/\..*/, "", s); last = s }
    END { print last }' "$1"
}
# page_at FILE LINE: the page LINE is on (form feeds before it, and on it before its text)
page_at() { awk -v n="$2" 'BEGIN { p = 1 } { p += gsub(/\f/, "") } NR == n { print p; exit }' "$1"; }

# --- the 2008 joint area review: paragraph numbers, no pages ---------------
"$ECMR" items -i "$DB" liverpool --format json > "$T/jar.json"
ITEMS="json_each(readfile('$T/jar.json'), '\$.items')"
for key in safeguarding looked-after-children; do
  row=$(q "select json_extract(value, '\$.paragraph') || '|' || substr(json_extract(value, '\$.text'), 1, 25) from $ITEMS
    where json_extract(value, '\$.section_key') = '$key' and json_extract(value, '\$.paragraph') is not null limit 1")
  para=${row%%|*} words=${row#*|}
  line=$(line_of "$JAR" "$words")
  check "citations corpus: the JAR's first $key item stands in the paragraph ecmr says ($para)" \
    sh -c "[ -n '$line' ] && [ '$(para_above "$JAR" "${line:-1}")' = '$para' ]"
done
check "citations corpus: the JAR has no page breaks, and no item a page" \
  sh -c "[ \"\$(tr -cd '\\f' < '$JAR' | wc -c)\" -eq 0 ] &&
         [ \"\$(sqlite3 :memory: \"select count(*) from $ITEMS where json_extract(value, '\$.page') is not null\")\" = 0 ]"

# --- the 2023 ILACS: pages from form feeds ----------------------------------
"$ECMR" items -i "$DB" barnsley --format json > "$T/ilacs.json"
ITEMS="json_each(readfile('$T/ilacs.json'), '\$.items')"
n=0 bad=0
while IFS='|' read -r page words; do
  n=$((n + 1))
  line=$(line_of "$ILACS" "$words")
  [ -n "$line" ] && [ "$(page_at "$ILACS" "$line")" = "$page" ] || { bad=$((bad + 1)); echo "page $page: $words" >> "$T/bad-items"; }
done < <(q "select coalesce(json_extract(value, '\$.page'), 0) || '|' || substr(json_extract(value, '\$.text'), 1, 25) from $ITEMS")
check "citations corpus: every item of the ILACS ($n) is on the page ecmr says" sh -c "[ $n -gt 0 ] && [ $bad -eq 0 ]"

"$ECMR" export -i "$DB" > "$T/export.json"
PARAS="json_each(readfile('$T/export.json'), '\$.reports') r, json_each(r.value, '\$.sections') s,
  json_each(s.value, '\$.paragraphs') p where json_extract(r.value, '\$.type') = 'ilacs'
  and json_extract(p.value, '\$.number') is not null"
n=0 bad=0
while IFS='|' read -r num page; do
  n=$((n + 1))
  line=$(awk -v k="$num" '{ s = $0; gsub(/\f/, "", s) } s ~ ("^" k "\\.([ \t]|$)") { print NR; exit }' "$ILACS")
  [ -n "$line" ] && [ "$(page_at "$ILACS" "$line")" = "$page" ] || { bad=$((bad + 1)); echo "para $num page $page" >> "$T/bad-paras"; }
done < <(q "select json_extract(p.value, '\$.number') || '|' || coalesce(json_extract(p.value, '\$.page'), 0) from $PARAS")
check "citations corpus: every numbered paragraph of the ILACS ($n) starts on the page ecmr says" \
  sh -c "[ $n -ge 40 ] && [ $bad -eq 0 ]"

# show marks the page above paragraph 10, which starts a page
L10=$(awk '{ s = $0; gsub(/\f/, "", s) } s ~ /^10\.([ \t]|$)/ { print NR; exit }' "$ILACS")
P10=$(page_at "$ILACS" "${L10:-1}")
"$ECMR" show -i "$DB" barnsley ilacs help-and-protection > "$T/show.txt"
check "citations corpus: show marks page $P10 above paragraph 10" \
  sh -c "[ -n '$L10' ] && grep -B1 '^10 ' '$T/show.txt' | head -1 | grep -qx ' *p\\. $P10'"

# --- the 2013 inspection of looked after children: pages as printed --------
# Its cover and copyright pages print no number and its contents page "1":
# a citation names the page as printed.  printed_pages FILE: for each page
# of the file (one more at each form feed), the number it prints alone on
# one of its first or last three non-blank lines ("-" when none).
printed_pages() {
  awk 'function flush() { n = 0; for (i = 1; i <= k; i++) if ((i <= 3 || i > k - 3) && L[i] ~ /^[0-9]+$/) { n = L[i]; break }
         print p, (n ? n : "-"); k = 0 }
       BEGIN { p = 1 }
       { s = $0; f = gsub(/\f/, "", s); if (f) { flush(); p += f } gsub(/[ \t\r]/, "", s); if (s != "") L[++k] = s }
       END { flush() }' "$1"
}
printed_pages "$LAC" > "$T/lac-pages"
check "citations corpus: the LAC inspection prints its numbers two pages behind the file's count (the premise)" \
  test "$(awk '$2 != "-" && $1 - $2 == 2' "$T/lac-pages" | wc -l)" -ge 15
PARAS="json_each(readfile('$T/export.json'), '\$.reports') r, json_each(r.value, '\$.sections') s,
  json_each(s.value, '\$.paragraphs') p where json_extract(r.value, '\$.type') = 'lac'
  and json_extract(p.value, '\$.number') is not null"
n=0 bad=0
while IFS='|' read -r num page; do
  line=$(awk -v k="$num" '{ s = $0; gsub(/\f/, "", s) } s ~ ("^" k "\\.([ \t]|$)") { print NR; exit }' "$LAC")
  [ -n "$line" ] || continue
  want=$(awk -v p="$(page_at "$LAC" "$line")" '$1 == p { print $2 }' "$T/lac-pages")
  [ "$want" = "-" ] && continue # a page that prints no number of its own
  n=$((n + 1))
  [ "$want" = "$page" ] || { bad=$((bad + 1)); echo "para $num page $page, printed $want" >> "$T/bad-lac"; }
done < <(q "select json_extract(p.value, '\$.number') || '|' || coalesce(json_extract(p.value, '\$.page'), 0) from $PARAS")
check "citations corpus: the LAC inspection's numbered paragraphs ($n) have the pages they are printed on" \
  sh -c "[ $n -ge 40 ] && [ $bad -eq 0 ]"
