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
