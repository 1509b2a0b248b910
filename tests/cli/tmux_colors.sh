# Colours in a real terminal: the real binary in tmux, for every theme and
# three terminal types, read back with `capture-pane -e`.  The headless
# dump of the same screen says which role every cell has and what colours
# the theme gives that role at the terminal's depth; sgr-cells.pl checks
# that each cell tmux holds has exactly those colours.  This is what the
# headless screen tests cannot see: once the browser read COLORS before
# start_color() and no colour ever reached a terminal.
. "$(dirname "$0")/../lib.sh"
command -v tmux >/dev/null || { skip "tmux colours" "tmux is not installed"; exit 0; }
command -v perl >/dev/null || { skip "tmux colours" "perl is not installed"; exit 0; }

T=$TESTS_OUT/tmux-colors
mkdir -p "$T"
DB=$T/colors.db
"$ECMR" index -q -o "$DB" "$REPO/tests/screens/data" 2>/dev/null
CELLS="$REPO/tests/cli/lib/sgr-cells.pl"
S=true
finish() { $S kill-server 2>/dev/null; }
trap finish EXIT

# The screen under test: a joint area review's "Being healthy", with its
# judgement words in the section list, strengths and an area for improvement.
printf 'key Tab Tab\nkey 1\ndump screen\n' > "$T/script"

# wait_same TEXTFILE: poll the pane until its text is the headless screen (10 s)
wait_same() {
  for _ in $(seq 1 100); do
    $S capture-pane -p -t c 2>/dev/null | cmp -s - "$1" && return 0
    sleep 0.1
  done
  return 1
}

# quit_browser: q, and wait for the browser to end before the server goes.
# A browser killed by the hang-up instead (kill-server) can spin for ever
# under the sanitizers in LeakSanitizer's exit-time check, long after the test.
quit_browser() {
  $S send-keys -t c q
  for _ in $(seq 1 100); do
    $S capture-pane -p -t c 2>/dev/null | grep -q ECMR-EXITED && break
    sleep 0.1
  done
  $S kill-server 2>/dev/null
}

# run_case NAME THEME TERM DEPTH [ENV...]: the screen in tmux with TERM and
# the theme; headless dumps at DEPTH give the expected roles and colours.
run_case() {
  local name=$1 theme=$2 term=$3 depth=$4; shift 4
  local dir=$T/$name
  mkdir -p "$dir"
  S="tmux -S $dir/sock" # a server of its own: a server being killed takes no new session
  env "$@" "$ECMR" browse -i "$DB" --theme "$theme" --headless "$T/script" \
    --dump-dir "$dir" --size 80x24 --colors "$depth" 2>/dev/null
  $S -f /dev/null new-session -d -s c -x 80 -y 24 \
    "env $* TERM=$term LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME=$T '$ECMR' browse -i '$DB' --theme '$theme'; echo ECMR-EXITED; sleep 30"
  for _ in $(seq 1 100); do
    $S capture-pane -p -t c 2>/dev/null | grep -q Authorities && break
    sleep 0.1
  done
  $S send-keys -t c Tab Tab 1
  if ! wait_same "$dir/screen.txt"; then
    $S capture-pane -p -t c > "$dir/got.txt" 2>/dev/null
    quit_browser
    return 1
  fi
  $S capture-pane -e -p -t c > "$dir/capture"
  quit_browser
  perl "$CELLS" "$dir/screen.roles" "$dir/screen.styles" "$dir/capture" > "$dir/cells" || true
}

# has_colour DIR ROLE: the role's cells were found, all right, and coloured
has_colour() {
  local fg
  grep -q "^$2 cells [1-9][0-9]* wrong 0$" "$1/cells" || return 1
  fg=$(sed -n "s/^$2 fg=\([^ ]*\).*/\1/p" "$1/screen.styles")
  [ -n "$fg" ] && [ "$fg" != default ]
}

for theme_file in "$REPO"/themes/*.yaml; do
  theme=$(basename "$theme_file" .yaml)
  for tt in xterm-256color:256 xterm:8 screen-256color:256; do
    term=${tt%%:*} depth=${tt##*:}
    name=$theme-$term
    if ! run_case "$name" "$theme_file" "$term" "$depth"; then
      fail "tmux colours: $theme on $term" "the screen never matched the headless dump"
      continue
    fi
    check "tmux colours: $theme on $term: every cell has its role's colours" \
      perl "$CELLS" "$T/$name/screen.roles" "$T/$name/screen.styles" "$T/$name/capture"
    if [ "$theme" = mono ]; then
      check "tmux colours: mono on $term sends no colour" grep -q '^colour-escapes 0$' "$T/$name/cells"
    else
      for role in strength improvement good adequate outstanding inadequate; do
        check "tmux colours: $theme on $term: $role is coloured" has_colour "$T/$name" "$role"
      done
    fi
  done
  # NO_COLOR: attributes only, not one colour escape, whatever the theme
  name=$theme-nocolor
  if run_case "$name" "$theme_file" xterm-256color 256 NO_COLOR=1; then
    check "tmux colours: $theme with NO_COLOR=1 sends no colour" grep -q '^colour-escapes 0$' "$T/$name/cells"
  else
    fail "tmux colours: $theme with NO_COLOR=1" "the screen never matched the headless dump"
  fi
done

# The default theme, checked against its file (not only against the
# program's own reading of it): strengths green, areas for improvement
# magenta, good green, adequate yellow, on both depths.
d=$T/default-xterm-256color
check "tmux colours: default theme's strengths are green (32) as themes/default.yaml says" \
  grep -q $'\e\\[32mDental' "$d/capture"
check "tmux colours: default theme's areas for improvement are magenta (35)" \
  grep -q $'\e\\[35mWaiting' "$d/capture"
check "tmux colours: default theme's Adequate is yellow (33) in the section list" \
  grep -q $'\e\\[33mAdequate' "$d/capture"
