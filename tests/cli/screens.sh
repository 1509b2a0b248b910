# Headless screen tests: every tests/screens/*.keys script is run and its
# dumps compared with tests/screens/expected/ (see tests/screens/README.md),
# then properties that hold whatever the expected files say are checked.
. "$(dirname "$0")/../lib.sh"
SCREENS=$REPO/tests/screens
DB=$TESTS_OUT/screens.db
"$ECMR" index -q -o "$DB" "$SCREENS/data" 2> "$TESTS_OUT/screens-index.err"
check "screens: the test reports index" test -s "$DB"

# run_script NAME: run tests/screens/NAME.keys into $TESTS_OUT/screens/NAME,
# on the index of data/, or of the directory a "#data: DIR" line names
# (relative to the repository: the grids' scripts use sample-reports/)
run_script() {
  local script=$SCREENS/$1.keys out=$TESTS_OUT/screens/$1
  local envs args data db=$DB
  envs=$(sed -n 's/^#env: //p' "$script")
  args=$(sed -n 's/^#args: //p' "$script")
  data=$(sed -n 's/^#data: //p' "$script")
  if [ -n "$data" ]; then
    db=$TESTS_OUT/screens-$(echo "$data" | tr -c 'a-z0-9\n' -).db
    [ -s "$db" ] || "$ECMR" index -q -o "$db" "$REPO/$data" 2>> "$TESTS_OUT/screens-index.err"
  fi
  # a "#state: NAME" header: the state directory shared by the scripts that
  # name it (in name order: a first session's history, the second's recall)
  local state; state=$(sed -n 's/^#state: //p' "$script")
  state=${state:+shared-$state}
  rm -rf "$out"; [ -n "$state" ] || rm -rf "$TESTS_OUT/state/$1"; mkdir -p "$out"
  # a clean environment: only what the script asks for, and marks of its own
  # (each script starts with none, whatever the scripts before it marked)
  # shellcheck disable=SC2086
  env -i PATH="$PATH" HOME="$TESTS_OUT" PAGER=cat XDG_STATE_HOME="$TESTS_OUT/state/${state:-$1}" $envs \
    "$ECMR" browse -i "$db" --headless "$script" --dump-dir "$out" $args \
    > "$out/stdout" 2> "$out/stderr"
}

