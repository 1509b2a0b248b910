# ecmr: GNU make build.
#
#   make            build build/ecmr
#   make check      build and run every test (normal build, then ASan+UBSan)
#   make run        install build dependencies if possible, index sample-reports/, open the browser
#   make install    PREFIX (default /usr/local) and DESTDIR honoured; builds the
#                   sample index DATADIR/sample.db when sample-reports/ exists
#   make uninstall  removes what make install wrote, and the directories it made
#   make fuzz       build the libFuzzer targets (clang) and run each FUZZ_TIME seconds
#
# Every src/STAGE/*.c is part of the program; every tests/unit/test_*.c is a
# unit test binary linked against all program objects except main.o.  Adding
# a file therefore needs no change here.

PKGS      := ncursesw sqlite3 yaml-0.1
PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
MANDIR    ?= $(PREFIX)/share/man
DATADIR   ?= $(PREFIX)/share/ecmr
BUILD     ?= build
CC        ?= cc
OPT       ?= -O2 -g
SAN       ?=
VERSION   := 0.1.0

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

ALL_CFLAGS  = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
              -Wno-missing-field-initializers -pthread $(OPT) $(SAN) $(CFLAGS)
ALL_CPPFLAGS = -Iinclude $(PKG_CFLAGS) -D_GNU_SOURCE -DECMR_VERSION='"$(VERSION)"' \
              -DECMR_DATADIR='"$(DATADIR)"' $(CPPFLAGS)
ALL_LDFLAGS = $(SAN) $(LDFLAGS)
LIBS        = $(PKG_LIBS) -lm -pthread

