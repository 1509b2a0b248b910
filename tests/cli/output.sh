# Where `ecmr index` writes (-o, $ECMR_INDEX): it replaces only a missing
# path or an index of its own, and refuses anything else with exit 3, a
# message naming it, and nothing touched.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/output
rm -rf "$T"; mkdir -p "$T"
cd "$T" || exit 1
IN=$REPO/tests/cli/data/good-apa.txt

# refused TARGET WHAT: `ecmr index -o TARGET` exits 3, names TARGET, says
# why, leaves TARGET as stat and cmp saw it (the same inode, type, size,
# time and mode, the same bytes), and leaves no temporary file.
refused() {
  local target=$1 what=$2 before after
  before=$(stat -c '%i %F %s %Y %a' "$target")
  [ -f "$target" ] && cp "$target" saved
  timeout 20 "$ECMR" index -o "$target" "$IN" > out 2> err; rc=$?
  after=$(stat -c '%i %F %s %Y %a' "$target")
  check "output: $what: exit 3" test $rc -eq 3
  check "output: $what: the message names it and says why" grep -q "^ecmr: $target is .*replaces only an index of its own" err
  check "output: $what: one line, nothing indexed" test "$(wc -l < err)" -eq 1
  check "output: $what: left as it was" test "$before" = "$after"
  if [ -f "$target" ]; then check "output: $what: its bytes are unchanged" cmp -s saved "$target"; fi
  check "output: $what: no temporary file" sh -c "! ls -A . | grep -q tmp-"
}

printf 'Notes for Thursday.\nRing the council.\n' > notes.txt
refused notes.txt "a text file"
grep -q "notes.txt is not an ecmr index" err && pass "output: a text file: called not an ecmr index" ||
  fail "output: a text file: called not an ecmr index" "$(cat err)"

sqlite3 other.db "create table contacts(name text); insert into contacts values ('Ada');"
refused other.db "another application's SQLite database"
check "output: ... its table is still there" test "$(sqlite3 other.db 'select name from contacts' 2>/dev/null)" = Ada

# a database with a meta table like ours, written by something else
sqlite3 lookalike.db "create table meta(key text primary key, value text);
  insert into meta values ('schema_version', '2'), ('generator', 'someapp 1.0');"
refused lookalike.db "a database with a meta table of another generator"

: > empty.db
refused empty.db "an empty file"
mkdir adir
refused adir "a directory"
mkfifo fifo
refused fifo "a FIFO"
if [ "$(id -u)" = 0 ]; then
  # a device node of our own (the null device's numbers), never /dev/null itself
  mknod nulldev c 1 3
  refused nulldev "a character device"
  check "output: ... still a character device" test -c nulldev
else
  skip "output: a device node" "mknod needs root"
fi
cp notes.txt notes.saved
ECMR_INDEX=notes.txt "$ECMR" index "$IN" > out 2> err; rc=$?
check "output: \$ECMR_INDEX naming a text file is refused too" sh -c "[ $rc -eq 3 ] && grep -q 'notes.txt is not an ecmr index' err && cmp -s notes.txt notes.saved"

# what is ours is replaced: a missing path, our index, an older schema's index
"$ECMR" index -q -o new.db "$IN" 2> err; rc=$?
check "output: a missing path is written" sh -c "[ $rc -eq 0 ] && [ \$(sqlite3 new.db 'select count(*) from report') = 1 ]"
"$ECMR" index -q -o new.db "$IN" "$REPO/tests/fixtures/apa-grade-line.txt" 2> err; rc=$?
check "output: an ecmr index is replaced" sh -c "[ $rc -eq 0 ] && [ \$(sqlite3 new.db 'select count(*) from report') = 2 ]"
cp new.db old.db
sqlite3 old.db "update meta set value = '1' where key = 'schema_version'; update meta set value = 'ecmr 0.0.1' where key = 'generator'"
"$ECMR" index -q -o old.db "$IN" 2> err; rc=$?
check "output: an index of an older ecmr is replaced" sh -c "[ $rc -eq 0 ] && [ \$(sqlite3 old.db \"select value from meta where key = 'schema_version'\") != 1 ]"

