# Opening the browser at a place, `ecmr [-i INDEX] AUTHORITY [YEAR|TYPE|
# YEAR-TYPE] [SECTION]`, read as `ecmr show` reads it; a place that matches
# nothing said before the screen is touched, with the nearest names, exit 1;
# a command word still a command; and `ecmr --resume` across two runs
# (the state file under this test's own XDG_STATE_HOME).  On the fictional
# sample reports: Kelderby has 2006-apa, 2007-apa, 2008-apa, 2008-jar and
# 2011-slac, then the later 2012-lac, 2016-sif and 2018-ilacs (their file
# names); the 2008 JAR has a Safeguarding section.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/open-place
mkdir -p "$T/out"
export XDG_STATE_HOME=$T/state
DB=$T/s.db
"$ECMR" index -q -o "$DB" "$REPO/sample-reports" 2>/dev/null
RESUME=$XDG_STATE_HOME/ecmr/resume

# at PLACE...: the browser headless at a place; the first screen in $T/out/at.txt, stderr in $T/err
at() {
  printf 'dump at\nkey q\n' > "$T/keys"
  rm -f "$T/out/at.txt"
  "$ECMR" -i "$DB" "$@" --headless "$T/keys" --dump-dir "$T/out" --size 120x24 2> "$T/err"
}
at kelderby; rc=$?
check "place: AUTHORITY opens on its newest report" \
  sh -c "[ $rc -eq 0 ] && head -1 '$T/out/at.txt' | grep -q '^ecmr › Kelderby › 2018 '"
at KELDERBY jar
check "place: AUTHORITY TYPE (any case)" sh -c "head -1 '$T/out/at.txt' | grep -q '^ecmr › Kelderby › 2008 Joint area review'"
at kelderby 2007
check "place: AUTHORITY YEAR" sh -c "head -1 '$T/out/at.txt' | grep -q '^ecmr › Kelderby › 2007 Annual performance assessment'"
at kelderby 2008-jar safeguarding
check "place: AUTHORITY YEAR-TYPE SECTION" \
  sh -c "head -1 '$T/out/at.txt' | grep -q '^ecmr › Kelderby › 2008 Joint area review › Safeguarding$'"
check "place: ... with the section's text on screen" grep -q 'Section' "$T/out/at.txt"
at kelderby 2008-apa 2
check "place: an outcome number as the section" \
  sh -c "head -1 '$T/out/at.txt' | grep -q '^ecmr › Kelderby › 2008 Annual performance assessment › Staying safe$'"
# (the 2011 SLAC's heading for staying safe, its line 117)
at kelder 2011 staying-safe:safeguarding
check "place: AUTHORITY YEAR SECTION (part of a name, key:scope): that report's section" \
  sh -c "head -1 '$T/out/at.txt' | grep -q '^ecmr › Kelderby › 2011 .* › Children and young people are safe and feel safe (safeguarding)'"
"$ECMR" browse -i "$DB" kelderby 2008-jar --headless "$T/keys" --dump-dir "$T/out" --size 120x24 2> "$T/err"
check "place: ecmr browse takes a place too" sh -c "head -1 '$T/out/at.txt' | grep -q '^ecmr › Kelderby › 2008 Joint area review'"

# nothing matched: exit 1 before the screen is touched (no terminal here:
# the browser would have said it needs one, exit 2), the nearest names said
"$ECMR" -i "$DB" nowhere > "$T/out/stdout" 2> "$T/err"; rc=$?
check "place: an unknown authority exits 1" test $rc -eq 1
check "place: ... naming it and the authorities there are" \
  sh -c "grep -q 'no authority called \"nowhere\" in the index; it has: Ashcombe, ' '$T/err' && grep -q Kelderby '$T/err'"
check "place: ... and that it is no command either" grep -q "'nowhere' is not a command either" "$T/err"
check "place: ... with nothing on standard output" test ! -s "$T/out/stdout"
"$ECMR" -i "$DB" kelderby 2001 > /dev/null 2> "$T/err"; rc=$?
# (by date: the 2008 JAR was published on 1 July, the 2008 APA letter is of 22 December)
check "place: a report it does not have exits 1 and lists those it has" \
  sh -c "[ $rc -eq 1 ] && grep -q 'Kelderby has no such report; its reports: 2006-apa, 2007-apa, 2008-jar, 2008-apa, 2011-slac' '$T/err'"
