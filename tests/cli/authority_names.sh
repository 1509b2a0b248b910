# One name per authority: every report of an authority shows the same
# name, the fullest any of its reports prints, whatever order the reports
# are read in; reports with one DfE code are one authority however each
# prints its name.  On three fictional reports of Marlow Vale (an APA letter
# printing "Marlow Vale Borough Council" without a code, a joint area review
# printing "Marlow Vale" and an inspection printing "Marlow-Vale", both with
# reference number 987) indexed in both orders, and on ../shared/corpus,
# where Liverpool's APA letter prints "Liverpool City Council" and its joint
# area review and 2011 inspection print "Liverpool".
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/authority_names
rm -rf "$T"; mkdir -p "$T/one" "$T/two"
D=$REPO/tests/cli/data
cp "$D/good-apa.txt" "$T/one/1.txt"; cp "$D/names-jar.txt" "$T/one/2.txt"; cp "$D/names-slac.txt" "$T/one/3.txt"
cp "$D/names-slac.txt" "$T/two/1.txt"; cp "$D/names-jar.txt" "$T/two/2.txt"; cp "$D/good-apa.txt" "$T/two/3.txt"

# names DB: each report's authority as export shows it, one a line
names() { "$ECMR" export -i "$1" | sed -n 's/^      "authority": "\(.*\)",$/\1/p'; }

for o in one two; do
  "$ECMR" index -o "$T/$o.db" "$T/$o" > /dev/null 2>&1
  check "authority names [$o]: one authority" \
    test "$(sqlite3 "$T/$o.db" 'SELECT count(*) FROM authority')" = 1
  check "authority names [$o]: its full name and short name" \
    test "$(sqlite3 "$T/$o.db" 'SELECT name || "|" || short_name FROM authority')" = "Marlow Vale Borough Council|Marlow Vale"
  n=$(names "$T/$o.db")
  check "authority names [$o]: three reports" test "$(printf '%s\n' "$n" | grep -c .)" = 3
  check "authority names [$o]: every report shows the full name" \
    test "$(printf '%s\n' "$n" | sort -u)" = "Marlow Vale Borough Council"
  check "authority names [$o]: show heads the 2011 inspection with it" \
    sh -c "'$ECMR' show -i '$T/$o.db' 'marlow vale' 2011 | head -3 | grep -q 'Marlow Vale Borough Council'"
done

# re-indexing reuses the reports and chooses again from the printed names
"$ECMR" index -o "$T/one.db" "$T/one/2.txt" "$T/one/3.txt" > /dev/null 2>&1
check "authority names: without the letter, the name its other reports print" \
  test "$(sqlite3 "$T/one.db" 'SELECT name FROM authority')" = "Marlow Vale"

if [ -d "$CORPUS" ]; then
  "$ECMR" index -o "$T/corpus.db" "$CORPUS" > /dev/null 2>&1
  check "authority names: corpus, one name per DfE code" \
    test "$(sqlite3 "$T/corpus.db" 'SELECT count(*) FROM (SELECT la_code FROM authority GROUP BY la_code HAVING count(*) > 1)')" = 0
  check "authority names: corpus, Liverpool's three reports under one name" \
    test "$(names "$T/corpus.db" | grep -c '^Liverpool City Council$')" = 3
  check "authority names: corpus, no report shows the short name alone" \
    sh -c "! '$ECMR' export -i '$T/corpus.db' | grep -q '^      \"authority\": \"Liverpool\",'"
else
  skip "authority names: corpus" "../shared/corpus not present"
fi
rm -rf "$T"
exit 0
