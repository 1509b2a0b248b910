# y in a real terminal: the browser in tmux shows the brief (B) and y sends
# OSC 52 with the brief in base64, read back from the pane's own output
# stream (tmux pipe-pane) and decoded: it is exactly what `ecmr brief`
# prints.  With TERM=linux (a terminal without OSC 52) y says so on the
# status line and sends nothing.
. "$(dirname "$0")/../lib.sh"
command -v tmux >/dev/null || { skip "tmux copy" "tmux is not installed"; exit 0; }
command -v perl >/dev/null || { skip "tmux copy" "perl is not installed"; exit 0; }
command -v base64 >/dev/null || { skip "tmux copy" "base64 is not installed"; exit 0; }

T=$TESTS_OUT/tmux-copy
rm -rf "$T" # the stream of an earlier run would be read with this one
mkdir -p "$T"
export LC_ALL=C.UTF-8 XDG_STATE_HOME=$T/state
DB=$T/copy.db
"$ECMR" index -q -o "$DB" "$REPO/tests/screens/data" 2>/dev/null
# three marks to make a brief of: two of Castlebury's items and one of Marlow Vale's
printf 'key I m j m q j I m q q\n' > "$T/mark.keys"
"$ECMR" browse -i "$DB" --headless "$T/mark.keys" --dump-dir "$T" --size 80x24 2>/dev/null
"$ECMR" brief -i "$DB" > "$T/brief.txt"
check "tmux copy: there is a brief of three items to copy" grep -q '^Meeting brief: 3 items' "$T/brief.txt"

S=true
finish() { $S kill-server 2>/dev/null; }
trap finish EXIT

# wait_for TEXT: poll the pane until it shows TEXT (10 s)
wait_for() {
  for _ in $(seq 1 100); do
    $S capture-pane -p -t c 2>/dev/null | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  return 1
}

# quit_browser: back out of the brief, q, and wait for the browser to end
# before the server goes (a browser killed by the hang-up can spin under the
# sanitizers' exit-time leak check)
quit_browser() {
  $S send-keys -t c q q
  wait_for ECMR-EXITED
  $S kill-server 2>/dev/null
}

# run_case NAME TERM: the browser in tmux with TERM, B then y; the pane's
# output stream in $T/NAME/stream, the screen after y in $T/NAME/screen
run_case() {
  local dir=$T/$1 term=$2
  mkdir -p "$dir"
  S="tmux -S $dir/sock"
  $S -f /dev/null new-session -d -s c -x 80 -y 24 \
    "env TERM=$term LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME=$T XDG_STATE_HOME='$XDG_STATE_HOME' '$ECMR' browse -i '$DB'; echo ECMR-EXITED; sleep 30"
  $S pipe-pane -O -t c "cat >> '$dir/stream'"
  wait_for Authorities || { quit_browser; return 1; }
  $S send-keys -t c B
  wait_for "Meeting brief:" || { quit_browser; return 1; }
  $S send-keys -t c y
  wait_for "copy" # the status line says what came of it
  $S capture-pane -p -t c > "$dir/screen"
  quit_browser
}

run_case xterm xterm-256color
# the base64 between ESC ] 52 ; c ; and BEL, decoded
perl -0777 -ne 'print "$1\n" while /\e\]52;c;([A-Za-z0-9+\/=]*)\a/g' "$T/xterm/stream" > "$T/xterm/b64"
check "tmux copy: y sent one OSC 52 sequence, BEL-terminated" test "$(wc -l < "$T/xterm/b64")" -eq 1
base64 -d "$T/xterm/b64" > "$T/xterm/copied" 2>/dev/null
check "tmux copy: its base64 is the brief, byte for byte" cmp -s "$T/xterm/copied" "$T/brief.txt"
check "tmux copy: the status line says it was copied" grep -q 'copied [0-9]* lines to the clipboard (OSC 52)' "$T/xterm/screen"

run_case linux linux
check "tmux copy: TERM=linux: the status line says it cannot copy" grep -q 'cannot copy: this terminal (TERM=linux)' "$T/linux/screen"
check "tmux copy: TERM=linux: no OSC 52 sent" sh -c "! grep -q ']52;' '$T/linux/stream'"
