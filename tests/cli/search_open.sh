# Opening a search hit shows where the words are: the section pane scrolls
# to the first line holding one of them (here in the twentieth paragraph of
# a long section, far below the first screen) and marks each of them in the
# match role, as the results list does.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/search_open
rm -rf "$T"; mkdir -p "$T/in" "$T/out"
cd "$T" || exit 1
# a long being healthy section: twenty paragraphs, the last naming the word
{
  sed -n '1,/^Grade 3$/p' "$REPO/tests/cli/data/good-apa.txt"
  for i in $(seq 1 19); do
    printf '\nHealth visitors in district %d see new mothers within ten days of the birth, and most families say the advice they are given is clear.\n' "$i"
  done
  printf '\nA new orthoptist clinic at the hospital now checks the eyesight of every child before school or nursery.\n'
  printf '\nArea for development\n\n- Open the orthoptist clinic on Saturdays.\n'
} > in/long.txt
"$ECMR" index -q -o idx.db in 2>/dev/null
cat > open.keys <<'KEYS'
key /
type orthoptist
key Enter
dump 01-results
key Enter
dump 02-opened
key n
dump 03-item
key /
type orthopt* OR zebra
key Enter Enter
dump 04-prefix
KEYS
env -i PATH="$PATH" HOME="$T" LC_ALL=C.UTF-8 "$ECMR" browse -i idx.db --headless open.keys \
  --dump-dir out --size 80x24 > stdout 2> stderr; rc=$?
check "search_open: the script runs" sh -c "[ $rc -eq 0 ] && [ ! -s stderr ]"
check "search_open: two hits, the text and the item" grep -q '1 of 2' out/01-results.txt
check "search_open: the opened text hit shows the paragraph with the word" \
  grep -q 'A new orthoptist clinic at the hospital' out/02-opened.txt
check "search_open: ... which is far below the top of the section (its heading is scrolled away)" \
  sh -c "! cut -c38- out/02-opened.txt | grep -q 'printed as'"
# roles: row N of the dump is line N+1 of the roles file (its first line is the key)
word_roles() { # DUMP PATTERN WORD: the roles of WORD's cells in the first row matching PATTERN
  local n line col
  n=$(grep -n -m1 -e "$2" "$1.txt" | cut -d: -f1)
  [ -n "$n" ] || return 0
  line=$(sed -n "${n}p" "$1.txt")
  # the dump is UTF-8 and the roles one letter a cell: count columns, not bytes
  col=$(printf '%s' "${line%%"$3"*}" | wc -m)
  [ "$col" -lt "${#line}" ] && sed -n "$((n + 1))p" "$1.roles" | cut -c"$((col + 1))-$((col + ${#3}))"
}
text_word=$(word_roles out/02-opened 'A new orthoptist' orthoptist)
text_other=$(word_roles out/02-opened 'A new orthoptist' clinic)
item_word=$(word_roles out/03-item '│- Open the orthoptist' orthoptist)
check "search_open: the word is drawn in the match role in the text" test "$text_word" = mmmmmmmmmm
check "search_open: ... and the words around it are not" test "$text_other" = ......
check "search_open: the item hit shows the area for improvement" grep -q '│- Open the orthoptist clinic' out/03-item.txt
check "search_open: ... with its word in the match role" test "$item_word" = mmmmmmmmmm
prefix_word=$(word_roles out/04-prefix 'A new orthoptist' orthoptist)
or_word=$(word_roles out/04-prefix 'school or nursery' ' or ')
check "search_open: a prefix query (orthopt*) marks the whole word it matched" test "$prefix_word" = mmmmmmmmmm
check "search_open: ... and FTS5's OR is an operator, not a word to mark" test "$or_word" = ....

# --- the index keeps one copy of the text, and an index of the older schema still searches
check "search_open: the search table reads the sections' text, keeping no copy of its own" \
  sh -c "[ \$(sqlite3 idx.db \"SELECT count(*) FROM sqlite_master WHERE name = 'search_content'\") = 0 ]"
check "search_open: ... and what it found there is what it indexed (FTS5 integrity check)" \
  sqlite3 idx.db "INSERT INTO search(search, rank) VALUES('integrity-check', 1)"
# schema 1: the search table held the text and named the section and item (its own row
# ids are not theirs: here they are 1000 more)
cp idx.db old.db
sqlite3 old.db "
  CREATE VIRTUAL TABLE search1 USING fts5(body, section_id UNINDEXED, item_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2');
  INSERT INTO search1(rowid, body, section_id, item_id) SELECT k + 1000, body, s, i FROM (
    SELECT id AS k, text AS body, id AS s, NULL AS i FROM section WHERE text <> ''
    UNION ALL SELECT id, text, section_id, id FROM item) ORDER BY k;
  DROP TABLE search; DROP VIEW search_text;
  ALTER TABLE search1 RENAME TO search;
  UPDATE meta SET value = '1' WHERE key = 'schema_version';
  PRAGMA user_version = 1;" 2> convert.err
check "search_open: a schema 1 index can be made for the test" test ! -s convert.err
mkdir -p out1
env -i PATH="$PATH" HOME="$T" LC_ALL=C.UTF-8 "$ECMR" browse -i old.db --headless open.keys \
  --dump-dir out1 --size 80x24 > stdout1 2> stderr1; rc=$?
check "search_open: a schema 1 index opens and searches" sh -c "[ $rc -eq 0 ] && [ ! -s stderr1 ]"
check "search_open: ... says on the status line that a rebuild gives better search" \
  grep -q 'an index made by an older ecmr: rebuild it for better search' out1/01-results.txt
check "search_open: ... once: not again at the next search" sh -c "! grep -q 'rebuild it' out1/04-prefix.txt"
"$ECMR" search -i idx.db orthoptist > new.txt
"$ECMR" search -i old.db orthoptist > old.txt 2> old.err; rc=$?
check "search_open: ecmr search reads the schema 1 index's own text: the same lines as the new schema" \
  sh -c "[ $rc -eq 0 ] && [ \$(wc -l < new.txt) -eq 2 ] && grep -q 'orthoptist clinic' new.txt && cmp new.txt old.txt && grep -q 'rebuild it' old.err"
check "search_open: ... with the same hits, screens and roles as the new schema (but that line)" \
  bash -c "diff -r -x '01-results.*' out out1 && diff <(head -23 out/01-results.txt) <(head -23 out1/01-results.txt) &&
    diff <(head -24 out/01-results.roles) <(head -24 out1/01-results.roles)"
