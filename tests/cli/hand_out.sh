# What a view shows, handed out as mutt does: p to the pager as a file
# with a name a person understands (in a private directory, removed
# after), opened at the search's words when the pager is less; s saves it
# under that name, never over a file that exists; | pipes it to a command.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/hand-out
mkdir -p "$T/run" "$T/bin" "$T/tmp"
"$ECMR" index -q -o "$T/t.db" "$REPO/tests/screens/data" 2>/dev/null
NAME=marlow-vale-2010-slac-being-healthy-looked-after.txt

# a "less" that records how it was called and what it was given
cat > "$T/bin/less" <<EOS
#!/bin/sh
for a in "\$@"; do printf '%s\n' "\$a"; done > "$T/less-args"
for a in "\$@"; do f="\$a"; done
cp "\$f" "$T/paged"
ls -ld "\$(dirname "\$f")" > "$T/paged-dir"
EOS
chmod +x "$T/bin/less"

run() { # SCRIPT-LINES...: run the browser headless in $T/run
  printf '%s\n' "$@" > "$T/keys"
  (cd "$T/run" && PAGER="$T/bin/less" TMPDIR="$T/tmp" timeout 20 "$ECMR" browse -i "$T/t.db" \
    --headless "$T/keys" --dump-dir "$T/run" --size 80x24) 2> "$T/err"
}

run 'key j Tab Tab' 'key p'
check "hand out: p pages the section as a file named for it" grep -qx "$T/tmp/ecmr-[^/]*/$NAME" "$T/less-args"
check "hand out: ... in a directory only its owner can read" grep -q '^drwx------' "$T/paged-dir"
check "hand out: ... holding the section's text" grep -q '^Being healthy (looked after children)' "$T/paged"
check "hand out: ... removed afterwards with its directory" sh -c "[ -z \"\$(ls -A '$T/tmp')\" ]"
check "hand out: without a search less gets only the file" sh -c "[ \$(wc -l < '$T/less-args') -eq 1 ]"
cp "$T/paged" "$T/paged-section"

run 'type /health' 'key Enter' 'key Enter' 'key p'
check "hand out: after a search less opens at its words (+/pattern)" grep -qx '+/health' "$T/less-args"

run 'key j Tab Tab' 'key s' 'dump prompt' 'key Enter' 'dump saved'
check "hand out: s offers the view's name" grep -q "Save to file: $NAME" "$T/run/prompt.txt"
check "hand out: Enter saves it" cmp "$T/run/$NAME" "$T/paged-section"
check "hand out: ... and says where" grep -q "saved to $NAME" "$T/run/saved.txt"

echo "notes of my own" > "$T/run/mine.txt"
run 'key j Tab Tab' 'key s' 'key C-u' 'type mine.txt' 'key Enter' 'dump refused'
check "hand out: s never replaces a file that exists" grep -qx "notes of my own" "$T/run/mine.txt"
check "hand out: ... and says so" grep -q "mine.txt exists; not replaced" "$T/run/refused.txt"

run 'key j Tab Tab' 'key s' 'key Esc' 'dump cancelled'
check "hand out: Esc cancels the save" sh -c "! grep -q 'Save to file' '$T/run/cancelled.txt' && [ \$(ls '$T/run' | grep -c '\\.txt\$') -ge 1 ]"

run 'key j Tab Tab' 'key |' 'type tr a-z A-Z > piped.out' 'key Enter' 'dump piped'
check "hand out: | pipes the section to a command" grep -q '^BEING HEALTHY (LOOKED AFTER CHILDREN)' "$T/run/piped.out"
check "hand out: ... and says so" grep -q 'piped to "tr a-z A-Z > piped.out"' "$T/run/piped.txt"

run 'key j Tab Tab' 'key |' 'type exit 3' 'key Enter' 'dump failed'
check "hand out: a command that fails is reported" grep -q 'piped to "exit 3" (it failed)' "$T/run/failed.txt"

# C-d and C-u: half a page in the focused list or text
run 'key C-d' 'dump half-down' 'key C-u' 'dump half-up'
check "hand out: C-d moves half a page down" sh -c "grep -q '^>' '$T/run/half-down.txt' && ! cmp -s '$T/run/half-down.txt' '$T/run/half-up.txt'"

# the grids: p, s and | hand out the grid as a table, under a name of its own
HNAME=marlow-vale-history.txt
run 'key j' 'key H' 'key p'
check "hand out: p in the history grid pages it as $HNAME" grep -qx "$T/tmp/ecmr-[^/]*/$HNAME" "$T/less-args"
cp "$T/paged" "$T/paged-grid"
check "hand out: ... a table with a row per judgement" grep -q '^Staying safe' "$T/paged-grid"
run 'key j' 'key H' 'key s' 'dump grid-prompt' 'key Enter' 'dump grid-saved'
check "hand out: s in the history grid offers $HNAME" grep -q "Save to file: $HNAME" "$T/run/grid-prompt.txt"
check "hand out: ... the prompt over the grid, not the panes" grep -q '^Staying safe' "$T/run/grid-prompt.txt"
check "hand out: ... and saves the table the pager got" cmp "$T/run/$HNAME" "$T/paged-grid"
run 'key j' 'key H' 'key |' 'type cat > grid.out' 'key Enter' 'dump grid-piped'
check "hand out: | in the history grid pipes the same table" cmp "$T/run/grid.out" "$T/paged-grid"
check "hand out: ... and the grid is still shown after" grep -q '^Staying safe' "$T/run/grid-piped.txt"
run 'key j' 'key C' 'key s' 'dump compare-prompt'
check "hand out: s in the compare grid offers a name with its year, type and group" \
  grep -Eq "Save to file: marlow-vale-compare-[0-9]{4}-[a-z-]+-statistical-neighbours\.txt" "$T/run/compare-prompt.txt"
