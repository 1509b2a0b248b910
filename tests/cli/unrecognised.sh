# Reports the parser does not recognise are no orphans: each lands under
# the authority its first page names, `show` reaches every one of them by
# the name it lists (an undated one as "undated-unknown"), their text says
# no judgement was recognised (never "Not judged"), and undated reports
# are listed after the dated ones, so the newest is what opens.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/unrecognised
mkdir -p "$T/in"
export LC_ALL=C.UTF-8
cat > "$T/in/dated.txt" <<'TXT'
Review of youth offending services
London Borough of Coldharbour Vale

Inspection dates: 3 to 7 March 2014

The overall judgement is that the service requires improvement.
TXT
cat > "$T/in/undated.txt" <<'TXT'
Notes on a visit
London Borough of Coldharbour Vale

The visit found the service well run.
TXT
DB=$T/u.db
"$ECMR" index -q -o "$DB" "$T/in" 2>/dev/null
"$ECMR" show -i "$DB" coldharbour 2009 > "$T/out" 2> "$T/err"
check "unrecognised: both reports under the authority their first page names" \
  grep -q 'Coldharbour Vale has no such report; its reports: 2014-unknown, undated-unknown' "$T/err"
"$ECMR" show -i "$DB" coldharbour 2014-unknown > "$T/dated"; rc=$?
check "unrecognised: show reaches a dated one by YEAR-unknown" test $rc -eq 0
check "unrecognised: ... which says no judgement was recognised" grep -q 'Judgement: No judgement recognised' "$T/dated"
check "unrecognised: ... never 'Not judged'" sh -c "! grep -q 'Not judged' '$T/dated'"
"$ECMR" show -i "$DB" coldharbour undated-unknown > "$T/undated"; rc=$?
check "unrecognised: show reaches an undated one" sh -c "[ $rc -eq 0 ] && grep -q 'The visit found the' '$T/undated'"
check "unrecognised: ... and says it is undated" grep -q '^Unrecognised report, undated$' "$T/undated"
"$ECMR" show -i "$DB" coldharbour unknown > "$T/out" 2> "$T/err"; rc=$?
check "unrecognised: the type alone matches both, named in full" \
  grep -q 'Coldharbour Vale has 2 reports that match: 2014-unknown, undated-unknown; say which, e.g. 2014-unknown$' "$T/err"
"$ECMR" show -i "$DB" coldharbour > "$T/newest"; rc=$?
check "unrecognised: without a year, the newest dated report" \
  sh -c "[ $rc -eq 0 ] && grep -q 'requires improvement' '$T/newest' && ! grep -q 'well run' '$T/newest'"
printf 'key l\ndump reports\n' > "$T/keys"
mkdir -p "$T/screens"
"$ECMR" browse -i "$DB" --headless "$T/keys" --dump-dir "$T/screens" --size 100x20 > /dev/null 2>&1
check "unrecognised: the browser lists the undated report last and opens on the dated one" \
  sh -c "grep -q '>2014 unknown' '$T/screens/reports.txt' && grep -A1 '2014 unknown' '$T/screens/reports.txt' | grep -q 'undated unknown'"
