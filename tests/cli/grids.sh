# The judgement grids against the export: the history grid of an authority
# holds every judgement the export has for it, column by column in date
# order, and nothing else (read from the grid's text for the pager, p, by
# tests/cli/lib/grid-columns.pl, and from the export by sqlite3's JSON
# functions); --history opens it; in a real terminal its words are in
# colour, and with NO_COLOR=1 not.  The screens themselves are
# tests/screens/grids-*.keys.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/grids
mkdir -p "$T"
COLS=$REPO/tests/cli/lib/grid-columns.pl
export LC_ALL=C.UTF-8

# export_columns EXPORT AUTHORITY: "YEAR TYPE<TAB>judgement" for each judged
# section of the authority's reports, in the export's (date) order
export_columns() {
  sqlite3 -separator '	' :memory: "
    SELECT json_extract(r.value, '\$.year') || ' ' || upper(json_extract(r.value, '\$.type')),
           json_extract(s.value, '\$.judgement')
    FROM json_each(readfile('$1'), '\$.reports') r, json_each(r.value, '\$.sections') s
    WHERE json_extract(r.value, '\$.authority_short') = '$2' AND json_extract(s.value, '\$.judgement') IS NOT NULL
    ORDER BY r.key, s.key"
}
# sorted_within_columns: each column's words sorted, the columns kept in order
sorted_within_columns() {
  awk -F'\t' '{ if (!($1 in col)) col[$1] = ++n; print col[$1] "\t" $0 }' | sort -t'	' -k1,1n -k3 | cut -f2-
}

# history_text INDEX AUTHORITY OUT: the history grid's pager text, opened with --history
history_text() {
  printf 'key p\n' > "$T/p.keys"
  env -i PATH="$PATH" HOME="$T" LC_ALL=C.UTF-8 PAGER=cat "$ECMR" --history "$2" -i "$1" \
    --headless "$T/p.keys" --dump-dir "$T" --size 80x24 > "$3" 2> "$T/err"
}

DB=$T/samples.db
"$ECMR" index -q -o "$DB" "$REPO/sample-reports" 2>/dev/null
"$ECMR" export -i "$DB" > "$T/samples.json"
check "grids: Kelderby's reports include a joint area review and a 2009-12 inspection" \
  sh -c "sqlite3 :memory: \"select group_concat(json_extract(value, '\\\$.type')) from json_each(readfile('$T/samples.json'), '\\\$.reports') where json_extract(value, '\\\$.authority_short') = 'Kelderby'\" | grep -q jar.*slac"
history_text "$DB" Kelderby "$T/kelderby.txt"; rc=$?
check "grids: --history KELDERBY opens the history grid and p pages it" \
  sh -c "[ $rc -eq 0 ] && head -1 '$T/kelderby.txt' | grep -q '^History of Kelderby: 8 reports'"
export_columns "$T/samples.json" Kelderby | sorted_within_columns > "$T/kelderby-want"
perl "$COLS" "$T/kelderby.txt" | sorted_within_columns > "$T/kelderby-got"
check "grids: Kelderby's history holds every judgement of the export, column by column in date order, and nothing else" \
  sh -c "[ \$(wc -l < '$T/kelderby-want') -ge 40 ] && cmp '$T/kelderby-want' '$T/kelderby-got'"
check "grids: the columns are the reports in date order (2008 JAR, published in July, before the 2008 APA letter; the later frameworks to 2018)" \
  sh -c "sed -n 3p '$T/kelderby.txt' | tr -s ' ' | grep -q '^ 2006 2007 2008 2008 2011 2012 2016 2018$' && sed -n 4p '$T/kelderby.txt' | tr -s ' ' | grep -q '^ APA APA JAR APA SLAC LAC SIF ILACS$'"
check "grids: the joint area review's Safeguarding sits in the Staying safe row, marked *" \
  grep -q '^Staying safe  .*Adequate\* ' "$T/kelderby.txt"
check "grids: the 2009-12 inspection's two staying safe scopes open two sub-rows" \
  sh -c "grep -A2 '^Staying safe ' '$T/kelderby.txt' | sed -n '2p;3p' | grep -c '^  \\(safeguarding\\|looked after children\\) ' | grep -qx 2"
check "grids: a move down is marked (capacity to improve, adequate to the JAR's inadequate)" \
  grep -q '^Capacity to improve .*Inadequate ▼' "$T/kelderby.txt"
"$ECMR" --history Nowhere -i "$DB" --headless "$T/p.keys" --dump-dir "$T" > "$T/out" 2> "$T/err"; rc=$?
check "grids: --history with an unknown authority exits 1 and names those there are" \
  sh -c "[ $rc -eq 1 ] && grep -q 'no authority called \"Nowhere\"' '$T/err'"

# every sample authority: the grid and the export agree
for a in Ashcombe Castlemere Fenmarsh Tollingham Wrenford; do
  history_text "$DB" "$a" "$T/$a.txt"
  export_columns "$T/samples.json" "$a" | sorted_within_columns > "$T/$a-want"
  perl "$COLS" "$T/$a.txt" | sorted_within_columns > "$T/$a-got"
  check "grids: $a's history holds exactly the export's judgements" \
    sh -c "[ -s '$T/$a-want' ] && cmp '$T/$a-want' '$T/$a-got'"
