# ecmr index / export / inspect from the command line: bad input, exit codes,
# reuse of unchanged files, determinism, and damaged indexes.
. "$(dirname "$0")/../lib.sh"
cd "$TESTS_OUT" || exit 1
T=$TESTS_OUT
SRC=$OLDPWD

# --- a directory of good and bad inputs ------------------------------------
mkdir -p in/sub
cp "$SRC"/tests/cli/data/good-apa.txt in/
: > in/empty.txt
printf '   \n\t\n' > in/blank.txt
printf 'abc\0def\n' > in/binary.txt
printf 'Dear reader,\nThis is a note about lunch.\n' > in/sub/note.txt
printf 'ignored\n' > in/readme.md
printf 'hidden\n' > in/.hidden.txt
ln -s .. in/sub/loop
ln -s /proc/self/mem in/unreadable.txt
mkdir in/dir.txt

"$ECMR" index -o idx.db in missing.txt > out 2> err; rc=$?
check "index: exit 1 when some files failed" test $rc -eq 1
check "index: names the empty file" grep -q "in/empty.txt: empty file" err
check "index: names the blank file" grep -q "in/blank.txt: holds only white space" err
check "index: names the binary file and line" grep -q "in/binary.txt: binary data (a NUL or control byte at line 1)" err
check "index: names the missing file" grep -q "missing.txt: no such file or directory" err
check "index: names the unreadable file" grep -q "in/unreadable.txt: cannot read" err
check "index: does not follow a symlink loop" grep -q "in/sub/loop: a symbolic link loop" err
check "index: warns about an unrecognised text" grep -q "in/sub/note.txt: not recognised" err
check "index: names a file it skips for its type" grep -qx "ecmr: in/readme.md: not a report file (.txt or .pdf); skipped" err
check "index: names a hidden file it skips" grep -qx "ecmr: in/.hidden.txt: hidden; skipped" err
check "index: summary counts" grep -q "indexed 2 files into idx.db (0 unchanged), [0-9]* skipped, 5 failed; 1 apa, 0 jar, 0 slac, 1 unrecognised" err
check "index: the rest is indexed" test -s idx.db
"$ECMR" export -i idx.db > export.json
check "export: valid JSON" json_valid export.json
check "export: holds the good report" grep -q '"authority": "Marlow Vale Borough Council"' export.json
check "export: holds the unrecognised text" grep -q '"type": "unknown"' export.json
check "index: no temporary files left" test -z "$(ls -A . | grep tmp)"

# --- usage errors ----------------------------------------------------------
"$ECMR" index > /dev/null 2>&1; check "index: no arguments is a usage error (2)" test $? -eq 2
"$ECMR" index --bogus x > /dev/null 2>&1; check "index: unknown option is a usage error (2)" test $? -eq 2
# a first word that is no command is a place to open the browser at (ecmr AUTHORITY)
"$ECMR" -i idx.db frobnicate > /dev/null 2> err; rc=$?
check "a word that is no command nor authority exits 1" test $rc -eq 1
check "... saying it is neither" sh -c "grep -q 'no authority called \"frobnicate\"' err && grep -q \"'frobnicate' is not a command either\" err"
"$ECMR" --version > out; check "--version" grep -q "^ecmr [0-9]" out

# --- reuse and determinism -------------------------------------------------
if [ -d "$CORPUS" ]; then
  cp -r "$CORPUS" corpus
  "$ECMR" index -o a.db corpus 2> err1; rc=$?
  check "corpus: indexes with exit 0" test $rc -eq 0
  check "corpus: no warnings" grep -q "; 0 warnings" err1
  "$ECMR" index -o a.db corpus 2> err2
  check "re-index: unchanged files are not parsed again" grep -q "(5 unchanged)" err2
  "$ECMR" export -i a.db > a.json
  "$ECMR" index -o b.db corpus 2> /dev/null
  "$ECMR" export -i b.db > b.json
  check "re-index: the same files give the same index" cmp -s a.json b.json
  echo "changed" >> corpus/$(ls corpus | grep 000_)
  "$ECMR" index -o a.db corpus 2> err3
  check "re-index: a changed file is parsed again" grep -q "(4 unchanged)" err3
  "$ECMR" inspect --json corpus/$(ls corpus | grep 004_) > one.json
  check "inspect --json: valid JSON" json_valid one.json
  check "inspect --json: the report type" grep -q '"type": "slac"' one.json
else
  skip "corpus: reuse and determinism" "../shared/corpus not present"
fi

# --- damaged and foreign indexes -------------------------------------------
"$ECMR" export -i nowhere.db > /dev/null 2> err; rc=$?
check "export: a missing index exits 3" test $rc -eq 3
check "export: a missing index says how to build one" grep -q "ecmr index" err
head -c 5000 /dev/urandom > random.db
"$ECMR" export -i random.db > /dev/null 2> err; rc=$?
check "export: random bytes exit 3 with a message" test $rc -eq 3 -a -s err
head -c 2048 idx.db > truncated.db
"$ECMR" export -i truncated.db > /dev/null 2> err; rc=$?
check "export: a truncated index exits 3 with a message" test $rc -eq 3 -a -s err
sqlite3 other.db "create table t(x); insert into t values(1);"
"$ECMR" export -i other.db > /dev/null 2> err; rc=$?
check "export: a SQLite file of another kind exits 3" test $rc -eq 3
check "export: ... and says it is not an ecmr index" grep -q "not an ecmr index" err
cp idx.db newer.db && sqlite3 newer.db "update meta set value='99' where key='schema_version'"
"$ECMR" export -i newer.db > /dev/null 2> err; rc=$?
check "export: a newer schema exits 3" test $rc -eq 3
check "export: ... and says so" grep -q "newer ecmr" err

# --- order: files are read ahead on other threads, but reported and stored in order
mkdir -p order
for i in $(seq -w 1 40); do
  if [ $((10#$i % 3)) = 0 ]; then : > "order/r$i.txt"            # every third file is empty
  else sed "s/Marlow Vale/Orderby $i/g; s/MARLOW VALE/ORDERBY $i/g" "$SRC/tests/cli/data/good-apa.txt" > "order/r$i.txt"; fi
done
"$ECMR" index -o order.db order > /dev/null 2> order.err
grep -o 'order/r[0-9]*\.txt' order.err > order.named
check "index: bad files are named in file order" sh -c "[ \$(wc -l < order.named) -eq 13 ] && sort -c order.named"
"$ECMR" export -i order.db | grep -o '"source": "order/r[0-9]*\.txt"' > order.stored
check "index: reports are stored in file order" sh -c "[ \$(wc -l < order.stored) -eq 27 ] && sort -c order.stored"
