# The manual page against the program: it formats without warnings, and it
# documents every subcommand --help lists, every key the help screen lists,
# and the version --version prints.
. "$(dirname "$0")/../lib.sh"
cd "$TESTS_OUT" || exit 1
SRC=$OLDPWD
MAN=$SRC/man/ecmr.1

if [ ! -f "$MAN" ]; then
  fail "man page exists" "$MAN is missing"
  exit 0
fi

# --- groff lint ------------------------------------------------------------
if command -v groff > /dev/null 2>&1; then
  groff -man -ww -z "$MAN" > lint 2>&1
  if [ $? -eq 0 ] && [ ! -s lint ]; then
    pass "man: groff -man -ww -z prints nothing"
  else
    fail "man: groff -man -ww -z prints nothing" "$(head -n 3 lint | tr '\n' ' ')"
  fi
else
  skip "man: groff lint" "groff is not installed (apt-get install groff-base)"
fi

# The text of one section of the man page (.SH NAME up to the next .SH),
# with font escapes and roff's \- turned back into plain characters.
man_section() {
  awk -v want="$1" '
    /^\.SH / { on = ($0 == ".SH " want || $0 == ".SH \"" want "\"") ; next }
    on' "$MAN" | sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\&//g'
}
man_section COMMANDS > commands.txt
man_section KEYS > keys.txt
check "man: has a COMMANDS section" test -s commands.txt
check "man: has a KEYS section" test -s keys.txt

# --- every subcommand --help lists is documented ---------------------------
"$ECMR" --help > help.txt
subs=$(sed -n 's/^  ecmr \([a-z][a-z-]*\) .*/\1/p' help.txt)
check "--help lists subcommands" test -n "$subs"
for c in $subs; do
  if grep -Eq "^\.(B|BR|TP) .*\b$c\b|^\.B $c( |$)" commands.txt; then
    pass "man: documents the command '$c'"
  else
    fail "man: documents the command '$c'" "no .B $c entry in COMMANDS"
  fi
done

