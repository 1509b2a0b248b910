/*
 * test_fuzz_regress.c: every input that once crashed or hung a fuzz target
 * (tests/fuzz-regress/NAME/), and the fuzzers' own seeds (fuzz/seeds/NAME/),
 * replayed through the same code the target runs.
 *
 * The bodies are linked, not included: the Makefile links this test with
 * the object the fuzz drivers are linked with (fuzz/targets.c).  They return 1
 * when text bound for the terminal holds a control character or a line is
 * wider than asked, after saying why on stderr; a crash, leak or undefined
 * behaviour shows in the sanitizer build (build-san).
 */
#include "check.h"

#include "targets.h"
#include "base/util.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include <locale.h>

typedef int (*fuzz_fn)(const uint8_t *data, size_t len);

/* Replay each file in DIR through ONE; returns how many were replayed. */
static int replay_dir(const char *dir, fuzz_fn one)
{
	DIR *d = opendir(dir);
	int n = 0;
	for (struct dirent *e; d && (e = readdir(d));) {
		if (e->d_name[0] == '.' || strcmp(e->d_name, "README") == 0)
			continue;
		char *path = xasprintf("%s/%s", dir, e->d_name);
		char *data = NULL;
		size_t len = 0;
		if (read_file(path, &data, &len) != 0) {
			printf("FAIL: %s: cannot read %s\n", check_current, path);
			check_failures_here++;
		} else if (one((const uint8_t *)data, len) != 0) {
			printf("FAIL: %s: %s broke an invariant (the reason is above)\n", check_current, path);
			check_failures_here++;
		}
		n++;
		free(data);
		free(path);
	}
	if (d)
		closedir(d);
	return n;
}

/* The regressions and seeds of target NAME; there must be some. */
static void replay(const char *name, fuzz_fn one)
{
	char *regress = xasprintf("tests/fuzz-regress/%s", name), *seeds = xasprintf("fuzz/seeds/%s", name);
	int n = replay_dir(regress, one);
	CHECK(n > 0);
	replay_dir(seeds, one);
	free(regress);
	free(seeds);
}

static void regress_parse(void) { replay("parse", fuzz_one_parse); }
static void regress_theme(void) { replay("theme", fuzz_one_theme); }
static void regress_display(void) { replay("display", fuzz_one_display); }

static void regress_show(void)
{
	CHECK_INT(fuzz_show_init("tests/screens/data"), 0);
	replay("show", fuzz_one_show);
	fuzz_show_done();
}

/* The checker itself: what it must refuse and what it must let through. */
static void unsafe_bytes(void)
{
	CHECK(fuzz_unsafe_byte("plain text", false, true) == NULL);
	CHECK(fuzz_unsafe_byte("two\nlines", true, true) == NULL);
	CHECK(fuzz_unsafe_byte("two\nlines", false, false) != NULL);
	CHECK(fuzz_unsafe_byte("caf\xc3\xa9 \xe2\x80\x94 \xe6\xbc\xa2", false, false) == NULL);
	CHECK(fuzz_unsafe_byte("caf\xc3\xa9", false, true) != NULL);
	CHECK(fuzz_unsafe_byte("esc \x1b[2J", true, false) != NULL);
	CHECK(fuzz_unsafe_byte("tab\there", true, false) != NULL);
	CHECK(fuzz_unsafe_byte("del \x7f", true, false) != NULL);
	CHECK(fuzz_unsafe_byte("raw csi \x9b" "2J", true, false) != NULL);
	CHECK(fuzz_unsafe_byte("encoded csi \xc2\x9b" "2J", true, false) != NULL);
	CHECK(fuzz_unsafe_byte("cut \xe2\x80", true, false) != NULL);
}

int main(void)
{
	/* widths come from the locale: replay as the fuzzers run, in a UTF-8 one */
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "");
	RUN(unsafe_bytes);
	RUN(regress_parse);
	RUN(regress_theme);
	RUN(regress_display);
	RUN(regress_show);
	return check_done();
}
