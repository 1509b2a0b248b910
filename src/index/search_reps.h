/*
 * search_reps.h: what every search of an open index reads of it, read once
 * per index rather than once per search (search.c): its reports, in id
 * order, with their place by date; and, where the index allows it, which
 * report each search-table row belongs to, by row id alone.
 *
 * index.c numbers sections and items from one sequence, report after
 * report, so each report's search rows are one run of row ids and a hit's
 * report is found by a binary search over those runs, with no join.  An
 * index where the runs overlap (not one index.c made), or an older schema,
 * has no runs (nranges 0) and searches join as before.  Internal to
 * src/index.
 */
#ifndef ECMR_SEARCH_REPS_H
#define ECMR_SEARCH_REPS_H

#include "index/db.h"
#include "report/vocab.h"

#include <stdbool.h>
#include <stddef.h>

/* A report that may hold hits: what a hit shows of it, what filters test, its place by date. */
struct rep {
	int id, authority_id, year, date_rank;
	enum report_type type;
	bool type_named;  /* its type column is report_type_name(type) exactly (type: compares names) */
	char *authority, *date;
};

/* Row ids LO..HI of the search table: all of report REP's (an index into reps). */
struct id_range {
	long long lo, hi;
	int rep;
};

struct search_reps {
	struct rep *reps;         /* by id */
	size_t nreps;
	struct id_range *ranges;  /* by lo, not overlapping; NULL when the index does not allow it */
	size_t nranges;
};

/* DB's reports and runs, read at the first call and kept until db_close; NULL on a read error. */
const struct search_reps *search_reps_of(struct db *db);

/* The index into R->reps of the report with id ID, or -1. */
int search_rep_index(const struct search_reps *r, int id);

/* The index into R->reps of the report search row ROWID is part of (R has ranges), or -1. */
int search_rep_of_row(const struct search_reps *r, long long rowid);

#endif
