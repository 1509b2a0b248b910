# Search never freezes the browser, however often its words occur.  A
# section of 1.7 MB with 50,000 occurrences of a word: FTS5's snippet()
# weighs every match against every other (over a minute for this one
# section), and looking for each of a query's words to the end of the text
# from every match made opening and marking it take seconds.  Both must now
# be done in one pass.  The time limit below is a guard against a hang, set
# far above what the run takes (tens of milliseconds, under a second with
# the sanitizers) and far below what it took before (about 40 seconds).
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/search-bounded
mkdir -p "$T"
awk 'BEGIN {
  print "14 November 2007\n\nMarlow Vale Borough Council\n"
  print "2007 ANNUAL PERFORMANCE ASSESSMENT OF SERVICES FOR CHILDREN AND YOUNG PEOPLE IN MARLOW VALE BOROUGH COUNCIL\n"
  print "Overall effectiveness of children'\''s services\n\nGrade 2\n\nThe council delivers the minimum.\n"
  print "Being healthy\n\nGrade 3\n"
  printf "The contribution of services in this aspect is good."
  for (i = 0; i < 50000; i++)
    printf(i % 10 ? " Families said the outreach helped." : " Visits by the outreach team were timely.")
  print "\n\nArea for development\n\n- Cut the wait for speech therapy.\n"
}' > "$T/long.txt"
"$ECMR" index -q -o "$T/long.db" "$T/long.txt" 2>/dev/null
check "search bounded: the long report is indexed" test -s "$T/long.db"

cat > "$T/script" <<'KEYS'
type /outreach
key Enter
dump results
key Enter
dump opened
key j j j G
dump end
key /
type the OR and OR of OR to OR outreach
key Enter
dump many-words
key Enter
key n
dump next
KEYS
timeout 30 "$ECMR" browse -i "$T/long.db" --headless "$T/script" --dump-dir "$T" --size 80x24 2>"$T/err"
rc=$?
check "search bounded: a word 50,000 times in one section does not freeze the browser (exit $rc)" test $rc -eq 0

# what the screens show is still right: the match is marked in its snippet
# (the role letter m), the opened section is the one with the words
# (rows 2-3 the report's heading, 4-5 the hit: its section, its snippet)
check "search bounded: the results list the long section under its report" \
  sh -c "grep -q '^ Marlow Vale 2007 APA: 1 hit\$' '$T/results.txt' && grep -q '^>  Being healthy' '$T/results.txt'"
check "search bounded: its snippet shows the word" sh -c "sed -n 6p '$T/results.txt' | grep -q outreach"
check "search bounded: ... marked as a match" sh -c "sed -n 7p '$T/results.roles' | grep -q m"
check "search bounded: Enter opens it" sh -c "head -1 '$T/opened.txt' | grep -q 'Being healthy'"
check "search bounded: the words are marked in the opened section" grep -q m "$T/opened.roles"
check "search bounded: a query of common words lists its hits" grep -q '3 hits' "$T/many-words.txt"
