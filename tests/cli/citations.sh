# Citations: the paragraph numbers a report prints ("4.") kept as data and
# shown by show, items (text, CSV, JSON) and export, from the sample reports,
# whose JARs and 2009-12 inspections number their paragraphs; and an index
# of schema 3 (before citations) still read, with none.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/citations
mkdir -p "$T"
export LC_ALL=C.UTF-8
DB=$T/samples.db
"$ECMR" index -q -o "$DB" "$REPO/sample-reports" 2>/dev/null

# sample-reports/kelderby-2008-jar.txt: Safeguarding opens with "4. The
# contribution of local services to keeping children safe ...", and its
# Major strengths | Important weaknesses table follows that paragraph.
"$ECMR" show -i "$DB" kelderby 2008-jar safeguarding > "$T/show.txt"
check "citations: show prints a paragraph's number in the margin before it" \
  grep -q '^4 The contribution of local services to keeping children safe' "$T/show.txt"
check "citations: ... and not in the text" sh -c "! grep -q '4\. The contribution' '$T/show.txt'"
check "citations: ... the next paragraph's too" grep -q '^5 Health visitors and school nurses' "$T/show.txt"
check "citations: ... and the lines a paragraph wraps onto keep the margin" \
  sh -c "grep -A1 '^4 The contribution' '$T/show.txt' | tail -1 | grep -q '^  [a-z]'"

"$ECMR" items -i "$DB" kelderby --year 2008 > "$T/items.txt"
# the Major strengths table stands under paragraph 4, past the report's second
# form feed: on page 3 (sample-reports/kelderby-2008-jar.txt; counted below)
check "citations: items names the paragraph and page a JAR's strengths stand in" \
  grep -q '^+ 2008 JAR | Safeguarding, para 4, p. 3 | Clear thresholds understood by all agencies' "$T/items.txt"
check "citations: ... and nothing for an APA letter, which numbers no paragraphs" \
  sh -c "grep '2008 APA' '$T/items.txt' | grep -q . && ! grep '2008 APA' '$T/items.txt' | grep -q 'para '"
"$ECMR" items -i "$DB" kelderby --year 2008 --format csv > "$T/items.csv"
check "citations: items CSV ends each row with the paragraph and the page" \
  sh -c "head -1 '$T/items.csv' | grep -q ',note,paragraph,page\$' && grep -q '^strength,2008,jar,.*Clear thresholds understood by all agencies\\.,,4,3\$' '$T/items.csv'"
