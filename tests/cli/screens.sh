# Headless screen tests: every tests/screens/*.keys script is run and its
# dumps compared with tests/screens/expected/ (see tests/screens/README.md),
# then properties that hold whatever the expected files say are checked.
. "$(dirname "$0")/../lib.sh"
SCREENS=$REPO/tests/screens
DB=$TESTS_OUT/screens.db
"$ECMR" index -q -o "$DB" "$SCREENS/data" 2> "$TESTS_OUT/screens-index.err"
check "screens: the test reports index" test -s "$DB"

# run_script NAME: run tests/screens/NAME.keys into $TESTS_OUT/screens/NAME
run_script() {
  local script=$SCREENS/$1.keys out=$TESTS_OUT/screens/$1
  local envs args
  envs=$(sed -n 's/^#env: //p' "$script")
  args=$(sed -n 's/^#args: //p' "$script")
  rm -rf "$out"; mkdir -p "$out"
  # a clean environment: only what the script asks for
  # shellcheck disable=SC2086
  env -i PATH="$PATH" HOME="$TESTS_OUT" PAGER=cat $envs \
    "$ECMR" browse -i "$DB" --headless "$script" --dump-dir "$out" $args \
    > "$out/stdout" 2> "$out/stderr"
}

for script in "$SCREENS"/*.keys; do
  name=$(basename "$script" .keys)
  run_script "$name"; rc=$?
  check "screens/$name: the script runs (exit 0, nothing on stderr)" \
    sh -c "[ $rc -eq 0 ] && [ ! -s '$TESTS_OUT/screens/$name/stderr' ]"
  if [ "${UPDATE_SCREENS:-}" = 1 ]; then
    rm -rf "$SCREENS/expected/$name"; mkdir -p "$SCREENS/expected/$name"
    cp "$TESTS_OUT/screens/$name"/*.txt "$TESTS_OUT/screens/$name"/*.roles "$SCREENS/expected/$name/"
  fi
  for want in "$SCREENS/expected/$name"/*; do
    [ -e "$want" ] || { fail "screens/$name" "no expected dumps (run with UPDATE_SCREENS=1 and review)"; break; }
    got=$TESTS_OUT/screens/$name/$(basename "$want")
    if diff -u "$want" "$got" > "$got.diff" 2>&1; then
      pass "screens/$name/$(basename "$want")"
    else
      fail "screens/$name/$(basename "$want")" "differs from the expected dump:"
      head -40 "$got.diff" | sed 's/^/    /'
    fi
  done
done

O=$TESTS_OUT/screens
# roles_of_line DUMP TEXT-PATTERN ROLES-PATTERN: the row of DUMP.txt that
# matches TEXT-PATTERN has roles matching ROLES-PATTERN in DUMP.roles (whose
# first line is the key, so row N is line N+1).
roles_of_line() {
  local n
  n=$(grep -n -m1 -e "$2" "$1.txt" | cut -d: -f1)
  [ -n "$n" ] && sed -n "$((n + 1))p" "$1.roles" | grep -q -e "$3"
}
# --- properties -------------------------------------------------------------
check "screens: a C locale draws only ASCII" \
  sh -c "! LC_ALL=C grep -q -P '[^\\x00-\\x7f]' $O/clocale/01-ascii.txt $O/clocale/02-ascii-wide.txt"
check "screens: the C locale shows report punctuation as ASCII quotes and dashes" \
  grep -q '"listened to" -' "$O/clocale/01-ascii.txt"
check "screens: UTF-8 keeps the report's punctuation" \
  grep -q '“listened to” –' "$O/wide/03-punctuation.txt"
for d in "$O"/*/; do
  for f in "$d"*.txt; do
    [ -e "$f" ] || continue
    check "screens: $(basename "$d")/$(basename "$f") holds no control characters" \
      sh -c "! LC_ALL=C grep -q -P '[\\x00-\\x08\\x0b-\\x1f\\x7f]' '$f'"
  done
done
check "screens: after resizing away and back the screen is the same" \
  cmp "$O/resize/01-before.txt" "$O/resize/04-after.txt"
check "screens: after resizing away and back the roles are the same" \
  cmp "$O/resize/01-before.roles" "$O/resize/04-after.roles"
check "screens: 40x12 fits (12 lines, none wider than 40 columns)" \
  sh -c "[ \$(wc -l < $O/resize/02-40x12.txt) -eq 12 ] && ! awk 'NR > 1 && length(\$0) > 40 { bad=1 } END { exit !bad }' $O/resize/02-40x12.roles"
check "screens: 80x24 shows a breadcrumb line naming the authority and report" \
  grep -q '^ecmr › Marlow Vale › 2010 SLAC › Being healthy (looked after children)' "$O/nav/02-second-authority.txt"
check "screens: 160 columns show four panes" \
  sh -c "sed -n 2p $O/wide/01-four-panes.txt | grep -q 'Authorities.*Reports.*Sections.*Section'"
check "screens: NO_COLOR gives no colours" \
  sh -c "! grep -Eq 'fg=[0-9]|bg=[0-9]' $O/nocolor/01-strengths.styles"
check "screens: NO_COLOR still tells strengths from areas for improvement" \
  sh -c "[ \"\$(grep '^strength ' $O/nocolor/01-strengths.styles | cut -d' ' -f4-)\" != \"\$(grep '^improvement ' $O/nocolor/01-strengths.styles | cut -d' ' -f4-)\" ]"
check "screens: with colours, strengths and areas for improvement differ in colour" \
  sh -c "[ \"\$(grep '^strength ' $O/nav/01-start.styles)\" != \"\$(grep '^improvement ' $O/nav/01-start.styles | sed s/^improvement/strength/)\" ]"
# a strength line in the section pane: the '+' marker and the strength role together
check "screens: a strength is marked '+' and drawn in the strength role" \
  roles_of_line "$O/nocolor/01-strengths" '│+ Dental health of five-year-olds' '|+.++++++++++++++++'
check "screens: an area for improvement is marked '-' and drawn in the improvement role" \
  roles_of_line "$O/nocolor/01-strengths" '│- Waiting times for child' '|-.---------------'
check "screens: a recommendation is marked '>' in the recommendation role" \
  roles_of_line "$O/search/05-item-hit" '│> For immediate action' '|r.'
check "screens: the judgement word is drawn in its judgement's role" \
  roles_of_line "$O/nocolor/01-strengths" '│  Good$' '|..GGGG'
check "screens: the cursor row of the focused pane is in the cursor role" \
  roles_of_line "$O/nav/03-sections" '^>LAC: Being healthy' '^CCCCCCCCCCCCCCCCCC'
check "screens: search matches are drawn in the match role" \
  roles_of_line "$O/search/02-results" 'Too few care leavers' '\.mmmm\.mmmmmmm\.'
check "screens: help lists every key's help text" \
  sh -c "grep -q 'previous report, same section' $O/help/01-help.txt && grep -q 'a strength' $O/help/02-help-end.txt"
