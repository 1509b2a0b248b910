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
