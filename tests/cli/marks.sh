# Marks survive: three items marked in two reports are there after a restart
# and after the index is rebuilt (ids changed), B saved to a file gives those
# three items with their references (checked against the export), marks whose
# report has left the index are kept and said to be so, and a damaged marks
# file is reported and set aside, never lost.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/marks
rm -rf "$T" # marks of an earlier run in the same place would change what is counted
mkdir -p "$T/data2"
export LC_ALL=C.UTF-8 XDG_STATE_HOME=$T/state
MARKS=$XDG_STATE_HOME/ecmr/marks
DB=$T/marks.db
"$ECMR" index -q -o "$DB" "$REPO/tests/screens/data" 2>/dev/null

# browse SCRIPT-TEXT NAME: run the lines given as a headless script, dumps in $T/NAME
browse() {
  mkdir -p "$T/$2"
  printf '%s\n' "$1" > "$T/$2.keys"
  "$ECMR" browse -i "$DB" --headless "$T/$2.keys" --dump-dir "$T/$2" --size 80x24 > "$T/$2.out" 2> "$T/$2.err"
}

# the first two items of Castlebury's 2008 JAR, the first of Marlow Vale's 2007 APA
browse "key I m j m q j I m
dump items
key q q" mark
check "marks: the browser marked and quit cleanly" sh -c "[ ! -s '$T/mark.err' ]"
check "marks: the file is written, version line first" sh -c "head -n 1 '$MARKS' | grep -qx 'ecmr marks 1'"
check "marks: three item marks in it" test "$(grep -c '^item	' "$MARKS")" -eq 3
check "marks: the marked item shows its '*'" grep -q '^>-\*Cut the wait for speech therapy\.' "$T/mark/items.txt"

TEXTS="Dental health of five-year-olds is the best in the region.
School nurses run drop-in clinics in every secondary school.
Cut the wait for speech therapy."

# listed DUMP: every marked text is in the marks list dump, none said gone
listed() {
  grep -q '^ Marks: 3' "$1" || return 1
  ! grep -q 'no longer' "$1" || return 1
  printf '%s\n' "$TEXTS" | while IFS= read -r t; do grep -qF -- "$t" "$1" || exit 1; done
}
browse "key M
dump list
key q q" restart
check "marks: after a restart the marks list has the three" listed "$T/restart/list.txt"

