# tests/lib.sh: helpers for command-line tests (sourced).
# ECMR is the binary under test, TESTS_OUT a scratch directory (tests/run sets both).
set -u
: "${ECMR:=$PWD/build/ecmr}" "${TESTS_OUT:=$(mktemp -d)}"
REPO=$PWD
CORPUS=$REPO/../shared/corpus

pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1: $2"; }
skip() { echo "SKIP: $1: $2"; }

# check NAME CONDITION-COMMAND...: PASS when the command succeeds.
check() {
  local name=$1; shift
  if "$@" >/dev/null 2>&1; then pass "$name"; else fail "$name" "$*"; fi
}

# Is the text in $1 valid JSON?  (sqlite3's json_valid reads it)
json_valid() {
  [ "$(sqlite3 :memory: "select json_valid(readfile('$1'))")" = 1 ]
}

# tmux_await SOCKET TARGET TEXT: wait (at most 20 s) until the tmux pane
# TARGET of the server at SOCKET shows TEXT; false if it never does.
# A browser quits with q and the test waits for the shell's marker after it
# ("...; echo ECMR-EXITED; sleep 30") before the server goes: a browser
# killed by the hang-up instead can be caught in LeakSanitizer's exit-time
# check and spin for ever with no terminal (tests/run reports any process
# a test leaves behind).
tmux_await() {
  local sock=$1 target=$2 text=$3
  for _ in $(seq 1 200); do
    tmux -S "$sock" capture-pane -p -t "$target" 2>/dev/null | grep -qF -- "$text" && return 0
    sleep 0.1
  done
  return 1
}
