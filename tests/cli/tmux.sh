# End to end in a real terminal: the real binary in tmux, with a real less
# as $PAGER.  Opens a section in the pager, quits the pager, and checks the
# browser's screen is back intact; then a resize while the pager runs, the
# temporary file's removal, keys typed at a pager that never read them, and
# a clean exit on hang-up.
. "$(dirname "$0")/../lib.sh"
command -v tmux >/dev/null || { skip "tmux" "tmux is not installed"; exit 0; }
command -v less >/dev/null || { skip "tmux" "less is not installed"; exit 0; }

T=$TESTS_OUT/tmux
mkdir -p "$T/tmp"
DB=$T/e2e.db
"$ECMR" index -q -o "$DB" "$REPO/tests/screens/data" 2>/dev/null
SOCK=$T/sock
S="tmux -S $SOCK"

# wait_for PATTERN: poll the pane until it shows PATTERN (at most 10 s)
wait_for() {
  for _ in $(seq 1 100); do
    $S capture-pane -p -t e2e 2>/dev/null | grep -q -e "$1" && return 0
    sleep 0.1
  done
  return 1
}
screen() { $S capture-pane -p -t e2e; }
finish() { $S kill-server 2>/dev/null; }
trap finish EXIT

$S -f /dev/null new-session -d -s e2e -x 80 -y 24 \
  "cd '$T' && env LANG=C.UTF-8 LC_ALL=C.UTF-8 PAGER=less LESS= TMPDIR=$T/tmp HOME=$T '$ECMR' browse -i '$DB'; echo ECMR-EXITED-\$?; sleep 30"
check "tmux: the browser starts" wait_for "Authorities"
$S send-keys -t e2e j Tab Tab
check "tmux: the sections pane opens" wait_for "Sections of 2010 SLAC"
sleep 0.3
screen > "$T/before"
$S send-keys -t e2e p
check "tmux: p shows the section in less" wait_for "^Judgement: Good"
screen > "$T/pager"
check "tmux: the pager text names the authority and the section" \
  sh -c "grep -q '^Marlow Vale' '$T/pager' && grep -q '^Being healthy (looked after children)' '$T/pager'"
check "tmux: the temporary file exists while the pager runs" sh -c "ls '$T/tmp' | grep -q ecmr-"
check "tmux: less's prompt names the authority, report and section" \
  wait_for "marlow-vale-2010-slac-being-healthy-looked-after.txt"
$S send-keys -t e2e q
wait_for "Sections of 2010 SLAC" >/dev/null; sleep 0.3
screen > "$T/after"
check "tmux: after the pager the screen is back exactly as it was" cmp "$T/before" "$T/after"
check "tmux: the temporary file is removed" sh -c "[ -z \"\$(ls '$T/tmp')\" ]"

# s saves the section under the name the pager showed, in the directory ecmr was started in
$S send-keys -t e2e s
check "tmux: s prompts with the section's file name" wait_for "Save to file: marlow-vale-2010-slac-being-healthy"
$S send-keys -t e2e Enter
check "tmux: Enter saves it" wait_for "saved to marlow-vale-2010-slac-being-healthy-looked-after.txt"
check "tmux: ... the file holds the section" grep -q '^Judgement: Good' "$T/marlow-vale-2010-slac-being-healthy-looked-after.txt"

# a resize while the pager has the terminal is picked up afterwards
$S send-keys -t e2e p
wait_for "^Judgement: Good" >/dev/null
$S resize-window -t e2e -x 120 -y 30 2>/dev/null || $S resize-pane -t e2e -x 120 -y 30
sleep 0.3
$S send-keys -t e2e q
check "tmux: after a resize during the pager, three panes at 120 columns" wait_for "Reports.*Sections of 2010 SLAC.*Section"
screen > "$T/resized"
check "tmux: the status line is on the last of 30 rows" sh -c "sed -n 30p '$T/resized' | grep -q 'help'"

# Home and End work even where terminfo lacks them
$S send-keys -t e2e End
check "tmux: End goes to the last section" wait_for "^.*>SG: Areas for improvement"
$S send-keys -t e2e Home
check "tmux: Home goes to the first section" wait_for ">LAC: Being healthy"

# a rebuild of the index while browsing: a notice, R reloads, the place is kept
$S send-keys -t e2e j j
wait_for ">LAC: Enjoying and achieving" >/dev/null
sed -e 's/Marlow Vale/Quillon Heath/g' -e 's/MARLOW VALE/QUILLON HEATH/g' "$REPO/tests/cli/data/good-apa.txt" > "$T/quillon.txt"
"$ECMR" index -q -o "$DB" "$REPO/tests/screens/data" "$T/quillon.txt" 2>/dev/null
check "tmux: a rebuilt index is noticed" wait_for "The index has been rebuilt: press R to reload it"
$S send-keys -t e2e R
check "tmux: R reloads it" wait_for "reloaded the rebuilt index"
check "tmux: ... keeping the authority, report and section" \
  sh -c "$S capture-pane -p -t e2e | head -1 | grep -q 'Marlow Vale › 2010 SLAC › Enjoying and achieving (looked after children)'"
