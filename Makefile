# ecmr: GNU make build.
#
#   make            build build/ecmr
#   make check      build and run every test (normal build, then ASan+UBSan)
#   make run        install build dependencies if possible, index sample-reports/, open the browser
#   make install    PREFIX (default /usr/local) and DESTDIR honoured
#   make fuzz       build the libFuzzer targets (clang) and run each FUZZ_TIME seconds
#
# Every src/*.c is part of the program; every tests/unit/test_*.c is a unit
# test binary linked against all program objects except main.o.  Adding a file
# therefore needs no change here.

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
              -Wno-missing-field-initializers $(OPT) $(SAN) $(CFLAGS)
ALL_CPPFLAGS = -Iinclude $(PKG_CFLAGS) -D_GNU_SOURCE -DECMR_VERSION='"$(VERSION)"' \
              -DECMR_DATADIR='"$(DATADIR)"' $(CPPFLAGS)
ALL_LDFLAGS = $(SAN) $(LDFLAGS)
LIBS        = $(PKG_LIBS) -lm

SRC      := $(wildcard src/*.c)
OBJ      := $(SRC:src/%.c=$(BUILD)/%.o)
LIBOBJ   := $(filter-out $(BUILD)/main.o,$(OBJ))
TESTSRC  := $(wildcard tests/unit/test_*.c)
TESTBIN  := $(TESTSRC:tests/unit/%.c=$(BUILD)/tests/%)
TOOLSRC  := $(wildcard tools/*.c)
TOOLBIN  := $(TOOLSRC:tools/%.c=$(BUILD)/tools/%)

.PHONY: all check check-fast check-san run install uninstall clean samples bench fuzz fuzz-bins memcheck deps

all: $(BUILD)/ecmr $(TESTBIN) $(TOOLBIN)

$(BUILD)/ecmr: $(OBJ)
	$(CC) $(ALL_LDFLAGS) -o $@ $(OBJ) $(LIBS)

$(BUILD)/%.o: src/%.c $(wildcard include/*.h) | $(BUILD)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c tests/unit/check.h $(LIBOBJ) | $(BUILD)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) -Itests/unit $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIBOBJ) $(LIBS)

# Tools (the sample-report generator, fuzz drivers) may use the authorities table.
$(BUILD)/tools/%: tools/%.c $(BUILD)/authorities_data.o | $(BUILD)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(BUILD)/authorities_data.o $(LIBS)

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
# seconds, writes what it finds to build-fuzz/artifacts/NAME/ and fails if
# anything crashed, leaked or hung.  Turn a find into a regression input by
# copying it to tests/fuzz-regress/NAME/.
FUZZ_TIME ?= 60
FUZZSRC   := $(wildcard fuzz/fuzz_*.c)
FUZZBIN    = $(FUZZSRC:fuzz/%.c=$(BUILD)/fuzz/%)

fuzz:
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang OPT='-O1 -g -fno-omit-frame-pointer' \
	    SAN='-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all' fuzz-bins
	@tools/fuzz.sh build-fuzz $(FUZZ_TIME)

fuzz-bins: $(FUZZBIN)

# The replay test includes fuzz/targets.c whole (unit tests are built as one file).
$(BUILD)/tests/test_fuzz_regress: fuzz/targets.c fuzz/targets.h

$(BUILD)/fuzz/%: fuzz/%.c fuzz/targets.c fuzz/targets.h $(LIBOBJ) | $(BUILD)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) -Ifuzz $(ALL_CFLAGS) -fsanitize=fuzzer $(ALL_LDFLAGS) -o $@ \
	    $< fuzz/targets.c $(LIBOBJ) $(LIBS)

run:
	@tools/deps.sh --install
	@$(MAKE) --no-print-directory all
	$(BUILD)/ecmr index -o $(BUILD)/sample.db sample-reports
	$(BUILD)/ecmr browse -i $(BUILD)/sample.db

samples: $(BUILD)/tools/gen-reports
	$(BUILD)/tools/gen-reports -o sample-reports

install: $(BUILD)/ecmr
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR)/themes
	install -m 755 $(BUILD)/ecmr $(DESTDIR)$(BINDIR)/ecmr
	install -m 644 man/ecmr.1 $(DESTDIR)$(MANDIR)/man1/ecmr.1
	install -m 644 themes/*.yaml $(DESTDIR)$(DATADIR)/themes/
	$(BUILD)/ecmr index -q -o $(DESTDIR)$(DATADIR)/sample.db sample-reports

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ecmr $(DESTDIR)$(MANDIR)/man1/ecmr.1
	rm -f $(DESTDIR)$(DATADIR)/themes/*.yaml $(DESTDIR)$(DATADIR)/sample.db
	-rmdir $(DESTDIR)$(DATADIR)/themes $(DESTDIR)$(DATADIR) 2>/dev/null

clean:
	rm -rf build build-san build-* tests/out
