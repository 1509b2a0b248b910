# The build knows what each object includes (-MMD -MP): for every header,
# the objects make would rebuild if it changed (`make -n -W HEADER`, which
# pretends it changed without touching it) are exactly the sources that
# include it, directly or through other headers.  Before dependency files,
# editing a header under src/ (parse_internal.h) rebuilt nothing.
. "$(dirname "$0")/../lib.sh"
cd "$REPO"
command -v make >/dev/null || { skip "build deps" "make is not installed"; exit 0; }
command -v perl >/dev/null || { skip "build deps" "perl is not installed"; exit 0; }
BUILD_DIR=${BUILD:-$REPO/build}
BUILD_REL=${BUILD_DIR#"$REPO"/}
[ -d "$BUILD_DIR/obj" ] || { skip "build deps" "no objects in $BUILD_REL"; exit 0; }
CLOSURE="$REPO/tests/cli/lib/include-closure.pl"

bad=""
checked=0
for h in include/*/*.h src/*/*.h; do
  [ -f "$h" ] || continue
  want=$(perl "$CLOSURE" "$h" | sed -e "s|^src/|$BUILD_REL/obj/|" -e 's|\.c$|.o|' | sort)
  got=$(env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -n -W "$h" BUILD="$BUILD_REL" all 2>/dev/null |
        grep -o -- "-o $BUILD_REL/obj/[^ ]*\.o" | sed 's/^-o //' | grep -v '/obj/fuzz/' | sort -u)
  checked=$((checked + 1))
  [ "$want" = "$got" ] || bad="$bad $h"
done
check "build deps: touching any of $checked headers rebuilds exactly the objects that include it${bad:+ (not:$bad)}" \
  test -z "$bad" -a "$checked" -gt 20
