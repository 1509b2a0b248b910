/*
 * headless.c: the browser driven by a script, screens written as text
 * (see frontend.h).  In the spirit of tig's scripted tests: the same
 * browser and view code as on a terminal, with the grid dumped instead of
 * sent to curses.
 */
#include "front/frontend.h"
#include "front/pager.h"
#include "tui/theme_pick.h"
#include "base/util.h"
#include "tui/view.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void headless_pager(struct browser *b, const char *text)
{
	char *err = NULL;
	fflush(stdout);
	if (pager_run(text, &err) < 0) {
		browser_notice(b, ROLE_ERROR, "%s", err);
		free(err);
	}
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

static void press(struct browser *b, struct grid *g, int key)
{
	browser_key(b, key);
	if (!b->index_replaced && db_replaced(b->db))
		b->index_replaced = true;
	view_draw(b, g);
}

/* One script command; returns 0, 1 to stop (the browser quit), -1 on error. */
static int command(struct browser *b, struct grid *g, char *line, const char *dir, int depth,
		   const char *script, int lineno)
{
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
			press(b, g, key);
		}
	} else if (strcmp(line, "type") == 0) {
		for (char *p = arg; *p; p++)
			press(b, g, (unsigned char)*p);
	} else if (strcmp(line, "resize") == 0) {
		int cols, rows;
		if (sscanf(arg, "%d %d", &cols, &rows) != 2 || cols < 1 || rows < 1 || cols > 1000 || rows > 1000) {
			fprintf(stderr, "ecmr: %s:%d: resize wants COLS ROWS\n", script, lineno);
			return -1;
		}
		grid_resize(g, rows, cols);
		view_draw(b, g);
	} else if (strcmp(line, "click") == 0) {
		int row, col;
		if (sscanf(arg, "%d %d", &row, &col) != 2) {
			fprintf(stderr, "ecmr: %s:%d: click wants ROW COL (from 0)\n", script, lineno);
			return -1;
		}
		browser_click(b, row, col);
		view_draw(b, g);
	} else if (strcmp(line, "dump") == 0 && *arg) {
		if (dump(b, g, dir, arg, depth) != 0)
			return -1;
	} else {
		fprintf(stderr, "ecmr: %s:%d: unknown command \"%s\" (key, type, click, resize, dump)\n", script, lineno, line);
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
	browser_pager_hook = headless_pager;
	struct grid g = { .ascii = b->ascii };
	grid_resize(&g, rows, cols);
	view_draw(b, &g);
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, rc = 0;
	while (getline(&line, &cap, f) >= 0) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		int r = command(b, &g, line, dir, depth, script, lineno);
		if (r < 0)
			rc = 2;
		if (r != 0)
			break;
	}
	free(line);
	if (f != stdin)
		fclose(f);
	grid_free(&g);
	return rc;
}
