/*
 * grid.h: the screen as a grid of cells, each holding one drawn character
 * and the role (theme.h) it is drawn with.
 *
 * Panes draw into a grid, never into curses directly.  The terminal
 * backend (term.c) copies the cells that changed since the last frame to
 * the terminal; the headless backend (headless.c) writes the grid out as a
 * text screen dump and a map of roles, which is what the screen tests
 * compare.  So what the tests see is exactly what the terminal gets.
 */
#ifndef ECMR_GRID_H
#define ECMR_GRID_H

#include "base/display.h"
#include "tui/theme.h"

#include <stdbool.h>
#include <stdio.h>

struct cell {
	char glyph[GLYPH_MAX]; /* what to draw, UTF-8 or ASCII; "" in the second cell of a wide character */
	unsigned char role;    /* enum role */
};

struct grid {
	int rows, cols;
	bool ascii;            /* draw everything as ASCII (the locale is not UTF-8) */
	struct cell *cells;
};

/* Make G ROWS x COLS, all blank with ROLE_NORMAL (freeing what it held). */
void grid_resize(struct grid *g, int rows, int cols);
void grid_free(struct grid *g);

/* Fill the rectangle with blanks of ROLE (clipped to the grid). */
void grid_fill(struct grid *g, int y, int x, int h, int w, enum role role);

/*
 * Draw S at (Y, X) in ROLE, at most MAXW columns (clipped to the grid too),
 * cutting only between characters: a wide character that does not fit is
 * left out.  Returns the columns used.
 */
int grid_put(struct grid *g, int y, int x, int maxw, const char *s, enum role role);

/* Like grid_put but for the byte range [S, END). */
int grid_put_range(struct grid *g, int y, int x, int maxw, const char *s, const char *end,
		   enum role role);

/* Set the role of W cells from (Y, X) without changing what they show. */
void grid_set_role(struct grid *g, int y, int x, int w, enum role role);

/* A vertical line of H cells at column X from row Y, in ROLE_BORDER. */
void grid_vline(struct grid *g, int y, int x, int h);

/* The cell at (Y, X), or NULL outside the grid. */
const struct cell *grid_cell(const struct grid *g, int y, int x);

/* The letter that stands for ROLE in a role map (see grid_dump_roles). */
char grid_role_letter(enum role role);

/* Write the grid's text, one line per row, trailing blanks trimmed. */
void grid_dump_text(const struct grid *g, FILE *out);

/* Write one letter per cell giving its role (a key of letters comes first). */
void grid_dump_roles(const struct grid *g, FILE *out);

#endif
