/*
 * grids.h: the judgement grids, two views that replace the panes.
 *
 * The history grid (H) shows one authority across the years: a column per
 * report in date order, a row per judgement (overall effectiveness, the
 * five outcomes, capacity to improve, then the framework's own), rows
 * merged through the report vocabulary's outcome table (section_outcome),
 * and a row that one report judges in two scopes opened into a sub-row per
 * scope.  The compare grid (C) shows the selected authority beside a group
 * (its statistical neighbours, its region, every authority, ...): a row
 * per authority, a column per judgement, each authority's report of one
 * type nearest one year.
 *
 * Both are one model, a table of judgement cells (struct gtable), built by
 * the browser from the query layer when the grid opens or changes
 * (grids.c, grids_history.c, grids_compare.c) and drawn by view_grids.c,
 * which only reads it.
 */
#ifndef ECMR_GRIDS_H
#define ECMR_GRIDS_H

#include "index/grades.h"
#include "report/report.h"

#include <stdbool.h>
#include <stddef.h>

/* One cell: a judgement and where it came from; j == J_NONE: not judged (a dim dash). */
struct gcell {
	enum judgement j;
	signed char move;      /* +1 better, -1 worse than the previous judgement on its row; 0 */
	bool proxy;            /* judged under another name (a JAR's Safeguarding for Staying safe) */
	int outcome;           /* the outcome it judges (section_outcome), 0 none */
	bool split;            /* judged, but in the sub-rows beneath (one per scope) */
	int nstrengths, nimprovements;
	int authority_id, report_id;
	const char *key, *scope; /* the section, pointing into the table's grade rows; NULL when none */
};

struct grow {
	char *label;           /* "Staying safe", "Knowsley" */
	char *note;            /* beside the label (the compare grid's year); NULL none */
	bool sub;              /* a sub-row: one scope of the row above */
};

struct gcol {
	char head[2][24];      /* two header lines: "2007" and "APA", or "Safe" and "LAC" */
	int authority_id, report_id; /* the history grid's report; 0 in the compare grid */
};

struct gtable {
	struct grow *rows;
	size_t nrows;
	struct gcol *cols;
	size_t ncols;
	struct gcell *cells;   /* nrows * ncols, by row */
	struct grade_row *grades; /* what the cells point into */
	size_t ngrades;
	bool counts;           /* cells carry strength and improvement counts */
	bool spread;           /* show the spread of judgements per column under the rows */
	int cur_row, cur_col, top_row, left_col;
};

/* Where one report's judgements are in the compare grid's type_grades, once fetched. */
struct grade_span {
	size_t first, n;
	bool fetched;
};

/* The compare grid's group of authorities (c cycles through them). */
enum compare_group { GROUP_NEIGHBOURS, GROUP_REGION, GROUP_ALL, GROUP_MARKED, GROUP_COUNT };

struct grids {
	struct gtable history;
	int history_of;        /* the authority it was built for */
	struct gtable compare;
	enum compare_group group;
	enum report_type type; /* the compare grid's report type */
	int year;              /* and the year its reports are nearest */
	int compare_of;        /* the authority it was built for */
	int sort_col;          /* -1: the group's own order */
	/* for the compare grid: the reports of TYPE that judge something ... */
	struct judged_report *type_reports;
	size_t ntype_reports;
	enum report_type type_reports_of;
	/* ... and the judgements of those of them picked so far (cells point into them) */
	struct grade_row *type_grades;
	size_t ntype_grades, type_grades_cap;
	struct grade_span *type_spans; /* by type_reports entry: its judgements in type_grades */
};

/* The cell at ROW, COL of T. */
static inline struct gcell *gtable_cell(const struct gtable *t, size_t row, size_t col)
{
	return &t->cells[row * t->ncols + col];
}

void gtable_free(struct gtable *t);
void grids_free(struct grids *g);

/* What a compare group is called: "statistical neighbours", "region", "all authorities". */
const char *compare_group_name(enum compare_group g);

#endif