done

# the real reports: Liverpool's 2007, 2008 and 2011 reports, reached with no key at all
if [ -d "$CORPUS" ]; then
  "$ECMR" index -q -o "$T/corpus.db" "$CORPUS" 2>/dev/null
  "$ECMR" export -i "$T/corpus.db" > "$T/corpus.json"
  history_text "$T/corpus.db" liverpool "$T/liverpool.txt"
  export_columns "$T/corpus.json" Liverpool | sorted_within_columns > "$T/liverpool-want"
  perl "$COLS" "$T/liverpool.txt" | sorted_within_columns > "$T/liverpool-got"
  check "grids: Liverpool's history shows its 2007, 2008 and 2011 reports" \
    sh -c "sed -n 3p '$T/liverpool.txt' | tr -s ' ' | grep -q '^ 2007 2008 2011$'"
  check "grids: ... with their judgements as the export has them" \
    sh -c "[ -s '$T/liverpool-want' ] && cmp '$T/liverpool-want' '$T/liverpool-got'"
  # from the start, in keys: the authority list is alphabetical; H on Liverpool
  n=$(sqlite3 "$T/corpus.db" "select count(*) from authority where short_name < 'Liverpool' collate nocase")
  keys=$(printf 'j %.0s' $(seq 1 "$n"))
  printf 'key %s H\ndump liv\n' "$keys" > "$T/liv.keys"
  env -i PATH="$PATH" HOME="$T" LC_ALL=C.UTF-8 "$ECMR" -i "$T/corpus.db" --headless "$T/liv.keys" \
    --dump-dir "$T" --size 80x24 2>/dev/null
  check "grids: ... and in $((n + 1)) keys from the start (j to Liverpool, H)" \
    sh -c "[ $n -le 2 ] && head -2 '$T/liv.txt' | grep -q 'History of Liverpool: 3 reports'"
else
  skip "grids: Liverpool's history" "no $CORPUS"
fi

# a real terminal: the history grid's judgement words in colour; with NO_COLOR=1 none
if command -v tmux > /dev/null; then
  # coloured_words CAPTURE: the judgement words a colour escape (30-37, 90-97, 38;5) comes right before
  coloured_words() {
    perl -ne 'while (/\e\[([0-9;]*)m(Outst|Good|Adeq|Inadq)/g) {
      my ($p, $w) = ($1, $2); print "$w\n" if grep { /^(3[0-7]|9[0-7])$/ } split /;/, $p or $p =~ /(^|;)38;5;/ }' "$1" | sort -u
  }
  # colour_escapes CAPTURE: how many SGR sequences set a foreground colour at all
  colour_escapes() {
    perl -ne '$n += () = /\e\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38;5;[0-9]+)(?:;[0-9;]*)?m/g; END { print $n + 0, "\n" }' "$1"
  }
  # tmux_history NAME ENV...: ecmr --history Kelderby in tmux (a server of its own), captured with escapes;
  # 100 columns, where Kelderby's eight reports show their judgements as words ("Adeq"), not letters
  tmux_history() {
    local name=$1 S="tmux -S $T/$1.sock"; shift
    $S -f /dev/null new-session -d -s g -x 100 -y 24 \
      "env $* TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME=$T '$ECMR' --history Kelderby -i '$DB'; echo ECMR-EXITED; sleep 30"
    tmux_await "$T/$name.sock" g 'History of Kelderby'
    $S capture-pane -e -p -t g > "$T/$name.capture" 2>/dev/null
    # q leaves the grid, q again quits; the server goes only once the browser has
    $S send-keys -t g q q
    tmux_await "$T/$name.sock" g ECMR-EXITED
    $S kill-server 2>/dev/null
  }
  tmux_history colour
  check "grids (tmux): the history grid reaches the terminal" grep -q 'History of Kelderby' "$T/colour.capture"
  words=$(coloured_words "$T/colour.capture" | tr '\n' ' ')
  check "grids (tmux): with TERM=xterm-256color the judgement words are in colour ($words)" \
    test "$words" = "Adeq Good Inadq "
  tmux_history nocolor NO_COLOR=1
  n=$(colour_escapes "$T/nocolor.capture")
  check "grids (tmux): with NO_COLOR=1, the grid and no colour escape ($n)" \
    sh -c "grep -q 'Inadq' '$T/nocolor.capture' && [ $n -eq 0 ]"
  tmux_history mono ECMR_THEME=mono
  n=$(colour_escapes "$T/mono.capture")
  check "grids (tmux): the mono theme sends no colour ($n); the words tell the grades apart" \
    sh -c "[ $n -eq 0 ] && grep -q 'Good' '$T/mono.capture' && grep -q 'Adeq' '$T/mono.capture' && grep -q 'Inadq' '$T/mono.capture'"
else
  skip "grids (tmux)" "tmux is not installed"
fi
