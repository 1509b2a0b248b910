# The browser's searches find each hit's report from its row id alone
# when the index's reports are runs of row ids (as index.c numbers them),
# kind:, scope: and outcome: from a table of each row's facts, and join
# the sections, items and reports in SQL when the runs are not there (as
# `ecmr search`, one search a process, always does).  Both must give the
# hits a join gives:
#  - on the sample reports, per report (authority, year, type), the
#    browser's count (its heading) is SQLite's own join of the search
#    table to the sections, items and reports, with and without filters;
#  - on a copy whose runs overlap (two reports' sections swap ids, the
#    search tables rebuilt over them), the same, and `ecmr search` finds
#    the same hits as on the original.  A search that took the runs there
#    would give the swapped sections' hits to the wrong reports.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/search-runs
mkdir -p "$T"
command -v sqlite3 > /dev/null || { skip "search runs" "sqlite3 is needed"; exit 0; }
"$ECMR" index -q -o "$T/i.db" "$REPO/sample-reports" 2> /dev/null || { fail "search runs: index" "index failed"; exit 0; }

# sql_counts DB FTS WHERE: "authority TAB year TAB type TAB count" per report, by SQLite's join
sql_counts() {
  sqlite3 -separator "$(printf '\t')" "$1" "SELECT a.short_name, r.year, r.type, count(*) FROM search
     LEFT JOIN item i ON i.id = search.rowid JOIN section s ON s.id = coalesce(i.section_id, search.rowid)
     JOIN report r ON r.id = s.report_id JOIN authority a ON a.id = r.authority_id
     WHERE search MATCH '$2' $3 GROUP BY r.id" | sort
}
# browser_counts DB QUERY: the same from the browser's headings (" Kelderby 2008 JAR: 12 hits")
browser_counts() {
  printf 'key /\ntype %s\nkey Enter\ndump counts\n' "$2" > "$T/counts.keys"
  rm -f "$T/counts.txt"
  "$ECMR" browse -i "$1" --headless "$T/counts.keys" --dump-dir "$T" --size 160x1000 2> /dev/null
  sed -nE 's/^ (.*) ([0-9]+) ([A-Z]+): ([0-9]+) hits?$/\1\t\2\t\3\t\4/p' "$T/counts.txt" |
    awk -F'\t' -v OFS='\t' '{ $3 = tolower($3); print }' | sort
}
# check_counts LABEL QUERY FTS WHERE [DB]
check_counts() {
  local db=${5:-$T/i.db}
  sql_counts "$db" "$3" "$4" > "$T/sql.$1"
  browser_counts "$db" "$2" > "$T/browser.$1"
  check "search runs: $(basename "$db") \"$2\": hits per report as SQLite's join counts them" \
    sh -c "[ -s '$T/sql.$1' ] && cmp -s '$T/sql.$1' '$T/browser.$1'"
}
check_counts plain "safeguarding" "safeguarding" ""
check_counts year "children year:2007" "children" "AND r.year = 2007"
check_counts years "services year:2006..2009" "services" "AND r.year BETWEEN 2006 AND 2009"
check_counts type "children type:jar" "children" "AND r.type = 'jar'"
check_counts authority "children authority:wrenford" "children" "AND a.short_name = 'Wrenford'"
check_counts both "health authority:ashcombe type:apa" "health" "AND a.short_name = 'Ashcombe' AND r.type = 'apa'"
# filters on sections and items, tested from each row's facts
check_counts kind "children kind:improvement" "children" "AND i.kind = 'improvement'"
check_counts scope "children scope:looked-after" "children" "AND s.scope = 'looked-after'"
check_counts mixed "services kind:strength year:2006..2008" "services" "AND i.kind = 'strength' AND r.year BETWEEN 2006 AND 2008"

# two sections holding "children", of the first report and of the last, swap ids
cp "$T/i.db" "$T/overlap.db"
sqlite3 "$T/overlap.db" "
  CREATE TEMP TABLE pick AS SELECT
    (SELECT min(id) FROM section WHERE report_id = (SELECT min(id) FROM report) AND text LIKE '%children%') a,
    (SELECT min(id) FROM section WHERE report_id = (SELECT max(id) FROM report) AND text LIKE '%children%') b;
  UPDATE section SET id = -1 WHERE id = (SELECT a FROM pick);
  UPDATE item SET section_id = -1 WHERE section_id = (SELECT a FROM pick);
  UPDATE section SET id = (SELECT a FROM pick) WHERE id = (SELECT b FROM pick);
  UPDATE item SET section_id = (SELECT a FROM pick) WHERE section_id = (SELECT b FROM pick);
  UPDATE section SET id = (SELECT b FROM pick) WHERE id = -1;
  UPDATE item SET section_id = (SELECT b FROM pick) WHERE section_id = -1;
  INSERT INTO search(search) VALUES('rebuild');
  INSERT INTO search_exact(search_exact) VALUES('rebuild');" 2> "$T/overlap.err"
check "search runs: the crafted index has two reports whose runs overlap" \
  sh -c "[ ! -s '$T/overlap.err' ] && [ \"\$(sqlite3 '$T/overlap.db' \"SELECT count(*) FROM section s JOIN section t
    ON s.report_id < t.report_id AND s.id > t.id WHERE s.report_id = (SELECT min(id) FROM report)\")\" -gt 0 ]"
for q in "children" "children year:2006" "children type:apa" "children authority:ashcombe" \
         "children region:nowhere" "\"young people\" year:2006..2020" "children kind:improvement" "child*" \
         "children outcome:2" "children scope:safeguarding" "services kind:strength year:2006"; do
  name=$(echo "$q" | tr -c 'a-z0-9\n' -)
  "$ECMR" search -i "$T/i.db" "$q" 2>&1 | sort > "$T/runs.$name"
  "$ECMR" search -i "$T/overlap.db" "$q" 2>&1 | sort > "$T/overlap.$name"
  check "search runs: \"$q\" finds the same hits in an index whose runs overlap" \
    sh -c "[ -s '$T/runs.$name' ] && cmp -s '$T/runs.$name' '$T/overlap.$name'"
done
# and the browser's per-report counts there are SQLite's too
check_counts o-plain "safeguarding" "safeguarding" "" "$T/overlap.db"
check_counts o-year "children year:2006" "children" "AND r.year = 2006" "$T/overlap.db"
check_counts o-kind "children kind:improvement" "children" "AND i.kind = 'improvement'" "$T/overlap.db"
