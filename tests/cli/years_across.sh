# [ and ] across frameworks: a joint area review has no "Staying safe"; it
# judged staying safe as "Safeguarding".  Stepping onto it shows that
# judgement and says so, and the next step lands on Staying safe again;
# a report with no corresponding section says what it shows instead.
# Never a different section silently.  (The fictional sample reports.)
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/years-across
mkdir -p "$T/out"
"$ECMR" index -q -o "$T/s.db" "$REPO/sample-reports" 2>/dev/null
cat > "$T/keys" <<'KEYS'
type fkelderby
key Enter
key g
key Tab
key 2
dump 2006
key ]
dump 2007
key ]
dump jar
key ]
dump 2008
key [
dump back-to-jar
key ]
key 4
dump contribution-2008
key [
dump contribution-jar
KEYS
"$ECMR" browse -i "$T/s.db" --headless "$T/keys" --dump-dir "$T/out" --size 100x24 2>"$T/err"
check "years across: the script runs" test ! -s "$T/err"
crumb() { head -1 "$T/out/$1.txt"; }
status() { tail -1 "$T/out/$1.txt"; }
check "years across: starts on Kelderby's 2006 Staying safe" sh -c "head -1 '$T/out/2006.txt' | grep -q '2006 Annual performance assessment › Staying safe'"
check "years across: ] to the 2008 JAR shows its Safeguarding judgement" \
  sh -c "head -1 '$T/out/jar.txt' | grep -q '2008 Joint area review › Safeguarding$'"
check "years across: ... and says why on the status line" \
  sh -c "tail -1 '$T/out/jar.txt' | grep -q '2008 JAR has no Staying safe: showing its Safeguarding judgement'"
check "years across: the next ] lands on Staying safe again" \
  sh -c "head -1 '$T/out/2008.txt' | grep -q '2008 Annual performance assessment › Staying safe$'"
check "years across: ... with no message" sh -c "tail -1 '$T/out/2008.txt' | grep -q '?:help'"
check "years across: [ back to the JAR says it again" \
  sh -c "tail -1 '$T/out/back-to-jar.txt' | grep -q 'has no Staying safe: showing its Safeguarding judgement'"
# an outcome the JAR did not judge under another name
check "years across: a JAR without the outcome shows its first judged section and says so" \
  sh -c "tail -1 '$T/out/contribution-jar.txt' | grep -q '2008 JAR has no Making a positive contribution: showing its first judged section'"
