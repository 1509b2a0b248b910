# Faults: ecmr index killed with SIGKILL at random moments, a file-size
# limit hit mid-run (as a full disk would), and damaged index files given to
# every command.  The previous index must survive each, and every command
# must fail with a clear message and exit status, never a crash.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/faults
rm -rf "$T"; mkdir -p "$T/big"
cd "$T" || exit 1
GOOD=$REPO/tests/cli/data/good-apa.txt

# the previous index, and a corpus big enough that indexing takes a while
"$ECMR" index -q -o idx.db "$REPO/tests/screens/data" 2>/dev/null
"$ECMR" export -i idx.db > before.json
cp idx.db before.db
for i in $(seq 1 1500); do
  sed -e "s/Marlow Vale/Authority $i/g" -e "s/MARLOW VALE/AUTHORITY $i/g" "$GOOD" > "big/a$i.txt"
  yes 'Partners share information promptly and the council checks that they do.' | head -n 40 >> "big/a$i.txt"
done

# how long a whole run takes here, so the kills land inside one however fast it is
t0=$(date +%s%N)
"$ECMR" index -q -o timing.db big 2>/dev/null
run_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
rm -f timing.db

kills=0 intact=0 leftover=no
for n in $(seq 1 20); do
  "$ECMR" index -q -o idx.db big 2>/dev/null &
  pid=$!
  # a random moment in the first 90% of a run
  at=$(( RANDOM % (run_ms * 9 / 10 + 1) ))
  sleep "$((at / 1000)).$(printf '%03d' $((at % 1000)))"
  kill -KILL "$pid" 2>/dev/null && kills=$((kills + 1))
  wait "$pid" 2>/dev/null
  ls -a | grep -q '^\.idx\.db\.tmp-' && leftover=yes
  if [ "$(sqlite3 idx.db 'pragma integrity_check' 2>&1)" = ok ] &&
     "$ECMR" export -i idx.db > after.json 2>/dev/null && cmp -s before.json after.json; then
    intact=$((intact + 1))
  else
    # the run may have finished before the kill: then the new index must be whole
    if [ "$(sqlite3 idx.db 'pragma integrity_check' 2>&1)" = ok ] &&
       [ "$(sqlite3 idx.db 'select count(*) from report')" = 1500 ]; then
      intact=$((intact + 1)); cp before.db idx.db
    else
      echo "# run $n: the index is damaged"
    fi
  fi
done
echo "# $kills of 20 runs killed mid-way (a whole run: $run_ms ms)"
check "faults: after 20 SIGKILLs the index always opens and passes integrity_check" test "$intact" -eq 20
check "faults: most kills landed mid-run" test "$kills" -ge 10
check "faults: killed runs leave temporary files behind (the next run clears them)" test "$leftover" = yes
"$ECMR" index -q -o idx.db "$REPO/tests/screens/data" 2>/dev/null
check "faults: the next run removes the stale temporary files" sh -c "! ls -a | grep -q '^\.idx\.db\.tmp-'"

# a file-size limit hit mid-run: a clear error, the previous index intact
cp before.db idx.db
( ulimit -f 200; "$ECMR" index -o idx.db big ) > out 2> err; rc=$?
check "faults: a write failure exits 3" test $rc -eq 3
check "faults: ... says the index is unchanged" grep -q "idx.db is unchanged" err
check "faults: ... and it is" cmp before.db idx.db

# damaged indexes, to every command that reads one
head -c 5000 before.db > truncated.db
head -c 100000 /dev/urandom > random.db
sqlite3 foreign.db "create table t(x); insert into t values (1);"
cp before.db newer.db; sqlite3 newer.db "update meta set value = '99' where key = 'schema_version'"
: > empty.db
printf 'key j\nkey Tab\ndump x\n' > keys
for bad in truncated random foreign newer empty; do
  "$ECMR" show -i "$bad.db" Marlow > out 2> err; rc=$?
  check "faults: show on a $bad index exits 3 with a message" sh -c "[ $rc -eq 3 ] && [ -s err ] && ! grep -qi 'sanitizer' err"
  "$ECMR" export -i "$bad.db" > out 2> err; rc=$?
  check "faults: export on a $bad index exits 3 with a message" sh -c "[ $rc -eq 3 ] && [ -s err ]"
  "$ECMR" browse -i "$bad.db" --headless keys --dump-dir . > out 2> err; rc=$?
  check "faults: browse on a $bad index exits 3 with a message" sh -c "[ $rc -eq 3 ] && [ -s err ] && ! grep -qi 'sanitizer' err"
  if [ $bad = newer ]; then check "faults: a newer index says so" grep -q "newer" err; fi
done
