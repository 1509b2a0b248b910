/*
 * browser_bench.c: in-process figures for `make bench` that a stopwatch
 * around the whole program cannot give:
 *
 *   browser_bench parse DIR          the parser alone over every .txt in DIR (MB/s),
 *                                    and the SHA-256 that ecmr index takes first
 *   browser_bench search INDEX N     N full-text searches of 1-3 words, keypress
 *                                    to the result list drawn (p50, p99 in ms)
 *   browser_bench results INDEX N    N searches in the browser, each twice: plain words,
 *                                    then the same words with a filter (year:, type:,
 *                                    kind:, outcome:, authority:, region:): Enter to
 *                                    the first results screen drawn (date order; what
 *                                    is counted by then), Enter to every hit counted in
 *                                    idle steps as a terminal does them, the longest
 *                                    idle step (what a key can wait), and o (relevance
 *                                    order) to the screen drawn (p50, p99 in ms); before
 *                                    them, the first search of the session, which also
 *                                    reads what searches keep per index, on its own
 *   browser_bench keys INDEX N       N navigation keys over all panes: CPU time
 *                                    per key, keypress to screen drawn (p50, p99 in ms)
 *   browser_bench grids INDEX N      the judgement grids, key to first screen drawn at
 *                                    80x24: the history grid (H) of N authorities in
 *                                    turn, and the compare grid (C) of every authority
 *                                    beside all the others (p50, p99 in ms; the first
 *                                    compare grid of a type, which fetches every
 *                                    judgement of that type, on its own)
 *   browser_bench items INDEX N      the items list (I) of N authorities in turn, key to
 *                                    first screen drawn at 80x24 (p50, p99 in ms)
 *   browser_bench similar DIR        what keeps coming back (index/similar) over the
 *                                    items of every report in DIR, as ecmr index does it
 *                                    once the reports are in: its time alone (ms), to set
 *                                    beside the whole build's
 *   browser_bench cells INDEX N COLS ROWS
 *                                    the same keys: screen cells each one changes
 *                                    (median, max), and of those the ones that show
 *                                    something (median), the floor of what any
 *                                    terminal output for them must send; and the
 *                                    cells a repaint of the last screen must send
 *
 * Prints "bench-raw: NAME=VALUE" lines for tests/bench/run.  Not part of ecmr.
 */
#include "tui/browser.h"
#include "index/db.h"
#include "parse/parse.h"
#include "base/sha256.h"
#include "parse/source.h"
#include "base/util.h"
#include "tui/view.h"
#include "index/similar.h"

#include <curses.h>
#include <dirent.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double clock_ms(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static void percentiles(const char *name, double *v, size_t n)
{
	qsort(v, n, sizeof *v, cmp_double);
	printf("bench-raw: %s_p50_ms=%.4f\n", name, v[n / 2]);
	printf("bench-raw: %s_p99_ms=%.4f\n", name, v[(n * 99) / 100 < n ? (n * 99) / 100 : n - 1]);
	printf("bench-raw: %s_max_ms=%.4f\n", name, v[n - 1]);
}

