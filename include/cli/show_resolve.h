/*
 * show_resolve.h: from the names a user types to a report and section,
 * for `ecmr show` (and fuzzed as command-line name resolution).
 */
#ifndef ECMR_SHOW_RESOLVE_H
#define ECMR_SHOW_RESOLVE_H

#include "index/db.h"
#include "report/report.h"

struct show_target {
	struct report report;          /* loaded; free with report_free */
	const struct section *section; /* NULL: the whole report */
	int authority_id, report_id;   /* their ids in the index */
};

/*
 * Resolve ARGS (NARGS of 1..3: AUTHORITY [YEAR|TYPE|YEAR-TYPE] [SECTION]).
 * AUTHORITY: a short or full name or DfE code, any case, or a part of one
 * that only one authority has (none: the names nearest to it are
 * listed).  The report: a year (2007), a type (apa,
 * jar, slac) or both (2007-apa); none means the newest.  SECTION: a key
 * (staying-safe), an outcome number (1-5), or a part of a heading; none
 * means the whole report.  Returns 0 with *T filled, or EXIT_PARTIAL (1)
 * with a malloc'd *ERR naming what was not found or listing the candidates.
 */
/*
 * The authority NAME means among ROWS (N of them, from db_authorities), as
 * show_resolve reads it: a short or full name or DfE code in any case
 * first, else a part of a name only one authority has.  Returns its index
 * in ROWS, or -1 with a malloc'd *ERR naming the candidates: those whose
 * names hold NAME, else every authority, or the nearest few to NAME by
 * spelling when there are too many to list.
 */
int show_resolve_authority_row(const struct authority_row *rows, size_t n, const char *name, char **err);

int show_resolve(struct db *db, char **args, int nargs, struct show_target *t, char **err);

/*
 * Resolve NAME to an authority as show_resolve does its first argument:
 * 0 with *ID and *SHORT_NAME (malloc'd), EXIT_PARTIAL with *ERR naming the
 * candidates, or EXIT_INDEX when the index cannot be read.
 */
int show_resolve_authority(struct db *db, const char *name, int *id, char **short_name, char **err);

#endif
