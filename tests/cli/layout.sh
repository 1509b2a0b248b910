# The layout of the source: includes run only down the pipeline
# (README "For developers").  Each stage's files, under src/STAGE/ and
# include/STAGE/, may include only the stages listed for it; nothing in the
# browser or the front ends reaches SQLite or the parser.
. "$(dirname "$0")/../lib.sh"
cd "$REPO"

# stage: the stages its files may include (besides the system's headers)
allowed() {
  case $1 in
    base)   echo "base" ;;
    report) echo "base report" ;;
    parse)  echo "base report parse" ;;
    index)  echo "base report parse index" ;;
    output) echo "base report output" ;;
    tui)    echo "base report index output tui" ;;
    front)  echo "base report index output tui front" ;;
    cli)    echo "base report parse index output tui front cli" ;;
  esac
}

bad=""
for dir in src/* include/*; do
  [ -d "$dir" ] || continue
  stage=${dir#*/}
  ok=$(allowed "$stage")
  if [ -z "$ok" ]; then bad="$bad $dir(unknown-stage)"; continue; fi
  for f in "$dir"/*.[ch]; do
    [ -f "$f" ] || continue
    for inc in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f"); do
      case $inc in
        */*) s=${inc%%/*}
             case " $ok " in *" $s "*) ;; *) bad="$bad $f:$inc" ;; esac ;;
        *)   [ -f "$(dirname "$f")/$inc" ] || bad="$bad $f:$inc(not-beside-it)" ;;
      esac
    done
  done
done
check "layout: every include runs down the pipeline${bad:+ (not:$bad)}" test -z "$bad"

# the browser and the front ends: no SQL, no parser
sql=$(grep -l '#include <sqlite3.h>' src/tui/* src/front/* include/tui/* include/front/* include/index/db.h 2>/dev/null)
check "layout: no sqlite3.h in the browser, the front ends or the query face${sql:+ ($sql)}" test -z "$sql"
parser=$(grep -l '#include "parse/' src/tui/* src/front/* src/output/* include/tui/* include/front/* include/output/* 2>/dev/null)
check "layout: no parser header in the browser, the front ends or output${parser:+ ($parser)}" test -z "$parser"
upward=$(grep -lE '#include "(index|tui|front|cli|output)/' src/parse/* include/parse/* 2>/dev/null)
check "layout: the parser includes nothing from index, output, tui, front or cli${upward:+ ($upward)}" test -z "$upward"

# no source file outside a stage folder
loose=$(ls src/*.c src/*.h include/*.h 2>/dev/null)
check "layout: every source file is in a stage folder${loose:+ ($loose)}" test -z "$loose"

# tests write temporary files under $TMPDIR or $TESTS_OUT, never /tmp by name:
# tests/run checks that each test leaves its TMPDIR empty, and cannot see /tmp
# (an absolute temporary directory, not one under a directory of the test's own)
named=$(grep -lE '(^|[^A-Za-z0-9_}/.])/tm[p]/' tests/unit/*.[ch] tests/cli/*.sh tests/lib.sh tests/run fuzz/*.[ch] 2>/dev/null)
check "layout: no test names a path in /tmp${named:+ ($named)}" test -z "$named"
