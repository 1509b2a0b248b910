# The search history file (state file "history"): bounded, newest last, a
# search run again moved to the end; a damaged file set aside, never
# written over; a later version's file left as it is and not written.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/search-history
mkdir -p "$T"
DB=$T/s.db
"$ECMR" index -q -o "$DB" "$REPO/tests/screens/data" 2> /dev/null
H=$T/state/ecmr/history
run() { # SCRIPT-FILE: a headless session with its own state directory, then q
  XDG_STATE_HOME="$T/state" "$ECMR" browse -i "$DB" --headless "$1" --dump-dir "$T" --size 400x12 2> "$T/err" # wide: the status line holds the whole path
}

# 205 searches (w1 .. w205), then w3 again: 200 kept, w3 the newest
for i in $(seq 1 205) 3; do printf 'key /\ntype w%s\nkey Enter\n' "$i"; done > "$T/many.keys"
printf 'key q\n' >> "$T/many.keys"
run "$T/many.keys"
check "history: written after the session" test -s "$H"
check "history: its first line is the version" sh -c "head -1 '$H' | grep -qx 'ecmr history 1'"
check "history: at most 200 searches kept" test "$(sed 1d "$H" | wc -l)" -eq 200
check "history: the newest last, one run again moved there" sh -c "tail -1 '$H' | grep -qx w3 && [ \$(grep -cx w3 '$H') -eq 1 ]"
check "history: the oldest dropped (w1..w5 and w6 gone past the bound, w7 the oldest)" \
  sh -c "sed -n 2p '$H' | grep -qx w7 && ! grep -qx w6 '$H'"

# a damaged file: set aside as history.damaged-1, said on the status line, a new one begun
printf 'not a history\x01\n' > "$H"
cp "$H" "$T/damaged.copy"
printf 'dump start\nkey /\ntype care leavers\nkey Enter\nkey q q\n' > "$T/damaged.keys"
run "$T/damaged.keys"
check "history: a damaged file is set aside, unchanged" cmp "$T/damaged.copy" "$T/state/ecmr/history.damaged-1"
check "history: ... which the status line says" grep -q 'history was damaged.*set aside as .*history.damaged-1' "$T/start.txt"
check "history: ... and a new file holds this session's search" \
  sh -c "printf 'ecmr history 1\\ncare leavers\\n' | cmp -s - '$H'"

# a later version's file: left as it is, searches not kept
printf 'ecmr history 2\nsomething new\n' > "$H"
cp "$H" "$T/later.copy"
printf 'dump later\nkey /\ntype children\nkey Enter\nkey q q\n' > "$T/later.keys"
run "$T/later.keys"
check "history: a later version's file is left as it is" cmp "$T/later.copy" "$H"
check "history: ... and the status line says searches are not kept" grep -q 'version 2.*not kept' "$T/later.txt"

# no home for state files (no HOME, no XDG_STATE_HOME): searches are not
# kept, and nothing waits to be written (that once left the browser busy
# for ever, and a headless session never ended)
printf 'key /\ntype care leavers\nkey Enter\nkey q q\n' > "$T/homeless.keys"
timeout 30 env -i PATH="$PATH" "$ECMR" browse -i "$DB" --headless "$T/homeless.keys" --dump-dir "$T" 2> "$T/err"
rc=$?
check "history: with nowhere to keep it a session still ends (exit $rc)" test $rc -eq 0
