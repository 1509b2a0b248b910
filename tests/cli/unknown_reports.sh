# Reports the parser does not recognise are indexed as full text with no
# type and often no year; in the reports pane, the sections pane's title and
# the breadcrumb each is named by its year or "undated", "unknown" and its title
# or file name, so that two of them can be told apart (both were "0 ?").
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/unknown
rm -rf "$T"; mkdir -p "$T/in"
cd "$T" || exit 1
export LC_ALL=C.UTF-8
printf 'Notes on a visit\n\nWe saw the new clinic.\n' > in/visit-notes.txt
printf 'Minutes of a meeting\n\nThe meeting agreed the plan.\n' > in/minutes.txt
"$ECMR" index -q -o idx.db in 2>/dev/null
check "unknown: both files are indexed, with no type and no year" \
  test "$(sqlite3 idx.db "select count(*) from report where type = 'unknown' and year = 0")" = 2

# the reports pane as the browser starts (neither is dated: the first is
# selected), then the other
printf 'key Tab\ndump first\nkey j\ndump second\n' > keys
"$ECMR" browse -i idx.db --headless keys --dump-dir . --size 120x10 2> err; rc=$?
check "unknown: the browser shows them" sh -c "[ $rc -eq 0 ] && [ ! -s err ]"
for name in minutes.txt visit-notes.txt; do
  check "unknown: the reports pane names $name" grep -q "│[> ]undated unknown $name " first.txt
done
check "unknown: the sections pane's title names the selected one" \
  sh -c "grep -q 'Sections of undated unknown minutes' first.txt && grep -q 'Sections of undated unknown visit-note' second.txt"
check "unknown: so does the breadcrumb" \
  sh -c "head -1 first.txt | grep -q 'undated Unrecognised report minutes.txt' && head -1 second.txt | grep -q 'undated Unrecognised report visit-notes.txt'"
check "unknown: no year 0 anywhere" sh -c "! grep -q '[ >]0 ' first.txt second.txt"
rm -rf "$T"
