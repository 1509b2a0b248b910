/*
 * grid.c: the screen as cells (see grid.h).
 */
#include "tui/grid.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* One letter per role for role maps; the order follows enum role. */
static const char role_letters[ROLE_COUNT + 1] = ".|tTCcSBdH+-rOGARInmpNEk";

_Static_assert(sizeof role_letters == ROLE_COUNT + 1, "a letter for every role");

char grid_role_letter(enum role role)
{
	return role < ROLE_COUNT ? role_letters[role] : '?';
}

void grid_resize(struct grid *g, int rows, int cols)
{
	free(g->cells);
	g->rows = rows > 0 ? rows : 1;
	g->cols = cols > 0 ? cols : 1;
	g->cells = xcalloc((size_t)g->rows * (size_t)g->cols, sizeof *g->cells);
	grid_fill(g, 0, 0, g->rows, g->cols, ROLE_NORMAL);
}

void grid_free(struct grid *g)
{
	free(g->cells);
	g->cells = NULL;
	g->rows = g->cols = 0;
}

static struct cell *at(struct grid *g, int y, int x)
{
	return &g->cells[(size_t)y * (size_t)g->cols + (size_t)x];
}

const struct cell *grid_cell(const struct grid *g, int y, int x)
{
	if (y < 0 || x < 0 || y >= g->rows || x >= g->cols)
		return NULL;
	return &g->cells[(size_t)y * (size_t)g->cols + (size_t)x];
}

void grid_fill(struct grid *g, int y, int x, int h, int w, enum role role)
{
	for (int r = y < 0 ? 0 : y; r < y + h && r < g->rows; r++)
		for (int c = x < 0 ? 0 : x; c < x + w && c < g->cols; c++) {
			struct cell *cell = at(g, r, c);
			cell->glyph[0] = ' ';
			cell->glyph[1] = '\0';
			cell->role = (unsigned char)role;
		}
}

void grid_set_role(struct grid *g, int y, int x, int w, enum role role)
{
	if (y < 0 || y >= g->rows)
		return;
	for (int c = x < 0 ? 0 : x; c < x + w && c < g->cols; c++)
		at(g, y, c)->role = (unsigned char)role;
}

/*
 * Put one glyph of width GW at column X.  An ASCII stand-in may be several
 * characters ("..."): each takes a cell of its own.
 */
static void put_glyph(struct grid *g, int y, int x, const char *glyph, int gw, enum role role)
{
	if (g->ascii || (gw > 0 && strlen(glyph) == (size_t)gw && (unsigned char)glyph[0] < 0x80)) {
		for (int i = 0; i < gw; i++) {
			struct cell *cell = at(g, y, x + i);
			cell->glyph[0] = glyph[i];
			cell->glyph[1] = '\0';
			cell->role = (unsigned char)role;
		}
		return;
	}
	struct cell *cell = at(g, y, x);
	strcpy(cell->glyph, glyph);
	cell->role = (unsigned char)role;
	for (int i = 1; i < gw; i++) {
		at(g, y, x + i)->glyph[0] = '\0';
		at(g, y, x + i)->role = (unsigned char)role;
	}
}

int grid_put_range(struct grid *g, int y, int x, int maxw, const char *s, const char *end,
		   enum role role)
{
	if (y < 0 || y >= g->rows || x < 0 || x >= g->cols)
		return 0;
	if (maxw > g->cols - x)
		maxw = g->cols - x;
	int used = 0;
	while (s < end && *s) {
		char glyph[GLYPH_MAX];
		int gw;
		display_glyph(&s, g->ascii, glyph, &gw);
		if (gw == 0)
			continue;
		if (used + gw > maxw)
			break;
		put_glyph(g, y, x + used, glyph, gw, role);
		used += gw;
	}
	return used;
}

int grid_put(struct grid *g, int y, int x, int maxw, const char *s, enum role role)
{
	return grid_put_range(g, y, x, maxw, s, s + strlen(s), role);
}

void grid_vline(struct grid *g, int y, int x, int h)
{
	for (int r = y; r < y + h; r++)
		grid_put(g, r, x, 1, g->ascii ? "|" : "\xe2\x94\x82", ROLE_BORDER);
}

void grid_dump_text(const struct grid *g, FILE *out)
{
	for (int y = 0; y < g->rows; y++) {
		struct strbuf line = {0};
		size_t keep = 0;
		for (int x = 0; x < g->cols; x++) {
			const struct cell *c = grid_cell(g, y, x);
			sb_adds(&line, c->glyph);
			if (c->glyph[0] && strcmp(c->glyph, " ") != 0)
				keep = line.len;
		}
		fprintf(out, "%.*s\n", (int)keep, sb_str(&line));
		sb_free(&line);
	}
}

void grid_dump_roles(const struct grid *g, FILE *out)
{
	fprintf(out, "# roles:");
	for (int r = 0; r < ROLE_COUNT; r++)
		fprintf(out, " %c=%s", role_letters[r], theme_role_name((enum role)r));
	fputc('\n', out);
	for (int y = 0; y < g->rows; y++) {
		for (int x = 0; x < g->cols; x++)
			fputc(role_letters[grid_cell(g, y, x)->role], out);
		fputc('\n', out);
	}
}
