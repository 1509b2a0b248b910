# ecmr search: the query language from the command line, every hit, one a
# line.  Filters, their errors, plain-word fallback, the formats, and the
# issue's checks on the real reports (skipped without ../shared/corpus) and
# on a generated national corpus (its count checked independently, with
# Python over ecmr export, not with FTS5).
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/search_cli
rm -rf "$T"; mkdir -p "$T"
cd "$T" || exit 1
"$ECMR" index -q -o s.db "$REPO/tests/screens/data" 2>/dev/null
"$ECMR" search -i s.db threshold > th.txt; rc=$?
check "search_cli: a search that matches exits 0" test $rc -eq 0
check "search_cli: text is one hit a line, six tab-separated fields" \
  sh -c "[ -s th.txt ] && awk -F'\t' 'NF != 6 { exit 1 }' th.txt"
check "search_cli: the snippet holds the word, without markers" \
  sh -c "cut -f6 th.txt | grep -q threshold && ! grep -q \$(printf '\\001') th.txt"
check "search_cli: hits in date order (years never go down)" sh -c "cut -f2 th.txt | sort -c -n"
"$ECMR" search -i s.db zzzyzzx > none.txt; rc=$?
check "search_cli: nothing matched: exit 1, no output" sh -c "[ $rc -eq 1 ] && [ ! -s none.txt ]"
"$ECMR" search -i s.db 'colour:red threshold' > bad.txt 2> bad.err; rc=$?
check "search_cli: an unknown filter is a usage error with one line naming it and the filters" \
  sh -c "[ $rc -eq 2 ] && [ \$(wc -l < bad.err) -eq 1 ] && grep -q 'unknown filter \"colour:\"' bad.err && grep -q 'kind:' bad.err"
"$ECMR" search -i s.db 'year:20x7 threshold' 2> year.err; rc=$?
check "search_cli: a bad value says what the filter takes" sh -c "[ $rc -eq 2 ] && grep -q 'year: wants' year.err"
"$ECMR" search -i s.db 'threshold OR (' > plain.txt 2> plain.err; rc=$?
check "search_cli: a query FTS5 cannot parse is read as plain words, with one line saying so" \
  sh -c "[ \$(wc -l < plain.err) -eq 1 ] && grep -q 'plain words' plain.err && ! grep -qi 'fts5: syntax\|sqlite' plain.err"
"$ECMR" search -i s.db --format csv threshold > th.csv
check "search_cli: csv has a header and a row per hit" \
  sh -c "[ \$(wc -l < th.csv) -eq \$((\$(wc -l < th.txt) + 1)) ] && head -1 th.csv | grep -q '^authority,year,type,section,kind,snippet'"
"$ECMR" search -i s.db --format json threshold > th.json
check "search_cli: json is valid, an array of the same hits" \
  sh -c "[ \$(sqlite3 :memory: \"select json_array_length(readfile('th.json'))\") -eq \$(wc -l < th.txt) ]"
check "search_cli: --help describes every option" \
  sh -c "'$ECMR' search --help | grep -q -- '--format' && '$ECMR' search --help | grep -q -- '--order' && '$ECMR' search --help | grep -q -- '--index'"
# filters: the same word, narrowed; checked against the index's own tables
"$ECMR" search -i s.db 'type:slac threshold' > f1.txt
check "search_cli: type: keeps only that type's reports" sh -c "[ -s f1.txt ] && cut -f3 f1.txt | grep -vqx slac; [ \$? -eq 1 ]"
"$ECMR" search -i s.db 'kind:recommendation threshold' > f2.txt
check "search_cli: kind: keeps only items of that kind (threshold: one recommendation, one text)" \
  sh -c "[ \$(wc -l < th.txt) -eq 2 ] && [ \$(wc -l < f2.txt) -eq 1 ] && cut -f5 f2.txt | grep -qx recommendation"
check "search_cli: ... and none of another kind" sh -c "! '$ECMR' search -i s.db 'kind:improvement threshold'"
"$ECMR" search -i s.db 'outcome:staying-safe children' > f3.txt
"$ECMR" search -i s.db 'outcome:2 children' > f3b.txt
check "search_cli: outcome: keeps only sections judging it, by name or number alike" \
  sh -c "[ -s f3.txt ] && cmp f3.txt f3b.txt && ! cut -f4 f3.txt | grep -vq '^Staying safe' && [ \$('$ECMR' search -i s.db children | wc -l) -gt \$(wc -l < f3.txt) ]"
