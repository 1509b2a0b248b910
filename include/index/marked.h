/*
 * marked.h: the user's marks (report/marks.h) found in an index: each
 * mark's authority, report and section, and for an item the item as the
 * items list has it (its judgement, paragraph, repeats), for the marks
 * list (M), the brief (B, `ecmr brief`) and the compare grid's marked
 * group.  A mark whose report is not in the index stays, found false, so
 * it can be shown as such.  No SQLite type crosses this header.
 */
#ifndef ECMR_MARKED_H
#define ECMR_MARKED_H

#include "index/db.h"
#include "report/item_row.h"
#include "report/marks.h"

#include <stdbool.h>
#include <stddef.h>

struct marked {
	size_t mark;           /* its place in the marks */
	enum mark_kind kind;
	bool found;            /* what it marks is in this index */
	int authority_id;      /* 0 when not found */
	char *authority;       /* the authority's full name; when not found, the mark's own description */
	char *authority_short; /* its short name ("" when not found) */
	int outcome;           /* the outcome its section judges (1-5), 0 none */
	/*
	 * An item: the item as db_items gives it.  A section: its report's and
	 * section's fields (year, type, date, sha256, key, scope, heading,
	 * judgement, section_ord; text ""). An authority: zeroed, strings "".
	 */
	struct item_row row;
};

/*
 * Find each of the N marks of M in DB, into *OUT (N entries, in the marks'
 * order).  Returns 0, or -1 when the index could not be read (what was
 * found so far is still given, the rest not found).  Free with
 * db_free_marked.
 */
int db_marked(struct db *db, const struct marks *m, struct marked **out, size_t *n);
void db_free_marked(struct marked *v, size_t n);

#endif
