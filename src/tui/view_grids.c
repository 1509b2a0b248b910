/*
 * view_grids.c: drawing the judgement grids (grids.h).  A title line, two
 * header lines (the history grid's year and report type, the compare
 * grid's judgement and scope), a label column, then as many columns as fit
 * in the width (at most 250): judgements in words as long as the width
 * lets every column have ("Outstanding", "Outst", "O"), and, where there
 * is room, the strengths and areas for improvement behind them.  When
 * even letters do not fit, brief words and the columns scroll with the
 * cursor.  Under the rows: the compare grid's spread per column, the
 * history grid's legend.
 */
#include "tui/browser_grids.h"
#include "tui/view.h"
#include "base/display.h"
#include "base/util.h"
#include "report/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GRID_MAX_WIDTH 250

/* Where everything goes in the rectangle. */
struct glayout {
	int level;       /* judgement_in_words' level, 3: with counts */
	int width;       /* columns used: the rectangle's, at most GRID_MAX_WIDTH */
	int labelw, colw;
	int ncols_vis;   /* judgement columns on screen */
	int nrows_vis;   /* rows on screen */
	int foot;        /* rows under them */
};

/* Columns cell C takes at LEVEL (as gcell_parts words it, without building the strings). */
static int cell_width(const struct gcell *c, int level)
{
	if (c->j == J_NONE)
		return 1;
	int w = (int)strlen(judgement_in_words(c->j, level > 2 ? 2 : level)) + (c->proxy ? 1 : 0);
	if (c->move)
		w += 2;
	if (level >= 3 && (c->nstrengths || c->nimprovements)) {
		char n[24];
		w += 1 + snprintf(n, sizeof n, "+%d -%d", c->nstrengths, c->nimprovements);
	}
	return w;
}

/* The widest cell or header of T at LEVEL, and a column's gap. */
static int column_width(const struct gtable *t, int level, bool ascii)
{
	int w = 4;
	for (size_t i = 0; i < t->nrows * t->ncols; i++) {
		int cw = cell_width(&t->cells[i], level);
		w = cw > w ? cw : w;
	}
	for (size_t c = 0; c < t->ncols; c++)
		for (int h = 0; h < 2; h++) {
			int hw = display_width(t->cols[c].head[h], ascii);
			w = hw > w ? hw : w;
		}
	return w + 1;
}

/* The label column's width: the widest label (and note), within 30% of the width. */
static int label_width(const struct gtable *t, int width, bool ascii)
{
	int w = t->spread ? 12 : 8;
	for (size_t r = 0; r < t->nrows; r++) {
		const struct grow *g = &t->rows[r];
		int lw = display_width(g->label, ascii) + (g->sub ? 2 : 0) + (g->note ? 1 + display_width(g->note, ascii) : 0);
		w = lw + 1 > w ? lw + 1 : w;
	}
	int most = width * 3 / 10 > 14 ? width * 3 / 10 : 14;
	return w < most ? w : most;
}

static struct glayout grid_layout(const struct gtable *t, struct rect r, bool ascii)
{
	struct glayout l = { .width = r.w < GRID_MAX_WIDTH ? r.w : GRID_MAX_WIDTH };
	l.labelw = label_width(t, l.width, ascii);
	l.level = -1;
	for (int level = t->counts ? 3 : 2; level >= 0 && l.level < 0; level--) {
		l.colw = column_width(t, level, ascii);
		if (l.labelw + (int)t->ncols * l.colw <= l.width)
			l.level = level;
	}
	if (l.level < 0) { /* too many columns for even letters: brief words, scrolling */
		l.level = 1;
		l.colw = column_width(t, 1, ascii);
	}
	l.ncols_vis = (l.width - l.labelw) / l.colw;
	if (l.ncols_vis < 1)
		l.ncols_vis = 1;
	if (t->spread)
		for (int j = J_OUTSTANDING; j <= J_INADEQUATE; j++)
			l.foot += gtable_spread_shows(t, (enum judgement)j);
	else
		l.foot = 1; /* the legend */
	l.nrows_vis = r.h - 3 - l.foot;
	if (l.nrows_vis < 1)
		l.nrows_vis = 1;
	return l;
}

void view_grid_measure(const struct browser *b, struct rect r, bool ascii, struct screen_facts *f)
{
	const struct gtable *t = grids_current(b);
	if (!t)
		return;
	struct glayout l = grid_layout(t, r, ascii);
	f->grid_rows = l.nrows_vis;
	f->grid_cols = l.ncols_vis;
	f->page = l.nrows_vis > 1 ? l.nrows_vis - 1 : 1;
}

/* Cell (ROW, COL) of T at (Y, X), W columns: word in its judgement's role, mark, counts dim. */
static void draw_cell(const struct gtable *t, struct grid *g, int y, int x, int w, size_t row, size_t col,
		      int level)
{
	const struct gcell *c = gtable_cell(t, row, col);
	bool cur = (int)row == t->cur_row && (int)col == t->cur_col;
	char word[32], mark[8], counts[24];
	gcell_parts(c, level, g->ascii, word, mark, counts);
	if (cur)
		grid_fill(g, y, x, 1, w, ROLE_CURSOR);
	enum role role = cur ? ROLE_CURSOR : c->j == J_NONE ? ROLE_DIM : judgement_role(c->j);
	int used = grid_put(g, y, x, w, word, role);
	if (*mark)
		used += 1 + grid_put(g, y, x + used + 1, w - used - 1, mark, cur ? ROLE_CURSOR : ROLE_NORMAL);
	if (*counts)
		grid_put(g, y, x + used + 1, w - used - 1, counts, cur ? ROLE_CURSOR : ROLE_DIM);
}

