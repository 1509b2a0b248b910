/*
 * view.h: drawing the browser's state into a grid.
 *
 * view_draw lays out the screen for the grid's size (view.c) and asks each
 * pane to draw itself into its rectangle (pane_lists.c, pane_section.c,
 * view_screens.c).  Drawing reads the state and never changes what is
 * selected; it records the geometry in the browser for mouse clicks.
 */
#ifndef ECMR_VIEW_H
#define ECMR_VIEW_H

#include "tui/browser.h"
#include "tui/config.h"
#include "tui/grid.h"

/* A rectangle of the screen. */
struct rect {
	int y, x, h, w;
};

/* Draw the whole screen for B into G (G's size is the terminal's). */
void view_draw(struct browser *b, struct grid *g);

/* How the list panes and the section text share the width from now on
 * (PANE_WIDTHS_DEFAULT until this is called). */
void view_set_pane_widths(const struct pane_widths *w);

/* The panes' parts. */
void pane_authorities_draw(struct browser *b, struct grid *g, struct rect r, bool focused);
void pane_reports_draw(struct browser *b, struct grid *g, struct rect r, bool focused);
void pane_sections_draw(struct browser *b, struct grid *g, struct rect r, bool focused);
void pane_section_draw(struct browser *b, struct grid *g, struct rect r, bool focused);
void view_results_draw(struct browser *b, struct grid *g, struct rect r);
void view_help_draw(struct browser *b, struct grid *g, struct rect r);

/* The role a judgement is drawn in, and its short label for lists. */
enum role judgement_role(enum judgement j);
const char *judgement_short(enum judgement j, int width);

/* "APA", "JAR", "SLAC", "?": a report type in few columns. */
const char *report_type_abbrev(enum report_type t);

/* Keep the selection of P visible in a list of H rows. */
void list_scroll(struct list_pos *p, int h);

/* Draw a pane title line at row R.Y (pane contents start one row below). */
void pane_title(struct grid *g, struct rect r, const char *title, const char *right, bool focused);

#endif
