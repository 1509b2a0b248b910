# Time spent in a converter: a pdftotext that never ends is stopped after
# ECMR_CONVERT_TIMEOUT seconds with a message naming the file, and SIGTERM,
# SIGINT or SIGHUP during a conversion stop the converter and ecmr at once
# (exit 128+N, the old index untouched, no message about the file).  The
# pdftotext here is a fake, first on PATH, that ignores those signals.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/convert
rm -rf "$T"; mkdir -p "$T/bin" "$T/in"
cd "$T" || exit 1
GOOD=$REPO/tests/cli/data/good-apa.txt

# the fake: writes its pid to $T/fake.pid, ignores the signals, never ends
cat > bin/pdftotext <<EOF
#!/bin/sh
echo \$\$ > "$T/fake.pid"
trap '' TERM INT HUP
exec sleep 300
EOF
chmod +x bin/pdftotext
FAKEPATH=$T/bin:$PATH
cp "$GOOD" in/good.txt
printf '%%PDF-1.4\n%% a stand-in: the fake converter never reads it\n' > in/slow.pdf

# is the fake (by the pid it wrote) still running?  Kill it if so.
fake_gone() {
  local pid
  pid=$(cat fake.pid 2>/dev/null) || return 0
  rm -f fake.pid
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null; return 1; fi
  return 0
}

# pdf TEXT: a hand-written one-page PDF showing TEXT in Helvetica; with no
# TEXT, a page with a line drawn on it and no text at all (as a scan has)
pdf() {
  local content
  if [ -n "$1" ]; then content="BT /F1 12 Tf 72 720 Td ($1) Tj ET"; else content="0 0 m 100 100 l S"; fi
  printf '%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
  printf '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n'
  printf '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R'
  printf ' /Resources << /Font << /F1 5 0 R >> >> >> endobj\n'
  printf '4 0 obj << /Length %d >> stream\n%s\nendstream endobj\n' "${#content}" "$content"
  printf '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n'
  printf 'trailer << /Root 1 0 R %s>>\n%%%%EOF\n' "${2:-}"
}
if command -v pdftotext > /dev/null 2>&1; then
  pdf "Ribblesford minutes" > words.pdf
  timeout 60 "$ECMR" inspect --json words.pdf > words.json 2> err; rc=$?
  check "convert: the real pdftotext still reads a PDF" grep -q '"text": "Ribblesford minutes"' words.json
  # PDFs pdftotext cannot give text from, each named with the reason
  mkdir -p pdfs
  pdf "" > pdfs/scan.pdf                           # no text layer
  key=$(printf '%064d' 7)
  pdf "Secret" "/Encrypt << /Filter /Standard /V 1 /R 2 /O <$key> /U <$key> /P -4 >> /ID [<$key><$key>] " > pdfs/locked.pdf
  printf '%%PDF-1.4\nthe rest is missing\n' > pdfs/damaged.pdf
  : > pdfs/empty.pdf
  pdf "Ribblesford minutes" > pdfs/words.pdf
  timeout 60 "$ECMR" index -o pdfs.db pdfs > out 2> err; rc=$?
  check "convert: unreadable PDFs: exit 1, the readable one indexed" \
    sh -c "[ $rc -eq 1 ] && [ \"\$(sqlite3 pdfs.db 'select source from report')\" = pdfs/words.pdf ]"
  # one_line NAME WHY: one line names the file, and it says WHY
  one_line() { [ "$(grep -c "$1" err)" -eq 1 ] && grep -q "^ecmr: $1: $2" err; }
  check "convert: a PDF without text says it needs OCR (not 'white space')" \
    one_line pdfs/scan.pdf "a PDF with no text layer (scanned pages?): it needs OCR"
  check "convert: an encrypted PDF says so" one_line pdfs/locked.pdf "an encrypted PDF: it cannot be read without its password"
  check "convert: a damaged PDF says what pdftotext found" one_line pdfs/damaged.pdf "pdftotext could not read this PDF (.*Error"
  check "convert: an empty .pdf is an empty file" one_line pdfs/empty.pdf "empty file$"
else
  skip "convert: the real pdftotext, PDFs it cannot read" "pdftotext is not installed (apt-get install poppler-utils)"
fi

