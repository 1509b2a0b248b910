#!/bin/sh
# Make sure the Debian packages ecmr needs are present.
#
#   tools/deps.sh --install      build + run dependencies (make run)
#   tools/deps.sh --check-build  build + test dependencies (make check)
#
# Installs with apt-get when run as root or when sudo works without a
# password; otherwise prints the exact command to run and fails.
set -u
BUILD_PKGS="gcc make pkg-config libncurses-dev libsqlite3-dev libyaml-dev less"
TEST_PKGS="clang libclang-rt-dev tmux groff-base poppler-utils sqlite3 valgrind"

case "${1:---install}" in
  --install) want="$BUILD_PKGS" ;;
  --check-build) want="$BUILD_PKGS $TEST_PKGS" ;;
  *) echo "usage: tools/deps.sh [--install|--check-build]" >&2; exit 2 ;;
esac

missing=""
for p in $want; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ecmr: missing packages:$missing (install them with your package manager)" >&2
  exit 1
fi
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "ecmr: missing packages; run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
  exit 1
fi
echo "ecmr: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq $missing >/dev/null
