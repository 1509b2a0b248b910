/*
 * grids_build.h: the builders of the two grids, shared by grids.c (which
 * calls them) and grids_history.c and grids_compare.c (which define
 * them), and the little they have in common.  Only src/tui/ uses it.
 */
#ifndef ECMR_GRIDS_BUILD_H
#define ECMR_GRIDS_BUILD_H

#include "tui/browser.h"

/* Build B's history grid for the selected authority, cursor on the report and section being read. */
void history_build(struct browser *b);
/* Build B's compare grid for the selected authority and b->grids' group, type and year. */
void compare_build(struct browser *b);

/* Give T NROWS x NCOLS cells, all not judged. */
void gtable_alloc_cells(struct gtable *t);
/* Keep T's cursor inside the table. */
void gtable_clamp(struct gtable *t);
/* Keep only T's rows whose label holds every word of FILTER (a sub-row with its row), the cursor
 * on its row where it stays; "" keeps all (f in a grid). */
void gtable_filter_rows(struct gtable *t, const char *filter);

#endif
