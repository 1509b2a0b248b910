# ecmr show: a section as plain text for scripts and printers, the names it
# accepts, its messages, and that the pager gets the same text.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/show
mkdir -p "$T"
DB=$T/show.db
"$ECMR" index -q -o "$DB" "$REPO/tests/screens/data" 2>/dev/null
export LC_ALL=C.UTF-8

"$ECMR" show -i "$DB" "marlow vale" 2007 1 > "$T/apa-bh" 2> "$T/err"; rc=$?
check "show: a section by authority, year and outcome number" test $rc -eq 0
check "show: names the authority, report and date" \
  sh -c "head -2 '$T/apa-bh' | tr '\n' ' ' | grep -q 'Marlow Vale Borough Council.*Annual performance assessment 2007, 14 November 2007'"
# joined: a line of show output wraps at 78 columns
joined() { tr '\n' ' ' < "$1"; }
check "show: the judgement in words with how it was printed" \
  sh -c "$(declare -f joined); joined '$T/apa-bh' | grep -q 'Judgement: Good (printed as \"Grade 3\", where 4 is outstanding and 1 inadequate)'"
check "show: the area for improvement, marked" grep -q '^  - Cut the wait for speech therapy.' "$T/apa-bh"

"$ECMR" show -i "$DB" Castlebury 2008 being-healthy > "$T/jar-bh"
check "show: strengths marked +" grep -q '^  + Dental health of five-year-olds is the best in the region.' "$T/jar-bh"
check "show: weaknesses marked -" grep -q '^  - Waiting times for child and adolescent mental health' "$T/jar-bh"
check "show: strengths come before areas for improvement" \
  sh -c "[ \$(grep -n '^Strengths' '$T/jar-bh' | cut -d: -f1) -lt \$(grep -n '^Areas for improvement' '$T/jar-bh' | cut -d: -f1) ]"

"$ECMR" show -i "$DB" marlow staying-safe > "$T/newest"
check "show: without a year, the newest report" grep -q '^Safeguarding and looked after children inspection 2010' "$T/newest"
check "show: the 2009-12 scale read the other way round" \
  sh -c "$(declare -f joined); joined '$T/newest' | grep -q 'Judgement: Outstanding (printed as \"Grade 1 (outstanding)\", where 1 is outstanding and 4 inadequate)'"

"$ECMR" show -i "$DB" a > "$T/out" 2> "$T/err"; rc=$?
check "show: an ambiguous authority exits 1" test $rc -eq 1
check "show: ... and lists the candidates" grep -q '"a" could be any of: Castlebury, Marlow Vale' "$T/err"
"$ECMR" show -i "$DB" Nowhere > "$T/out" 2> "$T/err"; rc=$?
check "show: an unknown authority exits 1 and lists those there are" \
  sh -c "[ $rc -eq 1 ] && grep -q 'no authority called \"Nowhere\" in the index; it has: Castlebury, Marlow Vale' '$T/err'"
"$ECMR" show -i "$DB" Marlow 2009 > "$T/out" 2> "$T/err"; rc=$?
check "show: a year with no report lists the reports" \
  sh -c "[ $rc -eq 1 ] && grep -q 'Marlow Vale has no such report; its reports: 2007-apa, 2010-slac' '$T/err'"
