/*
 * items.h: every strength, area for improvement and recommendation of one
 * authority, across its reports, with where each stands (report, section,
 * the section's judgement) and what the index worked out about repeats:
 * the items that say nearly the same thing in another report (one group)
 * and a later report's strength on the same subject.  For the items list
 * (key I), `ecmr items`, and marks and the brief.  No SQLite type crosses
 * this header; the queries are in items.c.
 */
#ifndef ECMR_ITEMS_H
#define ECMR_ITEMS_H

#include "index/db.h"
#include "report/item_row.h"

#include <stddef.h>

/*
 * The items of authority AUTHORITY_ID, report by report in the reports
 * pane's order (year, date, type), each report's in reading order.  An
 * index without the repeats table (an older one) gives group 0 and
 * strength_id 0 throughout.  Returns 0, or -1 when the index cannot be
 * read.  Free with db_free_items.
 */
int db_items(struct db *db, int authority_id, struct item_row **rows, size_t *n);
void db_free_items(struct item_row *rows, size_t n);

#endif
