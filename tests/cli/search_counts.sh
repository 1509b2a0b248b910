# The browser's search counts are the true counts: the total in the
# breadcrumb is the number of lines `ecmr search` prints for the same
# query, the reports it names are as many as the reports in that list,
# and each report's heading counts the hits listed under it, the headings
# adding up to the total, report by report as `ecmr search` lists them
# (both in date order).  On the sample reports and, when present, on
# ../shared/corpus.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/search-counts
mkdir -p "$T"

# browse_search NAME DB QUERY: the results screen of QUERY, as tall as
# the browser allows, in $T/NAME.txt
browse_search() {
  printf 'key /\ntype %s\nkey Enter\ndump %s\n' "$3" "$1" > "$T/$1.keys"
  "$ECMR" browse -i "$2" --headless "$T/$1.keys" --dump-dir "$T" --size 160x1000 2> "$T/$1.err"
}

# check_counts LABEL DB QUERY [total-only]
check_counts() {
  local label=$1 db=$2 q=$3 name total reports
  name=$(echo "$label-$q" | tr -c 'a-z0-9\n' -)
  "$ECMR" search -i "$db" "$q" > "$T/$name.cli" 2> /dev/null
  total=$(wc -l < "$T/$name.cli")
  # a report's hits stand together in date order: its authority, year and type
  reports=$(cut -f1-3 "$T/$name.cli" | uniq | wc -l)
  browse_search "$name" "$db" "$q"
  check "search counts: $label \"$q\": $total hits in $reports reports, as ecmr search lists them" \
    sh -c "[ $total -gt 0 ] && head -1 '$T/$name.txt' | grep -Eq '› $total hits? in $reports reports?\$'"
  [ "${4:-}" = total-only ] && return
  # the headings (" Kelderby 2008 JAR: 12 hits") and the hit rows under each
  awk '/^ [^ ].* [0-9?]+ [^ ]+: [0-9]+ hits?$/ {
         if (h) print h, n; h = $0; sub(/: [0-9]+ hits?$/, "", h); c = $NF == "hits" || $NF == "hit" ? $(NF-1) : 0
         h = h "\t" c; n = 0; next }
       h && /^[> ]  [^ ]/ { n++ }
       END { if (h) print h, n }' "$T/$name.txt" > "$T/$name.headings"
  check "search counts: $label \"$q\": one heading per report" \
    test "$(wc -l < "$T/$name.headings")" -eq "$reports"
  check "search counts: $label \"$q\": each heading's count is the hits listed under it" \
    awk -F'\t' '{ split($2, a, " "); if (a[1] != a[2]) exit 1 }' "$T/$name.headings"
  check "search counts: $label \"$q\": the headings add up to the total" \
    test "$(awk -F'\t' '{ split($2, a, " "); s += a[1] } END { print s + 0 }' "$T/$name.headings")" -eq "$total"
  # report by report: authority, year and count, as ecmr search has them
  awk -F'\t' '{ k = $1 " " $2 " " $3 } k != p { if (p != "") print p, n; p = k; n = 0 } { n++ } END { print p, n }' \
    "$T/$name.cli" | awk '{ $(NF-1) = ""; print }' > "$T/$name.cli-groups"
  awk -F'\t' '{ split($2, a, " "); h = $1; sub(/^ /, "", h); sub(/ [^ ]+$/, "", h); print h, "", a[1] }' \
    "$T/$name.headings" > "$T/$name.browser-groups"
  check "search counts: $label \"$q\": the same reports, in the same order, with the same counts" \
    cmp "$T/$name.cli-groups" "$T/$name.browser-groups"
}

SAMPLES=$T/samples.db
"$ECMR" index -q -o "$SAMPLES" "$REPO/sample-reports" 2> /dev/null
check_counts samples "$SAMPLES" children total-only # 466 hits: more lines than a screen of 1000 rows
check_counts samples "$SAMPLES" safeguarding
check_counts samples "$SAMPLES" "care leavers"
check_counts samples "$SAMPLES" "kind:improvement supervision"
check_counts samples "$SAMPLES" "year:2006..2008 type:jar children"

if [ -d "$CORPUS" ] && [ -n "$(ls "$CORPUS" 2> /dev/null)" ]; then
  "$ECMR" index -q -o "$T/corpus.db" "$CORPUS" 2> /dev/null
  check_counts corpus "$T/corpus.db" children
  check_counts corpus "$T/corpus.db" safeguarding
  check_counts corpus "$T/corpus.db" "kind:recommendation children"
else
  skip "search counts: corpus" "../shared/corpus not present"
fi
