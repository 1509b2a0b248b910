# make install / make uninstall: into a scratch DESTDIR (everything install
# writes is there and works; uninstall leaves nothing behind), and into a
# scratch PREFIX, where the installed ecmr run with no index of the user's
# opens the installed sample index and says so.  Uses its own build
# directories, since PREFIX is compiled in.  Once, with the plain build.
. "$(dirname "$0")/../lib.sh"
case "$ECMR" in *san*) skip "install" "checked once, with the plain build"; exit 0 ;; esac
T=$TESTS_OUT/install
rm -rf "$T"; mkdir -p "$T/dest" "$T/home"
MAKE="make --no-print-directory -C $REPO"

$MAKE BUILD=build-install install DESTDIR="$T/dest" PREFIX=/usr > "$T/install.log" 2>&1 </dev/null
check "install: make install into a DESTDIR succeeds" test $? -eq 0
for f in usr/bin/ecmr usr/share/man/man1/ecmr.1 usr/share/ecmr/themes/default.yaml \
         usr/share/ecmr/themes/mono.yaml usr/share/ecmr/sample.db; do
  check "install: installs $f" test -f "$T/dest/$f"
done
check "install: the installed binary runs" "$T/dest/usr/bin/ecmr" --version
check "install: the installed sample index holds the sample reports" \
  sh -c "'$T/dest/usr/bin/ecmr' export -i '$T/dest/usr/share/ecmr/sample.db' | grep -q '\"authority_short\": \"Kelderby\"'"
$MAKE BUILD=build-install uninstall DESTDIR="$T/dest" PREFIX=/usr > "$T/uninstall.log" 2>&1 </dev/null
check "install: make uninstall succeeds" test $? -eq 0
check "install: uninstall leaves nothing behind" sh -c "[ -z \"\$(find '$T/dest' -mindepth 1)\" ]"

# a real prefix: the installed ecmr finds its sample index and themes
P=$T/prefix
$MAKE BUILD=build-install-prefix install PREFIX="$P" > "$T/install2.log" 2>&1 </dev/null
printf 'dump first\n' > "$T/keys"
env -i PATH="$PATH" HOME="$T/home" LC_ALL=C.UTF-8 ECMR_THEME=mono "$P/bin/ecmr" browse --headless "$T/keys" \
  --dump-dir "$T" > "$T/out" 2> "$T/err"
check "install: with no index of the user's, the installed sample index opens" grep -q "Kelderby" "$T/first.txt"
check "install: ... and the status line says so, with the command to index their own" \
  sh -c "tail -1 '$T/first.txt' | grep -q 'Sample reports. Index your own: ecmr index -o INDEX DIR; ecmr -i INDEX'"
check "install: the installed themes are found by name" test ! -s "$T/err"
$MAKE BUILD=build-install-prefix uninstall PREFIX="$P" > /dev/null 2>&1 </dev/null
check "install: uninstall from a prefix leaves nothing behind" sh -c "[ -z \"\$(find '$P' -type f)\" ]"
