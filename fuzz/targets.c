/*
 * targets.c: the bodies of the fuzz targets (see targets.h).
 *
 * Compiled into each fuzz driver by the Makefile's fuzz rule, and included
 * whole by tests/unit/test_fuzz_regress.c (unit tests are built as one
 * file), so the replay needs no Makefile rule of its own.
 */
#include "targets.h"
#include "index/db.h"
#include "base/display.h"
#include "tui/grid.h"
#include "index/index.h"
#include "parse/parse.h"
#include "output/section_text.h"
#include "cli/show_resolve.h"
#include "parse/source.h"
#include "tui/theme.h"
#include "base/util.h"
#include "base/utf8.h"

#include <dirent.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *fuzz_unsafe_byte(const char *s, bool newlines, bool ascii)
{
	while (*s) {
		unsigned char c = (unsigned char)*s;
		if (c == '\n' && newlines) {
			s++;
			continue;
		}
		if (c < 0x20 || c == 0x7F || (ascii && c >= 0x80))
			return s;
		unsigned cp;
		int n = utf8_decode(s, &cp);
		if ((cp == 0xFFFD && n == 1) || (cp >= 0x80 && cp <= 0x9F))
			return s;
		s += n;
	}
	return NULL;
}

/* Report text WHAT holding an unsafe byte at BAD; returns 1. */
static int unsafe(const char *what, const char *text, const char *bad)
{
	fprintf(stderr, "fuzz: %s holds byte 0x%02x at offset %zu\n", what, (unsigned char)*bad,
		(size_t)(bad - text));
	return 1;
}

/* A NUL-terminated copy of the input (inputs may hold NULs: C strings stop there). */
static char *input_string(const uint8_t *data, size_t len)
{
	char *s = xmalloc(len + 1);
	if (len)
		memcpy(s, data, len);
	s[len] = '\0';
	return s;
}

/* Render section S of R (NULL: all) both ways and check what a terminal would get. */
static int check_render(const struct report *r, const struct section *s, int width)
{
	int bad = 0;
	for (int ascii = 0; ascii <= 1 && !bad; ascii++) {
		char *text = section_text_render(r, s, width, ascii);
		const char *at = fuzz_unsafe_byte(text, true, ascii);
		if (at)
			bad = unsafe(ascii ? "rendered text (ASCII)" : "rendered text", text, at);
		free(text);
	}
	return bad;
}

/* ---- the report parser ------------------------------------------------ */

int fuzz_one_parse(const uint8_t *data, size_t len)
{
	struct report r = {0};
	char *err = NULL;
	parse_report((const char *)data, len, "fuzz.txt", &r, &err);
	free(err);
	/* the pager's widths vary with the terminal: take one from the input */
	int width = 20 + (int)(len % 100);
	int bad = 0;
	for (size_t i = 0; i < r.nsections && !bad; i++)
		bad = check_render(&r, &r.sections[i], width);
	if (!bad)
		bad = check_render(&r, NULL, width);
	report_free(&r);
	return bad;
}

/* ---- the theme loader ------------------------------------------------- */

int fuzz_one_theme(const uint8_t *data, size_t len)
{
	struct theme t;
	char *err = NULL;
	int rc = theme_parse((const char *)data, len, "fuzz.yaml", &t, &err);
	int bad = 0;
	if ((rc == 0) != (err == NULL)) {
		fprintf(stderr, "fuzz: theme_parse returned %d with error %s\n", rc, err ? err : "(none)");
		bad = 1;
	}
	/* the warning is printed on the terminal, one line */
	const char *at = err ? fuzz_unsafe_byte(err, false, false) : NULL;
	if (at && !bad)
		bad = unsafe("theme error", err, at);
	if (!memchr(t.name, '\0', sizeof t.name)) {
		fprintf(stderr, "fuzz: theme name not terminated\n");
		bad = 1;
	}
	for (int i = 0; i < ROLE_COUNT && !bad; i++) {
		const struct style *st[] = { &t.color[i], &t.color8[i], &t.mono[i] };
		for (size_t k = 0; k < 3; k++)
			if (st[k]->fg < THEME_COLOR_DEFAULT || st[k]->fg > 255 ||
			    st[k]->bg < THEME_COLOR_DEFAULT || st[k]->bg > 255) {
				fprintf(stderr, "fuzz: role %s colour %d/%d out of range\n",
					theme_role_name((enum role)i), st[k]->fg, st[k]->bg);
				bad = 1;
			}
	}
	free(err);
	return bad;
}