for script in "$SCREENS"/*.keys; do
  name=$(basename "$script" .keys)
  run_script "$name"; rc=$?
  # a "#stderr: TEXT" header: the run warns, and its stderr holds TEXT
  want_err=$(sed -n 's/^#stderr: //p' "$script")
  if [ -n "$want_err" ]; then
    check "screens/$name: the script runs (exit 0, stderr says: $want_err)" \
      sh -c "[ $rc -eq 0 ] && grep -qF -- '$want_err' '$TESTS_OUT/screens/$name/stderr'"
  else
    check "screens/$name: the script runs (exit 0, nothing on stderr)" \
      sh -c "[ $rc -eq 0 ] && [ ! -s '$TESTS_OUT/screens/$name/stderr' ]"
  fi
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
# text_half DUMP: the section pane, right of the last border in the first
# row of panes (the roles dump has a letter for every cell, '|' for a
# border), has at least half the screen's columns
text_half() {
  awk 'NR == 3 { cols = length($0); border = 0
    for (i = 1; i <= cols; i++) if (substr($0, i, 1) == "|") border = i
    exit !(border && (cols - border) * 2 >= cols - 1) }' "$1"
}
check "screens: at 60x20 the section text has at least half the width" text_half "$O/resize/02a-60x20.roles"
check "screens: at 80x24 the section text has at least half the width" text_half "$O/resize/01-before.roles"
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
check "screens: a paragraph's printed number stands in the margin before its text" \
  grep -q '│  10 Elected members' "$O/citations/01-margin.txt"
check "screens: ... in the dim role, the text after it in the normal one" \
  roles_of_line "$O/citations/01-margin" '│  10 Elected members' '|\.\.dd\.\.\.\.'
check "screens: ... and the lines it wraps onto keep the margin, with no number" \
  grep -q '│     response to domestic' "$O/citations/01-margin.txt"
check "screens: the mono theme tells the dim role apart by its attribute" \
  grep -Eq '^dim fg=default bg=default .*dim' "$O/citations/01-margin.styles"
# the search history after both history scripts: the first ran "care
# leavers", "children", "care leavers" (its recall dumps show that order);
# the second ran "children" again, which moved to the end, once
check "screens: the search history file holds the searches, newest last, once each" \
  sh -c "printf 'ecmr history 1\\ncare leavers\\nchildren\\n' | cmp -s - '$TESTS_OUT/state/shared-history/ecmr/history'"
check "screens: ... written whole, mode 0600" \
  sh -c "[ \"\$(stat -c %a '$TESTS_OUT/state/shared-history/ecmr/history')\" = 600 ]"
check "screens: help lists every key's help text" \
  sh -c "grep -q 'previous report, same section' $O/help/01-help.txt && grep -q 'a strength' $O/help/02-help-end.txt"

# --- themes -----------------------------------------------------------------
# theme_styles NAME 'VAR=VALUE...' ARGS...: run a one-dump script in that
# environment with those options; the styles land in $O/theme-NAME.styles
theme_styles() {
  local name=$1 envs=$2; shift 2
  printf 'dump theme-%s\n' "$name" > "$O/theme.keys"
  # shellcheck disable=SC2086
  env -i PATH="$PATH" HOME="$TESTS_OUT/home" LC_ALL=C.UTF-8 $envs \
    "$ECMR" browse -i "$DB" --headless "$O/theme.keys" --dump-dir "$O" "$@" 2> "$O/theme-$name.err"
}
mkdir -p "$TESTS_OUT/home"
theme_styles default ""
theme_styles light ECMR_THEME=light
theme_styles mono-option "" --theme=mono
check "themes: ECMR_THEME=light changes the colours" \
  sh -c "! cmp -s $O/theme-default.styles $O/theme-light.styles"
check "themes: --theme mono leaves no colours" sh -c "! grep -Eq 'fg=[0-9]|bg=[0-9]' $O/theme-mono-option.styles"
check "themes: a theme by name needs no warning" test ! -s "$O/theme-light.err"
theme_styles eight "" --colors 8
check "themes: 8-colour terminals get colours 0-7 only" \
  sh -c "grep -Eq 'fg=[0-7]( |\$)' $O/theme-eight.styles && ! grep -Eq '(fg|bg)=([89]|[1-9][0-9])' $O/theme-eight.styles"
printf 'colors:\n  strength: { fg: chartreuse }\n' > "$O/bad.yaml"
theme_styles bad "" "--theme=$O/bad.yaml" --size 300x24 # the whole path on the status line
check "themes: a bad theme file is named with its line in a warning" grep -q "bad.yaml:2:" "$O/theme-bad.err"
check "themes: ... and the default theme is used" cmp "$O/theme-default.styles" "$O/theme-bad.styles"
theme_styles missing "" --theme=nosuchtheme
check "themes: an unknown theme name gets a warning naming it" grep -q 'nosuchtheme' "$O/theme-missing.err"
check "themes: ... which the status line of the first screen shows too" \
  sh -c "tail -n 1 '$O/theme-missing.txt' | grep -q '^ theme \"nosuchtheme\" not found'"
check "themes: a bad theme file's warning is on the status line of the first screen" \
  sh -c "tail -n 1 '$O/theme-bad.txt' | grep -q '/bad.yaml:2: bad colour \"chartreuse\"'"
mkdir -p "$TESTS_OUT/xdg/ecmr/themes"
printf 'colors:\n  strength: { fg: 201 }\n' > "$TESTS_OUT/xdg/ecmr/themes/mine.yaml"
theme_styles xdg "ECMR_THEME=mine XDG_CONFIG_HOME=$TESTS_OUT/xdg"
check "themes: a theme in \$XDG_CONFIG_HOME/ecmr/themes is found by name" grep -q '^strength fg=201' "$O/theme-xdg.styles"