$S send-keys -t e2e h h
check "tmux: ... and the new authority is there" wait_for "Quillon Heath"
$S send-keys -t e2e l l

# q quits with status 0
$S send-keys -t e2e q
check "tmux: q quits with exit status 0" wait_for "ECMR-EXITED-0"

# keys typed while the pager has the terminal, but that it never reads, are
# dropped: a pager that only sleeps, then q and j typed at it
cat > "$T/slowpager" <<EOS
#!/bin/sh
echo SLOW-PAGER-RUNNING; sleep 2; touch "$T/slowpager-done"
EOS
chmod +x "$T/slowpager"
$S new-session -d -s drop -x 80 -y 24 \
  "env LANG=C.UTF-8 LC_ALL=C.UTF-8 PAGER='$T/slowpager' HOME=$T '$ECMR' browse -i '$DB'; echo ECMR-EXITED-\$?; sleep 30"
drop_wait() { # PATTERN
  for _ in $(seq 1 100); do $S capture-pane -p -t drop | grep -q -e "$1" && return 0; sleep 0.1; done; return 1
}
drop_wait "Authorities" && $S send-keys -t drop j Tab Tab && drop_wait "Sections of 2010 SLAC"
sleep 0.3
$S capture-pane -p -t drop | head -1 > "$T/drop-before"
$S send-keys -t drop p
drop_wait "SLOW-PAGER-RUNNING" && $S send-keys -t drop j j q
for _ in $(seq 1 100); do [ -e "$T/slowpager-done" ] && break; sleep 0.1; done
drop_wait "Sections of 2010 SLAC" >/dev/null; sleep 0.5
check "tmux: keys typed at a pager that did not read them are dropped (still running, same section)" \
  sh -c "[ -e '$T/slowpager-done' ] && ! $S capture-pane -p -t drop | grep -q ECMR-EXITED && $S capture-pane -p -t drop | head -1 | cmp -s - '$T/drop-before'"
$S send-keys -t drop q
drop_wait "ECMR-EXITED-0" >/dev/null
$S kill-session -t drop 2>/dev/null

# the terminal types people's SSH sessions have
for term in xterm xterm-256color screen tmux-256color linux vt100; do
  if ! infocmp "$term" >/dev/null 2>&1; then skip "tmux: TERM=$term" "no terminfo entry"; continue; fi
  # the slow unwinder lets LeakSanitizer see through GPM (loaded by ncurses
  # on TERM=linux) to the suppression in tests/lsan.supp
  $S new-session -d -s "t-$term" -x 80 -y 24 \
    "env TERM=$term LANG=C.UTF-8 HOME=$T ASAN_OPTIONS=${ASAN_OPTIONS:-}:fast_unwind_on_malloc=0 '$ECMR' browse -i '$DB'; echo ECMR-EXITED-\$?; sleep 30"
  ok=no
  for _ in $(seq 1 50); do
    $S capture-pane -p -t "t-$term" | grep -q 'Authorities' && { ok=yes; break; }
    sleep 0.1
  done
  $S send-keys -t "t-$term" j Tab Tab End q
  for _ in $(seq 1 100); do
    $S capture-pane -p -t "t-$term" > "$T/term-$term"
    grep -q ECMR-EXITED "$T/term-$term" && break
    sleep 0.1
  done
  check "tmux: TERM=$term draws the browser, takes keys and quits cleanly" \
    sh -c "[ $ok = yes ] && grep -q ECMR-EXITED-0 '$T/term-$term'"
  $S kill-session -t "t-$term"
done

# a hang-up (the terminal goes away) ends the program cleanly
$S new-session -d -s hup -x 80 -y 24 "env LANG=C.UTF-8 HOME=$T '$ECMR' browse -i '$DB'"
sleep 0.5
PID=$(pgrep -f "browse -i $DB" | head -1)
$S kill-session -t hup
gone=no
for _ in $(seq 1 50); do
  if [ -z "$PID" ] || ! kill -0 "$PID" 2>/dev/null; then gone=yes; break; fi
  sleep 0.1
done
check "tmux: the browser exits when its terminal hangs up" test "$gone" = yes
[ "$gone" = yes ] || kill "$PID" 2>/dev/null