/* ---- display and grid ------------------------------------------------- */

struct wrap_check {
	const char *text;  /* the string being wrapped */
	int width;
	bool ascii;
	int bad;
};

/* Each wrapped line: inside the text, no '\n', no wider than asked unless it is one glyph. */
static void wrap_line(void *ctx, const char *start, const char *end)
{
	struct wrap_check *w = ctx;
	if (w->bad)
		return;
	size_t tlen = strlen(w->text);
	if (start < w->text || end < start || end > w->text + tlen) {
		fprintf(stderr, "fuzz: display_wrap line outside its text\n");
		w->bad = 1;
		return;
	}
	if (memchr(start, '\n', (size_t)(end - start))) {
		fprintf(stderr, "fuzz: display_wrap line holds a newline\n");
		w->bad = 1;
		return;
	}
	int cols = 0, glyphs = 0;
	for (const char *p = start; p < end;) {
		char g[GLYPH_MAX];
		int gw;
		display_glyph(&p, w->ascii, g, &gw);
		cols += gw;
		glyphs++;
	}
	if (cols > w->width && glyphs > 1) {
		fprintf(stderr, "fuzz: display_wrap line of %d columns, asked for %d\n", cols, w->width);
		w->bad = 1;
	}
}

/* Every glyph of S on its own: safe, terminated, a sane width, progress made. */
static int check_glyphs(const char *s, bool ascii)
{
	const char *p = s, *end = s + strlen(s);
	while (*p) {
		const char *before = p;
		char g[GLYPH_MAX];
		memset(g, 'x', sizeof g);
		int w = -1;
		display_glyph(&p, ascii, g, &w);
		if (p <= before || p > end || p - before > 4) {
			fprintf(stderr, "fuzz: display_glyph moved %td bytes\n", p - before);
			return 1;
		}
		if (!memchr(g, '\0', GLYPH_MAX)) {
			fprintf(stderr, "fuzz: display_glyph output not terminated\n");
			return 1;
		}
		const char *at = fuzz_unsafe_byte(g, false, ascii);
		if (at)
			return unsafe("glyph", g, at);
		if (w < 0 || w > (ascii ? (int)strlen(g) : 2) || (w == 0) != (g[0] == '\0')) {
			fprintf(stderr, "fuzz: glyph \"%s\" of width %d\n", g, w);
			return 1;
		}
	}
	return 0;
}

/* grid_put into a 2-row grid: clipped, safe cells, the other row untouched. */
static int check_grid(const char *s, bool ascii, int cols, int x, int maxw)
{
	struct grid g = {0};
	g.ascii = ascii;
	grid_resize(&g, 2, cols);
	int used = grid_put(&g, 0, x, maxw, s, ROLE_STRENGTH);
	int room = x < 0 || x >= cols ? 0 : (maxw < cols - x ? maxw : cols - x);
	int bad = 0;
	if (used < 0 || used > (room > 0 ? room : 0)) {
		fprintf(stderr, "fuzz: grid_put used %d columns of %d\n", used, room);
		bad = 1;
	}
	for (int y = 0; y < 2 && !bad; y++)
		for (int c = 0; c < cols && !bad; c++) {
			const struct cell *cell = grid_cell(&g, y, c);
			if (!memchr(cell->glyph, '\0', GLYPH_MAX)) {
				fprintf(stderr, "fuzz: cell %d,%d not terminated\n", y, c);
				bad = 1;
			} else if (fuzz_unsafe_byte(cell->glyph, false, ascii)) {
				bad = unsafe("grid cell", cell->glyph, fuzz_unsafe_byte(cell->glyph, false, ascii));
			} else if (y == 1 && strcmp(cell->glyph, " ") != 0) {
				fprintf(stderr, "fuzz: grid_put drew on another row\n");
				bad = 1;
			}
		}
	grid_free(&g);
	return bad;
}

