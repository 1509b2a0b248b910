# What is typed or pasted into the search and filter prompts is kept up to
# their room (1023 bytes for a search, 63 for the filter); past it, the
# prompt says so ("search cut at N characters") and, for a search, so does
# the status line once it has run.  A character is kept whole or not at
# all.  (A pasted query used to be cut silently at 127 bytes.)
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/prompt_cut
rm -rf "$T"; mkdir -p "$T"
cd "$T" || exit 1
export LC_ALL=C.UTF-8
"$ECMR" index -q -o idx.db "$REPO/tests/screens/data" 2>/dev/null
# N copies of the character C
times() { local s="" i; for ((i = 0; i < $1; i++)); do s+=$2; done; printf '%s' "$s"; }
# search NAME QUERY: the search run, dumped as NAME, and back to the panes
search() { printf 'key /\ntype %s\ndump %s-prompt\nkey Enter\ndump %s\nkey Esc Esc\n' "$2" "$1" "$1"; }
# the number of hits a results dump shows ("1 of N")
hits() { sed -n '2s/.* 1 of \([0-9]*\).*/\1/p' "$1.txt"; }

{ search children children
  search both "children health"
  # 598 bytes: fits whole, so health is searched for too (it was past the old cut)
  search long "children$(times 584 ' ')health"
  # 1100 bytes: the first 1023 are kept, and health is past them
  search cut "children$(times 1086 ' ')health"
  # 1022 bytes and a two-byte character: no room for the whole of it, so none of it
  printf 'key /\ntype %s\xc3\xa9\ndump utf8\nkey C-u\ndump cleared\nkey Esc Esc\n' "$(times 1022 b)"
  # the filter: 70 bytes typed into its 63
  printf 'key f\ntype %s\ndump filter\nkey Esc\n' "$(times 70 a)"
  printf 'key q\n'
} > keys
"$ECMR" browse -i idx.db --headless keys --dump-dir . --size 100x20 > out 2> err; rc=$?
check "prompt_cut: the script runs" sh -c "[ $rc -eq 0 ] && [ ! -s err ]"
check "prompt_cut: 'children health' finds fewer than 'children' (else the test shows nothing)" \
  test "$(hits both)" -lt "$(hits children)" -a "$(hits both)" -gt 0

check "prompt_cut: a 598-byte search is kept whole: its last word counts ($(hits long) hits)" \
  test "$(hits long)" = "$(hits both)"
check "prompt_cut: ... and nothing says it was cut" sh -c "! grep -q 'cut at' long-prompt.txt long.txt"
check "prompt_cut: 1100 bytes: the prompt says the search was cut at 1023 characters" \
  sh -c "tail -n 1 cut-prompt.txt | grep -q 'search cut at 1023 characters'"
check "prompt_cut: ... the status line says so once it ran" \
  sh -c "tail -n 1 cut.txt | grep -q 'search cut at 1023 characters'"
check "prompt_cut: ... and the word past the cut was not searched for ($(hits cut) hits)" \
  test "$(hits cut)" = "$(hits children)"
check "prompt_cut: a two-byte character with one byte of room is left out whole (cut at 1022)" \
  sh -c "tail -n 1 utf8.txt | grep -q 'search cut at 1022 characters' && ! tail -n 1 utf8.txt | grep -q \"\$(printf '\\xc3')\""
check "prompt_cut: C-u clears the text and the note" \
  sh -c "tail -n 1 cleared.txt | grep -q '^Search: _' && ! grep -q 'cut at' cleared.txt"
check "prompt_cut: the filter says it was cut at 63 characters" \
  sh -c "tail -n 1 filter.txt | grep -q 'filter cut at 63 characters'"
rm -rf "$T"