static int bench_parse(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		perror(dir);
		return 2;
	}
	double bytes = 0, ms = 0, hash_ms = 0, cpu_ms = 0;
	size_t files = 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (!strstr(e->d_name, ".txt"))
			continue;
		char *path = xasprintf("%s/%s", dir, e->d_name), *data, *err = NULL;
		size_t len;
		if (source_read(path, &data, &len, &err) == 0) {
			struct report r = {0};
			/* ecmr index hashes a file before deciding to parse it: timed apart */
			char hash[65];
			double t0 = clock_ms(CLOCK_MONOTONIC);
			sha256_hex(data, len, hash);
			double t1 = clock_ms(CLOCK_MONOTONIC), c1 = clock_ms(CLOCK_THREAD_CPUTIME_ID);
			parse_report_hashed(data, len, path, hash, &r, NULL);
			hash_ms += t1 - t0;
			ms += clock_ms(CLOCK_MONOTONIC) - t1;
			/* CPU time too: on a shared machine the wall clock counts other work */
			cpu_ms += clock_ms(CLOCK_THREAD_CPUTIME_ID) - c1;
			report_free(&r);
			bytes += (double)len;
			files++;
			free(data);
		}
		free(err);
		free(path);
	}
	closedir(d);
	printf("bench-raw: parse_files=%zu\n", files);
	printf("bench-raw: parse_mb=%.1f\n", bytes / 1e6);
	printf("bench-raw: parse_mb_s=%.1f\n", bytes / 1e6 / (ms / 1e3));
	printf("bench-raw: hash_mb_s=%.1f\n", bytes / 1e6 / (hash_ms / 1e3));
	printf("bench-raw: parse_cpu_mb_s=%.1f\n", bytes / 1e6 / (cpu_ms / 1e3));
	return 0;
}

/* The view the drivers draw through (one screen at a time). */
static struct view bench_view;

static struct browser *open_browser(const char *index, struct grid *g, struct theme *theme, int cols, int rows)
{
	struct db *db;
	char *err = NULL;
	if (db_open(index, &db, &err) != 0) {
		fprintf(stderr, "%s\n", err);
		exit(2);
	}
	static struct browser b;
	theme_default(theme);
	browser_init(&b, db, theme, false);
	g->ascii = false;
	grid_resize(g, rows, cols);
	view_draw(&bench_view, &b, g);
	return &b;
}

static const char *const words[] = {
	"safeguarding", "health", "attendance", "care", "leavers", "partnership", "schools",
	"children", "young", "assessment", "placement", "training", "council", "services",
	"improvement", "outcomes", "education", "disabilities", "youth", "planning",
};

/* A query of NW words drawn from words[] by *SEED, into Q of CAP bytes. */
static void random_query(unsigned *seed, int nw, char *q, size_t cap)
{
	q[0] = '\0';
	for (int w = 0; w < nw; w++) {
		*seed = *seed * 1103515245u + 12345u;
		snprintf(q + strlen(q), cap - strlen(q), "%s%s", w ? " " : "",
			 words[(*seed >> 16) % (sizeof words / sizeof words[0])]);
	}
}

/* / and Q typed into the search prompt (Enter not yet pressed). */
static void type_search(struct browser *b, const char *q)
{
	browser_key(b, '/');
	for (const char *p = q; *p; p++)
		browser_key(b, (unsigned char)*p);
}

static int bench_search(const char *index, int n)
{
	struct grid g = {0};
	struct theme theme;
	struct browser *b = open_browser(index, &g, &theme, 80, 24);
	/* one more query than asked: the first of a session also reads the
	 * index's FTS structure, so it is reported on its own (search_first_ms)
	 * rather than standing as the p99 of a hundred */
	n++;
	double *lat = xcalloc((size_t)n, sizeof *lat);
	unsigned seed = 7;
	for (int i = 0; i < n; i++) {
		char q[128];
		random_query(&seed, 1 + i % 3, q, sizeof q);
		type_search(b, q);
		double t0 = clock_ms(CLOCK_MONOTONIC);
		browser_key(b, '\r');
		view_draw(&bench_view, b, &g);
		lat[i] = clock_ms(CLOCK_MONOTONIC) - t0;
		browser_key(b, 27); /* back to the panes */
		view_draw(&bench_view, b, &g);
	}
	if (getenv("BENCH_VERBOSE"))
		for (int i = 0; i < n; i++)
			fprintf(stderr, "search %d: %.3f ms\n", i, lat[i]);
	printf("bench-raw: search_first_ms=%.4f\n", lat[0]);
	percentiles("search", lat + 1, (size_t)n - 1);
	free(lat);
	grid_free(&g);
	browser_free(b);
	return 0;
}

static double timed_key(struct browser *b, struct grid *g, int key, double *cpu);

