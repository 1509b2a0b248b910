# One file, many paths: a file or directory named twice, reached through
# hard or symbolic links, or through a tree of links, is read once (by the
# first path the walk meets: arguments in order, each directory sorted),
# and every other path gets one line saying which it is the same as.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/paths
rm -rf "$T"; mkdir -p "$T"
cd "$T" || exit 1
GOOD=$REPO/tests/cli/data/good-apa.txt

# report NAME: a fictional APA letter about NAME
report() { sed -e "s/Marlow Vale/$1/g" -e "s/MARLOW VALE/$(echo "$1" | tr '[:lower:]' '[:upper:]')/g" "$GOOD"; }
sources() { sqlite3 "$1" 'select source from report order by source' | tr '\n' ' '; }

mkdir -p dir
report "Ashby Fold" > dir/r.txt
report "Brackley Moor" > dir/s.txt

# index NAME PATH...: exit 0, and the index holds exactly the sources in $want
indexes() {
  local name=$1; shift
  timeout 60 "$ECMR" index -o "$name.db" "$@" > out 2> "$name.err"; rc=$?
  check "paths: $name: exit 0 (was 3, UNIQUE constraint failed)" test $rc -eq 0
  got=$(sources "$name.db" 2>/dev/null)
  if [ "$got" = "$want" ]; then pass "paths: $name: each file once"; else fail "paths: $name: each file once" "got $(echo $got | wc -w) sources '$(echo "$got" | cut -c1-120)', want '$want'"; fi
}

want="dir/r.txt dir/s.txt "
indexes twice dir dir
check "paths: twice: the second naming is reported" grep -q "^ecmr: dir: named more than once; read once" twice.err
indexes file-too dir dir/r.txt
check "paths: file-too: the file named again is reported" grep -q "^ecmr: dir/r.txt: named more than once; read once" file-too.err
check "paths: file-too: the summary counts it as skipped" grep -q ", 1 skipped, 0 failed" file-too.err
want="./dir/r.txt dir/s.txt "
indexes dot-slash ./dir/r.txt dir
check "paths: dot-slash: dir/r.txt is the same file as ./dir/r.txt" grep -q "^ecmr: dir/r.txt: the same file as ./dir/r.txt; read once" dot-slash.err

# a directory linked by another name: dir2/2008 and dir2/latest -> 2008
mkdir -p years/2007 years/2008
report "Carlton Heath" > years/2007/a.txt
report "Dunholme" > years/2008/b.txt
report "Eastry Vale" > years/2008/c.txt
ln -s 2008 years/latest
want="years/2007/a.txt years/2008/b.txt years/2008/c.txt "
indexes latest years
check "paths: latest: the link is named as the same directory" grep -q "^ecmr: years/latest: the same directory as years/2008; read once" latest.err
"$ECMR" export -i latest.db > latest.json
check "paths: latest: export holds each authority once" test "$(grep -c '"authority_short": "Dunholme"' latest.json)" -eq 1

# files by two names: a hard link and a symbolic link
mkdir -p links
report "Fairlop" > links/a.txt
ln links/a.txt links/b.txt
ln -s a.txt links/c.txt
want="links/a.txt "
indexes links links
check "paths: links: the hard link is reported" grep -q "^ecmr: links/b.txt: the same file as links/a.txt; read once" links.err
check "paths: links: the symbolic link is reported" grep -q "^ecmr: links/c.txt: the same file as links/a.txt; read once" links.err

# two links per level, twelve levels deep: 4,096 paths to one file
d=tree
for _ in $(seq 1 12); do mkdir -p "$d/a"; ln -s a "$d/b"; d=$d/a; done
report "Greywell" > "$d/r.txt"
want="$d/r.txt "
indexes tree tree
check "paths: tree: one line for each second way in, no more" test "$(wc -l < tree.err)" -le 13
exit 0