# --- every option is in --help and the manual ------------------------------
# The long options of each command's getopt table (src/cli/cmd_NAME.c) are
# described by `ecmr NAME --help` and by NAME's entry in COMMANDS.  The
# browser's test options are the exception: README "For developers" has
# them, and neither --help nor the manual.
dev_only=" headless size dump-dir colors "
awk '/^## For developers/ { f = 1; next } /^## / { f = 0 } f' "$REPO/README.md" > readme-dev.txt
for src in "$SRC"/src/cli/cmd_*.c; do
  cmd=$(basename "$src" .c); cmd=${cmd#cmd_}
  opts=$(grep -o '{ "[a-z][a-z-]*", [a-z]*_argument' "$src" | sed 's/^{ "\([^"]*\)".*/\1/')
  if [ -z "$opts" ]; then
    fail "options: $cmd has a getopt table" "no struct option rows in $src"
    continue
  fi
  "$ECMR" "$cmd" --help > "help-$cmd.txt" 2>&1
  # NAME's entry in COMMANDS: from its ".B NAME \fR" heading to the next command's
  awk -v c="$cmd" '/^\.B [a-z]+ \\fR/ { on = ($2 == c) } on' "$MAN" | sed -e 's/\\-/-/g' > "man-$cmd.txt"
  for o in $opts; do
    if [ "${dev_only#* $o }" != "$dev_only" ]; then
      check "options: $cmd --$o is in README \"For developers\"" grep -q -- "--$o " readme-dev.txt
      check "options: $cmd --$o is not in its --help" sh -c "! grep -q -- '--$o' help-$cmd.txt"
      check "options: $cmd --$o is not in ecmr --help" sh -c "! grep -q -- '--$o' help.txt"
      check "options: $cmd --$o is not in the manual" sh -c "! sed 's/\\\\-/-/g' '$MAN' | grep -q -- '--$o'"
    else
      check "options: $cmd --help describes --$o" grep -Eq -- "--$o( |,|\$)" "help-$cmd.txt"
      check "man: $cmd documents --$o" grep -Eq -- "--$o( |,|\"|\$)" "man-$cmd.txt"
    fi
  done
done

# --- every key on the help screen is in KEYS -------------------------------
"$ECMR" index -q -o idx.db "$SRC"/tests/cli/data > /dev/null 2>&1
printf 'key ?\ndump help\n' > script
mkdir -p dump
LC_ALL=C.UTF-8 "$ECMR" browse -i idx.db --headless script --dump-dir dump --size 120x200 > /dev/null 2> err
rc=$?
check "help screen: headless dump" test $rc -eq 0 -a -s dump/help.txt
# Key lines are indented three spaces: the key names, two or more spaces, the
# help text.  The legend of markers after them lists no keys.
sed '/^ Markers and judgements/,$d' dump/help.txt > key-lines
sed -n 's/^   \([^ ]\(.*[^ ]\)\{0,1\}\)  \+[^ ].*/\1/p' key-lines | tr ' ' '\n' | sort -u > screen-keys
check "help screen: lists keys (at least 20)" test "$(wc -l < screen-keys)" -ge 20
# KEYS as one line of words, split at the punctuation .BR puts between keys.
tr '\n' ' ' < keys.txt | sed -e 's/"[^"]*"/ & /g' -e 's/[",]/ /g' | tr ' ' '\n' | sort -u > man-keys
missing=""
while read -r k; do
  grep -qxF -- "$k" man-keys || missing="$missing $k"
done < screen-keys
if [ -z "$missing" ]; then
  pass "man: KEYS has every key on the help screen"
else
  fail "man: KEYS has every key on the help screen" "missing:$missing"
fi
# and every help text from the key table, word for word
missing=""
while IFS= read -r text; do
  grep -qF -- "$text" keys.txt || missing="$missing [$text]"
done < <(sed -n 's/^   [^ ]\(.*[^ ]\)\{0,1\}  \+\([^ ].*[^ ]\) *$/\2/p' key-lines | sort -u)
if [ -z "$missing" ]; then
  pass "man: KEYS has every help text on the help screen"
else
  fail "man: KEYS has every help text on the help screen" "missing:$missing"
fi

# --- the version ------------------------------------------------------------
v_prog=$("$ECMR" --version | sed -n 's/^ecmr \([0-9][^ ]*\)$/\1/p')
v_man=$(sed -n 's/^\.TH .*"ecmr \([0-9][^"]*\)".*/\1/p' "$MAN")
check "--version prints a version" test -n "$v_prog"
if [ -n "$v_prog" ] && [ "$v_prog" = "$v_man" ]; then
  pass "man: .TH version equals --version ($v_prog)"
else
  fail "man: .TH version equals --version" "ecmr says '$v_prog', the man page '$v_man'"
fi

# The README's screenshot is what the browser shows on the sample reports
# (Kelderby's 2008 joint area review: five reports up from its latest, the 2018 ILACS)
if [ -d "$REPO/sample-reports" ]; then
  SHOT=$TESTS_OUT/readme-shot
  mkdir -p "$SHOT"
  "$ECMR" index -q -o "$SHOT/sample.db" "$REPO/sample-reports" 2>/dev/null
  printf 'key j j j Tab k k k k k Tab\ndump shot\n' > "$SHOT/keys"
  env -i PATH="$PATH" LC_ALL=C.UTF-8 "$ECMR" browse -i "$SHOT/sample.db" --headless "$SHOT/keys" --dump-dir "$SHOT"
  check "docs: the README screenshot is the browser's real screen on the samples" \
    sh -c "awk '/^An 80x24 terminal/ { f = 1 } f && /^\`\`\`$/ { n++; next } f && n == 1 { print } n == 2 { exit }' '$REPO/README.md' | cmp -s - '$SHOT/shot.txt'"
fi

# The README's "Try it" says what to install before its first `make`, and the
# packages are exactly the build packages tools/deps.sh installs (BUILD_PKGS)
readme_pkgs=$(awk '/^## Try it/ { f = 1; next } f && /^## / { exit } f && /make (run|check)/ { exit }
  f && /apt-get install/ { sub(/.*apt-get install/, ""); print; exit }' "$REPO/README.md" |
  tr ' ' '\n' | grep -v '^-' | grep . | sort | tr '\n' ' ')
deps_pkgs=$(sed -n 's/^BUILD_PKGS="\(.*\)"$/\1/p' "$REPO/tools/deps.sh" | tr ' ' '\n' | grep . | sort | tr '\n' ' ')
check "docs: deps.sh lists build packages" test -n "$deps_pkgs"
check "docs: README's Try it has an apt-get install line before its first make command" test -n "$readme_pkgs"
check "docs: ... naming exactly deps.sh's BUILD_PKGS (README: $readme_pkgs; deps.sh: $deps_pkgs)" \
  test "$readme_pkgs" = "$deps_pkgs"

# --- every report type the program knows is described ------------------------
# (the program names them all when --type is given one it does not know)
types=$("$ECMR" grades --type no-such-type 2>&1 | sed -n 's/.*report type (\(.*\)), not .*/\1/p' | tr -d ',')
check "docs: grades names the report types it knows ($types)" sh -c "echo '$types' | grep -q 'apa .*jar-progress'"
man_section "REPORT TYPES" > types.txt
awk '/^### Report types/ { f = 1; next } /^##/ { f = 0 } f' "$REPO/README.md" > readme-types.txt
for t in $types; do
  check "docs: the man page's REPORT TYPES describes '$t'" grep -qx "\.B $t" types.txt
  check "docs: README's Report types describes '$t'" grep -q "\`$t\`" readme-types.txt
done