/* Wall time of one idle step (a step of counting, or laying out the results). */
static double timed_idle(struct browser *b)
{
	double t0 = clock_ms(CLOCK_MONOTONIC);
	browser_idle(b);
	return clock_ms(CLOCK_MONOTONIC) - t0;
}

/* A filter for query I of the filtered half: each kind in turn, values from the index. */
static void add_filter(const struct browser *b, int i, char *q, size_t cap)
{
	static const char *const fixed[] = { "year:2007", "type:jar", "kind:improvement", "outcome:2", "year:2005..2008" };
	size_t len = strlen(q);
	const struct authority_row *a = b->nauthorities ? &b->authorities[(size_t)i * 7 % b->nauthorities] : NULL;
	switch (i % 7) {
	case 5:
		if (a && a->la_code) {
			snprintf(q + len, cap - len, " authority:%s", a->la_code);
			return;
		}
		break;
	case 6:
		if (a && a->region && a->region[0] && !strchr(a->region, ' ')) {
			snprintf(q + len, cap - len, " region:%s", a->region);
			return;
		}
		break;
	default:
		break;
	}
	snprintf(q + len, cap - len, " %s", fixed[i % 5]);
}

static int bench_results(const char *index, int n)
{
	struct grid g = {0};
	struct theme theme;
	struct browser *b = open_browser(index, &g, &theme, 80, 24);
	double *first[2], *count[2], *order[2], step_max[2] = { 0, 0 };
	size_t counted[2] = { 0, 0 }, done[2] = { 0, 0 };
	for (int f = 0; f < 2; f++) {
		first[f] = xcalloc((size_t)n, sizeof **first);
		count[f] = xcalloc((size_t)n, sizeof **count);
		order[f] = xcalloc((size_t)n, sizeof **order);
	}
	/* the first search of a session also reads the index's FTS structure
	 * and what searches keep per index (its reports, their row runs, the
	 * rows' facts for kind:): timed on its own, not as the p99 of the rest */
	type_search(b, "council kind:strength");
	double t_first = clock_ms(CLOCK_MONOTONIC);
	browser_key(b, '\r');
	view_draw(&bench_view, b, &g);
	printf("bench-raw: results_session_first_ms=%.4f\n", clock_ms(CLOCK_MONOTONIC) - t_first);
	while (browser_busy(b))
		browser_idle(b);
	browser_key(b, 27);
	view_draw(&bench_view, b, &g);
	unsigned seed = 11;
	for (int i = 0; i < n; i++) {
		char words_q[128];
		random_query(&seed, 1 + i % 3, words_q, sizeof words_q);
		for (int f = 0; f < 2; f++) {
			char q[256];
			snprintf(q, sizeof q, "%s", words_q);
			if (f)
				add_filter(b, i, q, sizeof q);
			type_search(b, q);
			double t0 = clock_ms(CLOCK_MONOTONIC);
			browser_key(b, '\r');
			view_draw(&bench_view, b, &g);
			first[f][i] = clock_ms(CLOCK_MONOTONIC) - t0;
			if (getenv("BENCH_VERBOSE"))
				fprintf(stderr, "results \"%s\": first screen %.3f ms\n", q, first[f][i]);
			while (browser_busy(b)) {
				double step = timed_idle(b);
				if (step > step_max[f])
					step_max[f] = step;
			}
			count[f][i] = clock_ms(CLOCK_MONOTONIC) - t0;
			counted[f] += b->results.s ? search_count(b->results.s) : 0;
			done[f] += b->mode == MODE_RESULTS;
			double cpu;
			order[f][i] = b->mode == MODE_RESULTS ? timed_key(b, &g, 'o', &cpu) : 0;
			if (b->mode == MODE_RESULTS)
				browser_key(b, 'o'); /* back to date order for the next search */
			browser_key(b, 27);
			view_draw(&bench_view, b, &g);
		}
	}
	static const char *const names[2][3] = {
		{ "results_first", "results_count", "results_relevance" },
		{ "results_filtered_first", "results_filtered_count", "results_filtered_relevance" },
	};
	for (int f = 0; f < 2; f++) {
		percentiles(names[f][0], first[f], (size_t)n);
		percentiles(names[f][1], count[f], (size_t)n);
		percentiles(names[f][2], order[f], (size_t)n);
		printf("bench-raw: %s_step_max_ms=%.4f\n", f ? "results_filtered" : "results", step_max[f]);
		printf("bench-raw: %s_hits_mean=%.0f\n", f ? "results_filtered" : "results", (double)counted[f] / n);
		printf("bench-raw: %s_with_hits=%zu\n", f ? "results_filtered" : "results", done[f]);
		free(first[f]);
		free(count[f]);
		free(order[f]);
	}
	grid_free(&g);
	browser_free(b);
	return 0;
}

