# Word forms find each other (the index stems English words), and a quoted
# phrase or a prefix still matches exactly as typed (search_exact).  A
# fictional report: "registration" in its text, "registrations" and
# "care leaver" in its items, "care leavers" once in the text.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/search_stem
rm -rf "$T"; mkdir -p "$T/in" "$T/out"
cd "$T" || exit 1
{
  sed -n '1,/^Grade 3$/p' "$REPO/tests/cli/data/good-apa.txt"
  printf '\nThe registration of births is prompt. Care leavers have their own nurse.\n'
  printf '\nArea for development\n\n- Check registrations of childminders.\n- Name a care leaver champion.\n'
} > in/stem.txt
"$ECMR" index -q -o idx.db in 2>/dev/null
# hits QUERY: the number of hits the breadcrumb gives for QUERY (0 when none)
hits() {
  printf 'key /\ntype %s\nkey Enter\ndump r\n' "$1" > q.keys
  env -i PATH="$PATH" HOME="$T" LC_ALL=C.UTF-8 "$ECMR" browse -i idx.db --headless q.keys --dump-dir out \
    --size 100x30 > /dev/null 2>&1
  head -1 out/r.txt | sed -n 's/.* \([0-9][0-9]*\) hits\{0,1\}.*/\1/p' | grep . || echo 0
}
check "search_stem: registration finds the text and the item (registrations)" test "$(hits registration)" = 2
check "search_stem: registrations finds the same two" test "$(hits registrations)" = 2
check "search_stem: a quoted word matches only as typed" test "$(hits '"registrations"')" = 1
check "search_stem: a quoted phrase matches only as typed (care leavers: the text, not the item)" \
  test "$(hits '"care leavers"')" = 1
check "search_stem: ... as does the other form (care leaver: the item)" test "$(hits '"care leaver"')" = 1
check "search_stem: unquoted, care leavers finds both" test "$(hits 'care leavers')" = 2
check "search_stem: a prefix matches words as written (registrat*)" test "$(hits 'registrat*')" = 2
check "search_stem: a phrase and a stemmed word together (both must match)" \
  test "$(hits '"care leavers" registrations')" = 1
check "search_stem: the item's form of the word is marked in its snippet" \
  sh -c "printf 'key /\ntype registration\nkey Enter\ndump m\n' > m.keys &&
    env -i PATH='$PATH' HOME='$T' LC_ALL=C.UTF-8 '$ECMR' browse -i idx.db --headless m.keys --dump-dir out --size 100x30 &&
    n=\$(grep -n 'Check registrations' out/m.txt | cut -d: -f1) && [ -n \"\$n\" ] &&
    line=\$(sed -n \"\${n}p\" out/m.txt) && pre=\${line%%registrations*} &&
    sed -n \"\$((n + 1))p\" out/m.roles | cut -c\$((\${#pre} + 1))-\$((\${#pre} + 13)) | grep -qx mmmmmmmmmmmmm"
check "search_stem: the index has both tables, and FTS5 finds them consistent" \
  sqlite3 idx.db "INSERT INTO search(search, rank) VALUES('integrity-check', 1); INSERT INTO search_exact(search_exact, rank) VALUES('integrity-check', 1)"
