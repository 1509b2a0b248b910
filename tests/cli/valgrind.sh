# Leaks and memory errors: valgrind memcheck over indexing, a scripted
# browser session (every pane, search, help, the pager, a resize, reload)
# and show.  Not under the sanitizer build (the two do not mix).
. "$(dirname "$0")/../lib.sh"
case "$ECMR" in *san*) skip "valgrind" "the sanitizer build has its own leak checker"; exit 0 ;; esac
command -v valgrind >/dev/null || { skip "valgrind" "valgrind is not installed"; exit 0; }
T=$TESTS_OUT/valgrind
rm -rf "$T"; mkdir -p "$T"
cd "$T" || exit 1
VG="valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --error-exitcode=99"
SRC="$REPO/tests/screens/data"
[ -d "$REPO/../shared/corpus" ] && SRC="$SRC $REPO/../shared/corpus"

# shellcheck disable=SC2086
$VG "$ECMR" index -q -o vg.db $SRC > out 2> index.vg; rc=$?
check "valgrind: indexing: no leaks or memory errors" sh -c "[ $rc -ne 99 ] && ! grep -q '==[0-9]*==' index.vg"
cat > keys <<'KEYS'
key j Tab j Tab 1 2 3 4 5 l j j PgDn G g h [ ] p P
resize 160 40
key Tab Tab Tab S-Tab
key /
type good
key Enter j Enter n N
key ? G q f
type a
key Enter R q
KEYS
env PAGER=cat LC_ALL=C.UTF-8 $VG "$ECMR" browse -i vg.db --headless keys --dump-dir . > out 2> browse.vg; rc=$?
check "valgrind: a browser session: no leaks or memory errors" sh -c "[ $rc -ne 99 ] && ! grep -q '==[0-9]*==' browse.vg"
$VG "$ECMR" show -i vg.db Marlow 2010 > out 2> show.vg; rc=$?
check "valgrind: show: no leaks or memory errors" sh -c "[ $rc -ne 99 ] && ! grep -q '==[0-9]*==' show.vg"
$VG "$ECMR" show -i vg.db zzz > out 2> show2.vg; rc=$?
check "valgrind: show of an unknown name: no leaks" sh -c "[ $rc -ne 99 ] && ! grep -q '==[0-9]*==' show2.vg"
$VG "$ECMR" export -i vg.db > out 2> export.vg; rc=$?
check "valgrind: export: no leaks or memory errors" sh -c "[ $rc -ne 99 ] && ! grep -q '==[0-9]*==' export.vg"

# the curses front end too, in a real terminal
if command -v tmux >/dev/null; then
  SOCK=$T/sock
  tmux -S "$SOCK" -f /dev/null new-session -d -s vg -x 100 -y 30 \
    "env LANG=C.UTF-8 PAGER=cat $VG --log-file='$T/term.vg' '$ECMR' browse -i '$T/vg.db'; echo VG-EXIT-\$? > '$T/term.rc'; sleep 30"
  for _ in $(seq 1 100); do tmux -S "$SOCK" capture-pane -p -t vg | grep -q Authorities && break; sleep 0.1; done
  tmux -S "$SOCK" send-keys -t vg j Tab Tab 2 l j ? q / good Enter Enter
  sleep 1
  tmux -S "$SOCK" send-keys -t vg q
  for _ in $(seq 1 100); do [ -s "$T/term.rc" ] && break; sleep 0.1; done
  tmux -S "$SOCK" kill-server
  check "valgrind: the terminal browser: no leaks or memory errors" \
    sh -c "grep -q VG-EXIT-0 '$T/term.rc' && ! grep -q '==[0-9]*==' '$T/term.vg'"
fi