"$ECMR" -i "$DB" kelderby 2008 > /dev/null 2> "$T/err"; rc=$?
check "place: a year with two reports exits 1 and names both" \
  sh -c "[ $rc -eq 1 ] && grep -q '2008-apa' '$T/err' && grep -q '2008-jar' '$T/err'"
"$ECMR" -i "$DB" kelderby 2008-jar staying-safe > /dev/null 2> "$T/err"; rc=$?
check "place: a section the report lacks exits 1 and lists the sections it has" \
  sh -c "[ $rc -eq 1 ] && grep -q 'no section \"staying-safe\" in this report; it has: .*safeguarding' '$T/err'"

# more authorities than a message lists: the nearest by spelling, nearest first
mkdir -p "$T/many"
for name in Abbotsmere Brindlecombe Carrowfield Dunsworth Elmbridge-on-Tare Fennick Gorsby Hallowmoor \
    Ivelstone Jarrowby Kestlewick Lindhollow Mortonbury Nettlecombe Oxenwold Pellinghurst "Quillon Heath"; do
  up=$(printf '%s' "$name" | tr a-z A-Z)
  sed -e "s/Marlow Vale/$name/g" -e "s/MARLOW VALE/$up/g" "$REPO/tests/cli/data/good-apa.txt" \
    > "$T/many/$(printf '%s' "$name" | tr ' A-Z' '-a-z').txt"
done
"$ECMR" index -q -o "$T/many.db" "$T/many" 2>/dev/null
"$ECMR" -i "$T/many.db" 'quilon heth' > /dev/null 2> "$T/err"; rc=$?
check "place: among 17 authorities, a misspelt one exits 1" test $rc -eq 1
check "place: ... listing the nearest first" grep -q 'no authority called "quilon heth" in the index; the nearest of its 17: Quillon Heath, ' "$T/err"
check "place: ... and only a few of them" sh -c "[ \$(head -1 '$T/err' | grep -o ', ' | wc -l) -eq 5 ]"

# a command word is still a command, whatever the index holds
"$ECMR" show -i "$DB" kelderby 2008-jar safeguarding > "$T/out/show" 2> "$T/err"; rc=$?
check "place: 'show' is still the command" sh -c "[ $rc -eq 0 ] && grep -q '^Safeguarding' '$T/out/show'"
"$ECMR" index -q -o "$T/again.db" "$REPO/sample-reports" 2> "$T/err"; rc=$?
check "place: 'index' is still the command" sh -c "[ $rc -eq 0 ] && [ -s '$T/again.db' ]"

# --history takes a place the same way
at --history kelderby 2008-jar
check "place: --history AUTHORITY REPORT opens that authority's history grid" \
  sh -c "head -1 '$T/out/at.txt' | grep -q '^ecmr › Kelderby › history'"

# --resume: where the user was when they last quit this index
rm -rf "$XDG_STATE_HOME"
printf 'dump first\nkey q\n' > "$T/keys"
"$ECMR" -i "$DB" --resume --headless "$T/keys" --dump-dir "$T/out" --size 120x24 2> "$T/err"
check "resume: nothing remembered yet opens on the authority list and says so" \
  sh -c "head -1 '$T/out/first.txt' | grep -q '^ecmr › Ashcombe' && tail -1 '$T/out/first.txt' | grep -q 'nothing remembered for this index yet'"
