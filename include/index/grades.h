/*
 * grades.h: every judgement in the index as rows, for `ecmr grades` and the
 * browser's judgement grids (an authority across the years, authorities
 * side by side).  Part of the query layer: no SQLite type crosses it.
 */
#ifndef ECMR_GRADES_H
#define ECMR_GRADES_H

#include "index/db.h"
#include "report/report.h"

#include <stdbool.h>
#include <stddef.h>

/* Which judgements to fetch; zero fields match anything. */
struct grade_filter {
	int authority_id;       /* 0: every authority */
	enum report_type type;  /* RT_UNKNOWN: every type */
	int year;               /* 0: every year */
	bool counts;            /* fill nstrengths and nimprovements (costs a little more) */
};

/* One judged section of one report, with what names the report. */
struct grade_row {
	int report_id, authority_id, section_id;
	char *authority;        /* short name, "" if none */
	char *la_code;          /* "" if unknown */
	char *region;           /* "" if unknown */
	enum report_type type;
	int year;
	char *date;             /* the report's main date, ISO, or "" */
	char *source;           /* the file the report was read from */
	char *key, *scope, *heading;
	enum judgement judgement; /* never J_NONE */
	char *grade_raw;        /* the words or number it came from, "" if none */
	int nstrengths, nimprovements; /* 0 unless the filter asked for counts */
};

/*
 * The judgements that pass F, in the export's order (authority by short
 * name, then each report by year, date, type and file, then its sections
 * in reading order).  Returns 0, or -1 when the index cannot be read.
 * Free with db_free_grades.
 */
int db_grades(struct db *db, const struct grade_filter *f, struct grade_row **rows, size_t *n);
void db_free_grades(struct grade_row *rows, size_t n);

/*
 * The judgements of the reports IDS (N of them), in that order of reports
 * and each report's reading order, for a grid that has picked its reports:
 * rows as db_grades gives them but lean, with report_id, authority_id,
 * section_id, type, year, key, scope, heading, judgement and grade_raw
 * only (authority, la_code, region, date and source NULL: the caller
 * knows its reports).  Free with db_free_grades.
 */
int db_report_grades(struct db *db, const int *ids, size_t n, struct grade_row **rows, size_t *nrows);

/* A report that judges something: which, whose, of what year. */
struct judged_report {
	int report_id, authority_id, year;
};

/*
 * The reports of TYPE with at least one judgement, in the export's order
 * (db_grades' order of reports), without their judgements: what the
 * compare grid picks its reports from before it fetches theirs.  *REPORTS
 * is malloc'd.  Returns 0, or -1 when the index cannot be read.
 */
int db_judged_reports(struct db *db, enum report_type type, struct judged_report **reports, size_t *n);

/*
 * The ids of the authorities in the index that are statistical neighbours
 * of the authority with DfE code LA_CODE, in the reference data's order
 * (closest first).  None (0) when the code is unknown or has no
 * neighbours listed.  *IDS is malloc'd.
 */
int db_neighbour_ids(struct db *db, const char *la_code, int **ids, size_t *n);

/* The report types the index holds, oldest first (by their first year).  *TYPES is malloc'd. */
int db_report_types(struct db *db, enum report_type **types, size_t *n);

#endif
