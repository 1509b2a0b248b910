# f filters whichever list has the focus: here the search results and the
# items list (the reports and sections are screen tests,
# tests/screens/filter_lists.keys); and the mouse wheel over a view of its
# own moves three rows a notch.  The counts the browser shows are checked
# against what `ecmr search` and `ecmr items` print for the same index.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/filter-lists
mkdir -p "$T/out"
DB=$T/s.db
"$ECMR" index -q -o "$DB" "$REPO/sample-reports" 2>/dev/null
run() { # SCRIPT-LINES...
  printf '%s\n' "$@" > "$T/keys"
  "$ECMR" browse -i "$DB" --headless "$T/keys" --dump-dir "$T/out" --size 100x24 2> "$T/err"
}

# search results: by authority, and by every word typed (a year and a type)
all=$("$ECMR" search -i "$DB" children | wc -l)
kel=$("$ECMR" search -i "$DB" children | grep -c '^Kelderby	')
jar08=$("$ECMR" search -i "$DB" children | awk -F'\t' '$2 == 2008 && $3 == "jar"' | wc -l)
run 'type /children' 'key Enter' 'dump all' 'key f' 'type kelderby' 'dump typing' 'key Enter' 'dump kept' \
    'key f' 'key C-u' 'type 2008 jar' 'key Enter' 'dump words' 'key f' 'key Esc' 'dump cleared'
check "filter: the search's hits ($all), as ecmr search lists them" sh -c "sed -n 2p '$T/out/all.txt' | grep -q ' 1 of $all\$'"
check "filter: f in the results prompts for their filter" sh -c "tail -1 '$T/out/typing.txt' | grep -q '^Filter results: kelderby_'"
check "filter: ... Kelderby's hits only, as many as ecmr search has ($kel)" \
  sh -c "sed -n 2p '$T/out/kept.txt' | grep -q 'Search results \"kelderby\", by date: .* 1 of $kel\$' && [ \$(grep -c '^ Kelderby [0-9]' '$T/out/kept.txt') -ge 1 ] && ! grep -q '^ Ashcombe [0-9]' '$T/out/kept.txt'"
check "filter: every word typed must match: '2008 jar' keeps the $jar08 hits in 2008 JARs" \
  sh -c "[ $jar08 -gt 0 ] && sed -n 2p '$T/out/words.txt' | grep -q ' 1 of $jar08\$'"
check "filter: f then Esc clears it: all $all hits again" sh -c "sed -n 2p '$T/out/cleared.txt' | grep -q 'Search results, by date: .* of $all\$'"
check "filter: ... the selected hit still selected" \
  sh -c "[ -n \"\$(grep '^>' '$T/out/words.txt')\" ] && [ \"\$(grep '^>' '$T/out/words.txt')\" = \"\$(grep '^>' '$T/out/cleared.txt')\" ]"

# the items list: Kelderby's items holding "quality assurance"
nitems=$("$ECMR" items -i "$DB" kelderby --format csv | sed 1d | wc -l)
nqa=$("$ECMR" items -i "$DB" kelderby --format csv | sed 1d | grep -ci 'quality assurance')
run 'type fkelderby' 'key Enter' 'key I' 'key f' 'type quality assurance' 'dump items-typing' 'key Enter' \
    'dump items-kept' 'key f' 'key Esc' 'dump items-cleared'
check "filter: f in the items list prompts for its filter" \
  sh -c "tail -1 '$T/out/items-typing.txt' | grep -q '^Filter items: quality assurance_'"
check "filter: ... keeps the $nqa of $nitems items that hold the words" \
  sh -c "[ $nqa -eq 3 ] && sed -n 2p '$T/out/items-kept.txt' | grep -q 'Kelderby: $nqa of $nitems items, by outcome, \"quality assurance\"'"
check "filter: ... every item shown holds them" \
  sh -c "[ \$(grep -ci 'quality assurance' '$T/out/items-kept.txt') -ge 1 ] && ! grep -E '^[> ][-+>] ' '$T/out/items-kept.txt' | grep -vqi 'quality'"
