# ecmr index over the whole of tests/fixtures: every fixture is a text that
# indexes (none fails), each under the type its .expect file names, and the
# index exports as valid JSON.
. "$(dirname "$0")/../lib.sh"
cd "$TESTS_OUT" || exit 1
FIX=$OLDPWD/tests/fixtures

"$ECMR" index -o fx.db "$FIX" > out 2> err; rc=$?
check "fixtures: index exits 0" test $rc -eq 0
check "fixtures: no file failed" grep -q ", 0 failed;" err
n=$(ls "$FIX"/*.txt | wc -l)
check "fixtures: every fixture is indexed" test "$(sqlite3 fx.db 'select count(*) from report')" -eq "$n"
for t in apa jar slac unknown; do
  want=$(grep -l "^type $t\$" "$FIX"/*.expect | wc -l)
  check "fixtures: $want of type $t" test "$(sqlite3 fx.db "select count(*) from report where type = '$t'")" -eq "$want"
done
"$ECMR" export -i fx.db > fx.json
check "fixtures: export is valid JSON" json_valid fx.json