# Sources are grouped by pipeline stage (src/STAGE/*.c, see README "For
# developers"); objects mirror them under BUILD/obj.  Every object records
# the headers it included (-MMD -MP, BUILD/obj/STAGE/NAME.d), so touching
# any header, public or private, rebuilds exactly what uses it.
SRC      := $(wildcard src/*/*.c)
OBJ      := $(SRC:src/%.c=$(BUILD)/obj/%.o)
LIBOBJ   := $(filter-out $(BUILD)/obj/cli/main.o,$(OBJ))
TESTSRC  := $(wildcard tests/unit/test_*.c)
TESTBIN  := $(TESTSRC:tests/unit/%.c=$(BUILD)/tests/%)
TOOLSRC  := $(wildcard tools/*.c)
TOOLBIN  := $(TOOLSRC:tools/%.c=$(BUILD)/tools/%)
DEPFLAGS  = -MMD -MP

.PHONY: all check check-fast check-san run install uninstall clean samples bench fuzz fuzz-bins memcheck deps FORCE

all: $(BUILD)/ecmr $(TESTBIN) $(TOOLBIN)

$(BUILD)/ecmr: $(OBJ)
	$(CC) $(ALL_LDFLAGS) -o $@ $(OBJ) $(LIBS)

$(BUILD)/obj/%.o: src/%.c $(BUILD)/config | $(BUILD)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

# The values compiled into the program.  The file changes only when they do,
# so `make install PREFIX=/usr` after a plain `make` rebuilds the objects
# rather than installing a binary that looks for its data under /usr/local.
# It is brought up to date when the Makefile is read, not by a rule that
# always runs, so that `make -n -W HEADER` can tell what a header change
# rebuilds (tests/cli/build_deps.sh).
CONFIG_LINE := VERSION=$(VERSION) DATADIR=$(DATADIR)
ifeq ($(filter clean,$(MAKECMDGOALS)),)
$(shell mkdir -p $(BUILD) && { echo '$(CONFIG_LINE)' | cmp -s - $(BUILD)/config || \
	echo '$(CONFIG_LINE)' > $(BUILD)/config; })
endif

FORCE:

# A unit test is one file linked with every program object but main.o (and,
# for the fuzz replay, the fuzz targets' object).
$(BUILD)/tests/%: tests/unit/%.c $(LIBOBJ) | $(BUILD)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) -Itests/unit -Ifuzz $(ALL_CFLAGS) $(DEPFLAGS) -MF $@.d $(ALL_LDFLAGS) -o $@ $< \
	    $(filter-out $(LIBOBJ),$(filter %.o,$^)) $(LIBOBJ) $(LIBS)

$(BUILD)/tests/test_fuzz_regress: $(BUILD)/obj/fuzz/targets.o
$(BUILD)/obj/fuzz/targets.o: fuzz/targets.c | $(BUILD)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) -Ifuzz $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

-include $(OBJ:.o=.d) $(TESTBIN:=.d) $(BUILD)/obj/fuzz/targets.d $(TOOLBIN:=.d)

# Tools (the sample-report generator, fuzz drivers) may use the authorities table.
$(BUILD)/tools/%: tools/%.c $(BUILD)/obj/parse/authorities_data.o | $(BUILD)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(DEPFLAGS) -MF $@.d $(ALL_LDFLAGS) -o $@ $< $(BUILD)/obj/parse/authorities_data.o $(LIBS)

# Benchmark drivers (make bench): linked like the unit tests; ptyrun needs forkpty.
BENCHBIN := $(BUILD)/bench/browser_bench $(BUILD)/bench/ptyrun $(BUILD)/bench/cputime
$(BUILD)/bench/browser_bench: tests/bench/browser_bench.c $(LIBOBJ) | $(BUILD)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(DEPFLAGS) -MF $@.d $(ALL_LDFLAGS) -o $@ $< $(LIBOBJ) $(LIBS)
$(BUILD)/bench/ptyrun: tests/bench/ptyrun.c | $(BUILD)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -D_GNU_SOURCE $(ALL_LDFLAGS) -o $@ $< -lutil
$(BUILD)/bench/cputime: tests/bench/cputime.c | $(BUILD)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -D_GNU_SOURCE $(ALL_LDFLAGS) -o $@ $<

# Speed, memory and terminal traffic against their floors (never part of make check).
bench: all $(BENCHBIN)
	@tests/bench/run $(BUILD)

$(BUILD):
	@mkdir -p $@

# The whole suite twice: once as built, once under AddressSanitizer and
# UndefinedBehaviorSanitizer.  tests/run prints the closing "N passed, N failed".
check: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory BUILD=build-san CC=clang OPT='-O1 -g -fno-omit-frame-pointer' \
	    SAN='-fsanitize=address,undefined -fno-sanitize-recover=all' all
	@tests/run build build-san

# Only the plain build: quicker while working.
check-fast: all
	@tests/run $(BUILD)

deps:
	@tools/deps.sh --check-build

# Fuzzing: every fuzz/fuzz_*.c is a libFuzzer driver whose body is in
# fuzz/targets.c (shared with the replay in tests/unit/test_fuzz_regress.c).
# The program objects are built into build-fuzz/ with coverage hooks
# (fuzzer-no-link) and ASan+UBSan; each driver is linked with the fuzzer
# runtime into build-fuzz/fuzz/NAME; tools/fuzz.sh runs each for FUZZ_TIME
# seconds (FUZZ_SEED, when set, fixes libFuzzer's seed), writes what it finds
# to build-fuzz/artifacts/NAME/ and fails if anything crashed, leaked or hung.  Turn a find into a regression input by
# copying it to tests/fuzz-regress/NAME/.
FUZZ_TIME ?= 60
FUZZ_SEED ?=
FUZZSRC   := $(wildcard fuzz/fuzz_*.c)
FUZZBIN    = $(FUZZSRC:fuzz/%.c=$(BUILD)/fuzz/%)

fuzz:
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang OPT='-O1 -g -fno-omit-frame-pointer' \
	    SAN='-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all' fuzz-bins
	@tools/fuzz.sh build-fuzz $(FUZZ_TIME) $(FUZZ_SEED)

fuzz-bins: $(FUZZBIN)

# Each driver is linked with the targets' object (the replay test links the same one).
$(BUILD)/fuzz/%: fuzz/%.c $(BUILD)/obj/fuzz/targets.o $(LIBOBJ) | $(BUILD)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) -Ifuzz $(ALL_CFLAGS) $(DEPFLAGS) -MF $@.d -fsanitize=fuzzer $(ALL_LDFLAGS) -o $@ \
	    $< $(BUILD)/obj/fuzz/targets.o $(LIBOBJ) $(LIBS)

run:
	@tools/deps.sh --install
	@$(MAKE) --no-print-directory all
	$(BUILD)/ecmr index -o $(BUILD)/sample.db sample-reports
	$(BUILD)/ecmr browse -i $(BUILD)/sample.db

samples: $(BUILD)/tools/gen-reports
	rm -f sample-reports/*.txt tests/samples-expect/*.expect
	$(BUILD)/tools/gen-reports -o sample-reports --expect tests/samples-expect

# install records every directory it had to make (DESTDIR not included) in
# DATADIR/installed-dirs; uninstall removes the files install wrote, then those
# directories, deepest first, where they are empty.  Directories that were
# there before (/usr/local/bin) are never removed.
INSTALL_DIRS = $(BINDIR) $(MANDIR)/man1 $(DATADIR)/themes
THEMES       = $(notdir $(wildcard themes/*.yaml))

install: $(BUILD)/ecmr
	@set -e; made=; \
	for d in $(INSTALL_DIRS); do \
	    while [ "$$d" != / ] && [ "$$d" != . ] && [ ! -d "$(DESTDIR)$$d" ]; do \
	        made="$$made $$d"; d=$$(dirname "$$d"); \
	    done; \
	done; \
	echo "install -d $(addprefix $(DESTDIR),$(INSTALL_DIRS))"; \
	install -d $(addprefix $(DESTDIR),$(INSTALL_DIRS)); \
	for d in $$made; do echo "$$d"; done >> "$(DESTDIR)$(DATADIR)/installed-dirs"
	install -m 755 $(BUILD)/ecmr $(DESTDIR)$(BINDIR)/ecmr
	install -m 644 man/ecmr.1 $(DESTDIR)$(MANDIR)/man1/ecmr.1
	install -m 644 $(addprefix themes/,$(THEMES)) $(DESTDIR)$(DATADIR)/themes/
	@if [ -d sample-reports ]; then \
	    echo "$(BUILD)/ecmr index -q -o $(DESTDIR)$(DATADIR)/sample.db sample-reports"; \
	    $(BUILD)/ecmr index -q -o "$(DESTDIR)$(DATADIR)/sample.db" sample-reports; \
	else \
	    echo "make install: no sample-reports/ directory; the sample index is not installed"; \
	fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ecmr $(DESTDIR)$(MANDIR)/man1/ecmr.1
	rm -f $(addprefix $(DESTDIR)$(DATADIR)/themes/,$(THEMES)) $(DESTDIR)$(DATADIR)/sample.db
	@list="$(DESTDIR)$(DATADIR)/installed-dirs"; made=; \
	if [ -f "$$list" ]; then made=$$(sort -r -u "$$list"); rm -f "$$list"; fi; \
	for d in $(DATADIR)/themes $(DATADIR) $$made; do \
	    if [ -d "$(DESTDIR)$$d" ]; then rmdir "$(DESTDIR)$$d" 2>/dev/null || echo "make uninstall: $(DESTDIR)$$d is not empty; left in place"; fi; \
	done

clean:
	rm -rf build build-san build-* tests/out
