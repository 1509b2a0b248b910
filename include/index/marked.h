/*
 * marked.h: the user's marks (report/marks.h) found in an index: each
 * mark's authority, report and section, and for an item the item as the
 * items list has it (its judgement, paragraph, repeats), for the marks
 * list (M), the brief (B, `ecmr brief`) and the compare grid's marked
 * group.  A mark whose report is not in the index stays, found false, so
 * it can be shown as such (struct marked is in report/marks.h, for the
 * brief to read without the query layer).  No SQLite type crosses this
 * header.
 */
#ifndef ECMR_MARKED_H
#define ECMR_MARKED_H

#include "index/db.h"
#include "report/item_row.h"
#include "report/marks.h"

#include <stdbool.h>
#include <stddef.h>

/*
 * Find each of the N marks of M in DB, into *OUT (N entries, in the marks'
 * order).  Returns 0, or -1 when the index could not be read (what was
 * found so far is still given, the rest not found).  Free with
 * db_free_marked.
 */
int db_marked(struct db *db, const struct marks *m, struct marked **out, size_t *n);
void db_free_marked(struct marked *v, size_t n);

#endif