# A year with two reports (the samples have an APA and a JAR in one year for
# several authorities, named AUTHORITY-YEAR-TYPE.txt): the message lists
# every one of them, whatever the order of evaluation.
"$ECMR" index -q -o "$T/samples.db" "$REPO/sample-reports" 2>/dev/null
bad="" ntwo=0
for ay in $(ls "$REPO/sample-reports" | sed -n 's/^\([a-z]*-[0-9]\{4\}\)-.*\.txt$/\1/p' | sort | uniq -d); do
  ntwo=$((ntwo + 1))
  auth=${ay%-*} year=${ay#*-}
  "$ECMR" show -i "$T/samples.db" "$auth" "$year" > /dev/null 2> "$T/err"; rc=$?
  files=$(ls "$REPO/sample-reports" | grep -c "^$ay-")
  [ $rc -eq 1 ] && grep -qi "has $files reports that match" "$T/err" || bad="$bad $ay"
  for f in "$REPO/sample-reports/$ay"-*.txt; do
    t=${f##*/$ay-}; t=${t%.txt}
    grep -q "match: .*$year-$t.*; say which" "$T/err" || bad="$bad $ay-$t"
  done
done
check "show: an ambiguous year lists every report of that year ($ntwo cases${bad:+; not:$bad})" \
  test "$ntwo" -ge 2 -a -z "$bad"
"$ECMR" show -i "$DB" Marlow 2010 overall > "$T/out" 2> "$T/err"; rc=$?
check "show: a section in two scopes is ambiguous" \
  sh -c "[ $rc -eq 1 ] && grep -q 'overall:safeguarding, overall:looked-after' '$T/err'"
"$ECMR" show -i "$DB" Marlow 2010 overall:looked-after > "$T/lac" 2> "$T/err"
check "show: KEY:SCOPE picks one" grep -q '^Overall effectiveness (looked after children)' "$T/lac"
check "show: nothing on stdout for a failed lookup" test ! -s "$T/out"

LC_ALL=C "$ECMR" show -i "$DB" Marlow 2010 overall:looked-after > "$T/lac-c"
check "show: in a C locale, ASCII only" sh -c "! LC_ALL=C grep -q -P '[^\\x00-\\x7f]' '$T/lac-c'"
check "show: in a C locale, quotes and dashes become ASCII" grep -q '"listened to" - and' "$T/lac-c"
check "show: in UTF-8 the report's punctuation is kept" grep -q '“listened to” – and' "$T/lac"

"$ECMR" show -i "$DB" Marlow 2007 > "$T/whole"
check "show: without a section, the whole report" \
  sh -c "grep -q '^Being healthy$' '$T/whole' && grep -q '^Overall effectiveness' '$T/whole'"
"$ECMR" show -i "$DB" -w 40 Castlebury 2008 being-healthy > "$T/narrow"
check "show: -w wraps to the width" sh -c "! awk 'length(\$0) > 40 { bad=1 } END { exit !bad }' '$T/narrow'"

"$ECMR" show -i "$T/missing.db" Marlow > "$T/out" 2> "$T/err"; rc=$?
check "show: a missing index exits 3 and says how to build one" \
  sh -c "[ $rc -eq 3 ] && grep -q 'ecmr index' '$T/err'"
"$ECMR" show -i "$DB" > "$T/out" 2> "$T/err"; rc=$?
check "show: no authority is a usage error" test $rc -eq 2

# the pager gets the same text as show: headless p with PAGER=cat
printf 'key j Tab Tab\nkey p\n' > "$T/p.keys"
env -i PATH="$PATH" LC_ALL=C.UTF-8 PAGER=cat TMPDIR="$T" "$ECMR" browse -i "$DB" --headless "$T/p.keys" \
  --dump-dir "$T" > "$T/paged" 2> "$T/err"
"$ECMR" show -i "$DB" Marlow 2010 being-healthy > "$T/shown"
check "show: the pager is given the same text as show" cmp "$T/paged" "$T/shown"
check "show: the pager's temporary file is removed" sh -c "! ls '$T' | grep -q '^ecmr-'"

# browse: no index, no terminal
env -i PATH="$PATH" HOME="$T/nohome" "$ECMR" browse < /dev/null > "$T/out" 2> "$T/err"; rc=$?
check "browse: with no index anywhere, exit 3" test $rc -eq 3
check "browse: ... and say how to build one" grep -q "ecmr index" "$T/err"
"$ECMR" browse -i "$DB" < /dev/null > "$T/out" 2> "$T/err"; rc=$?
check "browse: without a terminal, exit 2 and point to show and export" \
  sh -c "[ $rc -eq 2 ] && grep -q \"ecmr show\" '$T/err'"
