/*
 * browser_grids.h: what the browser does with the judgement grids
 * (grids.h): opening them, their keys, their text for the pager, keeping
 * the cursor on screen.  The grids.c family builds them from the query
 * layer; view_grids.c draws them.
 */
#ifndef ECMR_BROWSER_GRIDS_H
#define ECMR_BROWSER_GRIDS_H

#include "tui/browser.h"

/* H: build the history grid of the selected authority and show it. */
void grids_open_history(struct browser *b);
/* C: build the compare grid of the selected authority (its report type and year) and show it. */
void grids_open_compare(struct browser *b);
/* (Re)build the grid of the current mode from the index (after a reload, a new group, year or type). */
void grids_rebuild(struct browser *b);

/* A key in a grid mode. */
struct reaction grids_key(struct browser *b, int key);

/* The grid of the current mode as a plain-text table (malloc'd), for p. */
char *grids_text(const struct browser *b);

/* The view's facts: the cursor kept among the rows and columns on screen. */
void grids_screen(struct browser *b, const struct screen_facts *f);

/* The breadcrumb's last part: "history", "compare: statistical neighbours, APA 2007" (malloc'd). */
char *grids_crumb(const struct browser *b);

/* The table of the current mode (NULL when not in a grid). */
const struct gtable *grids_current(const struct browser *b);

/*
 * The words of cell C at LEVEL (0 letters, 1 brief words, 2 full words, 3
 * with counts): the judgement and a proxy mark (WORD), the move mark
 * (MARK: up or down, ASCII "^" "v" when ASCII), the strengths and areas for
 * improvement ("+3 -2", COUNTS, level 3 only).  A cell not judged gives a
 * dash in WORD, one judged in sub-rows gives nothing.
 */
void gcell_parts(const struct gcell *c, int level, bool ascii, char word[32], char mark[8], char counts[24]);

/* How many cells of column COL of T have each judgement (COUNTS[J_NONE]: not judged). */
void gtable_spread(const struct gtable *t, size_t col, int counts[J_INADEQUATE + 1]);
/* Does the spread show a row for J?  (Requires improvement only where a report used it.) */
bool gtable_spread_shows(const struct gtable *t, enum judgement j);
/* What the grid is: "History of Kelderby: 5 reports" (malloc'd). */
char *grids_title(const struct browser *b);
/* The line explaining T's marks. */
const char *grids_legend(const struct gtable *t, bool ascii);

/* Open report REPORT_ID of authority AUTHORITY_ID in the panes at section KEY in SCOPE (NULL: as it comes). */
void browser_open_at(struct browser *b, int authority_id, int report_id, const char *key, const char *scope);

#endif
