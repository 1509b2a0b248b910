/*
 * items_text.h: the words every place that shows an authority's items
 * uses for them (the items list, `ecmr items`, marks and the brief): the
 * marker and name of each kind, where an item stands ("2007 APA, Staying
 * safe"), and the label of a repeat ("raised 2006, 2007, 2011").
 */
#ifndef ECMR_ITEMS_TEXT_H
#define ECMR_ITEMS_TEXT_H

#include "report/item_row.h"

#include <stddef.h>

/* '+' a strength, '-' an area for improvement, '>' a recommendation. */
char item_marker(enum item_kind k);

/* "strength", "area for improvement", "recommendation". */
const char *item_kind_label(enum item_kind k);

/*
 * Where a reader finds an item or paragraph, as they would cite it:
 * "para 15, p. 4", "para 15" or "p. 4" (PARAGRAPH and PAGE 0 when the
 * report prints no number / has no page breaks), "" when neither; into
 * BUF of CAP bytes, which it returns.
 */
const char *item_cite(int paragraph, int page, char *buf, size_t cap);

/* The title of ROW's section, as section_text_title gives it (heading, else the key's label; scope). Malloc'd. */
char *item_section_title(const struct item_row *row);

/*
 * The title of ROW's section with where the item stands, as a reader
 * cites it: "Safeguarding, para 15, p. 4" (item_cite); the title alone
 * when the report gives neither.  Malloc'd.
 */
char *item_cited_title(const struct item_row *row);

/*
 * The years of the reports that raised ROWS[I]'s subject again (its
 * repeat group among ROWS[0..N)), distinct and ascending, into YEARS (at
 * most CAP); returns how many, 0 when ROWS[I] is in no group of two or
 * more reports.
 */
size_t items_group_years(const struct item_row *rows, size_t n, size_t i, int *years, size_t cap);

/*
 * What the index found about ROWS[I], as words: "raised 2006, 2007, 2011",
 * and "a strength in 2011" when a later report lists its subject as a
 * strength, joined by "; ".  Malloc'd; NULL when there is nothing to say.
 */
char *items_repeat_note(const struct item_row *rows, size_t n, size_t i);

#endif