/* A navigation session over all panes, like a person reviewing reports. */
static const int session[] = { 'j', 'j', 'j', '\t', 'j', 'k', '\t', 'j', 'j', '1', '2', '3', '[', ']',
			       '\t', 'j', 'j', KEY_NPAGE, KEY_PPAGE, KEY_BTAB, KEY_BTAB, 'k', KEY_BTAB, 'j',
			       'G', 'g', 'l', 'h', '5', '4' };

static int bench_keys(const char *index, int n, int cols, int rows)
{
	struct grid g = {0};
	struct theme theme;
	struct browser *b = open_browser(index, &g, &theme, cols, rows);
	double *cpu = xcalloc((size_t)n, sizeof *cpu);
	for (int i = 0; i < n; i++) {
		int key = session[i % (int)(sizeof session / sizeof session[0])];
		double t0 = clock_ms(CLOCK_PROCESS_CPUTIME_ID);
		browser_key(b, key);
		view_draw(&bench_view, b, &g);
		cpu[i] = clock_ms(CLOCK_PROCESS_CPUTIME_ID) - t0;
	}
	percentiles("key_cpu", cpu, (size_t)n);
	free(cpu);
	grid_free(&g);
	browser_free(b);
	return 0;
}

/*
 * A cell that shows nothing of its own: a plain space, which a terminal can
 * blank a run of with one erase, or the second half of a wide character,
 * sent with the first.  A space in the cursor's reverse video shows.
 */
static bool blank_cell(const struct cell *c)
{
	return c->glyph[0] == '\0' || (strcmp(c->glyph, " ") == 0 && c->role == ROLE_NORMAL);
}

/*
 * Cells (glyph or role) that differ between two grids of one size; *WRITTEN
 * gets those of them that B shows something in, which any output must send.
 */
static int changed_cells(const struct grid *a, const struct grid *b, int *written)
{
	int n = 0;
	*written = 0;
	for (int i = 0; i < a->rows * a->cols; i++) {
		bool changed = a->cells[i].role != b->cells[i].role || strcmp(a->cells[i].glyph, b->cells[i].glyph) != 0;
		n += changed;
		*written += changed && !blank_cell(&b->cells[i]);
	}
	return n;
}

/* Cells of G that show something: what a repaint of G after clearing must send. */
static int shown_cells(const struct grid *g)
{
	int n = 0;
	for (int i = 0; i < g->rows * g->cols; i++)
		n += !blank_cell(&g->cells[i]);
	return n;
}

