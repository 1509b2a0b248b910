# The config file (${XDG_CONFIG_HOME:-~/.config}/ecmr/config.yaml): each
# key reaches what it sets, below the command line and the environment
# (command line > environment > config file > built-in default), and a
# broken file is a warning naming its line, on stderr and on the browser's
# status line, with the built-in settings used.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/config
rm -rf "$T"; mkdir -p "$T/xdg/ecmr" "$T/home"
CONF=$T/xdg/ecmr/config.yaml
DB=$T/reports.db
"$ECMR" index -q -o "$DB" "$REPO/tests/screens/data" 2> /dev/null
check "config: the test reports index" test -s "$DB"
# an empty index of the same kind: a show against it cannot find Castlebury
mkdir -p "$T/none"
printf 'Nothing to see.\n' > "$T/none/note.txt"
"$ECMR" index -q -o "$T/other.db" "$T/none" 2> /dev/null

# ecmr_env ARGS...: ecmr in a clean environment whose config file is $CONF
ecmr_env() {
  env -i PATH="$PATH" HOME="$T/home" LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$T/xdg" TMPDIR="$T" "$@"
}

# --- index: ----------------------------------------------------------------
printf 'index: %s\n' "$DB" > "$CONF"
ecmr_env "$ECMR" show castlebury 2008 being-healthy > "$T/show.out" 2> "$T/show.err"
check "config: index: is the index ecmr show reads" \
  sh -c "grep -q '^Castlebury' '$T/show.out' && [ ! -s '$T/show.err' ]"
ecmr_env "$ECMR" show -i "$T/other.db" castlebury > "$T/show-i.out" 2> "$T/show-i.err"; rc=$?
check "config: -i wins over index: (Castlebury is not in the -i index)" \
  sh -c "[ $rc -eq 1 ] && [ ! -s '$T/show-i.out' ] && grep -q castlebury '$T/show-i.err'"
ecmr_env ECMR_INDEX="$T/other.db" "$ECMR" show castlebury > /dev/null 2> "$T/show-env.err"; rc=$?
check "config: \$ECMR_INDEX wins over index:" test $rc -eq 1
ecmr_env "$ECMR" export > "$T/export.json" 2> /dev/null
check "config: index: is the index ecmr export reads" grep -q '"authority_short": "Castlebury"' "$T/export.json"
printf 'index: ~/made/by-config.db\n' > "$CONF"
ecmr_env "$ECMR" index -q "$REPO/tests/screens/data" 2> "$T/index.err"
check "config: index: is where ecmr index writes without -o (~/ is \$HOME)" test -s "$T/home/made/by-config.db"

# --- a broken file -----------------------------------------------------------
printf 'index: %s\nmouse: sometimes\n' "$T/other.db" > "$CONF"
ecmr_env "$ECMR" show -i "$DB" castlebury > "$T/broken.out" 2> "$T/broken.err"; rc=$?
check "config: a broken file is a warning naming its line" \
  grep -q "^ecmr: $CONF:2: mouse must be true or false, not \"sometimes\"; using the built-in settings$" "$T/broken.err"
check "config: ... and the command still works" sh -c "[ $rc -eq 0 ] && grep -q '^Castlebury' '$T/broken.out'"
printf 'dump first\nkey j\ndump second\n' > "$T/keys"
# wide enough for the whole path of the file (TESTS_OUT may be long)
ecmr_env "$ECMR" browse -i "$DB" --headless "$T/keys" --dump-dir "$T" --size 300x24 2> "$T/browse.err"
check "config: the browser's first status line shows the warning" \
  sh -c "tail -n 1 '$T/first.txt' | grep -q '^ $CONF:2: mouse must be true or false'"
check "config: ... in the error role" sh -c "tail -n 1 '$T/first.roles' | grep -q '^SE'"
check "config: ... and on stderr" grep -q "$CONF:2:" "$T/browse.err"

# --- theme: ------------------------------------------------------------------
printf 'dump styles\n' > "$T/styles.keys"
styles() { # NAME ENV...: the styles of the first screen with that environment
  local name=$1; shift
  ecmr_env "$@" "$ECMR" browse -i "$DB" --headless "$T/styles.keys" --dump-dir "$T/$name" 2> "$T/$name.err"
}
mkdir -p "$T/builtin" "$T/mono" "$T/conf-theme" "$T/env-theme" "$T/opt-theme"
rm -f "$CONF"
styles builtin
printf 'theme: mono\n' > "$CONF"
styles conf-theme
check "config: theme: mono gives the mono styles" sh -c "! grep -Eq 'fg=[0-9]|bg=[0-9]' '$T/conf-theme/styles.styles'"
check "config: ... which differ from the built-in theme's" sh -c "! cmp -s '$T/builtin/styles.styles' '$T/conf-theme/styles.styles'"
styles env-theme ECMR_THEME=default
check "config: \$ECMR_THEME wins over theme:" cmp "$T/builtin/styles.styles" "$T/env-theme/styles.styles"
ecmr_env "$ECMR" browse -i "$DB" --theme default --headless "$T/styles.keys" --dump-dir "$T/opt-theme" 2> /dev/null
check "config: --theme wins over theme:" cmp "$T/builtin/styles.styles" "$T/opt-theme/styles.styles"

