/*
 * test_browse.c: the browser driven by keys alone over whole indexes.
 *
 * For the fictional test reports (always) and the five real reports in
 * ../shared/corpus (when present): index them, then walk like a new user
 * would, with j, Tab and Shift-Tab only, through every authority, every
 * report and every section, drawing each screen.  Checks that every
 * outcome of every report is reached, and that every strength, area for
 * improvement and recommendation in the index is on screen with its marker
 * ('+', '-', '>') in its own role, so it is highlighted as what it is.
 */
#include "tui/browser.h"
#include "check.h"
#include "index/db.h"
#include "index/index.h"
#include "parse/source.h"
#include "base/util.h"
#include "tui/view.h"
#include "report/vocab.h"

#include <curses.h>
#include <dirent.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Index every .txt file of DIR into OUT; returns the number of reports. */
static int index_dir(const char *dir, const char *out)
{
	struct index_writer *w;
	char *err = NULL;
	if (index_begin(out, &w, &err) != 0) {
		printf("# %s\n", err);
		free(err);
		return -1;
	}
	DIR *d = opendir(dir);
	int n = 0;
	for (struct dirent *e; d && (e = readdir(d));) {
		if (!strstr(e->d_name, ".txt"))
			continue;
		char *path = xasprintf("%s/%s", dir, e->d_name);
		struct report r = {0};
		if (source_parse_file(path, &r, &err) == PARSE_OK && index_add(w, &r, &err) == 0)
			n++;
		free(err);
		err = NULL;
		report_free(&r);
		free(path);
	}
	if (d)
		closedir(d);
	if (index_commit(w, &err) != 0) {
		printf("# %s\n", err);
		free(err);
		return -1;
	}
	return n;
}

/* The text of screen row Y from column X to the end, as UTF-8. */
static char *row_text(const struct grid *g, int y, int x)
{
	struct strbuf b = {0};
	for (int c = x; c < g->cols; c++)
		sb_adds(&b, grid_cell(g, y, c)->glyph);
	return sb_take(&b);
}

struct seen {
	char **texts; /* "K:text" of every item seen marked, K the kind letter */
	size_t n, cap;
	int outcomes; /* outcome sections reached */
};

static void remember(struct seen *s, char kind, const char *text)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->texts = xrealloc(s->texts, s->cap * sizeof *s->texts);
	}
	s->texts[s->n++] = xasprintf("%c:%s", kind, text);
}

/*
 * Collect the items on screen in the section pane: a row whose first cell
 * is a marker drawn in its item role starts an item; its text runs on over
 * the following rows that carry the same role.
 */
static void collect_items(const struct view *b, const struct grid *g, struct seen *s)
{
	int x = b->pane_x[PANE_SECTION];
	for (int y = b->body_y; y < b->body_y + b->body_h; y++) {
		const struct cell *c = grid_cell(g, y, x);
		char kind = c->glyph[0];
		enum role want = kind == '+' ? ROLE_STRENGTH : kind == '-' ? ROLE_IMPROVEMENT :
				 kind == '>' ? ROLE_RECOMMENDATION : ROLE_COUNT;
		if (want == ROLE_COUNT || c->role != want)
			continue;
		struct strbuf t = {0};
		int yy = y;
		/* a recommendation's first line is its context (timeframe; actor) */
		if (grid_cell(g, y, x + 2)->role == ROLE_DIM) { /* a context line (timeframe; actor) first */
			while (yy + 1 < b->body_y + b->body_h && grid_cell(g, yy + 1, x + 2)->role == ROLE_DIM &&
			       grid_cell(g, yy + 1, x)->glyph[0] == ' ')
				yy++;
			yy++;
		}
		for (; yy < b->body_y + b->body_h; yy++) {
			if (yy > y && grid_cell(g, yy, x)->glyph[0] != ' ')
				break;
			if (grid_cell(g, yy, x + 2)->role != want)
				break;
			char *line = row_text(g, yy, x + 2);
			str_trim(line);
			if (t.len)
				sb_addc(&t, ' ');
			sb_adds(&t, line);
			free(line);
		}
		remember(s, kind, sb_str(&t));
		sb_free(&t);
	}
}

/* The screen the walk draws into: its grid and its view. */
struct screen {
	struct grid g;
	struct view v;
};

static void press(struct browser *b, struct screen *sc, int key)
{
	struct reaction r = browser_key(b, key);
	reaction_free(&r);
	view_draw(&sc->v, b, &sc->g);
}

