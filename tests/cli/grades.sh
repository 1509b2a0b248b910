# ecmr grades: every judgement in the index as a table.  The CSV is read
# with a strict RFC 4180 reader (tests/cli/lib/csv-strict.pl) and compared,
# row by row, with the judgements of `ecmr export`, which are read from the
# export's JSON independently (sqlite3's JSON functions).
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/grades
mkdir -p "$T"
CSV=$REPO/tests/cli/lib/csv-strict.pl
DB=$T/samples.db
"$ECMR" index -q -o "$DB" "$REPO/sample-reports" 2>/dev/null
"$ECMR" export -i "$DB" > "$T/export.json"

# judgements_of EXPORT: one line per judged section of the export, in its
# order: authority, la_code, type, year, main date (published, letter,
# inspection end, start), key, scope, judgement, grade_raw, source
judgements_of() {
  sqlite3 -separator '	' :memory: "
    SELECT json_extract(r.value, '\$.authority_short'), coalesce(json_extract(r.value, '\$.la_code'), ''),
           json_extract(r.value, '\$.type'), json_extract(r.value, '\$.year'),
           coalesce(json_extract(r.value, '\$.dates.published'), json_extract(r.value, '\$.dates.letter'),
                    json_extract(r.value, '\$.dates.\"inspection-end\"'),
                    json_extract(r.value, '\$.dates.\"inspection-start\"'), ''),
           json_extract(s.value, '\$.key'), json_extract(s.value, '\$.scope'),
           json_extract(s.value, '\$.judgement'), coalesce(json_extract(s.value, '\$.grade_raw'), ''),
           json_extract(r.value, '\$.source')
    FROM json_each(readfile('$1'), '\$.reports') r, json_each(r.value, '\$.sections') s
    WHERE json_extract(s.value, '\$.judgement') IS NOT NULL
    ORDER BY r.key, s.key"
}
judgements_of "$T/export.json" > "$T/want"
"$ECMR" grades -i "$DB" > "$T/grades.csv"; rc=$?
check "grades: exits 0" test $rc -eq 0
perl "$CSV" --fields 11 "$T/grades.csv" > "$T/parsed" 2> "$T/csv.err"; rc=$?
check "grades: the CSV parses strictly (RFC 4180, CRLF, 11 fields a row)$(head -c 200 "$T/csv.err")" test $rc -eq 0
check "grades: the header row" \
  test "$(head -1 "$T/parsed")" = "$(printf 'authority\tla_code\tregion\ttype\tyear\tdate\tkey\tscope\tjudgement\tgrade_raw\tsource')"
n_export=$(wc -l < "$T/want")
n_csv=$(($(wc -l < "$T/parsed") - 1))
check "grades: as many rows as the export has judgements ($n_csv, $n_export)" \
  sh -c "[ $n_export -gt 100 ] && [ $n_csv -eq $n_export ]"
# the CSV less its region column, against the export
tail -n +2 "$T/parsed" | cut -f1,2,4- > "$T/got"
check "grades: every row is the export's judgement, in the export's order" cmp "$T/want" "$T/got"
check "grades: no line ends in a bare LF" sh -c "! grep -q -P '(?<!\\r)\$' '$T/grades.csv'"

"$ECMR" grades -i "$DB" --format tsv > "$T/grades.tsv"
perl "$CSV" --tsv --fields 11 "$T/grades.tsv" > "$T/parsed-tsv" 2>/dev/null
check "grades: TSV holds the same rows as the CSV" cmp "$T/parsed" "$T/parsed-tsv"
"$ECMR" grades -i "$DB" --format json > "$T/grades.json"
check "grades: JSON is valid" json_valid "$T/grades.json"
check "grades: JSON has a row per judgement" \
  test "$(sqlite3 :memory: "select json_array_length(readfile('$T/grades.json'))")" = "$n_export"
check "grades: JSON years are numbers" \
  test "$(sqlite3 :memory: "select json_type(readfile('$T/grades.json'), '\$[0].year')")" = integer

# filters: the rows of the full table that match, and only those
"$ECMR" grades -i "$DB" --authority kelder --type apa --year 2007 > "$T/one.csv"
perl "$CSV" "$T/one.csv" | tail -n +2 > "$T/one"
awk -F'\t' 'NR > 1 && $1 == "Kelderby" && $4 == "apa" && $5 == 2007' "$T/parsed" > "$T/one-want"
check "grades: --authority (a part of a name), --type and --year pick those rows" \
  sh -c "[ -s '$T/one' ] && cmp '$T/one' '$T/one-want'"