# --- through symbolic links: the file named is replaced, the link stays ------
mkdir shared
TWO="$IN $REPO/tests/fixtures/apa-grade-line.txt"
"$ECMR" index -q -o shared/real.db "$IN" 2>/dev/null
ln -s shared/real.db rel.db                # relative
ln -s "$T/shared/real.db" abs.db           # absolute
ln -s rel.db chain.db                      # a link to a link
nreports() { sqlite3 "$1" 'select count(*) from report'; }
for link in rel.db abs.db chain.db; do
  to=$(readlink "$link")
  "$ECMR" index -q -o shared/real.db "$IN" 2>/dev/null      # one report
  "$ECMR" index -q -o "$link" $TWO 2> err; rc=$?               # two
  check "output: -o $link (a link): exit 0" test $rc -eq 0
  check "output: -o $link: still the same link" sh -c "[ -L $link ] && [ \"\$(readlink $link)\" = '$to' ]"
  check "output: -o $link: the file it names holds the new index" test "$(nreports shared/real.db)" = 2
  check "output: -o $link: no temporary file left" sh -c "! ls -A . shared | grep -q tmp-"
done
ln -s shared/later.db dangling.db
"$ECMR" index -q -o dangling.db "$IN" 2> err; rc=$?
check "output: a link to a missing file: the file is made there, the link kept" \
  sh -c "[ $rc -eq 0 ] && [ -L dangling.db ] && [ -f shared/later.db ] && [ \$(sqlite3 shared/later.db 'select count(*) from report') = 1 ]"
cp notes.saved shared/notes.txt
ln -s shared/notes.txt to-notes.db
"$ECMR" index -q -o to-notes.db "$IN" 2> err; rc=$?
check "output: a link to a text file is refused, both left as they were" \
  sh -c "[ $rc -eq 3 ] && [ -L to-notes.db ] && cmp -s shared/notes.txt notes.saved && grep -q '^ecmr: to-notes.db (a link to shared/notes.txt) is not an ecmr index' err"
ln -s loop-b.db loop-a.db; ln -s loop-a.db loop-b.db
timeout 20 "$ECMR" index -q -o loop-a.db "$IN" 2> err; rc=$?
check "output: a symbolic link loop is refused with its cause" \
  sh -c "[ $rc -eq 3 ] && [ -L loop-a.db ] && [ -L loop-b.db ] && grep -q 'Too many levels of symbolic links' err"

# --- a write that fails says why, naming the path ------------------------------
printf 'A file, not a directory.\n' > file.txt; cp file.txt file.saved
"$ECMR" index -o file.txt/x.db "$IN" > out 2> err; rc=$?
check "output: under a file: exit 3" test $rc -eq 3
check "output: under a file: 'Not a directory', naming the path" grep -q "^ecmr: cannot write file.txt/x.db: Not a directory" err
check "output: under a file: the file is untouched" cmp -s file.txt file.saved
"$ECMR" index -o nodir/x.db "$IN" > out 2> err; rc=$?
check "output: in a missing directory: exit 3, 'No such file or directory' naming it" \
  sh -c "[ $rc -eq 3 ] && grep -q '^ecmr: cannot write the index: cannot create a file in nodir: No such file or directory$' err"
check "output: ... and no 'is unchanged' for an index that never was" sh -c "! grep -q unchanged err"
# a directory we may not write: as root permissions do not bite, so the run is made as nobody
mkdir ro; chmod 555 ro
if [ "$(id -u)" != 0 ]; then
  how="chmod 555, as $(id -un)"; run=()
elif command -v setpriv > /dev/null 2>&1; then
  how="chmod 555, run as nobody through setpriv"; run=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chmod 755 "$TESTS_OUT" "$T"   # for nobody to reach ro/
else
  how=""
fi
if [ -n "$how" ]; then
  "${run[@]}" "$ECMR" index -o ro/x.db "$IN" > out 2> err; rc=$?
  check "output: a read-only directory ($how): exit 3, 'Permission denied' naming it" \
    sh -c "[ $rc -eq 3 ] && grep -q '^ecmr: cannot write the index: cannot create a file in ro: Permission denied$' err"
  check "output: ... nothing written in it" test -z "$(ls -A ro)"
else
  skip "output: a read-only directory" "running as root without setpriv: permissions do not bite"
fi
exit 0