int fuzz_one_display(const uint8_t *data, size_t len)
{
	uint8_t opt[3] = { 0, 40, 0 };
	for (size_t i = 0; i < 3 && i < len; i++)
		opt[i] = data[i];
	size_t skip = len < 3 ? len : 3;
	char *s = input_string(data + skip, len - skip);
	bool ascii = opt[0] & 1, keep = opt[0] & 2;
	int width = 1 + opt[1] % 100;
	int bad = check_glyphs(s, ascii);
	if (!bad) {
		char *safe = display_string(s, ascii, keep);
		const char *at = fuzz_unsafe_byte(safe, keep, ascii);
		if (at)
			bad = unsafe("display_string", safe, at);
		if (!bad && display_width(safe, ascii) != display_width(s, ascii) && !keep) {
			fprintf(stderr, "fuzz: display_string changed the width\n");
			bad = 1;
		}
		free(safe);
	}
	if (!bad) {
		struct wrap_check w = { s, width, ascii, 0 };
		display_wrap(s, width, ascii, wrap_line, &w);
		bad = w.bad;
	}
	if (!bad) /* column from -1 to past the end, width from -5 to 94 */
		bad = check_grid(s, ascii, width, opt[2] % (width + 2) - 1, opt[1] / 2 % 100 - 5);
	free(s);
	return bad;
}

/* ---- command-line name resolution (show) ------------------------------ */

static struct db *show_db;
static char *show_dir, *show_index;

/* Remove the index and any journal SQLite left beside it, then the directory. */
static void remove_index(void)
{
	static const char *const suffixes[] = { "", "-journal", "-wal", "-shm" };
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		char *path = xasprintf("%s%s", show_index, suffixes[i]);
		unlink(path);
		free(path);
	}
	rmdir(show_dir);
}

/* scandir filter: the report files (*.txt) of a directory. */
static int is_txt(const struct dirent *e)
{
	size_t n = strlen(e->d_name);
	return n > 4 && strcmp(e->d_name + n - 4, ".txt") == 0;
}

int fuzz_show_init(const char *datadir)
{
	const char *tmp = getenv("TMPDIR");
	show_dir = xasprintf("%s/ecmr-fuzz-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
	if (!mkdtemp(show_dir)) {
		fprintf(stderr, "fuzz: cannot make a directory %s\n", show_dir);
		free(show_dir);
		show_dir = NULL;
		return -1;
	}
	show_index = xasprintf("%s/index.db", show_dir);
	struct index_writer *w;
	char *err = NULL;
	int rc = index_begin(show_index, &w, &err);
	struct dirent **files = NULL;
	int nfiles = rc == 0 ? scandir(datadir, &files, is_txt, alphasort) : 0;
	for (int i = 0; i < nfiles; i++) { /* a report that does not parse is left out */
		char *path = xasprintf("%s/%s", datadir, files[i]->d_name);
		struct report r = {0};
		if (source_parse_file(path, &r, &err) == PARSE_OK)
			index_add(w, &r, &err);
		report_free(&r);
		free(err);
		err = NULL;
		free(path);
		free(files[i]);
	}
	free(files);
	if (rc == 0 && nfiles <= 0) {
		index_abort(w);
		err = xasprintf("no reports (*.txt) there");
		rc = -1;
	} else if (rc == 0) {
		rc = index_commit(w, &err);
	}
	if (rc == 0)
		rc = db_open(show_index, &show_db, &err);
	if (rc != 0) {
		fprintf(stderr, "fuzz: cannot index %s: %s\n", datadir, err ? err : "?");
		free(err);
		fuzz_show_done();
		return -1;
	}
	return 0;
}

void fuzz_show_done(void)
{
	if (show_db)
		db_close(show_db);
	show_db = NULL;
	if (show_dir)
		remove_index();
	free(show_dir);
	free(show_index);
	show_dir = show_index = NULL;
}

int fuzz_one_show(const uint8_t *data, size_t len)
{
	if (!show_db)
		return 0;
	char *s = input_string(data, len);
	char *args[3] = { s, NULL, NULL };
	int nargs = 1;
	for (char *p = s; nargs < 3 && (p = strchr(p, '\n'));) {
		*p++ = '\0';
		args[nargs++] = p;
	}
	struct show_target t;
	char *err = NULL;
	int rc = show_resolve(show_db, args, nargs, &t, &err);
	int bad = 0;
	if ((rc == 0) != (err == NULL)) {
		fprintf(stderr, "fuzz: show_resolve returned %d with error %s\n", rc, err ? err : "(none)");
		bad = 1;
	}
	if (rc == 0) {
		if (!bad)
			bad = check_render(&t.report, t.section, 80);
		report_free(&t.report);
	}
	free(err);
	free(s);
	return bad;
}

/* ---- start-up --------------------------------------------------------- */

void fuzz_start(bool index)
{
	setlocale(LC_ALL, "C.UTF-8");
	if (!index)
		return;
	const char *dir = getenv("ECMR_FUZZ_DATA");
	if (fuzz_show_init(dir && dir[0] ? dir : "tests/screens/data") != 0)
		exit(1);
	atexit(fuzz_show_done);
}
