/*
 * view.h: drawing the browser's state into a grid.
 *
 * view_draw lays out the screen for the grid's size (view.c), tells the
 * browser what will be on it (browser_screen), and asks each pane to draw
 * itself into its rectangle (pane_lists.c, pane_section.c, view_screens.c).
 * Drawing only reads the browser's state.  What belongs to the screen
 * rather than to the state lives here in struct view: where the panes are
 * (for mouse clicks) and the selected section laid out for its pane.
 */
#ifndef ECMR_VIEW_H
#define ECMR_VIEW_H

#include "tui/browser.h"
#include "tui/config.h"
#include "tui/grid.h"
#include "output/section_layout.h"

/* A rectangle of the screen. */
struct rect {
	int y, x, h, w;
};

/* The screen as last drawn, owned by a front end beside its grid.  Zero it to start. */
struct view {
	int rows, cols;
	int pane_x[PANE_COUNT], pane_w[PANE_COUNT]; /* pane_w 0: not shown */
	int body_y, body_h;                         /* rows of pane contents */
	/* the selected section laid out for the section pane, and what it was laid out from */
	struct section_layout section;
	int section_width;
	unsigned section_serial; /* the browser's section_serial it was laid out for */
	bool section_valid;
};

/* How the list panes and the section text share the width from now on
 * (PANE_WIDTHS_DEFAULT until this is called). */
void view_set_pane_widths(const struct pane_widths *w);

/* Free what V holds and zero it. */
void view_free(struct view *v);

/*
 * Draw the whole screen for B into G (G's size is the terminal's): lay it
 * out, tell B what will show (browser_screen), then draw.
 */
void view_draw(struct view *v, struct browser *b, struct grid *g);

/* A mouse click at screen (Y, X) as last drawn: the pane and row under it, to the browser. */
void view_click(const struct view *v, struct browser *b, int y, int x);

/* The mouse wheel at screen (Y, X), NOTCHES turns (negative: up): the pane under it scrolls (browser_wheel). */
void view_wheel(const struct view *v, struct browser *b, int y, int x, int notches);

/* The panes' parts: they read the state, and V for what belongs to the screen. */
void pane_authorities_draw(const struct view *v, const struct browser *b, struct grid *g, struct rect r,
			   bool focused);
void pane_reports_draw(const struct view *v, const struct browser *b, struct grid *g, struct rect r,
		       bool focused);
void pane_sections_draw(const struct view *v, const struct browser *b, struct grid *g, struct rect r,
			bool focused);
void pane_section_draw(const struct view *v, const struct browser *b, struct grid *g, struct rect r,
		       bool focused);
void view_results_draw(const struct browser *b, struct grid *g, struct rect r);
void view_help_draw(const struct browser *b, struct grid *g, struct rect r);
void view_items_draw(const struct browser *b, struct grid *g, struct rect r);
/* The marks list (M) and the brief (B): view_marks.c. */
void view_marks_draw(const struct browser *b, struct grid *g, struct rect r);
void view_brief_draw(const struct browser *b, struct grid *g, struct rect r);
/* The judgement grids (view_grids.c): what will show in R (grid_rows, grid_cols, page), and drawing it. */
void view_grid_measure(const struct browser *b, struct rect r, bool ascii, struct screen_facts *f);
void view_grid_draw(const struct browser *b, struct grid *g, struct rect r);

/* The section pane's part of measuring: lay out the selected section for a pane W wide. */
void pane_section_layout(struct view *v, const struct browser *b, int w);
/* The first line of the laid-out section with the search's words in the opened hit's part; -1 none. */
int pane_section_hit_line(const struct view *v, const struct browser *b);
/* The first line of the laid-out section of the item opened from the items list (b->jump_item); -1 none. */
int pane_section_item_line(const struct view *v, const struct browser *b);
/* Lines of the help screen. */
int view_help_lines(const struct browser *b);

/* The role a judgement is drawn in, and its short label for lists. */
enum role judgement_role(enum judgement j);
const char *judgement_short(enum judgement j, int width);
/* A judgement in words as long as LEVEL allows: 2 "Outstanding", 1 "Outst", 0 "O". */
const char *judgement_in_words(enum judgement j, int level);

/*
 * Report row R as the screen names it, in BUF: "2008 APA" (BRIEF) or "2008
 * Annual performance assessment".  An unrecognised report, whose year may
 * be unknown ("?"), is "unknown" (BRIEF) or "Unrecognised report" and its
 * title or file name, so that two of them can be told apart.
 */
void report_row_name(const struct report_row *r, bool brief, char *buf, size_t size);

/* Draw a pane title line at row R.Y (pane contents start one row below). */
void pane_title(struct grid *g, struct rect r, const char *title, const char *right, bool focused);

#endif