/* Walk every authority, report and section with keys only. */
static void walk(struct browser *b, struct screen *g, struct seen *s)
{
	view_draw(&g->v, b, &g->g);
	for (size_t a = 0; a < b->nshown; a++) {
		if (a)
			press(b, g, 'j');
		press(b, g, '\t'); /* to the reports */
		press(b, g, 'g');
		for (size_t r = 0; r < b->nreports; r++) {
			if (r)
				press(b, g, 'j');
			press(b, g, '\t'); /* to the sections */
			press(b, g, 'g');
			for (size_t k = 0; k < b->nsections; k++) {
				if (k)
					press(b, g, 'j');
				const struct section *sec = browser_section(b);
				CHECK(sec != NULL);
				if (sec && outcome_index(sec->key))
					s->outcomes++;
				collect_items(&g->v, &g->g, s);
			}
			press(b, g, KEY_BTAB); /* back to the reports */
		}
		press(b, g, KEY_BTAB); /* back to the authorities */
	}
}

static bool seen_item(const struct seen *s, char kind, const char *text)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->texts[i][0] == kind && strcmp(s->texts[i] + 2, text) == 0)
			return true;
	return false;
}

/* Every outcome and every item in the index, found on screen by the walk. */
static void check_index(const char *db_path)
{
	struct db *db;
	char *err = NULL;
	if (db_open(db_path, &db, &err) != 0) {
		CHECK(!"the index opens");
		free(err);
		return;
	}
	int *ids;
	size_t nids;
	db_report_ids(db, &ids, &nids);
	int outcomes = 0, items = 0, missing = 0;
	struct theme theme;
	theme_default(&theme);
	struct browser b;
	struct db *db2;
	db_open(db_path, &db2, &err);
	browser_init(&b, db2, &theme, false);
	struct screen sc = { .g = { .ascii = false } };
	grid_resize(&sc.g, 400, 260); /* tall and wide: a section's lists fit on one screen */
	struct seen s = {0};
	walk(&b, &sc, &s);
	for (size_t i = 0; i < nids; i++) {
		struct report r = {0};
		db_load_report(db, ids[i], &r);
		for (size_t k = 0; k < r.nsections; k++) {
			const struct section *sec = &r.sections[k];
			outcomes += outcome_index(sec->key) != 0;
			for (size_t j = 0; j < sec->nitems; j++) {
				const struct item *it = &sec->items[j];
				char kind = it->kind == ITEM_STRENGTH ? '+' : it->kind == ITEM_IMPROVEMENT ? '-' : '>';
				items++;
				if (!seen_item(&s, kind, it->text)) {
					if (missing++ < 5)
						printf("# not shown as %c: %s: %.60s\n", kind, sec->key, it->text);
				}
			}
		}
		report_free(&r);
	}
	printf("# %zu reports, %d outcome sections, %d items\n", nids, outcomes, items);
	CHECK_INT(s.outcomes, outcomes);
	CHECK_INT(missing, 0);
	CHECK(items > 0);
	for (size_t i = 0; i < s.n; i++)
		free(s.texts[i]);
	free(s.texts);
	grid_free(&sc.g);
	view_free(&sc.v);
	browser_free(&b);
	free(ids);
	db_close(db);
}

static char *scratch;

static void fictional_reports_walk(void)
{
	char *out = xasprintf("%s/fictional.db", scratch);
	CHECK_INT(index_dir("tests/screens/data", out), 3);
	check_index(out);
	free(out);
}

static void corpus_walk(void)
{
	char *out = xasprintf("%s/corpus.db", scratch);
	CHECK_INT(index_dir("../shared/corpus", out), 5);
	check_index(out);
	free(out);
}

int main(void)
{
	/* widths of report punctuation come from the locale: draw as in a UTF-8 one */
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "");
	const char *tmp = getenv("TESTS_OUT");
	char tmpl[] = "/tmp/ecmr-test-XXXXXX";
	scratch = tmp && tmp[0] ? xstrdup(tmp) : xstrdup(mkdtemp(tmpl));
	RUN(fictional_reports_walk);
	if (access("../shared/corpus", R_OK) == 0)
		RUN(corpus_walk);
	else
		SKIP("corpus_walk", "../shared/corpus is not here");
	free(scratch);
	return check_done();
}