# rebuild the index from the same reports under other names, in another order,
# so every id changes: marks are keyed by digest and text, not by id
ids_before=$(sqlite3 "$DB" "select group_concat(id || ':' || sha256, ' ') from (select id, sha256 from report order by sha256)")
for f in "$REPO"/tests/screens/data/*.txt; do
  case $(basename "$f") in marlow*) cp "$f" "$T/data2/a-$(basename "$f")" ;; *) cp "$f" "$T/data2/z-$(basename "$f")" ;; esac
done
"$ECMR" index -q -o "$DB" "$T/data2" 2>/dev/null
ids_after=$(sqlite3 "$DB" "select group_concat(id || ':' || sha256, ' ') from (select id, sha256 from report order by sha256)")
check "marks: the rebuild gave the reports other ids" test "$ids_before" != "$ids_after"
browse "key M
dump list
key B s C-u
type $T/brief.txt
key Enter
dump saved
key q q" rebuilt
check "marks: after the rebuild the marks list has the three" listed "$T/rebuilt/list.txt"
check "marks: B then s saved the brief" test -s "$T/brief.txt"
"$ECMR" brief -i "$DB" > "$T/brief-cli.txt"; rc=$?
check "marks: ecmr brief exits 0" test $rc -eq 0
check "marks: ecmr brief prints what B saved" cmp -s "$T/brief.txt" "$T/brief-cli.txt"

# reference TEXT: "YEAR|DATE|HEADING|JUDGEMENT|TYPE" of the item TEXT, from the export
"$ECMR" export -i "$DB" > "$T/export.json"
reference() {
  sqlite3 :memory: "select json_extract(r.value, '\$.year') || '|' ||
      coalesce(json_extract(r.value, '\$.dates.published'), json_extract(r.value, '\$.dates.letter')) || '|' ||
      json_extract(s.value, '\$.heading') || '|' || json_extract(s.value, '\$.judgement') || '|' ||
      json_extract(r.value, '\$.type')
    from json_each(readfile('$T/export.json'), '\$.reports') r, json_each(r.value, '\$.sections') s,
      json_each(s.value, '\$.items') i
    where json_extract(i.value, '\$.text') = '$1'"
}
# the type names the brief uses for the two kinds of report marked
type_label() { case $1 in jar) echo "Joint area review" ;; apa) echo "Annual performance assessment" ;; esac; }
printf '%s\n' "$TEXTS" > "$T/texts"
while IFS= read -r t; do
  IFS='|' read -r year date heading judgement type <<< "$(reference "$t")"
  want="  $year $(type_label "$type"), $date, $heading; judged $judgement"
  check "marks: the brief has \"$t\" with its reference ($want)" \
    sh -c "grep -A1 -F -- ': $t' '$T/brief.txt' | tail -n 1 | grep -qxF -- '$want'"
done < "$T/texts"
check "marks: the brief groups by authority (Castlebury's heading before its items)" \
  sh -c "grep -n -x -e 'Castlebury' -e 'Marlow Vale Borough Council' '$T/brief.txt' | cut -d: -f2 | paste -sd, - | grep -qx 'Castlebury,Marlow Vale Borough Council'"
"$ECMR" brief -i "$DB" --format md > "$T/brief.md"
check "marks: --format md: headings and the items as a list" \
  sh -c "grep -qx '## Castlebury' '$T/brief.md' && grep -qF -- '- **area for improvement**: Cut the wait for speech therapy.' '$T/brief.md'"

# a report gone from the index: its marks are kept and said to be gone
"$ECMR" index -q -o "$DB" "$T/data2/a-"* 2>/dev/null
browse "key M
dump list
key q q" gone
check "marks: marks of a report no longer indexed stay in the list, said gone" \
  sh -c "grep -q '^ Marks: 3' '$T/gone/list.txt' && [ \$(grep -c 'report no longer in the index' '$T/gone/list.txt') -eq 2 ]"
"$ECMR" brief -i "$DB" > "$T/brief-gone.txt"
check "marks: the brief lists them under 'no longer in the index'" \
  sh -c "sed -n '/^Marks whose report is no longer in the index/,\$p' '$T/brief-gone.txt' | grep -q 'Dental health'"
check "marks: the marks file still holds all three" test "$(grep -c '^item	' "$MARKS")" -eq 3

# a damaged marks file: set aside (its bytes kept), reported, a new one started
mkdir -p "$(dirname "$MARKS")"
printf 'ecmr marks 1\nitem\tnot-a-digest\n' > "$MARKS"
cp "$MARKS" "$T/damaged-copy"
"$ECMR" brief -i "$DB" > "$T/brief-damaged.txt" 2> "$T/brief-damaged.err"; rc=$?
check "marks: ecmr brief on a damaged file exits 1" test $rc -eq 1
check "marks: ... and says which file, which line, and where it went" \
  grep -qF "$MARKS was damaged (line 2: the wrong number of fields): set aside as $MARKS.damaged-1" "$T/brief-damaged.err"
check "marks: the damaged file is kept byte for byte" cmp -s "$T/damaged-copy" "$MARKS.damaged-1"
check "marks: ... and the brief still printed, empty" grep -q '^Meeting brief: 0 items' "$T/brief-damaged.txt"
printf 'ecmr marks 1\nsection\tx\n' > "$MARKS"
browse "dump start
key m
key q" damaged  # the index now holds only Marlow Vale: m marks it
check "marks: the browser reports a damaged file on stderr" grep -qF "set aside as $MARKS.damaged-2" "$T/damaged.err"
check "marks: ... and on the status line" sh -c "tail -n 1 '$T/damaged/start.txt' | grep -q 'was damaged'"
check "marks: ... and marks again into a new file" \
  sh -c "[ -f '$MARKS.damaged-2' ] && grep -q '^authority	[^	]*	Marlow Vale\$' '$MARKS'"

# a marks file of a later version is not ours: left as it is, not written over
printf 'ecmr marks 2\nsomething new\n' > "$MARKS"
browse "key m
key q" newer
check "marks: a newer version's file is left alone after m" \
  sh -c "[ \"\$(cat '$MARKS')\" = \"\$(printf 'ecmr marks 2\nsomething new')\" ] && [ ! -e '$MARKS.damaged-3' ]"
check "marks: ... and the browser says marks are off" grep -q 'version 2' "$T/newer.err"

# options
"$ECMR" brief --format xml > /dev/null 2> "$T/usage.err"; rc=$?
check "marks: ecmr brief --format xml is a usage error" sh -c "[ $rc -eq 2 ] && grep -q 'text or md' '$T/usage.err'"
"$ECMR" brief --help > "$T/help.txt"
check "marks: ecmr brief --help names every option" \
  sh -c "grep -q -- '--index' '$T/help.txt' && grep -q -- '--format' '$T/help.txt' && grep -q -- '--help' '$T/help.txt'"

# the compare grid's marked group: the authorities marked with m, beside the selected one
export XDG_STATE_HOME=$T/state-compare
DB=$T/compare.db
"$ECMR" index -q -o "$DB" "$REPO/tests/screens/data" 2>/dev/null
browse "key m j C c c c
dump marked
key c
dump next
key q q" compare
check "marks: c reaches the compare grid's marked group" grep -q 'compare: marked authorities' "$T/compare/marked.txt"
check "marks: ... which has the selected authority and the marked one" \
  sh -c "grep -q '^Marlow Vale ' '$T/compare/marked.txt' && grep -q '^Castlebury' '$T/compare/marked.txt'"
check "marks: ... and c goes round to the neighbours again" grep -q 'compare: statistical neighbours' "$T/compare/next.txt"
