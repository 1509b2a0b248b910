# Escape sequences and control characters placed in an authority name, a
# heading, an item and body text reach neither the screen (the headless dump
# and the raw bytes a real terminal receives) nor the output of show, export
# (JSON-escaped there) and the pager.  Two ways in: a report file holding
# them (the parser must drop them) and an index file doctored afterwards
# (the display layer must neutralise them).
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/safety
rm -rf "$T"; mkdir -p "$T/in"
cd "$T" || exit 1
ESC=$(printf '\033')
BEL=$(printf '\007')
# payloads a terminal would act on: set the title, write the clipboard, ask for a report
TITLE="${ESC}]0;PWNED-TITLE${BEL}"
CLIP="${ESC}]52;c;UFdORUQ=${BEL}"
ASK="${ESC}[6n"
sed -e "s/^2007 ANNUAL PERFORMANCE ASSESSMENT OF SERVICES FOR CHILDREN AND YOUNG PEOPLE IN MARLOW VALE BOROUGH COUNCIL/&$TITLE/" \
    -e "s/^Being healthy\$/Being healthy$ASK/" \
    -e "s/^- Cut the wait for speech therapy./- Cut the wait$CLIP for speech therapy./" \
    -e "s/Clinics open late/Clinics$TITLE open late/" \
    "$REPO/tests/cli/data/good-apa.txt" > in/hostile.txt
check "safety: the planted file holds the escape sequences" grep -q "PWNED-TITLE" in/hostile.txt
"$ECMR" index -q -o parsed.db in 2>/dev/null
check "safety: the parser drops control characters (none in the index)" \
  sh -c "[ \$(sqlite3 parsed.db \"select count(*) from section where instr(text, char(27)) or instr(heading, char(27))\") = 0 ] && \
         [ \$(sqlite3 parsed.db \"select count(*) from item where instr(text, char(27)) or instr(text, char(7))\") = 0 ]"

# an index with the sequences put straight into every field the browser shows
cp parsed.db doctored.db
sqlite3 doctored.db "
  update authority set name = name || char(27) || ']0;PWNED-TITLE' || char(7), short_name = 'Marlow' || char(27) || '[6n Vale';
  update section set heading = heading || char(27) || ']52;c;UFdORUQ=' || char(7), text = char(27) || '[2J' || text || char(27) || ']0;PWNED-TITLE' || char(7) || char(8) || char(13);
  update item set text = text || char(27) || '[6n' || char(155) || '6n';
  update report set authority_printed = authority_printed || char(27) || ']0;PWNED-TITLE' || char(7) where authority_printed is not null;"
check "safety: the doctored index holds raw escapes" \
  sh -c "[ \$(sqlite3 doctored.db \"select count(*) from item where instr(text, char(27))\") -gt 0 ]"

# no_controls FILE: no byte 0x00-0x08, 0x0b-0x1f or 0x7f, and no C1 control (U+0080-U+009F as UTF-8)
no_controls() {
  ! LC_ALL=C grep -q -P '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$1"
}
for db in parsed doctored; do
  printf 'key Tab Tab\ndump a\nkey l\ndump b\nkey /\ntype speech\nkey Enter\ndump c\nkey Enter p P\n' > keys
  env -i PATH="$PATH" LC_ALL=C.UTF-8 PAGER=cat TMPDIR="$T" "$ECMR" browse -i "$db.db" --headless keys \
    --dump-dir "$T" > "$db.paged" 2> "$db.err"
  for d in a b c; do
    check "safety ($db): screen dump $d has no control characters" no_controls "$d.txt"
  done
  check "safety ($db): the pager is given no control characters" no_controls "$db.paged"
  check "safety ($db): the pager got the section" grep -q "speech therapy" "$db.paged"
  "$ECMR" show -i "$db.db" Marlow 2007 being-healthy > "$db.show" 2>&1
  check "safety ($db): show prints no control characters" no_controls "$db.show"
  check "safety ($db): show prints the section" grep -q "speech therapy" "$db.show"
  LC_ALL=C "$ECMR" show -i "$db.db" Marlow 2007 > "$db.show-c" 2>&1
  check "safety ($db): show in a C locale prints no control characters" no_controls "$db.show-c"
  "$ECMR" export -i "$db.db" > "$db.json"
  check "safety ($db): export writes no raw control characters" no_controls "$db.json"
  check "safety ($db): export is valid JSON" json_valid "$db.json"
done
check "safety: export keeps what the doctored index holds, escaped" grep -q '\\u001b\]0;PWNED-TITLE\\u0007' doctored.json

# the raw bytes a real terminal receives
if command -v tmux >/dev/null; then
  SOCK=$T/sock
  tmux -S "$SOCK" -f /dev/null new-session -d -s safe -x 100 -y 30 "sleep 60"
  tmux -S "$SOCK" pipe-pane -t safe -o "cat > '$T/raw'"
  tmux -S "$SOCK" respawn-pane -k -t safe "env LANG=C.UTF-8 TERM=xterm-256color '$ECMR' browse -i '$T/doctored.db'; echo ECMR-EXITED; sleep 60"
  sleep 1
  tmux -S "$SOCK" send-keys -t safe Tab Tab l
  sleep 0.5
  tmux -S "$SOCK" capture-pane -p -t safe > "$T/screen"
  tmux -S "$SOCK" send-keys -t safe q
  tmux_await "$SOCK" safe ECMR-EXITED
  tmux -S "$SOCK" kill-server
  check "safety: the terminal showed the doctored report" grep -q "PWNED-TITLE" "$T/raw"
  check "safety: no title-setting sequence reached the terminal" sh -c "! grep -q -F '$TITLE' '$T/raw' && ! LC_ALL=C grep -q -F \"$ESC]0;PWNED\" '$T/raw'"
  check "safety: no clipboard sequence reached the terminal" sh -c "! LC_ALL=C grep -q -F \"$ESC]52;\" '$T/raw'"
  check "safety: no status request reached the terminal" sh -c "! LC_ALL=C grep -q -F \"$ASK\" '$T/raw'"
else
  skip "safety: raw terminal bytes" "tmux is not installed"
fi
