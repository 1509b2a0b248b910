# ecmr index given one good report and bad inputs named one by one: a missing
# file, an unreadable file, an empty file, a binary file and a text that is no
# report.  Each bad file gets one clear line on stderr naming it, the good
# report (and the unrecognised text, as full text) is still indexed, and the
# exit status is 1; a command with no PATH is a usage error (2).
. "$(dirname "$0")/../lib.sh"
cd "$TESTS_OUT" || exit 1
SRC=$OLDPWD

cp "$SRC"/tests/fixtures/apa-grade-line.txt good.txt
: > empty.txt
printf 'Harrowdene minutes\000\001\002 of a meeting\n' > binary.txt
# random bytes behind a UTF-16 byte order mark are still binary
{ printf '\377\376'; head -c 3000 /dev/urandom; } > utf16-noise.txt
printf 'Dear parents,\nThe school fete is on Saturday. Please bring a cake.\n' > note.txt
unreadable=
if [ "$(id -u)" -ne 0 ]; then
  printf 'A report nobody may read.\n' > unreadable.txt
  chmod 000 unreadable.txt
  unreadable=unreadable.txt
fi

"$ECMR" index -o bad.db good.txt missing.txt empty.txt binary.txt utf16-noise.txt note.txt $unreadable > out 2> err; rc=$?
check "bad input: exit status 1 when some files failed" test $rc -eq 1
check "bad input: nothing on stdout" test ! -s out

# exactly one stderr line names FILE, and it says WHY
one_line() { # file why
  [ "$(grep -c "$1" err)" -eq 1 ] && grep -q "^ecmr: $1: $2" err
}
check "bad input: one line for the missing file" one_line missing.txt "no such file"
check "bad input: one line for the empty file" one_line empty.txt "empty file"
check "bad input: one line for the binary file" one_line binary.txt "binary data"
check "bad input: one line for random bytes after a UTF-16 mark" one_line utf16-noise.txt "binary data"
check "bad input: one line for the unrecognised text" one_line note.txt "not recognised"
if [ -n "$unreadable" ]; then
  check "bad input: one line for the unreadable file" one_line unreadable.txt "cannot read"
else
  skip "bad input: unreadable file" "running as root, which can read any file"
fi
check "bad input: the good file gets no message" sh -c '! grep -q "good.txt" err'
n_failed=$(( ${unreadable:+1} + 4 ))
check "bad input: the summary counts the failures" grep -q "indexed 2 files into bad.db .*, $n_failed failed; 1 apa, 0 jar, 0 slac, 1 unrecognised" err

check "bad input: the index was written" test -s bad.db
check "bad input: the good report is indexed" \
  test "$(sqlite3 bad.db "select type || ' ' || year from report where source = 'good.txt'")" = "apa 2006"
check "bad input: the unrecognised text is indexed as full text" \
  test "$(sqlite3 bad.db "select type from report where source = 'note.txt'")" = "unknown"
check "bad input: no report for the bad files" \
  test "$(sqlite3 bad.db "select count(*) from report where source in ('missing.txt', 'empty.txt', 'binary.txt', 'utf16-noise.txt', 'unreadable.txt')")" = 0
"$ECMR" export -i bad.db > export.json
check "bad input: export holds the good report's authority" grep -q '"authority": "Harrowdene Borough Council"' export.json

# only bad files: still exit 1, one line each
"$ECMR" index -o only-bad.db missing.txt empty.txt binary.txt > /dev/null 2> err2; rc=$?
check "bad input: only bad files exit 1" test $rc -eq 1
check "bad input: only bad files, three lines" test "$(grep -c '^ecmr: [a-z]*\.txt: ' err2)" -eq 3

# usage errors
"$ECMR" index -o none.db > /dev/null 2> err3; rc=$?
check "bad input: no PATH is a usage error (2)" test $rc -eq 2
check "bad input: no PATH says so" grep -q "no files or directories given" err3
check "bad input: no PATH writes no index" test ! -e none.db
"$ECMR" index -o > /dev/null 2>&1; rc=$?
check "bad input: -o without a value is a usage error (2)" test $rc -eq 2

[ -n "$unreadable" ] && chmod 600 "$unreadable"
exit 0
