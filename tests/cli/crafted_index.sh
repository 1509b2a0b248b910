# An index someone else made: ecmr reads only what a schema version it
# knows made, so a view (an endless recursive one, say) or a virtual table
# in place of one of its tables is refused with a message and exit status 3
# before any query runs; triggers (which never fire: the index is opened
# read-only with triggers off), extra tables and views, and a missing
# optional table are fine.  Every command runs under timeout: a hang is a
# failure, not a stuck suite.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/crafted
rm -rf "$T"; mkdir -p "$T"
cd "$T" || exit 1
export LC_ALL=C.UTF-8
"$ECMR" index -q -o good.db "$REPO/sample-reports" 2> index.err
check "crafted: the sample index is built" sh -c "[ -s good.db ] && [ ! -s index.err ]"
printf 'key j\nkey Tab\nkey Enter\ndump screen\n' > keys

# an endless query: every row of it numbered, for ever
ENDLESS="WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"

# crafted NAME SQL: a copy of the good index altered by SQL
crafted() {
  cp good.db "$1.db" && sqlite3 "$1.db" "$2" 2> "$1.sqlerr"
  check "crafted: $1: the copy can be made" test ! -s "$1.sqlerr"
}

# run NAME LABEL COMMAND...: ecmr under a time limit; out/err/rc in NAME.LABEL.*
run() {
  local name=$1 label=$2; shift 2
  timeout 30 "$ECMR" "$@" > "$name.$label.out" 2> "$name.$label.err"
  echo $? > "$name.$label.rc"
}

# every reader on NAME: show, export, headless browse
readers() {
  run "$1" show show -i "$1.db" kelderby 2008-apa 2
  run "$1" export export -i "$1.db"
  mkdir -p "$1.dumps"
  run "$1" browse browse -i "$1.db" --headless keys --dump-dir "$1.dumps" --size 100x30
}

# refused NAME MESSAGE: every reader exits 3 at once with MESSAGE, printing nothing else
refused() {
  readers "$1"
  for c in show export browse; do
    local rc; rc=$(cat "$1.$c.rc")
    check "crafted: $1: $c refuses it (exit 3, not $rc)" test "$rc" = 3
    check "crafted: $1: ... saying: $2" grep -qF "$1.db is not an ecmr index: $2" "$1.$c.err"
    check "crafted: $1: ... and nothing on stdout" test ! -s "$1.$c.out"
  done
}

# works NAME: every reader gives what it gives on the good index
works() {
  readers "$1"
  for c in show export browse; do
    check "crafted: $1: $c works (exit $(cat "$1.$c.rc"))" sh -c "[ \$(cat '$1.$c.rc') = 0 ] && [ ! -s '$1.$c.err' ]"
  done
  check "crafted: $1: show prints what it prints from the good index" cmp "$1.show.out" good.show.out
  check "crafted: $1: export too" cmp "$1.export.out" good.export.out
  check "crafted: $1: and the browser the same screen" cmp "$1.dumps/screen.txt" good.dumps/screen.txt
}

readers good
check "crafted: the good index reads (show, export, browse)" \
  sh -c "[ \$(cat good.show.rc good.export.rc good.browse.rc | tr -d '\n') = 000 ] && [ -s good.show.out ]"

crafted authority-view "DROP TABLE authority;
  CREATE VIEW authority(id, short_name, name, la_code, region) AS $ENDLESS
    SELECT n, 'a' || n, 'A' || n, NULL, '' FROM r;"
refused authority-view "'authority' is a view, not a table"

crafted report-view-upper "DROP TABLE report;
  CREATE VIEW REPORT AS $ENDLESS SELECT n AS id, 1 AS authority_id FROM r;"
refused report-view-upper "'report' is a view, not a table"

crafted meta-view "DROP TABLE meta;
  CREATE VIEW meta(key, value) AS $ENDLESS SELECT 'schema_version', 2 FROM r;"
refused meta-view "'meta' is a view, not a table"

crafted authority-virtual "DROP TABLE authority;
  CREATE VIRTUAL TABLE authority USING fts5(short_name, name, la_code, region);"
refused authority-virtual "'authority' is a virtual table, not a table"

crafted search-text-view "DROP VIEW search_text;
  CREATE VIEW search_text(id, body) AS $ENDLESS SELECT n, 'children' FROM r;"
refused search-text-view "'search_text' is not the view ecmr makes"

crafted search-other "CREATE TABLE other(body); DROP TABLE search;
  CREATE VIRTUAL TABLE search USING fts5(body, content = 'other');"
refused search-other "'search' is not the full-text search table ecmr makes"

crafted search-idx-view "DROP TABLE search_idx;
  CREATE VIEW search_idx(segid, term, pgno) AS $ENDLESS SELECT n, 'x', n FROM r;"
refused search-idx-view "'search_idx' is a view, not a table"

crafted no-dates "DROP TABLE report_date;"
refused no-dates "it has no 'report_date'"

crafted triggers "CREATE TABLE log(x);
  CREATE TRIGGER t1 AFTER INSERT ON report BEGIN INSERT INTO log VALUES (new.id); END;
  CREATE TRIGGER t2 BEFORE DELETE ON authority BEGIN SELECT raise(ABORT, 'no'); END;
  CREATE TRIGGER t3 INSTEAD OF INSERT ON search_text BEGIN SELECT 1; END;"
works triggers

crafted extras "CREATE TABLE notes(x); INSERT INTO notes VALUES ('hello');
  CREATE VIEW endless AS $ENDLESS SELECT n FROM r;
  CREATE INDEX notes_x ON notes(x);"
works extras

# an index older than authority_summary works it out itself
crafted no-summary "DROP TABLE authority_summary;"
works no-summary

rm -rf "$T"
