# What keeps coming back, on the fictional samples: their generator words
# some areas for development another way in odd years and records, in
# tests/samples-expect/, which request each rewords.  Every request said
# again (in the same or other words) in another report of its authority
# must share a group with it, and no group may hold two different
# requests; the items list shows a group's years.
. "$(dirname "$0")/../lib.sh"
T=$TESTS_OUT/repeats
mkdir -p "$T"
export LC_ALL=C.UTF-8
DB=$T/samples.db
"$ECMR" index -q -o "$DB" "$REPO/sample-reports" 2>/dev/null
for a in Ashcombe Castlemere Fenmarsh Kelderby Tollingham Wrenford; do
  "$ECMR" items -i "$DB" "$a" --kind improvement,recommendation --format json > "$T/$a.json"
done
# printed|original for every reworded request the generator wrote
sed -n 's/^item [^ ]* [^ ]* improvement \([^|]*[^ |]\)\( | timeframe=[^|]*\)\? | rewords=\(.*\)$/\1|\3/p' \
  "$REPO"/tests/samples-expect/*.expect | sort -u > "$T/rewords"
check "repeats: the samples reword some requests (at least 10)" test "$(wc -l < "$T/rewords")" -ge 10
cat > "$T/check.sql" <<SQL
CREATE TABLE rewords(printed TEXT, original TEXT);
.mode list
.separator |
.import $T/rewords rewords
CREATE TABLE it AS SELECT f.name AS auth, json_extract(i.value, '\$.year') || json_extract(i.value, '\$.type') AS report,
  json_extract(i.value, '\$.text') AS text, json_extract(i.value, '\$.group') AS grp
  FROM (SELECT 'Ashcombe' AS name UNION SELECT 'Castlemere' UNION SELECT 'Fenmarsh' UNION SELECT 'Kelderby'
        UNION SELECT 'Tollingham' UNION SELECT 'Wrenford') f, json_each(readfile('$T/' || f.name || '.json'), '\$.items') i;
-- the request an item stands for: what it rewords, else itself (recommendations start lower case)
CREATE TABLE req AS SELECT it.*, lower(coalesce((SELECT original FROM rewords WHERE lower(printed) = lower(it.text)), it.text)) AS base FROM it;
SELECT 'pairs', count(*), sum(a.text <> b.text) FROM req a JOIN req b ON a.auth = b.auth AND a.base = b.base AND a.report < b.report;
SELECT 'missed', count(*) FROM req a JOIN req b ON a.auth = b.auth AND a.base = b.base AND a.report < b.report
  WHERE a.grp IS NULL OR b.grp IS NULL OR a.grp <> b.grp;
SELECT 'mixed', count(*) FROM (SELECT auth, grp FROM req WHERE grp IS NOT NULL GROUP BY auth, grp HAVING count(DISTINCT base) > 1);
SELECT 'lone', count(*) FROM (SELECT auth, grp FROM req WHERE grp IS NOT NULL GROUP BY auth, grp HAVING count(DISTINCT report) < 2);
SQL
sqlite3 :memory: < "$T/check.sql" > "$T/result" 2> "$T/sql.err"
check "repeats: the check ran" test ! -s "$T/sql.err"
pairs=$(awk -F'|' '$1 == "pairs" { print $2 }' "$T/result")
reworded=$(awk -F'|' '$1 == "pairs" { print $3 }' "$T/result")
check "repeats: the samples repeat requests across reports ($pairs pairs, $reworded in other words)" \
  test "${pairs:-0}" -ge 20 -a "${reworded:-0}" -ge 10
check "repeats: every request said again in another report is grouped with it" grep -qx 'missed|0' "$T/result"
check "repeats: no group holds two different requests" grep -qx 'mixed|0' "$T/result"
check "repeats: every group spans two reports" grep -qx 'lone|0' "$T/result"

# the items list shows a group together, labelled with its years
"$ECMR" items -i "$DB" kelderby --kind improvement > "$T/k.txt"
check "repeats: a repeat's line names every year it was raised" \
  grep -q 'Increase the proportion of mothers who keep breastfeeding.  \[raised 2006, 2007, 2008\]' "$T/k.txt"
printf 'type f\ntype Kelderby\nkey Enter\nkey I\ndump items\n' > "$T/script"
env -i PATH="$PATH" HOME="$T" LC_ALL=C.UTF-8 "$ECMR" browse -i "$DB" --headless "$T/script" --dump-dir "$T" \
  --size 100x40 2> "$T/browse.err"
check "repeats: the items list opens" grep -q 'Kelderby: .* items, by outcome' "$T/items.txt"
# under Being healthy the breastfeeding request of 2006, 2007 and 2008 stands on three lines in a row
check "repeats: the list puts a group's items together, each labelled" \
  sh -c "grep -A5 'continue breastfeeding' '$T/items.txt' | grep -c 'raised 2006, 2007, 2008' | grep -qx 3"