static int bench_cells(const char *index, int n, int cols, int rows)
{
	struct grid g = {0}, prev = {0};
	struct theme theme;
	struct browser *b = open_browser(index, &g, &theme, cols, rows);
	grid_resize(&prev, rows, cols);
	double *changed = xcalloc((size_t)n, sizeof *changed), *written = xcalloc((size_t)n, sizeof *written);
	for (int i = 0; i < n; i++) {
		memcpy(prev.cells, g.cells, (size_t)rows * (size_t)cols * sizeof *g.cells);
		browser_key(b, session[i % (int)(sizeof session / sizeof session[0])]);
		view_draw(&bench_view, b, &g);
		int w;
		changed[i] = changed_cells(&prev, &g, &w);
		written[i] = w;
	}
	int repaints = 0; /* keys that change nine cells in ten: a repaint by any measure */
	for (int i = 0; i < n; i++)
		repaints += changed[i] >= 0.9 * rows * cols;
	qsort(changed, (size_t)n, sizeof *changed, cmp_double);
	qsort(written, (size_t)n, sizeof *written, cmp_double);
	printf("bench-raw: cells_median=%.0f\n", changed[n / 2]);
	printf("bench-raw: cells_max=%.0f\n", changed[n - 1]);
	printf("bench-raw: cells_full=%d\n", rows * cols);
	printf("bench-raw: cells_repaints=%d\n", repaints);
	printf("bench-raw: cells_written_median=%.0f\n", written[n / 2]);
	printf("bench-raw: cells_shown_full=%d\n", shown_cells(&g));
	free(written);
	free(changed);
	grid_free(&prev);
	grid_free(&g);
	browser_free(b);
	return 0;
}

/*
 * Key KEY and the screen after it drawn, in ms of wall time; *CPU gets its
 * CPU time, which other work on a shared machine does not inflate.
 */
static double timed_key(struct browser *b, struct grid *g, int key, double *cpu)
{
	double t0 = clock_ms(CLOCK_MONOTONIC), c0 = clock_ms(CLOCK_PROCESS_CPUTIME_ID);
	browser_key(b, key);
	view_draw(&bench_view, b, g);
	*cpu = clock_ms(CLOCK_PROCESS_CPUTIME_ID) - c0;
	return clock_ms(CLOCK_MONOTONIC) - t0;
}

static int bench_grids(const char *index, int n)
{
	struct grid g = {0};
	struct theme theme;
	struct browser *b = open_browser(index, &g, &theme, 80, 24);
	double *hist = xcalloc((size_t)n, sizeof *hist), *cmp = xcalloc((size_t)n, sizeof *cmp);
	double *hist_cpu = xcalloc((size_t)n, sizeof *hist_cpu), *cmp_cpu = xcalloc((size_t)n, sizeof *cmp_cpu);
	b->grids.group = GROUP_ALL;
	for (int i = 0; i < n && b->nshown; i++) {
		browser_select_authority(b, i % (int)b->nshown);
		hist[i] = timed_key(b, &g, 'H', &hist_cpu[i]);
		browser_key(b, 'q');
		cmp[i] = timed_key(b, &g, 'C', &cmp_cpu[i]);
		if (i == 0) {
			printf("bench-raw: compare_first_ms=%.4f\n", cmp[i]);
			printf("bench-raw: compare_first_cpu_ms=%.4f\n", cmp_cpu[i]);
		}
		browser_key(b, 'q');
	}
	percentiles("history", hist, (size_t)n);
	percentiles("compare", cmp, (size_t)n);
	percentiles("history_cpu", hist_cpu, (size_t)n);
	percentiles("compare_cpu", cmp_cpu, (size_t)n);
	free(hist);
	free(cmp);
	free(hist_cpu);
	free(cmp_cpu);
	grid_free(&g);
	browser_free(b);
	return 0;
}

static int bench_items(const char *index, int n)
{
	struct grid g = {0};
	struct theme theme;
	struct browser *b = open_browser(index, &g, &theme, 80, 24);
	double *lat = xcalloc((size_t)n, sizeof *lat), *cpu = xcalloc((size_t)n, sizeof *cpu);
	int done = 0;
	for (int i = 0; i < n && b->nshown; i++, done++) {
		browser_select_authority(b, i % (int)b->nshown);
		lat[i] = timed_key(b, &g, 'I', &cpu[i]);
		browser_key(b, 'q');
		view_draw(&bench_view, b, &g);
	}
	if (done) {
		percentiles("items", lat, (size_t)done);
		percentiles("items_cpu", cpu, (size_t)done);
	}
	free(lat);
	free(cpu);
	grid_free(&g);
	browser_free(b);
	return 0;
}

