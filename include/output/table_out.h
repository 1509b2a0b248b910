/*
 * table_out.h: rows of named fields written as CSV (RFC 4180: a header
 * row, fields quoted where they hold a comma, quote or line break, CRLF
 * after every row), TSV (tabs and line breaks in a field become spaces,
 * LF after every row) or JSON (an array of objects, one per row).  For
 * `ecmr grades`, and whatever else hands tables to spreadsheets.
 */
#ifndef ECMR_TABLE_OUT_H
#define ECMR_TABLE_OUT_H

#include "output/json.h"

#include <stdbool.h>
#include <stdio.h>

enum table_format { TABLE_CSV, TABLE_TSV, TABLE_JSON };

struct table_out {
	enum table_format format;
	FILE *out;
	struct json j;
	const char *const *cols; /* the column names, borrowed */
	const bool *numeric;     /* per column: a number in JSON (NULL: none is) */
	int ncols;
};

/*
 * One CSV field on OUT, as every CSV ecmr writes has it (RFC 4180): as it
 * is, or quoted with its quotes doubled when it holds a comma, a quote or
 * a line break.  S is written as given: make it safe first.
 */
void csv_write_field(FILE *out, const char *s);

/* The format called NAME ("csv", "tsv", "json"); false if none is. */
bool table_format_from_name(const char *name, enum table_format *f);

/* Start a table of NCOLS columns named COLS (kept, not copied) on OUT: the header row, or "[". */
void table_begin(struct table_out *t, enum table_format f, FILE *out, const char *const *cols,
		 const bool *numeric, int ncols);
/* One row of NCOLS values; a NULL value is an empty field (null in JSON). */
void table_row(struct table_out *t, const char *const *values);
/* End the table ("]" in JSON). */
void table_end(struct table_out *t);

#endif
