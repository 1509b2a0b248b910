/*
 * targets.h: the bodies of the fuzz targets, shared by the libFuzzer
 * drivers (fuzz/fuzz_*.c) and the regression replay in `make check`
 * (tests/unit/test_fuzz_regress.c), so that an input that once crashed is
 * replayed through exactly the code the fuzzer ran.
 *
 * Each fuzz_one_* takes arbitrary bytes, runs them through one part of
 * ecmr, frees everything it made, and returns 0; or, when an invariant
 * breaks (a control character in text bound for the terminal, a line wider
 * than asked for), prints what broke to stderr and returns 1.  The
 * drivers abort() on 1, so the fuzzer keeps the input.  A crash, leak or
 * undefined behaviour is left to the sanitizers.
 *
 * The locale must be UTF-8 (setlocale(LC_ALL, "C.UTF-8")) before any call:
 * display widths come from wcwidth.
 */
#ifndef ECMR_FUZZ_TARGETS_H
#define ECMR_FUZZ_TARGETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* parse_report, then section_text_render of each section and the whole report, ASCII and not. */
int fuzz_one_parse(const uint8_t *data, size_t len);

/* theme_parse. */
int fuzz_one_theme(const uint8_t *data, size_t len);

/*
 * display_glyph, display_string, display_wrap and grid_put.  The first
 * three bytes choose the options (ASCII, keep newlines), the width and the
 * column; the rest is the text.
 */
int fuzz_one_display(const uint8_t *data, size_t len);

/*
 * Build an index of the reports (*.txt) in DATADIR in a fresh temporary
 * directory and open it for fuzz_one_show.  Returns 0, or -1 after printing
 * why.  fuzz_show_done closes and removes it.
 */
int fuzz_show_init(const char *datadir);
void fuzz_show_done(void);

/* show_resolve on the input split at '\n' into 1 to 3 arguments, then render what it found. */
int fuzz_one_show(const uint8_t *data, size_t len);

/*
 * The first byte of S that a terminal must not get: a C0 control other than
 * '\n' (when NEWLINES), DEL, a C1 control (raw or UTF-8 encoded), a byte
 * that is not part of valid UTF-8, or, when ASCII, any byte over 0x7F.
 * NULL when S is safe.
 */
const char *fuzz_unsafe_byte(const char *s, bool newlines, bool ascii);

/*
 * What every driver does at start-up: a UTF-8 locale; with INDEX, the
 * index for fuzz_one_show from $ECMR_FUZZ_DATA or tests/screens/data (run
 * from the top of the tree), removed at exit.  Exits on failure.
 */
void fuzz_start(bool index);

/* A whole libFuzzer driver for target ONE (fuzz_one_*); an invariant broken keeps the input. */
#define FUZZ_DRIVER(one, index)                                                         \
	int LLVMFuzzerInitialize(int *argc, char ***argv);                              \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);                    \
	int LLVMFuzzerInitialize(int *argc, char ***argv)                               \
	{                                                                               \
		(void)argc;                                                             \
		(void)argv;                                                             \
		fuzz_start(index);                                                      \
		return 0;                                                               \
	}                                                                               \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)                     \
	{                                                                               \
		if (one(data, len))                                                     \
			abort();                                                        \
		return 0;                                                               \
	}

#endif