"$ECMR" items -i "$DB" kelderby --year 2008 --format json > "$T/items.json"
check "citations: items JSON gives the paragraph, null where there is none" \
  sh -c "[ \"\$(sqlite3 :memory: \"select group_concat(distinct coalesce(json_extract(value, '\$.paragraph'), 'null')) from json_each(readfile('$T/items.json'), '\$.items') where json_extract(value, '\$.type') = 'jar' and json_extract(value, '\$.section_key') = 'safeguarding'\")\" = 4 ] &&
      [ \"\$(sqlite3 :memory: \"select count(*) from json_each(readfile('$T/items.json'), '\$.items') where json_extract(value, '\$.type') = 'apa' and json_type(value, '\$.paragraph') <> 'null'\")\" = 0 ]"

# export: every section has one entry of paragraphs[] for each paragraph of its text
"$ECMR" export -i "$DB" > "$T/export.json"
q() { sqlite3 :memory: "$1"; }
SECTIONS="json_each(readfile('$T/export.json'), '\$.reports') r, json_each(r.value, '\$.sections') s"
check "citations: export numbers the first paragraph of Kelderby's 2008 JAR Safeguarding 4" \
  test "$(q "select json_extract(s.value, '\$.paragraphs[0].number') from $SECTIONS
    where json_extract(r.value, '\$.authority_short') = 'Kelderby' and json_extract(r.value, '\$.type') = 'jar'
    and json_extract(s.value, '\$.key') = 'safeguarding'")" = 4
check "citations: export has one paragraphs[] entry per paragraph of every section's text" \
  test "$(q "select count(*) from $SECTIONS where json_array_length(s.value, '\$.paragraphs') <>
    (case when json_extract(s.value, '\$.text') = '' then 0 else
     length(json_extract(s.value, '\$.text')) - length(replace(json_extract(s.value, '\$.text'), char(10), '')) + 1 end)")" = 0
check "citations: the index says schema 4" \
  test "$(sqlite3 "$DB" "select value from meta where key = 'schema_version'")" = 4

# an index of schema 3: no citation columns; read as before, with no numbers
cp "$DB" "$T/v3.db"
sqlite3 "$T/v3.db" "ALTER TABLE section DROP COLUMN para_nums; ALTER TABLE section DROP COLUMN para_pages;
  ALTER TABLE item DROP COLUMN paragraph; ALTER TABLE item DROP COLUMN page;
  UPDATE meta SET value = '3' WHERE key = 'schema_version'; PRAGMA user_version = 3;" 2> "$T/v3.err"
check "citations: a schema 3 index can be made for the test" test ! -s "$T/v3.err"
"$ECMR" show -i "$T/v3.db" kelderby 2008-jar safeguarding > "$T/show3.txt" 2> "$T/show3.err"; rc=$?
check "citations: show reads a schema 3 index" sh -c "[ $rc -eq 0 ] && [ ! -s '$T/show3.err' ]"
check "citations: ... with the same text and no margin" \
  sh -c "grep -q '^The contribution of local services to keeping children safe' '$T/show3.txt' && ! grep -q '^4 ' '$T/show3.txt'"
"$ECMR" items -i "$T/v3.db" kelderby --year 2008 > "$T/items3.txt" 2>&1; rc=$?
check "citations: items reads a schema 3 index, with no paragraphs" \
  sh -c "[ $rc -eq 0 ] && grep -q '^+ 2008 JAR | Safeguarding | Clear thresholds' '$T/items3.txt' && ! grep -q 'para ' '$T/items3.txt'"
"$ECMR" export -i "$T/v3.db" > "$T/export3.json" 2>&1; rc=$?
check "citations: export reads a schema 3 index: empty paragraphs[], null item paragraphs" \
  sh -c "[ $rc -eq 0 ] && [ \"\$(sqlite3 :memory: \"select count(*) from json_each(readfile('$T/export3.json'), '\$.reports') r, json_each(r.value, '\$.sections') s where json_array_length(s.value, '\$.paragraphs') > 0\")\" = 0 ]"

# a crafted index whose citations do not count one per paragraph gets none
cp "$DB" "$T/bad.db"
sqlite3 "$T/bad.db" "UPDATE section SET para_nums = '7 x 9' WHERE para_nums <> ''; UPDATE item SET paragraph = -5"
"$ECMR" show -i "$T/bad.db" kelderby 2008-jar safeguarding > "$T/showbad.txt" 2>&1; rc=$?
check "citations: citations that do not line up with the paragraphs are not shown" \
  sh -c "[ $rc -eq 0 ] && grep -q '^The contribution of local services' '$T/showbad.txt' && ! grep -q '^[0-9]' '$T/showbad.txt'"
"$ECMR" items -i "$T/bad.db" kelderby --year 2008 > "$T/itemsbad.txt" 2>&1
check "citations: ... nor a negative paragraph number" sh -c "! grep -q 'para ' '$T/itemsbad.txt'"

# --- pages ------------------------------------------------------------------
# page_of FILE TEXT: the page of FILE's first line holding TEXT, counted here
# as a reader would: one more for every form feed before it (independently
# of the parser).
page_of() {
  awk -v t="$2" 'BEGIN { p = 1 } { p += gsub(/\f/, "") } index($0, t) { print p; exit }' "$1"
}
JAR=$REPO/sample-reports/ashcombe-2006-jar.txt
P7=$(page_of "$JAR" "7. Taken as a whole, the work of local services on children in care")
P9=$(page_of "$JAR" "9. Schools and health services have redesigned the personal education")
PT=$(page_of "$JAR" "<p>Effective support from the virtual school.</p>")
check "citations: the sample JAR's paragraphs 7 and 9 stand on different pages (the test's premise)" \
  sh -c "[ -n '$P7' ] && [ -n '$P9' ] && [ '$P7' != '$P9' ] && [ '$P7' = '$PT' ]"
"$ECMR" show -i "$DB" ashcombe 2006-jar looked-after-children > "$T/pages.txt"
# the marker: the page alone, right-aligned, on the blank line above the paragraph
check "citations: show marks the page the text starts on, right-aligned above its first paragraph" \
  sh -c "grep -B1 '^7 Taken as a whole' '$T/pages.txt' | head -1 | grep -qx ' \\{60,\\}p\\. $P7'"
check "citations: ... and the next page above the paragraph that starts on it" \
  sh -c "grep -B1 '^9 Schools and health services' '$T/pages.txt' | head -1 | grep -qx ' \\{60,\\}p\\. $P9'"
check "citations: ... and no other (paragraph 8 is on paragraph 7's page)" \
  test "$(grep -c '^ *p\. [0-9]*$' "$T/pages.txt")" -eq 2
check "citations: show says once where a list's items all stand (the table under paragraph 7)" \
  sh -c "grep -qx 'Strengths (3), para 7, p. $PT' '$T/pages.txt' && ! grep -q '^  + .*(para' '$T/pages.txt'"
# the recommendations run over a page break: each says its own page
"$ECMR" show -i "$DB" ashcombe 2006-jar recommendations > "$T/recs.txt"
R1=$(page_of "$JAR" "review the accessibility of leisure facilities")
R9=$(page_of "$JAR" "reduce reoffending by young people on supervision orders")
check "citations: items on different pages each end with their own page" \
  sh -c "[ '$R1' != '$R9' ] && grep -A1 'review the accessibility' '$T/recs.txt' | grep -q '(p\\. $R1)\$' &&
         grep -A1 'reduce reoffending' '$T/recs.txt' | grep -q '(p\\. $R9)\$' && grep -qx 'Recommendations (9)' '$T/recs.txt'"
"$ECMR" show -i "$DB" ashcombe 2006-jar looked-after-children -w 40 > "$T/pages40.txt"
check "citations: at 40 columns the marker ends at the 40th" \
  sh -c "grep -B1 '^7 Taken' '$T/pages40.txt' | head -1 | grep -qx ' \\{36\\}p\\. $P7'"
# "Areas for improvement (1), para 7, p. 4" is 39 columns
"$ECMR" show -i "$DB" ashcombe 2006-jar looked-after-children -w 36 > "$T/pages36.txt"
check "citations: a list title too narrow for its citation puts it on the next line, whole" \
  sh -c "grep -A1 -x 'Areas for improvement (1)' '$T/pages36.txt' | tail -1 | grep -qx 'para 7, p. $PT'"

# a letter's Key strengths table is read after its body: its items keep its page
APA=$REPO/sample-reports/castlemere-2006-apa.txt
PK=$(page_of "$APA" "Key strengths	Areas for development")
"$ECMR" items -i "$DB" castlemere --year 2006 --format json > "$T/apa.json"
check "citations: a strengths table's items have the table's page (page $PK)" \
  sh -c "[ -n '$PK' ] && [ \"\$(sqlite3 :memory: \"select group_concat(distinct json_extract(value, '\$.page')) from json_each(readfile('$T/apa.json'), '\$.items') where json_extract(value, '\$.type') = 'apa' and json_extract(value, '\$.section_key') = 'being-healthy'\")\" = '$PK' ]"

# JSON: items' page in ecmr items, paragraphs' and items' pages in export
KJ=$REPO/sample-reports/kelderby-2008-jar.txt
K4=$(page_of "$KJ" "4. The contribution of local services to keeping children safe")
KT=$(page_of "$KJ" "<p>Clear thresholds understood by all agencies.</p>")
check "citations: items JSON gives the page" \
  test "$(q "select group_concat(distinct json_extract(value, '\$.page')) from json_each(readfile('$T/items.json'), '\$.items')
    where json_extract(value, '\$.type') = 'jar' and json_extract(value, '\$.section_key') = 'safeguarding'")" = "$KT"
KSG="$SECTIONS where json_extract(r.value, '\$.authority_short') = 'Kelderby' and json_extract(r.value, '\$.type') = 'jar'
    and json_extract(s.value, '\$.key') = 'safeguarding'"
check "citations: export gives paragraph 4's page ($K4) and its strengths' ($KT)" \
  sh -c "[ \"\$(sqlite3 :memory: \"select json_extract(s.value, '\$.paragraphs[0].page') || ' ' || json_extract(s.value, '\$.items[0].page') from $KSG\")\" = '$K4 $KT' ]"

# the pager gets the text show prints, markers and citations in it
mkdir -p "$T/run" "$T/tmp"
printf '#!/bin/sh\nfor a in "$@"; do f="$a"; done\ncp "$f" "%s/paged"\n' "$T" > "$T/pager"
chmod +x "$T/pager"
printf '%s\n' 'key Tab k k k k k k k Tab j j j j j j' 'key p' > "$T/keys"
(cd "$T/run" && PAGER="$T/pager" TMPDIR="$T/tmp" timeout 20 "$ECMR" browse -i "$DB" --headless "$T/keys" \
  --dump-dir "$T/run" --size 80x24) > /dev/null 2>&1
check "citations: the pager's text has the page markers and the lists' citations" \
  sh -c "grep -B1 '^9 Schools and health services' '$T/paged' | head -1 | grep -qx ' *p\\. $P9' &&
         grep -qx 'Strengths (3), para 7, p. $PT' '$T/paged'"

# the brief cites a marked item as the items list does: Ashcombe's first
# Staying safe item (the 8th by outcome, after Being healthy's seven) is the
# 2006 JAR's first strength, in the table under paragraph 4
PV=$(page_of "$JAR" "<p>Robust arrangements for vetting staff.</p>")
mkdir -p "$T/brief-state" "$T/brief-run"
printf '%s\n' 'key I j j j j j j j m' 'dump items' 'key q q' > "$T/brief.keys"
XDG_STATE_HOME=$T/brief-state "$ECMR" browse -i "$DB" --headless "$T/brief.keys" --dump-dir "$T/brief-run" \
  --size 80x24 > /dev/null 2>&1
XDG_STATE_HOME=$T/brief-state "$ECMR" brief -i "$DB" > "$T/brief.txt" 2>&1
check "citations: the brief gives a marked item's paragraph and page (para 4, p. $PV)" \
  sh -c "grep -q '^>+\\*Robust arrangements for vetting staff' '$T/brief-run/items.txt' &&
         grep -A1 'strength: Robust arrangements for vetting staff' '$T/brief.txt' | grep -q 'Safeguarding, para 4, p\\. $PV; judged good\$'"