/* The number of NAME in NAMES (added if new): an authority's number for similar_add. */
static long long name_number(char ***names, size_t *n, size_t *cap, const char *name)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*names)[i], name) == 0)
			return (long long)i + 1;
	ARRAY_RESERVE(*names, *n, *cap);
	(*names)[(*n)++] = xstrdup(name);
	return (long long)*n;
}

/* A similar_emit that counts. */
static int count_emit(void *ctx, long long item_id, long long group, long long strength, int strength_year)
{
	(void)item_id, (void)group, (void)strength, (void)strength_year;
	++*(size_t *)ctx;
	return 0;
}

/*
 * Every item of every report in DIR given to the similarity collector as
 * ecmr index gives them (one number per authority, report and item), and
 * the groups worked out: the time of that alone, not of the parse.
 */
static int bench_similar(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		perror(dir);
		return 2;
	}
	struct similar *sim = similar_new();
	char **names = NULL;
	size_t nnames = 0, cap = 0, items = 0, emitted = 0;
	long long report_no = 0, item_no = 0;
	double ms = 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (!strstr(e->d_name, ".txt"))
			continue;
		char *path = xasprintf("%s/%s", dir, e->d_name), *err = NULL;
		struct report r = {0};
		if (source_parse_file(path, &r, &err) == PARSE_OK) {
			long long aid = name_number(&names, &nnames, &cap, r.authority_short ? r.authority_short : "");
			report_no++;
			double t0 = clock_ms(CLOCK_MONOTONIC);
			for (size_t s = 0; s < r.nsections; s++)
				for (size_t k = 0; k < r.sections[s].nitems; k++, items++)
					similar_add(sim, ++item_no, aid, report_no, r.year, r.sections[s].items[k].kind,
						    r.sections[s].items[k].text);
			ms += clock_ms(CLOCK_MONOTONIC) - t0;
		}
		report_free(&r);
		free(err);
		free(path);
	}
	closedir(d);
	double t0 = clock_ms(CLOCK_MONOTONIC);
	similar_finish(sim, count_emit, &emitted);
	ms += clock_ms(CLOCK_MONOTONIC) - t0;
	similar_free(sim);
	for (size_t i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	printf("bench-raw: similar_items=%zu\n", items);
	printf("bench-raw: similar_rows=%zu\n", emitted);
	printf("bench-raw: similar_ms=%.1f\n", ms);
	return 0;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "C.UTF-8");
	if (argc == 3 && strcmp(argv[1], "parse") == 0)
		return bench_parse(argv[2]);
	if (argc == 4 && strcmp(argv[1], "search") == 0)
		return bench_search(argv[2], atoi(argv[3]));
	if (argc == 4 && strcmp(argv[1], "results") == 0)
		return bench_results(argv[2], atoi(argv[3]));
	if (argc == 4 && strcmp(argv[1], "keys") == 0)
		return bench_keys(argv[2], atoi(argv[3]), 80, 24);
	if (argc == 4 && strcmp(argv[1], "grids") == 0)
		return bench_grids(argv[2], atoi(argv[3]));
	if (argc == 4 && strcmp(argv[1], "items") == 0)
		return bench_items(argv[2], atoi(argv[3]));
	if (argc == 3 && strcmp(argv[1], "similar") == 0)
		return bench_similar(argv[2]);
	if (argc == 6 && strcmp(argv[1], "cells") == 0)
		return bench_cells(argv[2], atoi(argv[3]), atoi(argv[4]), atoi(argv[5]));
	fprintf(stderr, "usage: browser_bench parse DIR | search INDEX N | results INDEX N | keys INDEX N | grids INDEX N | items INDEX N |"
			" similar DIR | cells INDEX N COLS ROWS\n");
	return 2;
}
