# A terminal the browser cannot draw on is refused before the screen is
# touched: TERM unset or empty, a type terminfo does not know, and one that
# cannot put the cursor anywhere or clear the screen (TERM=dumb, a hardcopy
# terminal).  Each exits 2 with a message saying what to do, and the
# terminal receives nothing but that message.  Run on a pseudo-terminal
# made by script(1); the terminal types lacking one capability each are
# compiled with tic into a terminfo directory of the test's own.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/termtype
rm -rf "$T"; mkdir -p "$T"
cd "$T" || exit 1
if ! command -v script >/dev/null 2>&1 || ! command -v tic >/dev/null 2>&1; then
  skip "terminal_type" "needs script(1) and tic(1)"; exit 0
fi
"$ECMR" index -q -o idx.db "$REPO/tests/screens/data" 2>/dev/null

# vt100 with one thing changed: hardcopy, or no cursor addressing, or no clear
cat > test.ti <<'TI'
ecmr-test-ok|vt100 as it is, use=vt100,
ecmr-test-hardcopy|vt100 said to be hardcopy, hc, use=vt100,
ecmr-test-nocup|vt100 without cursor addressing, cup@, use=vt100,
ecmr-test-noclear|vt100 without clear, clear@, use=vt100,
TI
mkdir terminfo
tic -x -o terminfo test.ti 2> tic.err
check "terminal_type: the test terminal types compile" test -n "$(find terminfo -name 'ecmr-test-*' | head -1)"
export TERMINFO=$T/terminfo LC_ALL=C.UTF-8

# on NAME TERM-SETTING: the browser on a pseudo-terminal with 'q' typed;
# what the terminal got in NAME.ts, the exit status in NAME.rc
on() {
  local name=$1; shift
  printf q | env "$@" timeout 20 script -qec "'$ECMR' browse -i '$T/idx.db'" "$name.ts" > /dev/null 2>&1
  echo $? > "$name.rc"
}

# refused NAME MESSAGE TERM-SETTING...
refused() {
  local name=$1 msg=$2; shift 2
  on "$name" "$@"
  check "terminal_type: $name: exit 2 (not $(cat "$name.rc"))" test "$(cat "$name.rc")" = 2
  check "terminal_type: $name: says: $msg" grep -qF "$msg" "$name.ts"
  check "terminal_type: $name: ... and what to do" grep -qF "set TERM to your terminal's type" "$name.ts"
  check "terminal_type: $name: the screen is not touched (no escape sequence sent)" \
    sh -c "! grep -q \"\$(printf '\\033')\" '$name.ts'"
}

on ok TERM=ecmr-test-ok
check "terminal_type: a terminal that can (vt100 from the test's terminfo) runs the browser" \
  sh -c "[ \$(cat ok.rc) = 0 ] && grep -q Castlebury ok.ts"

refused dumb "the terminal type 'dumb' cannot move the cursor" TERM=dumb
refused hardcopy "the terminal type 'ecmr-test-hardcopy' cannot move the cursor" TERM=ecmr-test-hardcopy
refused nocup "the terminal type 'ecmr-test-nocup' cannot move the cursor" TERM=ecmr-test-nocup
refused noclear "the terminal type 'ecmr-test-noclear' cannot move the cursor" TERM=ecmr-test-noclear
refused unknown "the terminal type 'ecmr-no-such-terminal' is not known here" TERM=ecmr-no-such-terminal
refused empty "TERM is not set" TERM=
refused unset "TERM is not set" -u TERM
rm -rf "$T"