"$ECMR" grades -i "$DB" --authority Nowhere > "$T/out" 2> "$T/err"; rc=$?
check "grades: an unknown authority exits 1, saying which there are" \
  sh -c "[ $rc -eq 1 ] && grep -q 'no authority called \"Nowhere\"' '$T/err' && [ ! -s '$T/out' ]"
for bad in "--type xyz" "--year 20x7" "--format xls" "extra"; do
  # shellcheck disable=SC2086
  "$ECMR" grades -i "$DB" $bad > "$T/out" 2> "$T/err"; rc=$?
  check "grades: '$bad' is a usage error (exit 2)" sh -c "[ $rc -eq 2 ] && [ -s '$T/err' ] && [ ! -s '$T/out' ]"
done

# --wide: a row per report with judgements, a column per key (and scope)
"$ECMR" grades -i "$DB" --wide > "$T/wide.csv"
perl "$CSV" "$T/wide.csv" > "$T/wide" 2> "$T/wide.err"; rc=$?
check "grades --wide: parses strictly" test $rc -eq 0
n_reports=$(cut -f10 "$T/want" | sort -u | wc -l)
check "grades --wide: a row per report that has judgements" test "$(($(wc -l < "$T/wide") - 1))" -eq "$n_reports"
# each cell of the wide table is the long table's judgement of that report and column
perl -F'\t' -lane '
  if ($. == 1) { @h = @F; next }
  for $i (7 .. $#F) { next if $F[$i] eq ""; print join("\t", $F[6], $h[$i], $F[$i]) }' "$T/wide" | sort > "$T/wide-cells"
awk -F'\t' 'NR > 1 { c = $8 == "all" ? $7 : $7 ":" $8; print $11 "\t" c "\t" $9 }' "$T/parsed" | sort -u > "$T/long-cells"
check "grades --wide: its cells are the long form's judgements" cmp "$T/wide-cells" "$T/long-cells"
check "grades --wide: overall, the five outcomes and capacity lead the columns" \
  sh -c "head -1 '$T/wide' | cut -f8- | tr '\t' '\n' | grep -v : | head -7 | tr '\n' ' ' | grep -qx 'overall being-healthy staying-safe enjoying-achieving positive-contribution economic-wellbeing capacity '"

# quoting: a file whose path holds a comma and a quote
Q=$T/'in,"q"'
mkdir -p "$Q"
cp "$REPO/sample-reports/kelderby-2007-apa.txt" "$Q/"
"$ECMR" index -q -o "$T/q.db" "$Q" 2>/dev/null
"$ECMR" grades -i "$T/q.db" > "$T/q.csv"
check "grades: a field with a comma and a quote is quoted, the quote doubled" \
  grep -q ',"[^"]*in,""q""/kelderby-2007-apa.txt"' "$T/q.csv"
check "grades: ... and reads back as the path" \
  sh -c "perl '$CSV' '$T/q.csv' | tail -n +2 | cut -f11 | sort -u | grep -qxF '$Q/kelderby-2007-apa.txt'"

# the real reports: the export's judgements again, and regions from the reference data
if [ -d "$CORPUS" ]; then
  "$ECMR" index -q -o "$T/corpus.db" "$CORPUS" 2>/dev/null
  "$ECMR" export -i "$T/corpus.db" > "$T/corpus.json"
  judgements_of "$T/corpus.json" > "$T/corpus-want"
  "$ECMR" grades -i "$T/corpus.db" | perl "$CSV" --fields 11 /dev/stdin > "$T/corpus-parsed"
  tail -n +2 "$T/corpus-parsed" | cut -f1,2,4- > "$T/corpus-got"
  check "grades: on the real reports, the export's judgements, in order" \
    sh -c "[ -s '$T/corpus-want' ] && cmp '$T/corpus-want' '$T/corpus-got'"
  check "grades: on the real reports, Liverpool is in the North West" \
    sh -c "awk -F'\t' '\$1 == \"Liverpool\" { print \$3 }' '$T/corpus-parsed' | sort -u | grep -qx 'North West'"
else
  skip "grades: the real reports" "no $CORPUS"
fi
