# Hostile input for `ecmr index`: each bad file gets one clear message naming
# it, every other file is still indexed, nothing hangs, memory stays bounded.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/hostile
rm -rf "$T"; mkdir -p "$T/in"
cd "$T" || exit 1
GOOD=$REPO/tests/cli/data/good-apa.txt
# Memory bound for the big inputs (not under AddressSanitizer, which reserves terabytes of address space)
case "$ECMR" in *san*) LIMIT="" ;; *) LIMIT="ulimit -v 1000000;" ;; esac

# a fictional APA letter for authority $1 ("Name"), with the lines from stdin
# inserted in its body, after the being healthy section's area for development
letter() {
  cat > "$T/insert"
  sed -e "s/Marlow Vale/$1/g" -e "s/MARLOW VALE/$(echo "$1" | tr '[:lower:]' '[:upper:]')/g" \
      -e "/^- Cut the wait for speech therapy.\$/r $T/insert" "$GOOD"
}

# --- the inputs ---------------------------------------------------------------
cp "$GOOD" in/good.txt
: > in/empty.txt
printf 'Being healthy\0\0\0binary\n' > in/nul.txt
head -c 3000 /dev/urandom > in/random.txt
# Windows-1252: a right single quote as byte 0x92, a pound sign as 0xA3
letter "Ashcombe Wold" </dev/null | sed "s/Clinics open/\xa3 Clinics\x92 open/" > in/cp1252.txt
# invalid UTF-8 sequences in an otherwise UTF-8 file
letter "Barrowmere" </dev/null | sed 's/Clinics open/Clinics \xc3\x28 \xe2\x82 \xf0\x28\x8c\x28 open/' > in/bad-utf8.txt
# a 1 MB line
{ echo; head -c 1048576 /dev/zero | tr '\0' 'a'; echo; } | letter "Carrick Dene" > in/long-line.txt
# a 100,000-line report
{ echo; yes 'The service is improving and partners work well together.' | head -n 100000; } | letter "Dunmore Edge" > in/many-lines.txt
# a list of 10,000 areas for development
seq 1 10000 | sed 's/^/- Improve the timeliness of assessment number /; s/$/./' | letter "Elsworth Marsh" > in/many-items.txt
# a heading repeated thousands of times
for _ in $(seq 1 3000); do printf '\nBeing healthy\n\nGrade 3\n\nThe contribution of services in this aspect is good.\n'; done |
  letter "Fallowfield Cross" > in/repeated-headings.txt
# a FIFO named like a report: must not block the run
mkfifo in/fifo.txt
# unreadable: as root permissions do not stop reading, so a link to a file that cannot be read
if [ "$(id -u)" = 0 ]; then ln -s /proc/self/mem in/unreadable.txt
else cp "$GOOD" in/unreadable.txt; chmod 000 in/unreadable.txt; fi
# a directory of 5,000 files with a symbolic link loop
mkdir -p in/many/sub
for i in $(seq 1 5000); do printf 'A note about lunch, number %d.\n' "$i" > "in/many/note$i.txt"; done
ln -s .. in/many/sub/loop

( eval "$LIMIT" timeout 300 "$ECMR" index -o out.db in ) > out 2> err; rc=$?
check "hostile: the run finishes with exit 1 (some files failed)" test $rc -eq 1
check "hostile: the empty file is named" grep -q "in/empty.txt: empty file" err
check "hostile: NUL bytes are named as binary data" grep -q "in/nul.txt: binary data" err
check "hostile: random bytes are named" grep -q "in/random.txt: " err
check "hostile: the FIFO is named and skipped without blocking" grep -q "in/fifo.txt: not a regular file" err
check "hostile: the unreadable file is named" grep -q "in/unreadable.txt: " err
check "hostile: the symlink loop is named" grep -q "in/many/sub/loop: a symbolic link loop" err
check "hostile: one line per bad file (no flood): at most 5,020 lines for 5,009 bad files" \
  sh -c "[ \$(wc -l < err) -le 5020 ]"
"$ECMR" export -i out.db > export.json 2>/dev/null
for who in "Marlow Vale" "Ashcombe Wold" "Barrowmere" "Carrick Dene" "Dunmore Edge" "Elsworth Marsh" "Fallowfield Cross"; do
  check "hostile: $who's report is indexed despite the others" grep -q "\"authority_short\": \"$who\"" export.json
done
check "hostile: Windows-1252 is read as such (the pound sign)" grep -q '£ Clinics’ open' export.json
check "hostile: Windows-1252's right quote becomes U+2019" grep -q 'Clinics’ open' export.json
check "hostile: 3,000 repeated headings are all sections" \
  sh -c "[ \$(sqlite3 out.db \"select count(*) from section s join report r on r.id = s.report_id join authority a on a.id = r.authority_id where a.short_name = 'Fallowfield Cross' and s.key = 'being-healthy'\") -ge 3000 ]"
check "hostile: the 1 MB line is kept in the text" \
  sh -c "[ \$(sqlite3 out.db \"select max(length(text)) from section\") -ge 1048576 ]"
check "hostile: invalid UTF-8 does not reach the index" sh -c "sqlite3 out.db \"select count(*) from section where text like '%Clinics%open%'\" | grep -q '^[1-9]'"
check "hostile: 10,000 list items are all kept" \
  sh -c "[ \$(sqlite3 out.db \"select count(*) from item where text like 'Improve the timeliness of assessment number %'\") -eq 10000 ]"
check "hostile: the index is sound" sh -c "[ \"\$(sqlite3 out.db 'pragma integrity_check')\" = ok ]"

# --- an output path that cannot be written -------------------------------------
if [ "$(id -u)" = 0 ]; then RO=/proc/ecmr-test-$$/x.db
else mkdir -p ro; chmod 555 ro; RO=ro/x.db; fi
"$ECMR" index -o "$RO" in/good.txt > out 2> err; rc=$?
check "hostile: an unwritable output path exits 3" test $rc -eq 3
check "hostile: ... with a message naming it" grep -q "$(dirname "$RO")" err

# --- a file that changes while it is indexed -------------------------------------
mkdir -p changing
for i in $(seq 1 200); do letter "Greywater $i" </dev/null > "changing/r$i.txt"; done
( for _ in $(seq 1 400); do letter "Greywater 100" </dev/null > changing/r100.txt.new; mv changing/r100.txt.new changing/r100.txt
    : > changing/r150.txt; letter "Greywater 150" </dev/null > changing/r150.txt; done ) &
writer=$!
"$ECMR" index -o changing.db changing > out 2> err; rc=$?
kill $writer 2>/dev/null; wait $writer 2>/dev/null
check "hostile: a file changing under the run does not crash it (exit 0 or 1)" test $rc -le 1
check "hostile: ... and the index is sound" sh -c "[ \"\$(sqlite3 changing.db 'pragma integrity_check')\" = ok ]"
check "hostile: ... with the unchanging files all indexed" \
  sh -c "[ \$(sqlite3 changing.db 'select count(*) from report') -ge 198 ]"