# --- the time limit ------------------------------------------------------------
PATH=$FAKEPATH ECMR_CONVERT_TIMEOUT=1 timeout 60 "$ECMR" index -o limit.db in > out 2> err; rc=$?
check "convert: a converter past the time limit: exit 1 (was: waited for ever)" test $rc -eq 1
check "convert: ... the message names the file and the limit" \
  grep -q "^ecmr: in/slow.pdf: pdftotext did not finish within 1 second (the limit ECMR_CONVERT_TIMEOUT sets); stopped" err
check "convert: ... one line about it" test "$(grep -c slow.pdf err)" -eq 1
check "convert: ... the other file is indexed" test "$(sqlite3 limit.db 'select source from report' 2>/dev/null)" = in/good.txt
check "convert: ... the converter is gone" fake_gone
PATH=$FAKEPATH ECMR_CONVERT_TIMEOUT=1 timeout 60 "$ECMR" inspect in/slow.pdf > out 2> err; rc=$?
check "convert: inspect keeps the time limit too" sh -c "[ $rc -eq 1 ] && grep -q 'in/slow.pdf: pdftotext did not finish within 1 second' err"
fake_gone
for bad in abc -1 1.5 10s; do
  ECMR_CONVERT_TIMEOUT=$bad "$ECMR" index -o bad.db in > out 2> err; rc=$?
  check "convert: ECMR_CONVERT_TIMEOUT=$bad is a usage error (2)" sh -c "[ $rc -eq 2 ] && grep -q 'ECMR_CONVERT_TIMEOUT is .$bad.: it takes a whole number of seconds' err && [ ! -e bad.db ]"
done

# --- a PDF named like an option reaches pdftotext as a file ---------------------
# this fake records its arguments and prints a short text
cat > bin/recorder <<EOF
#!/bin/sh
for a in "\$@"; do printf '[%s]' "\$a"; done >> "$T/argv"; echo >> "$T/argv"
printf 'Dear reader,\\nThe library opens at nine.\\n'
EOF
chmod +x bin/recorder
mkdir -p opt/bin
cp bin/recorder opt/bin/pdftotext
for name in -v --help -layout plain.pdf; do printf '%%PDF-1.4\n' > "opt/$name"; done
: > argv
( cd opt && PATH=$T/opt/bin:$PATH "$ECMR" index -q -o ../opt.db -- -v --help -layout plain.pdf ) 2> err; rc=$?
check "convert: files named -v, --help, -layout are converted (exit 0)" test $rc -eq 0
for name in -v --help -layout; do
  check "convert: '$name' reaches pdftotext as ./$name, never as an option" \
    grep -qxF -- "[-layout][-enc][UTF-8][./$name][-]" argv
done
check "convert: other names reach it as they are" grep -qxF -- "[-layout][-enc][UTF-8][plain.pdf][-]" argv
check "convert: ... and the index has them by the names given" \
  test "$(sqlite3 opt.db 'select source from report order by source' 2>/dev/null | tr '\n' ' ')" = "--help -layout -v plain.pdf "

# --- signals during a conversion -------------------------------------------------
"$ECMR" index -q -o old.db in/good.txt 2>/dev/null
cp old.db old.saved
for sig in TERM INT HUP; do
  num=$(kill -l "$sig")
  rm -f fake.pid
  PATH=$FAKEPATH ECMR_CONVERT_TIMEOUT=600 "$ECMR" index -o old.db in > out 2> err &
  pid=$!
  for _ in $(seq 1 200); do [ -s fake.pid ] && break; sleep 0.05; done   # the conversion has started
  kill -"$sig" $pid
  for _ in $(seq 1 100); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
  if kill -0 $pid 2>/dev/null; then
    fail "convert: SIG$sig during a conversion ends ecmr" "still running 10 s later"
    kill -KILL $pid; wait $pid 2>/dev/null
  else
    wait $pid; rc=$?
    check "convert: SIG$sig during a conversion: exit $((128 + num))" test $rc -eq $((128 + num))
  fi
  check "convert: SIG$sig: the converter is stopped too" fake_gone
  check "convert: SIG$sig: says the index is unchanged" grep -q "^ecmr: interrupted; old.db is unchanged" err
  check "convert: SIG$sig: nothing said about the file cut short" sh -c "! grep -q slow.pdf err"
  check "convert: SIG$sig: the old index is untouched" cmp -s old.db old.saved
  check "convert: SIG$sig: no temporary file" sh -c "! ls -A | grep -q tmp-"
done
exit 0