# another section (S-Tab to the sections, j), then its text scrolled two lines (Tab, j j)
printf 'key S-Tab\nkey j\nkey Tab\nkey j j\ndump left\nkey q\n' > "$T/keys"
"$ECMR" -i "$DB" kelderby 2008-jar safeguarding --headless "$T/keys" --dump-dir "$T/out" --size 120x24 2> "$T/err"
check "resume: quitting writes the state file" test -s "$RESUME"
printf 'dump back\nkey q\n' > "$T/keys"
"$ECMR" -i "$DB" --resume --headless "$T/keys" --dump-dir "$T/out" --size 120x24 2> "$T/err"
check "resume: the second run opens on Kelderby's 2008 JAR, not the authority list" \
  sh -c "head -1 '$T/out/back.txt' | grep -q '^ecmr › Kelderby › 2008 Joint area review › ' && ! head -1 '$T/out/back.txt' | grep -q 'Safeguarding\$'"
check "resume: ... the very screen the first was left on: section, focus, the text's scroll" \
  cmp "$T/out/back.txt" "$T/out/left.txt"
"$ECMR" -i "$DB" --headless "$T/keys" --dump-dir "$T/out" --size 120x24 2> "$T/err"
check "resume: without --resume the browser opens on the authority list" \
  sh -c "head -1 '$T/out/back.txt' | grep -q '^ecmr › Ashcombe'"

# the index rebuilt without that report: as near as can be, and said
mkdir -p "$T/fewer"
cp "$REPO"/sample-reports/*.txt "$T/fewer/"
rm "$T/fewer/kelderby-2008-jar.txt"
"$ECMR" -i "$DB" kelderby 2008-jar safeguarding --headless "$T/keys" --dump-dir "$T/out" --size 120x24 2> "$T/err"
"$ECMR" index -q -o "$T/fewer.db" "$T/fewer" 2>/dev/null && mv "$T/fewer.db" "$DB"
"$ECMR" -i "$DB" --resume --headless "$T/keys" --dump-dir "$T/out" --size 120x24 2> "$T/err"
check "resume: a report no longer there: its authority, and a notice" \
  sh -c "head -1 '$T/out/back.txt' | grep -q '^ecmr › Kelderby' && tail -1 '$T/out/back.txt' | grep -q 'no longer in this index'"

# one line an index, the most recent first, at most 20; paths with a tab kept whole
for i in $(seq 1 22); do
  cp "$DB" "$T/copy $i	tab.db"
  "$ECMR" -i "$T/copy $i	tab.db" kelderby 2007 --headless "$T/keys" --dump-dir "$T/out" --size 120x24 2>/dev/null
done
check "resume: at most 20 indexes remembered" sh -c "[ \$(sed 1d '$RESUME' | wc -l) -eq 20 ]"
check "resume: ... the oldest dropped" \
  sh -c "! grep -qF 'copy 1\x09' '$RESUME' && ! grep -qF 'copy 2\x09' '$RESUME' && grep -qF 'copy 3\x09' '$RESUME'"
"$ECMR" -i "$T/copy 22	tab.db" --resume --headless "$T/keys" --dump-dir "$T/out" --size 120x24 2> "$T/err"
check "resume: an index whose path holds a tab is found again" \
  sh -c "head -1 '$T/out/back.txt' | grep -q '^ecmr › Kelderby › 2007 Annual performance assessment'"

# a damaged file: set aside with a message, the authority list, and written afresh on quit
printf 'ecmr-resume 1\nnot a line of ours\n' > "$RESUME"
"$ECMR" -i "$DB" --resume --headless "$T/keys" --dump-dir "$T/out" --size 120x24 2> "$T/err"; rc=$?
check "resume: a damaged file is said on stderr" sh -c "[ $rc -eq 0 ] && grep -q 'resume is damaged: set aside as .*resume.damaged-1' '$T/err'"
check "resume: ... and on the status line" grep -q 'is damaged' "$T/out/back.txt"
check "resume: ... kept as it was under the new name" grep -qx 'not a line of ours' "$RESUME.damaged-1"
check "resume: ... the browser on the authority list" sh -c "head -1 '$T/out/back.txt' | grep -q '^ecmr › Ashcombe'"
check "resume: ... and a good file written on quitting" sh -c "head -1 '$RESUME' | grep -qx 'ecmr-resume 1'"

"$ECMR" -i "$DB" --resume kelderby > /dev/null 2> "$T/err"; rc=$?
check "resume: --resume with a place is a usage error" test $rc -eq 2
