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

/*
 * What filters on sections and items (kind:, scope:, outcome:) test, for
 * each search row by row id: read when a search first needs it, for an
 * index with runs.  Row id BASE + I is row I.
 */
struct row_facts {
	long long base;
	size_t n;
	unsigned char *kind;    /* 0: no such row; 1: a section; 2 + K: an item, its kind named kinds[K] */
	unsigned char *scope;   /* its section's scope, named scopes[scope] */
	unsigned char *outcome; /* its section's outcome (ecmr_outcome: 0 none, 1 to 5) */
	char *kinds[254], *scopes[256];
	size_t nkinds, nscopes;
};

struct search_reps {
	struct rep *reps;         /* by id */
	size_t nreps;
	struct id_range *ranges;  /* by lo, not overlapping; NULL when the index does not allow it */
	size_t nranges;
	struct row_facts *facts;  /* NULL until read, or when it could not be */
	bool facts_tried;
};

/* DB's reports and runs, read at the first call and kept until db_close; NULL on a read error. */
const struct search_reps *search_reps_of(struct db *db);

/*
 * DB's row facts (R being search_reps_of(DB), with runs), read at the
 * first call; NULL when they cannot be (a read error, more kinds or
 * scopes than a byte holds, ids too sparse, an id both a section's and an
 * item's): searches then join.
 */
const struct row_facts *search_row_facts(struct db *db);

/* The index into R->reps of the report with id ID, or -1. */
int search_rep_index(const struct search_reps *r, int id);

/* The index into R->reps of the report search row ROWID is part of (R has ranges), or -1. */
int search_rep_of_row(const struct search_reps *r, long long rowid);

#endif
