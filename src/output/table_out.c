/*
 * table_out.c: CSV, TSV and JSON tables (see table_out.h).  Text fields are
 * made safe first (text_sanitize): valid UTF-8, no control characters.
 */
#include "output/table_out.h"
#include "base/utf8.h"

#include <stdlib.h>
#include <string.h>

bool table_format_from_name(const char *name, enum table_format *f)
{
	static const struct {
		const char *name;
		enum table_format format;
	} names[] = { { "csv", TABLE_CSV }, { "tsv", TABLE_TSV }, { "json", TABLE_JSON } };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(name, names[i].name) == 0) {
			*f = names[i].format;
			return true;
		}
	return false;
}

void csv_write_field(FILE *out, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		fputs(s, out);
		return;
	}
	putc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			putc('"', out);
		putc(*s, out);
	}
	putc('"', out);
}

/* One TSV field: TSV has no quoting, so tabs and line breaks become spaces. */
static void tsv_field(FILE *out, const char *s)
{
	for (; *s; s++)
		putc(*s == '\t' || *s == '\r' || *s == '\n' ? ' ' : *s, out);
}

/* A row of text fields (the header, or values) in CSV or TSV. */
static void text_row(struct table_out *t, const char *const *fields)
{
	for (int i = 0; i < t->ncols; i++) {
		if (i)
			putc(t->format == TABLE_CSV ? ',' : '\t', t->out);
		/* valid UTF-8 with no control characters, whatever a file name held */
		char *s = text_sanitize(fields[i] ? fields[i] : "", false);
		if (t->format == TABLE_CSV)
			csv_write_field(t->out, s);
		else
			tsv_field(t->out, s);
		free(s);
	}
	fputs(t->format == TABLE_CSV ? "\r\n" : "\n", t->out);
}

void table_begin(struct table_out *t, enum table_format f, FILE *out, const char *const *cols,
		 const bool *numeric, int ncols)
{
	*t = (struct table_out){ .format = f, .out = out, .cols = cols, .numeric = numeric, .ncols = ncols };
	if (f == TABLE_JSON) {
		json_init(&t->j, out, true);
		json_begin_array(&t->j);
	} else {
		text_row(t, cols);
	}
}

void table_row(struct table_out *t, const char *const *values)
{
	if (t->format != TABLE_JSON) {
		text_row(t, values);
		return;
	}
	json_begin_object(&t->j);
	for (int i = 0; i < t->ncols; i++) {
		json_key(&t->j, t->cols[i]);
		if (!values[i])
			json_null(&t->j);
		else if (t->numeric && t->numeric[i])
			json_int(&t->j, strtoll(values[i], NULL, 10));
		else
			json_string(&t->j, values[i]);
	}
	json_end_object(&t->j);
}

void table_end(struct table_out *t)
{
	if (t->format == TABLE_JSON)
		json_end_array(&t->j); /* with its line end */
}
