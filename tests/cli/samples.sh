# The sample reports: the committed files are exactly what tools/gen-reports
# writes, and they index cleanly, every fictional authority with all its
# reports.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT
GEN=${BUILD:-$REPO/build}/tools/gen-reports
AUTHORITIES="Ashcombe Castlemere Fenmarsh Kelderby Tollingham Wrenford"

if [ ! -x "$GEN" ]; then
  skip "samples" "$GEN not built"
  exit 0
fi

# --- the committed files never drift from the generator --------------------
"$GEN" -o "$T/gen/sample-reports" --expect "$T/gen/samples-expect"
check "samples: the generator exits 0" test $? -eq 0
check "samples: sample-reports/ is what the generator writes" \
  diff -r "$REPO/sample-reports" "$T/gen/sample-reports"
check "samples: tests/samples-expect/ is what the generator writes" \
  diff -r "$REPO/tests/samples-expect" "$T/gen/samples-expect"
"$GEN" -o "$T/again" --expect "$T/again-expect"
check "samples: the same arguments give the same bytes" diff -r "$T/gen/sample-reports" "$T/again"
"$GEN" -o "$T/seed2" --seed 2
check "samples: another seed gives other text" \
  sh -c "! cmp -s '$T/seed2/ashcombe-2007-apa.txt' '$T/gen/sample-reports/ashcombe-2007-apa.txt'"
"$GEN" --bogus > /dev/null 2>&1
check "samples: an unknown option is a usage error (2)" test $? -eq 2

# --- every judgement on every scale, and the extraction debris ---------------
for t in apa jar slac; do
  got=$(cat "$REPO"/tests/samples-expect/*-$t.expect | awk '$1 == "section" { print $4 }' | grep -v none | sort -u | tr '\n' ' ')
  check "samples: $t reports use all four judgements ($got)" test "$got" = "adequate good inadequate outstanding "
done
S=$REPO/sample-reports
check "samples: one file has CRLF line ends" test "$(grep -l $'\r' "$S"/*.txt | wc -l)" -eq 1
check "samples: one file starts with a byte order mark" test "$(grep -l $'^\xEF\xBB\xBF' "$S"/*.txt | wc -l)" -eq 1
check "samples: some files have form feeds and page footers" grep -lq $'^\f' "$S"/*.txt
check "samples: some lists use the private-use bullet U+F0A7" grep -lq $'\xEF\x82\xA7' "$S"/*.txt
check "samples: some paragraphs are hard-wrapped, some are not" \
  test "$(awk 'length > 200' "$S"/*.txt | wc -l)" -gt 0 -a "$(awk 'length > 60 && length < 80' "$S"/*.txt | wc -l)" -gt 100
check "samples: a paragraph number displaced into a sentence" grep -Eq ' is [0-9]+\. [a-z]+\.' "$S"/*.txt
check "samples: a JAR grades table and strengths table" grep -q $'^Major strengths\tImportant weaknesses' "$S"/*-jar.txt
check "samples: the older letter layout" grep -q $'^Areas for judgement\tGrade awarded' "$S"/*-apa.txt

# --- they index with no warnings ---------------------------------------------
n=$(ls "$REPO"/sample-reports/*.txt | wc -l)
check "samples: at least 30 reports" test "$n" -ge 30
cd "$REPO" || exit 1
"$ECMR" index -o "$T/s.db" sample-reports 2> "$T/err"
check "samples: index exits 0" test $? -eq 0
check "samples: every file indexed, none failed, none unrecognised, no warnings" \
  grep -Eq "indexed $n files into .*, 0 failed; [0-9]+ apa, [0-9]+ jar, [0-9]+ slac, [0-9]+ later, 0 unrecognised; 0 warnings" "$T/err"
"$ECMR" export -i "$T/s.db" > "$T/s.json"
check "samples: export is valid JSON" json_valid "$T/s.json"

# --- every fictional authority with all its reports --------------------------
for a in $AUTHORITIES; do
  slug=$(echo "$a" | tr 'A-Z' 'a-z')
  want=$(ls sample-reports/ | sed -n "s/^$slug-\([0-9]*\)-\([a-z]*\)\.txt$/\2-\1/p" | sort | tr '\n' ' ')
  got=$(sqlite3 :memory: "select json_extract(r.value, '\$.type') || '-' || json_extract(r.value, '\$.year')
      from json_each(readfile('$T/s.json'), '\$.reports') r
      where json_extract(r.value, '\$.authority_short') = '$a'" | sort | tr '\n' ' ')
  # Fenmarsh alone has an inspection of arrangements for the protection of children (cp) besides
  if [ "$a" = Fenmarsh ]; then count=9 cp="cp "; else count=8 cp=; fi
  check "samples: $a has its $count reports ($want)" test "$want" = "$got" -a "$(echo $want | wc -w)" -eq $count
  types=$(echo "$got" | tr ' ' '\n' | grep . | sed 's/-.*//' | sort -u | tr '\n' ' ')
  check "samples: $a has an APA, a JAR, a 2009-12 inspection and a LAC, ${cp:+a CP, }a SIF and an ILACS after them" \
    test "$types" = "apa ${cp}ilacs jar lac sif slac "
  years=$(echo "$got" | tr ' ' '\n' | grep . | sed 's/.*-//' | sort -n | sed -n '1p;$p' | tr '\n' ' ')
  check "samples: $a's history runs from 2006 to 2018 or 2019 ($years)" sh -c "echo '$years' | grep -Eq '^2006 201[89] $'"
done

# --- the benchmark corpus ------------------------------------------------------
"$GEN" --national -o "$T/national" 2> "$T/nat.err"
check "national: the generator exits 0" test $? -eq 0
n=$(ls "$T/national" | wc -l)
bytes=$(cat "$T"/national/*.txt | wc -c)
check "national: at least 1200 reports ($n)" test "$n" -ge 1200
check "national: at least 50 MB of text ($bytes bytes)" test "$bytes" -ge 50000000
check "national: every type and year 2005-2012" \
  test "$(ls "$T/national" | sed -n 's/^.*-\(20[0-9][0-9]-[a-z]*\)\.txt$/\1/p' | sort -u | wc -l)" -eq 13
mkdir -p "$T/one" && cp "$T"/national/barnsley-*.txt "$T/one/"
"$ECMR" index -o "$T/one.db" "$T/one" 2> "$T/one.err"
check "national: one authority's 13 reports index with no warnings" \
  grep -Eq "indexed 13 files .* 0 failed; 4 apa, 5 jar, 4 slac, 0 unrecognised; 0 warnings" "$T/one.err"
rm -rf "$T/national"
