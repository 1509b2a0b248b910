/*
 * headless.c: the browser driven by a script, screens written as text
 * (see frontend.h).  In the spirit of tig's scripted tests: the same
 * browser and view code as on a terminal, with the grid dumped instead of
 * sent to curses.
 */
#include "front/frontend.h"
#include "front/hand_out.h"
#include "tui/theme_pick.h"
#include "base/util.h"
#include "tui/view.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A script run: the browser, the screen it draws into, and where dumps go. */
struct headless {
	struct browser *b;
	struct grid g;
	struct view v;
	const char *dir, *script;
	int depth;
	bool stepping;  /* step-rows given: idle work only when the script says "idle" */
};

/* Idle work, as a terminal does it between keys: N steps, or (N 0) until none is left. */
static void idle(struct headless *h, long n)
{
	for (long i = 0; (n <= 0 || i < n) && browser_busy(h->b); i++)
		browser_idle(h->b);
}

/* Carry out what a key asked for: pager, file and command for real (tests set $PAGER). */
static void react(struct browser *b, struct reaction r)
{
	hand_out(b, &r, false);
	reaction_free(&r);
}

static int dump(const struct browser *b, const struct grid *g, const char *dir, const char *name, int depth)
{
	static const char *const exts[] = { "txt", "roles", "styles" };
	for (int i = 0; i < 3; i++) {
		char *path = xasprintf("%s/%s.%s", dir, name, exts[i]);
		FILE *f = fopen(path, "w");
		if (!f) {
			fprintf(stderr, "ecmr: cannot write %s: %s\n", path, strerror(errno));
			free(path);
			return -1;
		}
		if (i == 0)
			grid_dump_text(g, f);
		else if (i == 1)
			grid_dump_roles(g, f);
		else
			theme_dump_styles(b->theme, (enum color_depth)depth, f);
		fclose(f);
		free(path);
	}
	return 0;
}

static void press(struct headless *h, int key)
{
	struct browser *b = h->b;
	react(b, browser_key(b, key));
	if (!h->stepping) /* a user who waits: counting done before the screen is looked at */
		idle(h, 0);
	if (!b->index_replaced && db_replaced(b->db))
		b->index_replaced = true;
	view_draw(&h->v, b, &h->g);
}

/* One script command; returns 0, 1 to stop (the browser quit), -1 on error. */
static int command(struct headless *h, char *line, int lineno)
{
	struct browser *b = h->b;
	struct grid *g = &h->g;
	const char *script = h->script;
	char *arg = line;
	while (*arg && *arg != ' ')
		arg++;
	if (*arg)
		*arg++ = '\0';
	if (strcmp(line, "key") == 0) {
		char *save = NULL; /* strtok_r: a key may run code that splits strings too */
		for (char *tok = strtok_r(arg, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
			int key = key_from_name(tok);
			if (key < 0) {
				fprintf(stderr, "ecmr: %s:%d: unknown key name \"%s\"\n", script, lineno, tok);
				return -1;
			}
			press(h, key);
		}
	} else if (strcmp(line, "type") == 0) {
		for (char *p = arg; *p; p++)
			press(h, (unsigned char)*p);
	} else if (strcmp(line, "resize") == 0) {
		int cols, rows;
		if (sscanf(arg, "%d %d", &cols, &rows) != 2 || cols < 1 || rows < 1 || cols > 1000 || rows > 1000) {
			fprintf(stderr, "ecmr: %s:%d: resize wants COLS ROWS\n", script, lineno);
			return -1;
		}
		grid_resize(g, rows, cols);
		view_draw(&h->v, b, g);
	} else if (strcmp(line, "click") == 0) {
		int row, col;
		if (sscanf(arg, "%d %d", &row, &col) != 2) {
			fprintf(stderr, "ecmr: %s:%d: click wants ROW COL (from 0)\n", script, lineno);
			return -1;
		}
		view_click(&h->v, b, row, col);
		view_draw(&h->v, b, g);
	} else if (strcmp(line, "wheel") == 0) {
		int row, col;
		char dir[8];
		if (sscanf(arg, "%d %d %7s", &row, &col, dir) != 3 || (strcmp(dir, "up") != 0 && strcmp(dir, "down") != 0)) {
			fprintf(stderr, "ecmr: %s:%d: wheel wants ROW COL up|down (from 0)\n", script, lineno);
			return -1;
		}
		view_wheel(&h->v, b, row, col, strcmp(dir, "up") == 0 ? -1 : 1);
		view_draw(&h->v, b, g);
	} else if (strcmp(line, "idle") == 0) {
		char *end;
		long n = *arg ? strtol(arg, &end, 10) : 0;
		if (*arg && (*end || n < 1)) {
			fprintf(stderr, "ecmr: %s:%d: idle wants nothing (until done) or a number of steps\n", script, lineno);
			return -1;
		}
		idle(h, n);
		view_draw(&h->v, b, g);
	} else if (strcmp(line, "step-rows") == 0) {
		char *end;
		long n = strtol(arg, &end, 10);
		if (!*arg || *end || n < 1) {
			fprintf(stderr, "ecmr: %s:%d: step-rows wants a number of rows\n", script, lineno);
			return -1;
		}
		b->results.step_rows = (size_t)n;
		h->stepping = true;
	} else if (strcmp(line, "dump") == 0 && *arg) {
		if (dump(b, g, h->dir, arg, h->depth) != 0)
			return -1;
	} else {
		fprintf(stderr, "ecmr: %s:%d: unknown command \"%s\" (key, type, click, wheel, resize, idle, step-rows, dump)\n", script, lineno, line);
		return -1;
	}
	return b->quit ? 1 : 0;
}

int headless_run(struct browser *b, const char *script, const char *dir, int cols, int rows, int depth)
{
	FILE *f = strcmp(script, "-") == 0 ? stdin : fopen(script, "r");
	if (!f) {
		fprintf(stderr, "ecmr: cannot read the script %s: %s\n", script, strerror(errno));
		return 2;
	}
	struct headless h = { .b = b, .g = { .ascii = b->ascii }, .dir = dir, .script = script, .depth = depth };
	grid_resize(&h.g, rows, cols);
	view_draw(&h.v, b, &h.g);
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, rc = 0;
	while (getline(&line, &cap, f) >= 0) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		int r = command(&h, line, lineno);
		if (r < 0)
			rc = 2;
		if (r != 0)
			break;
	}
	free(line);
	if (f != stdin)
		fclose(f);
	grid_free(&h.g);
	view_free(&h.v);
	return rc;
}
