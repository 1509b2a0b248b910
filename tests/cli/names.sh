# Bytes from file names never reach the terminal raw: names holding an
# escape sequence, a newline or invalid UTF-8, given to every message
# `ecmr index` (and inspect) prints about a file.  Each message stays one
# line, names the file with those bytes made '?' (a newline a space), and
# stderr holds no control character but the newlines ending lines.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/names
rm -rf "$T"; mkdir -p "$T/in" "$T/bin"
cd "$T" || exit 1
GOOD=$REPO/tests/cli/data/good-apa.txt

# each hostile stem, and how it must be shown
STEMS=($'esc\e[2J\e]0;title\a' $'new\nline' $'bad\xff\xfeutf8')
SHOWN=('esc?[2J?]0;title?' 'new line' 'bad??utf8')

# one file of each kind of trouble for every stem
for s in "${STEMS[@]}"; do
  : > "in/$s-empty.txt"
  printf '  \n\t\n' > "in/$s-blank.txt"
  printf 'abc\0def\n' > "in/$s-binary.txt"
  printf 'Dear reader,\nThe library opens at nine.\n' > "in/$s-note.txt"
  ln "in/$s-note.txt" "in/$s-same.txt"                  # a hard link: the same file
  printf 'not a pdf\n' > "in/$s-fake.pdf"
  printf '%%PDF-1.4\n' > "in/$s-slow.pdf"
  ln -s "$s-gone.txt" "in/$s-broken.txt"                 # a broken symbolic link
  ln -s /proc/self/mem "in/$s-mem.txt"                   # cannot be read
  mkdir "in/$s-dir"; ln -s .. "in/$s-dir/loop"           # a symbolic link loop
  printf 'Notes.\n' > "$s-notes.db"                      # not an index: refused as -o
  printf 'Read me.\n' > "in/$s-readme.md"               # not a report file: skipped
  printf 'Hidden.\n' > "in/.$s-hidden.txt"             # hidden: skipped
  : > "$s-inspect.txt"                                   # for inspect
done
# a converter that never ends, for the time limit's message
printf '#!/bin/sh\nexec sleep 300\n' > bin/pdftotext; chmod +x bin/pdftotext

missing=() ; for s in "${STEMS[@]}"; do missing+=("$s-missing.txt"); done
PATH=$T/bin:$PATH ECMR_CONVERT_TIMEOUT=1 timeout 120 "$ECMR" index -o "${STEMS[0]}-out.db" in "${missing[@]}" > out 2> err
for s in "${STEMS[@]}"; do
  "$ECMR" index -o "$s-notes.db" in/"$s-note.txt" >> out 2>> err
  "$ECMR" inspect "$s-inspect.txt" >> out 2>> err
done

# the stderr as a whole
if LC_ALL=C grep -q $'[\x01-\x09\x0b-\x1f\x7f]' err; then
  fail "names: no control character reaches stderr" "$(LC_ALL=C grep -c $'[\x01-\x09\x0b-\x1f\x7f]' err) lines hold one"
else
  pass "names: no control character reaches stderr"
fi
check "names: stderr is valid UTF-8" iconv -f UTF-8 -t UTF-8 err

# one_line SHOWN-NAME WHY [OR-WHY]: exactly one line names the file, and says WHY (or OR-WHY)
one_line() {
  local n
  n=$(grep -cF -- "$1" err)
  [ "$n" -eq 1 ] && grep -F -- "$1" err | grep -qF -e "$2" -e "${3:-$2}"
}
for k in 0 1 2; do
  v=${SHOWN[$k]}
  check "names: [$v] empty file"            one_line "in/$v-empty.txt: " "empty file"
  check "names: [$v] white space only"      one_line "in/$v-blank.txt: " "white space"
  check "names: [$v] binary data"           one_line "in/$v-binary.txt: " "binary data"
  check "names: [$v] not recognised"        one_line "in/$v-note.txt: not recognised" "not recognised"
  check "names: [$v] the same file as"      one_line "in/$v-same.txt: " "the same file as in/$v-note.txt"
  check "names: [$v] named .pdf, not a PDF" one_line "in/$v-fake.pdf: " "not a PDF"
  check "names: [$v] the time limit"        one_line "in/$v-slow.pdf: " "did not finish"
  check "names: [$v] broken symbolic link"  one_line "in/$v-broken.txt: " "broken symbolic link"
  # the three links lead to one file: one says it cannot be read, the others that it is the same
  check "names: [$v] cannot be read"        one_line "in/$v-mem.txt: " "cannot read" "the same file as"
  check "names: [$v] symbolic link loop"    one_line "in/$v-dir/loop: " "symbolic link loop"
  check "names: [$v] no such file"          one_line "$v-missing.txt: " "no such file"
  check "names: [$v] not a report file"     one_line "in/$v-readme.md: " "not a report file (.txt or .pdf); skipped"
  check "names: [$v] hidden"                one_line "in/.$v-hidden.txt: " "hidden; skipped"
  check "names: [$v] -o refused"            one_line "$v-notes.db is not an ecmr index" "replaces only"
  check "names: [$v] inspect"               one_line "ecmr: $v-inspect.txt: " "empty file"
done
check "names: the summary names the index" grep -qF "into ${SHOWN[0]}-out.db (" err
exit 0
