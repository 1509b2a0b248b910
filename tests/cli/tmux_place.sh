# In a real terminal (tmux, a socket of this test's own): the browser
# opened at a place (`ecmr -i INDEX liverpool 2008-jar` on the real corpus,
# skipped without it), the mouse wheel scrolling the pane under the
# pointer three lines a notch whichever pane has the focus, and
# [ across a joint area review saying what it shows, and `TERM=dumb ecmr`
# refused with exit status 2 and a message.
. "$(dirname "$0")/../lib.sh"
command -v tmux >/dev/null || { skip "tmux place" "tmux is not installed"; exit 0; }
T=$TESTS_OUT/tmux-place
mkdir -p "$T"
export LC_ALL=C.UTF-8
SOCK=$T/sock
S="tmux -S $SOCK"
finish() { $S kill-server 2>/dev/null; }
trap finish EXIT

# start NAME COMMAND: a session of 80x24 running COMMAND, then its exit status shown
start() {
  $S -f /dev/null new-session -d -s "$1" -x 80 -y 24 \
    "cd '$T' && env LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME='$T' XDG_STATE_HOME='$T/state' $2; echo ECMR-EXITED-\$?; sleep 30"
}
# wait_for NAME PATTERN: poll the pane until it shows PATTERN (at most 10 s)
wait_for() {
  for _ in $(seq 1 100); do
    $S capture-pane -p -t "$1" 2>/dev/null | grep -q -e "$2" && return 0
    sleep 0.1
  done
  return 1
}
# quit NAME: q, and wait for the browser to have left
quit() {
  $S send-keys -t "$1" q
  wait_for "$1" ECMR-EXITED >/dev/null
}

# --- open at a place, on the real reports ------------------------------------
# Liverpool's joint area review of 2008: ../shared/corpus/001_*.txt ("Joint
# area review", "Liverpool Children's Services Authority Area", "Published:
# 19 February 2008")
if [ -d "$CORPUS" ]; then
  "$ECMR" index -q -o "$T/corpus.db" "$CORPUS" 2>/dev/null
  start place "'$ECMR' -i '$T/corpus.db' liverpool 2008-jar"
  check "tmux place: ecmr -i INDEX liverpool 2008-jar opens with the breadcrumb on Liverpool's 2008 JAR" \
    wait_for place '^ecmr › Liverpool › 2008 Joint area review'
  check "tmux place: ... with the focus on that report's sections" \
    sh -c "$S capture-pane -p -t place | sed -n 2p | grep -q 'Sections of 2008 JAR'"
  quit place
  check "tmux place: ... and q leaves it with status 0" wait_for place ECMR-EXITED-0
else
  skip "tmux place: liverpool 2008-jar" "no corpus at $CORPUS"
fi

# --- the mouse wheel ------------------------------------------------------------
# Kelderby's 2008 JAR (fictional, sample-reports/): its first section's text
# is longer than the screen.  The wheel is sent as the terminal sends it
# (TERM=screen inside tmux: X10 mouse reports, ESC [ M, then the button
# and the column and row, each plus 32 and counted from 1; the wheel's
# buttons are 64 up and 65 down).
"$ECMR" index -q -o "$T/s.db" "$REPO/sample-reports" 2>/dev/null
wheel() { # NAME COL ROW up|down (from 0)
  local b=97
  [ "$4" = up ] && b=96
  $S send-keys -t "$1" -H 1b 5b 4d "$(printf %x $b)" "$(printf %x $((33 + $2)))" "$(printf %x $((33 + $3)))"
  sleep 0.5
}
text_pane() { awk -F'│' 'NR >= 3 && NR <= 23 { print $2 }' "$1"; }   # rows of the text under its title
list_pane() { awk -F'│' 'NR >= 3 && NR <= 23 { print $1 }' "$1"; }
start wheel "'$ECMR' -i '$T/s.db' kelderby 2008-jar"
wait_for wheel 'Sections of 2008 JAR' >/dev/null; sleep 0.3
$S capture-pane -p -t wheel > "$T/w0"
wheel wheel 60 10 down
$S capture-pane -p -t wheel > "$T/w1"
text_pane "$T/w0" | sed 1,3d > "$T/w0-text-from-4"
text_pane "$T/w1" | head -n 18 > "$T/w1-text"
check "tmux place: the text pane is longer than the screen (a scroll shown)" grep -q '%$' "$T/w0"
check "tmux place: a notch of the wheel over the text scrolls it by 3 lines" cmp "$T/w0-text-from-4" "$T/w1-text"
check "tmux place: ... though the focus is on the sections list, which stays as it was" \
  sh -c "[ \"\$(awk -F'│' 'NR >= 3 { print \$1 }' '$T/w0')\" = \"\$(awk -F'│' 'NR >= 3 { print \$1 }' '$T/w1')\" ]"
wheel wheel 60 10 up
$S capture-pane -p -t wheel > "$T/w2"
check "tmux place: a notch up scrolls it back" cmp "$T/w0" "$T/w2"
wheel wheel 10 10 down
$S capture-pane -p -t wheel > "$T/w3"
sel0=$(list_pane "$T/w0" | grep -n '^>' | cut -d: -f1)
sel3=$(list_pane "$T/w3" | grep -n '^>' | cut -d: -f1)
check "tmux place: a notch over the sections list moves its selection 3 rows ($sel0 to $sel3)" \
  test "$sel3" = "$((sel0 + 3))"
quit wheel
check "tmux place: q quits after the wheel with status 0" wait_for wheel ECMR-EXITED-0

# --- [ and ] across a joint area review -----------------------------------------
# Kelderby's reports by date: 2007 APA, 2008 JAR (1 July), 2008 APA (22
# December); the JAR judged staying safe as "Safeguarding"
start years "'$ECMR' -i '$T/s.db' kelderby 2007-apa staying-safe"
wait_for years '^ecmr › Kelderby › 2007 Annual performance assessment › Staying safe' >/dev/null
$S send-keys -t years ']'
check "tmux place: ] onto the 2008 JAR says it has no Staying safe and what it shows" \
  wait_for years '2008 JAR has no Staying safe: showing its Safeguarding judgement'
check "tmux place: ... and shows the JAR's Safeguarding" \
  sh -c "$S capture-pane -p -t years | head -1 | grep -q '2008 Joint area review › Safeguarding\$'"
$S send-keys -t years ']'
check "tmux place: the next ] lands on Staying safe again" wait_for years '^ecmr › Kelderby › 2008 Annual performance assessment › Staying safe$'
quit years

# --- a terminal the browser cannot draw on -------------------------------------
start dumb "env TERM=dumb '$ECMR' -i '$T/s.db'"
check "tmux place: TERM=dumb ecmr exits 2" wait_for dumb ECMR-EXITED-2
check "tmux place: ... saying why" wait_for dumb "the terminal type 'dumb' cannot move the cursor"
$S kill-server 2>/dev/null
