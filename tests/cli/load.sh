# Load: 20 headless browsers run scripted sessions against one index while
# it is rebuilt 10 times.  Every session must end normally (exit 0, nothing
# on stderr); sessions press R as they go, so they reload rebuilt indexes.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/load
rm -rf "$T"; mkdir -p "$T"
cd "$T" || exit 1
SAMPLES=$REPO/sample-reports
[ -d "$SAMPLES" ] || SAMPLES=$REPO/tests/screens/data
"$ECMR" index -q -o shared.db "$SAMPLES" 2>/dev/null

# one round of a session: every pane, outcomes, reports, search, help, reload
cat > round.keys <<'KEYS'
key j j Tab j Tab 1 2 3 4 5 [ ] Tab j j j G g S-Tab S-Tab
key / 
type safeguarding
key Enter j j Enter n n N
key ? G q R
key f
type a
key Enter l l PgDn PgUp h h h
KEYS
SESSIONS=20
for s in $(seq 1 $SESSIONS); do
  # feed rounds until the rebuilds are over, then quit
  ( while [ ! -e stop ]; do cat round.keys; done; echo 'key q' ) |
    env -i PATH="$PATH" LC_ALL=C.UTF-8 "$ECMR" browse -i shared.db --headless - --dump-dir . \
      > "s$s.out" 2> "s$s.err" &
  echo $! >> pids
done
rebuilds=0
for r in $(seq 1 10); do
  if [ $((r % 2)) = 0 ]; then src=$SAMPLES; else src=$REPO/tests/screens/data; fi
  "$ECMR" index -q -o shared.db "$src" 2>> rebuild.err && rebuilds=$((rebuilds + 1))
  sleep 0.2
done
touch stop
ok=0
for p in $(cat pids); do wait "$p" && ok=$((ok + 1)); done
errs=$(cat s*.err | wc -c)
echo "# $SESSIONS sessions, $rebuilds rebuilds, $ok ended normally, $errs bytes on stderr"
check "load: the index was rebuilt 10 times under load" test "$rebuilds" -eq 10
check "load: all $SESSIONS sessions ended normally" test "$ok" -eq "$SESSIONS"
check "load: no session wrote an error" test "$errs" -eq 0
check "load: the final index is sound" sh -c "[ \"\$(sqlite3 shared.db 'pragma integrity_check')\" = ok ]"
