# ecmr items: every strength, area for improvement and recommendation of an
# authority, one a line, checked against what the export holds for it.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/items
mkdir -p "$T"
export LC_ALL=C.UTF-8
DB=$T/screens.db
"$ECMR" index -q -o "$DB" "$REPO/tests/screens/data" 2>/dev/null
"$ECMR" export -i "$DB" > "$T/screens.json"

# export_items JSON AUTHORITY KINDS: "KIND|YEAR|TYPE|KEY|SCOPE|TEXT" for every
# item of AUTHORITY whose kind is in KINDS ('strength','improvement'), read
# from the export with sqlite3's JSON functions, sorted
export_items() {
  sqlite3 :memory: "select json_extract(i.value, '\$.kind') || '|' || json_extract(r.value, '\$.year') || '|' ||
      json_extract(r.value, '\$.type') || '|' || json_extract(s.value, '\$.key') || '|' ||
      json_extract(s.value, '\$.scope') || '|' || json_extract(i.value, '\$.text')
    from json_each(readfile('$1'), '\$.reports') r, json_each(r.value, '\$.sections') s,
      json_each(s.value, '\$.items') i
    where json_extract(r.value, '\$.authority_short') = '$2' and json_extract(i.value, '\$.kind') in ($3)" | sort
}
# listed_items FILE: the same fields from `ecmr items --format json` output, sorted
listed_items() {
  sqlite3 :memory: "select json_extract(i.value, '\$.kind') || '|' || json_extract(i.value, '\$.year') || '|' ||
      json_extract(i.value, '\$.type') || '|' || json_extract(i.value, '\$.section_key') || '|' ||
      json_extract(i.value, '\$.scope') || '|' || json_extract(i.value, '\$.text')
    from json_each(readfile('$1'), '\$.items') i" | sort
}

# --- the small fictional index -------------------------------------------------
"$ECMR" items -i "$DB" castlebury > "$T/c.txt"; rc=$?
check "items: exits 0" test $rc -eq 0
check "items: one line per item of the export (Castlebury: 5)" \
  test "$(wc -l < "$T/c.txt")" -eq "$(export_items "$T/screens.json" Castlebury "'strength','improvement','recommendation'" | wc -l)"
check "items: a strength: marker, report, section, whole text" \
  grep -qx '+ 2008 JAR | Being healthy | Dental health of five-year-olds is the best in the region.' "$T/c.txt"
check "items: a recommendation marked >" \
  grep -qx '> 2008 JAR | Recommendations | raise the attendance of looked after children in Key Stage 4.' "$T/c.txt"
"$ECMR" items -i "$DB" marlow --kind improvement > "$T/m.txt"
check "items: --kind improvement lists only areas for improvement" sh -c "! grep -qv '^- ' '$T/m.txt'"
check "items: ... from every report (2007 and 2010: 3)" test "$(wc -l < "$T/m.txt")" -eq 3
check "items: a section's scope is named" grep -q '| Areas for improvement (safeguarding) |' "$T/m.txt"
"$ECMR" items -i "$DB" marlow --year 2010 > "$T/y.txt"
check "items: --year keeps that year's reports" sh -c "[ -s '$T/y.txt' ] && ! grep -qv '^. 2010 ' '$T/y.txt'"
"$ECMR" items -i "$DB" castlebury --outcome 1 > "$T/o.txt"
check "items: --outcome 1 keeps the being healthy section's items (3)" \
  sh -c "[ \$(wc -l < '$T/o.txt') -eq 3 ] && ! grep -qv '| Being healthy |' '$T/o.txt'"
"$ECMR" items -i "$DB" castlebury --format csv > "$T/c.csv"
check "items: csv has a header and a row per item" test "$(wc -l < "$T/c.csv")" -eq 6
check "items: csv quotes nothing it need not, fields in order" \
  grep -qx 'strength,2008,jar,2008-09-12,being-healthy,all,Being healthy,good,Dental health of five-year-olds is the best in the region.,,,' "$T/c.csv"
"$ECMR" items -i "$DB" castlebury --format json > "$T/c.json"
check "items: json is valid" json_valid "$T/c.json"
check "items: json holds what the export holds" \
  sh -c "[ \"\$($(declare -f listed_items); listed_items '$T/c.json')\" = \"\$($(declare -f export_items); export_items '$T/screens.json' Castlebury \"'strength','improvement','recommendation'\")\" ]"
"$ECMR" items -i "$DB" a > /dev/null 2> "$T/err"; rc=$?
check "items: an ambiguous authority exits 1 naming the candidates" \
  sh -c "[ $rc -eq 1 ] && grep -q 'could be any of: Castlebury, Marlow Vale' '$T/err'"
for bad in "--kind weakness castlebury" "--outcome 6 castlebury" "--format xml castlebury" "" "castlebury marlow"; do
  # shellcheck disable=SC2086
  "$ECMR" items -i "$DB" $bad > /dev/null 2> "$T/err"; rc=$?
  check "items: usage error for '$bad' (exit 2, usage shown)" sh -c "[ $rc -eq 2 ] && grep -q 'usage: ecmr items' '$T/err'"
done

# --- the real reports: every area for improvement and recommendation of Liverpool
if [ ! -d "$CORPUS" ]; then
  skip "items: corpus" "no $CORPUS"
  exit 0
fi
CDB=$T/corpus.db
"$ECMR" index -q -o "$CDB" "$CORPUS" 2>/dev/null
"$ECMR" export -i "$CDB" > "$T/corpus.json"
export_items "$T/corpus.json" Liverpool "'improvement','recommendation'" > "$T/want"
"$ECMR" items -i "$CDB" liverpool --kind improvement,recommendation > "$T/l.txt"
"$ECMR" items -i "$CDB" liverpool --kind improvement,recommendation --format json > "$T/l.json"
listed_items "$T/l.json" > "$T/got"
check "items/corpus: Liverpool has areas for improvement and recommendations in three reports" \
  test "$(cut -d'|' -f2,3 "$T/want" | sort -u | wc -l)" -eq 3
check "items/corpus: every one the export holds for Liverpool, each once, with report and section" \
  cmp "$T/want" "$T/got"
check "items/corpus: the text list has as many lines" test "$(wc -l < "$T/l.txt")" -eq "$(wc -l < "$T/want")"
# every text line carries its item's whole text after its report and section
while IFS='|' read -r kind year type key scope text; do
  m=-; [ "$kind" = recommendation ] && m='>'
  grep -qF -- "$m $year ${type^^} | " "$T/l.txt" || { fail "items/corpus: a line for $year $type" "$text"; continue; }
  grep -F -- "$m $year ${type^^} | " "$T/l.txt" | grep -qF -- "| $text" || fail "items/corpus: whole text on its line" "$text"
done < "$T/want"
pass "items/corpus: every text line checked"
