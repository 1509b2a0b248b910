# A `pdftotext -layout` rendition reads as the default mode's text.  We
# have the reports only as text, so the rendition is made here: every
# non-empty line moved behind a shared margin of spaces (after the form
# feed that opens a page), and the gap after each full stop and comma
# widened to two spaces, as a justified line in a layout extraction has
# them.  The index of the rendition must hold the same reports, judgements,
# sections, items, paragraphs and pages as the index of the text it came
# from: their exports differ only in the file names and checksums.  Made
# from the sample reports always, and from the real reports in
# ../shared/corpus and ../shared/corpus-later when they are there.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/layout
rm -rf "$T"; mkdir -p "$T"
export LC_ALL=C

# render SRC-DIR DST-DIR MARGIN: the layout rendition of every .txt in SRC-DIR
render() {
  mkdir -p "$2"
  local f
  for f in "$1"/*.txt; do
    sed "s/\\. /.  /g; s/, /,  /g; /[^[:space:]]/s/^\\(\\f*\\)/\\1$3/" "$f" > "$2/$(basename "$f")"
  done
}

# export-of DIR OUT: the export of an index of DIR, without file names and checksums
export_of() {
  "$ECMR" index -q -o "$2.db" "$1" 2>/dev/null
  "$ECMR" export -i "$2.db" | sed '/^ *"source": /d; /^ *"sha256": /d' > "$2"
}

compare() { # NAME SRC-DIR
  local name=$1 src=$2
  export_of "$src" "$T/$name.plain.json"
  for margin in 8 0; do
    local pad
    pad=$(printf '%*s' "$margin" '')
    render "$src" "$T/$name.m$margin" "$pad"
    if cmp -s "$src/$(ls "$src" | grep '\.txt$' | head -1)" "$T/$name.m$margin/$(ls "$src" | grep '\.txt$' | head -1)"; then
      fail "layout: $name margin $margin" "the rendition is the same text"
      continue
    fi
    export_of "$T/$name.m$margin" "$T/$name.m$margin.json"
    if [ "$(grep -c '"judgement": "' "$T/$name.plain.json")" -lt 1 ]; then
      fail "layout: $name" "the plain text's export holds no judgement"
    elif diff -q "$T/$name.plain.json" "$T/$name.m$margin.json" >/dev/null; then
      pass "layout: $name with a margin of $margin and widened gaps reads as the plain text"
    else
      fail "layout: $name margin $margin" "$(diff "$T/$name.plain.json" "$T/$name.m$margin.json" | head -6 | tr '\n' ' ' | cut -c1-400)"
    fi
  done
}

compare samples "$REPO/sample-reports"
for c in corpus corpus-later; do
  if [ -d "$REPO/../shared/$c" ]; then
    compare "$c" "$REPO/../shared/$c"
  else
    skip "layout: $c" "../shared/$c is absent"
  fi
done
rm -rf "$T"