check "filter: ... Esc clears it" sh -c "sed -n 2p '$T/out/items-cleared.txt' | grep -q 'Kelderby: $nitems of $nitems items, by outcome *[^\"]*\$'"

# the wheel over the results list moves its selection three hits a notch
run 'type /children' 'key Enter' 'wheel 10 10 down' 'dump wheel-down' 'wheel 10 10 down' 'wheel 12 50 up' 'dump wheel-up'
check "filter: a notch of the wheel down in the results: the 4th hit" grep -q " 4 of $all\$" "$T/out/wheel-down.txt"
check "filter: ... two down and one up: the 4th again" grep -q " 4 of $all\$" "$T/out/wheel-up.txt"
printf 'wheel 1 2\n' > "$T/keys"
"$ECMR" browse -i "$DB" --headless "$T/keys" --dump-dir "$T/out" 2> "$T/err"; rc=$?
check "filter: a wheel without its direction is a script error naming the line" \
  sh -c "[ $rc -eq 2 ] && grep -q ':1: wheel wants ROW COL up|down' '$T/err'"

# a click in the results selects the hit under it (two rows a line, from row 2: the first
# report's heading, its first hit, then at row 6 its second hit, or the next report's heading,
# whose click selects the hit under it, at row 8); the first report's hits as ecmr search has them
first=$("$ECMR" search -i "$DB" children | awk -F'\t' 'NR == 1 { r = $1 FS $2 FS $3 } $1 FS $2 FS $3 == r { n++ } END { print n }')
row=$([ "$first" -ge 2 ] && echo 7 || echo 9)
run 'type /children' 'key Enter' 'click 6 10' 'dump clicked'
check "filter: a click on the results' 6th row selects the 2nd hit ($first in the first report)" \
  sh -c "sed -n 2p '$T/out/clicked.txt' | grep -q ' 2 of $all\$' && sed -n ${row}p '$T/out/clicked.txt' | grep -q '^>'"

# a judgement grid's rows: the history grid's judgements, the compare grid's authorities
run 'type fkelderby' 'key Enter' 'key H' 'dump grid0' 'key f' 'type safe' 'dump grid-typing' 'key Enter' \
    'dump grid-safe' 'key f' 'key Esc' 'dump grid-cleared' \
    'key C' 'key c c' 'key f' 'type ash' 'key Enter' 'dump compare-ash'
check "filter: f in a grid prompts for its rows' filter, the grid still shown" \
  sh -c "tail -1 '$T/out/grid-typing.txt' | grep -q '^Filter rows: safe_' && head -1 '$T/out/grid-typing.txt' | grep -q '› history\$'"
check "filter: ... the history grid keeps Staying safe and says what it is filtered by" \
  sh -c "sed -n 2p '$T/out/grid-safe.txt' | grep -q 'rows \"safe\"' && grep -q '^Staying safe ' '$T/out/grid-safe.txt'"
check "filter: ... and drops the other outcomes" \
  sh -c "grep -q '^Being healthy ' '$T/out/grid0.txt' && ! grep -q '^Being healthy ' '$T/out/grid-safe.txt' && ! grep -q '^Enjoying and achieving ' '$T/out/grid-safe.txt'"
check "filter: ... Esc gives the whole grid back" cmp "$T/out/grid0.txt" "$T/out/grid-cleared.txt"
# sample-reports' authorities: Ashcombe, Castlemere, Fenmarsh, Kelderby, Tollingham, Wrenford; "ash": one
check "filter: the compare grid of all authorities keeps those whose names hold the words" \
  sh -c "grep -q '^Ashcombe ' '$T/out/compare-ash.txt' && ! grep -qE '^(Castlemere|Fenmarsh|Kelderby|Tollingham|Wrenford) ' '$T/out/compare-ash.txt'"