# --- pager: ------------------------------------------------------------------
# the pager runs as `sh -c 'PAGER "$1"'`: "tr a-z A-Z <" shows the text in capitals
printf 'pager: tr a-z A-Z <\n' > "$CONF"
printf 'key j Tab Tab\nkey p\n' > "$T/p.keys"
ecmr_env "$ECMR" browse -i "$DB" --headless "$T/p.keys" --dump-dir "$T" > "$T/paged" 2> "$T/paged.err"
check "config: pager: runs when \$PAGER is not set" grep -q '^MARLOW VALE' "$T/paged"
ecmr_env PAGER=cat "$ECMR" browse -i "$DB" --headless "$T/p.keys" --dump-dir "$T" > "$T/paged-env" 2> /dev/null
check "config: \$PAGER wins over pager:" grep -q '^Marlow Vale' "$T/paged-env"

# --- panes: ------------------------------------------------------------------
# at 160 columns with the section text shown, each list pane gets the
# columns it asks for while the text keeps its share: the first border is
# then at column 30 by default and at column 50 with authorities: 50
printf 'dump wide\n' > "$T/wide.keys"
mkdir -p "$T/wide-builtin" "$T/wide-conf"
rm -f "$CONF"
ecmr_env "$ECMR" browse -i "$DB" --headless "$T/wide.keys" --dump-dir "$T/wide-builtin" --size 160x12
printf 'panes:\n  authorities: 50\n  text: 20\n' > "$CONF"
ecmr_env "$ECMR" browse -i "$DB" --headless "$T/wide.keys" --dump-dir "$T/wide-conf" --size 160x12
border_at() { sed -n 2p "$1" | sed 's/│.*//' | awk '{ print length($0) }'; }
check "config: the built-in authorities pane is 30 columns at 160" test "$(border_at "$T/wide-builtin/wide.txt")" = 30
check "config: panes: authorities: 50 makes it 50" test "$(border_at "$T/wide-conf/wide.txt")" = 50
printf 'panes:\n  authorities: 60\n  reports: 60\n  sections: 60\n  text: 50\n' > "$CONF"
ecmr_env "$ECMR" browse -i "$DB" --headless "$T/wide.keys" --dump-dir "$T/wide-conf" --size 160x12
# 160 columns less 3 borders is 157; the text keeps 78 (50%), and the lists,
# asking 180 together, share the 79 left in proportion: 60 * 79 / 180 = 26 each
check "config: panes: text: 50 keeps half the width for the text" test "$(border_at "$T/wide-conf/wide.txt")" = 26

# --- mouse: ------------------------------------------------------------------
# ncurses turns mouse reporting on with DEC private mode 1000 (with others,
# as in ESC [?1006;1000h): the raw bytes the program writes to a real
# terminal say whether it did
if command -v tmux > /dev/null; then
  raw_start() { # NAME [OPTION]: the bytes of the browser's first screen in tmux
    local sock=$T/sock-$1
    tmux -S "$sock" -f /dev/null new-session -d -s m -x 100 -y 30 "sleep 30"
    tmux -S "$sock" pipe-pane -t m -o "cat > '$T/raw-$1'"
    tmux -S "$sock" respawn-pane -k -t m "env -i PATH='$PATH' HOME='$T/home' XDG_CONFIG_HOME='$T/xdg' LANG=C.UTF-8 TERM=xterm-256color '$ECMR' browse -i '$DB' ${2:-}; echo ECMR-EXITED; sleep 30"
    for _ in $(seq 1 50); do
      tmux -S "$sock" capture-pane -p -t m | grep -q Authorities && break
      sleep 0.1
    done
    tmux -S "$sock" send-keys -t m q
    tmux_await "$sock" m ECMR-EXITED
    tmux -S "$sock" kill-server
  }
  rm -f "$CONF"
  raw_start on
  printf 'mouse: false\n' > "$CONF"
  raw_start off
  printf 'mouse: off\n' > "$CONF"
  raw_start off-word
  rm -f "$CONF"
  raw_start no-mouse --no-mouse
  mode1000='\[\?([0-9]+;)*1000(;[0-9]+)*h'
  check "config: the browser takes the mouse by default" grep -qE "$mode1000" "$T/raw-on"
  check "config: mouse: false leaves it to the terminal" \
    sh -c "grep -q Authorities '$T/raw-off' && ! grep -qE '$mode1000' '$T/raw-off'"
  check "config: mouse: off does the same" \
    sh -c "grep -q Authorities '$T/raw-off-word' && ! grep -qE '$mode1000' '$T/raw-off-word'"
  check "config: so does --no-mouse" \
    sh -c "grep -q Authorities '$T/raw-no-mouse' && ! grep -qE '$mode1000' '$T/raw-no-mouse'"
else
  skip "config: mouse" "tmux is not installed"
fi
