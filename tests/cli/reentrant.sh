# Functions that keep hidden state between calls are not used: strtok
# remembers where it stopped in one static pointer shared by every caller
# and every thread (the parser runs on reader threads), so a strtok loop
# whose body splits another string, or a strtok in the same argument list
# as the string it cuts, goes wrong silently.  strtok_r or splitting by
# hand instead.
. "$(dirname "$0")/../lib.sh"
cd "$REPO"

found=$(grep -rnE '(^|[^_a-z])strtok[[:space:]]*\(' src include tools tests/unit fuzz 2>/dev/null | cut -d: -f1,2 | tr '\n' ' ')
check "reentrant: no strtok in the sources${found:+ (at: $found)}" test -z "$found"
