# The default index with HOME unset: it is under the home directory the
# password database gives (never under the current directory), and with no
# home directory at all ecmr refuses with a message instead of guessing.
# As root the runs are made as other users (setpriv): nobody, whose home
# (/nonexistent) cannot be written, and a uid the password database lacks;
# so nothing is written into anybody's real home.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/home
rm -rf "$T"; mkdir -p "$T/cwd"
cd "$T/cwd" || exit 1
GOOD=$REPO/tests/cli/data/good-apa.txt

if [ "$(id -u)" != 0 ] || ! command -v setpriv > /dev/null 2>&1; then
  # as a user of our own, only reading can be tried without writing into the real home
  pwhome=$(getent passwd "$(id -u)" | cut -d: -f6)
  if [ -n "$pwhome" ] && [ ! -e "$pwhome/.local/share/ecmr/index.db" ]; then
    env -u HOME -u XDG_DATA_HOME -u ECMR_INDEX "$ECMR" export > "$T/out" 2> "$T/err"
    check "home: HOME unset: the default index is read from the password database's home" \
      grep -qF "no index at $pwhome/.local/share/ecmr/index.db" "$T/err"
  else
    skip "home: HOME unset" "not root (setpriv is needed to run as other users), and an index exists in $pwhome"
  fi
  exit 0
fi

# the run's directories must be reachable by the other users: the test's
# own, and every directory above it that this run made (tests/run keeps
# its runs in a directory only its owner may enter); execute, not read
mkdir -p "$T/w"
chmod 755 "$TESTS_OUT" "$T"; chmod 777 "$T/cwd" "$T/w"
d=$(dirname "$TESTS_OUT")
while [ "$d" != / ] && [ -O "$d" ] && [ ! -k "$d" ]; do chmod o+x "$d"; d=$(dirname "$d"); done
cp "$GOOD" "$T/good.txt"; chmod 644 "$T/good.txt"
as() { # uid command...: run as UID (group nogroup), in $T/cwd, with HOME unset
  local uid=$1; shift
  env -u HOME -u XDG_DATA_HOME -u ECMR_INDEX setpriv --reuid="$uid" --regid=65534 --clear-groups "$@"
}

pwhome=$(getent passwd 65534 | cut -d: -f6)
as 65534 "$ECMR" index "$T/good.txt" > "$T/out" 2> "$T/err"; rc=$?
check "home: HOME unset: nothing is written under the current directory" test -z "$(ls -A)"
check "home: HOME unset: the index goes under the password database's home ($pwhome)" \
  grep -qF "cannot create a file in $pwhome/.local/share/ecmr: " "$T/err"
check "home: HOME unset: ... which cannot be written here: exit 3" test $rc -eq 3
as 65534 "$ECMR" export > "$T/out" 2> "$T/err"; rc=$?
check "home: HOME unset: export reads the index there" \
  sh -c "[ $rc -eq 3 ] && grep -qF 'no index at $pwhome/.local/share/ecmr/index.db' '$T/err'"

# a user the password database does not know, with no HOME: no home at all
uid=54321
while getent passwd $uid > /dev/null; do uid=$((uid + 1)); done
as $uid "$ECMR" index "$T/good.txt" > "$T/out" 2> "$T/err"; rc=$?
check "home: no home directory at all: exit 3" test $rc -eq 3
check "home: ... says so and what to do" grep -q "no home directory to keep the index in .*-i/-o INDEX or ECMR_INDEX" "$T/err"
check "home: ... and writes nothing under the current directory" test -z "$(ls -A)"
as $uid "$ECMR" export > "$T/out" 2> "$T/err"; rc=$?
check "home: ... export too: exit 3 with the message" sh -c "[ $rc -eq 3 ] && grep -q 'no home directory' '$T/err'"
as $uid env HOME=relative/dir "$ECMR" export > "$T/out" 2> "$T/err"; rc=$?
check "home: a relative HOME counts as none" sh -c "[ $rc -eq 3 ] && grep -q 'no home directory' '$T/err'"
as $uid env ECMR_INDEX="$T/w/idx.db" "$ECMR" index -q "$T/good.txt" > "$T/out" 2> "$T/err"; rc=$?
check "home: ... but ECMR_INDEX still works" sh -c "[ $rc -eq 0 ] && [ -s '$T/w/idx.db' ]"
exit 0