/* Row label: indented for a sub-row, the note (a year) at the right of the label column. */
static void draw_label(const struct gtable *t, struct grid *g, int y, int x, int w, size_t row)
{
	const struct grow *gr = &t->rows[row];
	bool cur = (int)row == t->cur_row;
	enum role role = cur ? ROLE_CURSOR_INACTIVE : gr->sub ? ROLE_DIM : ROLE_NORMAL;
	if (cur)
		grid_fill(g, y, x, 1, w - 1, role);
	int nw = gr->note ? display_width(gr->note, g->ascii) : 0;
	int indent = gr->sub ? 2 : 0;
	grid_put(g, y, x + indent, w - 1 - indent - (nw ? nw + 1 : 0), gr->label, role);
	if (nw && nw < w - 1)
		grid_put(g, y, x + w - 1 - nw, nw, gr->note, cur ? role : ROLE_DIM);
}

/* The two header lines, with a mark where columns are out of view to either side. */
static void draw_heads(const struct gtable *t, struct grid *g, struct rect r, const struct glayout *l)
{
	for (int i = 0; i < l->ncols_vis && t->left_col + i < (int)t->ncols; i++) {
		const struct gcol *c = &t->cols[t->left_col + i];
		int x = r.x + l->labelw + i * l->colw;
		bool cur = t->left_col + i == t->cur_col;
		for (int h = 0; h < 2; h++)
			grid_put(g, r.y + 1 + h, x, l->colw - 1, c->head[h], cur ? ROLE_TITLE_ACTIVE : ROLE_HEADING);
	}
	if (t->left_col > 0)
		grid_put(g, r.y + 1, r.x + l->labelw - 2, 1, "<", ROLE_DIM);
	if (t->left_col + l->ncols_vis < (int)t->ncols)
		grid_put(g, r.y + 1, r.x + l->labelw + l->ncols_vis * l->colw - 1, 1, ">", ROLE_DIM);
}

/* Under the compare grid's rows: how many of each judgement every column has. */
static void draw_spread(const struct gtable *t, struct grid *g, int y, struct rect r, const struct glayout *l)
{
	for (int j = J_OUTSTANDING; j <= J_INADEQUATE; j++) {
		if (!gtable_spread_shows(t, (enum judgement)j))
			continue;
		grid_put(g, y, r.x, l->labelw - 1, judgement_in_words((enum judgement)j, 2), judgement_role((enum judgement)j));
		for (int i = 0; i < l->ncols_vis && t->left_col + i < (int)t->ncols; i++) {
			int counts[J_INADEQUATE + 1];
			char n[16];
			gtable_spread(t, (size_t)(t->left_col + i), counts);
			snprintf(n, sizeof n, "%d", counts[j]);
			grid_put(g, y, r.x + l->labelw + i * l->colw, l->colw - 1, n,
				 counts[j] ? judgement_role((enum judgement)j) : ROLE_DIM);
		}
		y++;
	}
}

/* The title's right side: what the cursor's cell is ("Staying safe, looked after children"). */
static void cursor_caption(const struct gtable *t, char *out, size_t cap)
{
	out[0] = '\0';
	if (!t->nrows || !t->ncols)
		return;
	const struct gcell *c = gtable_cell(t, (size_t)t->cur_row, (size_t)t->cur_col);
	if (!c->key)
		return;
	const char *label = section_key_label(c->key);
	snprintf(out, cap, "%s%s%s%s%s", label ? label : t->cols[t->cur_col].head[0],
		 strcmp(c->scope, "safeguarding") == 0 ? ", safeguarding" :
		 strcmp(c->scope, "looked-after") == 0 ? ", looked after children" : "",
		 c->proxy ? " (for " : "", c->proxy ? section_key_label(outcome_key(c->outcome)) : "",
		 c->proxy ? ")" : "");
}

void view_grid_draw(const struct browser *b, struct grid *g, struct rect r)
{
	const struct gtable *t = grids_current(b);
	char *title = grids_title(b), caption[128];
	cursor_caption(t, caption, sizeof caption);
	pane_title(g, r, title, caption, true);
	free(title);
	struct glayout l = grid_layout(t, r, g->ascii);
	if (!t->nrows) {
		grid_put(g, r.y + 3, r.x + 1, r.w - 1, "no judgements to show", ROLE_DIM);
		return;
	}
	draw_heads(t, g, r, &l);
	for (int i = 0; i < l.nrows_vis && t->top_row + i < (int)t->nrows; i++) {
		size_t row = (size_t)(t->top_row + i);
		int y = r.y + 3 + i;
		draw_label(t, g, y, r.x, l.labelw, row);
		for (int k = 0; k < l.ncols_vis && t->left_col + k < (int)t->ncols; k++)
			draw_cell(t, g, y, r.x + l.labelw + k * l.colw, l.colw - 1, row, (size_t)(t->left_col + k), l.level);
	}
	int foot_y = r.y + r.h - l.foot;
	if (t->spread)
		draw_spread(t, g, foot_y, r, &l);
	else
		grid_put(g, foot_y, r.x + 1, l.width - 1, grids_legend(t, g->ascii), ROLE_DIM);
}
