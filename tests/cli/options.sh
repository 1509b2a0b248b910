# Usage errors say the same thing the same way in every command: the command
# as the user named it ("ecmr", "ecmr show"), what was wrong with which
# option, and where the help is; the exit status is 2 and nothing goes to
# stdout.  --help goes to stdout with status 0.
. "$(dirname "$0")/../lib.sh"
cd "$TESTS_OUT" || exit 1

# refused NAME WANT ARGS...: ecmr ARGS exits 2, prints nothing on stdout, and
# its stderr is the line WANT and then "Try 'WHO --help' ...", WHO being
# what WANT starts with.
refused() {
  local name=$1 want=$2; shift 2
  local who=${want%%: *}
  "$ECMR" "$@" > out 2> err < /dev/null
  local rc=$?
  if [ $rc -eq 2 ] && [ ! -s out ] && [ "$(sed -n 1p err)" = "$want" ] &&
     [ "$(sed -n 2p err)" = "Try '$who --help' for more information." ] && [ "$(wc -l < err)" -eq 2 ]; then
    pass "options: $name"
  else
    fail "options: $name" "exit $rc, stderr: $(head -c 300 err | tr '\n' '|')"
  fi
}

refused "ecmr --bogus" "ecmr: unrecognised option '--bogus'" --bogus
refused "ecmr -x" "ecmr: unrecognised option '-x'" -x
refused "ecmr --index without its value" "ecmr: option '--index' needs an argument" --index
refused "ecmr -i without its value" "ecmr: option '-i' needs an argument" -i
refused "ecmr --help=x" "ecmr: option '--help' takes no argument" --help=x
refused "ecmr --he (--headless or --help)" "ecmr: option '--he' is ambiguous" --he
refused "ecmr extra argument (past a place's three words)" "ecmr: unexpected argument 'extra'" -i x.db a b c extra
for cmd in browse index inspect export show; do
  refused "ecmr $cmd --bogus" "ecmr $cmd: unrecognised option '--bogus'" "$cmd" --bogus
  refused "ecmr $cmd --bogus=1" "ecmr $cmd: unrecognised option '--bogus'" "$cmd" --bogus=1
  refused "ecmr $cmd -Z" "ecmr $cmd: unrecognised option '-Z'" "$cmd" -Z
done
refused "ecmr index -q -Z (in a cluster)" "ecmr index: unrecognised option '-Z'" index -qZ x
refused "ecmr index -o without its value" "ecmr index: option '-o' needs an argument" index -o
refused "ecmr show --width without its value" "ecmr show: option '--width' needs an argument" show --width
refused "ecmr inspect --json=yes" "ecmr inspect: option '--json' takes no argument" inspect --json=yes
refused "ecmr index with no PATH" "ecmr index: no files or directories given" index
refused "ecmr inspect with no FILE" "ecmr inspect: no file given" inspect
refused "ecmr show with no AUTHORITY" "ecmr show: no authority given" show
refused "ecmr show -w 5" "ecmr show: -w wants a width from 20 to 1000" show -w 5 x
refused "ecmr export with an argument" "ecmr export: unexpected argument 'x'" export x
refused "ecmr browse --size 0x0" "ecmr browse: --size wants COLSxROWS, e.g. 80x24" browse --size 0x0

for cmd in "" browse index inspect export show; do
  # shellcheck disable=SC2086
  "$ECMR" $cmd --help > out 2> err
  rc=$?
  check "options: ecmr${cmd:+ $cmd} --help: exit 0, stdout only" sh -c "[ $rc -eq 0 ] && [ -s out ] && [ ! -s err ]"
  check "options: ecmr${cmd:+ $cmd} --help: no line wider than 80 columns" sh -c "! awk 'length > 80 { bad = 1 } END { exit !bad }' out"
done