"$ECMR" search -i s.db 'authority:marlow children' > f4.txt
check "search_cli: authority: a part of a name keeps only that authority's reports" \
  sh -c "[ -s f4.txt ] && ! cut -f1 f4.txt | grep -vqx 'Marlow Vale'"
check "search_cli: authority: an unknown name is one line of error" \
  sh -c "! '$ECMR' search -i s.db 'authority:nowhere children' 2> a.err && [ \$(wc -l < a.err) -eq 1 ]"

# --- the real reports
if [ -d "$CORPUS" ]; then
  "$ECMR" index -q -o c.db "$CORPUS" 2>/dev/null
  "$ECMR" search -i c.db registration > reg1.txt
  "$ECMR" search -i c.db registrations > reg2.txt
  check "search_cli corpus: registration and registrations find the same hits" \
    sh -c "[ -s reg1.txt ] && cut -f1-5 reg1.txt > a && cut -f1-5 reg2.txt > b && cmp a b"
  "$ECMR" search -i c.db 'authority:liverpool year:2011 kind:improvement supervision' > sup.txt
  check "search_cli corpus: the 2011 Liverpool area for improvement about supervision records, and nothing else" \
    sh -c "[ \$(wc -l < sup.txt) -eq 1 ] && cut -f1-3,5 sup.txt | grep -qx 'Liverpool	2011	slac	improvement' &&
      cut -f6 sup.txt | grep -q 'supervision records' && grep -l 'supervision records' '$CORPUS'/*.txt | xargs grep -l '2011' >/dev/null"
else
  skip "search_cli corpus" "no ../shared/corpus"
fi

# --- a generated national corpus: a sixth of its reports (about 15 MB), so that
# the suite, run twice (once under the sanitizers), stays quick; every sixth
# file in name order keeps every region, year and type
GEN=$(dirname "$ECMR")/tools/gen-reports
if [ -x "$GEN" ] && command -v python3 >/dev/null; then
  "$GEN" --national -o all > /dev/null 2>&1 && mkdir -p nat && ls all | awk 'NR % 6 == 1' | sed 's|^|all/|' | xargs mv -t nat
  rm -rf all
  "$ECMR" index -q -o nat.db nat 2>/dev/null
  got=$("$ECMR" search -i nat.db children | wc -l)
  want=$("$ECMR" export -i nat.db | python3 -c '
import json, re, sys
word = re.compile(r"(?i)\bchildrens?\b")  # the forms whose stem is "children"
n = 0
for r in json.load(sys.stdin)["reports"]:
    for s in r["sections"]:
        n += bool(s.get("text")) and bool(word.search(s["text"]))
        n += sum(1 for it in s.get("items") or [] if word.search(it["text"]))
print(n)')
  check "search_cli national: every hit of children is listed ($got), as many as sections and items holding the word ($want)" \
    sh -c "[ '$got' -gt 2000 ] && [ '$got' = '$want' ]"
  # each line's snippet is the stretch with the phrase, not a stretch with
  # one of its words alone ("parents and carers"); FTS5 matches a phrase
  # across punctuation, so anything but letters and digits may stand between
  "$ECMR" search -i nat.db '"foster carers"' > fc.txt
  check "search_cli national: every snippet of a phrase search holds the phrase ($(wc -l < fc.txt) hits)" \
    sh -c "[ \$(wc -l < fc.txt) -gt 100 ] && ! cut -f6 fc.txt | grep -viqE 'foster[^a-z0-9]+carers'"
  # a strict CSV reader gets back the text lines' fields, snippets with commas and quotes included
  "$ECMR" search -i nat.db --format csv '"foster carers"' > fc.csv
  check "search_cli national: csv reads back strictly as the text's fields, row by row" python3 -c '
import csv, sys
rows = list(csv.reader(open("fc.csv", newline=""), strict=True))
text = [l.rstrip("\n").split("\t") for l in open("fc.txt")]
sys.exit(0 if rows[1:] == text and any("," in r[5] for r in rows[1:]) else 1)'
  rm -rf nat nat.db
else
  skip "search_cli national" "no gen-reports or python3"
fi
