/*
 * cmd_grades.c: `ecmr grades`: every judgement in the index as a table for
 * spreadsheets and dashboards.  Long form, one row per judgement:
 *
 *   authority,la_code,region,type,year,date,key,scope,judgement,grade_raw,source
 *
 * (source: the file the report was read from); --wide, one row per report
 * and one column per judgement (KEY, or KEY:SCOPE for a scope other than
 * "all", as `ecmr show` names sections), ordered as the grids order their
 * rows.  CSV (RFC 4180, CRLF), TSV or JSON.
 */
#include "cli/commands.h"
#include "cli/open_index.h"
#include "cli/show_resolve.h"
#include "index/grades.h"
#include "output/table_out.h"
#include "report/vocab.h"
#include "base/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char grades_usage[] =
	"usage: ecmr grades [-i INDEX] [--authority NAME] [--type TYPE] [--year YEAR]\n"
	"                   [--format csv|tsv|json] [--wide]\n"
	"  -i, --index INDEX    the index to read (default: $ECMR_INDEX, else\n"
	"                       ${XDG_DATA_HOME:-~/.local/share}/ecmr/index.db)\n"
	"  --authority NAME     one authority (a name, a unique part of one, or a DfE code)\n"
	"  --type TYPE          one report type (apa, jar, slac, lac, cp, sif, ilacs, ...:\n"
	"                       see REPORT TYPES in ecmr(1))\n"
	"  --year YEAR          one year\n"
	"  --format FORMAT      csv (the default), tsv or json\n"
	"  --wide               one row per report, one column per judgement\n"
	"  -h, --help           this help\n";

struct grades_options {
	const char *index, *authority;
	struct grade_filter filter;
	enum table_format format;
	bool wide;
};

/* Parse the options into O; returns -1 after a message on a usage error, 1 for --help. */
static int parse_options(int argc, char **argv, struct grades_options *o)
{
	static const struct option opts[] = {
		{ "index", required_argument, NULL, 'i' }, { "authority", required_argument, NULL, 'a' },
		{ "type", required_argument, NULL, 't' }, { "year", required_argument, NULL, 'y' },
		{ "format", required_argument, NULL, 'f' }, { "wide", no_argument, NULL, 'w' },
		{ "help", no_argument, NULL, 'h' }, { 0 },
	};
	*o = (struct grades_options){ .format = TABLE_CSV };
	int c;
	char *end;
	optind = 1;
	while ((c = getopt_long(argc, argv, "i:h", opts, NULL)) != -1) {
		switch (c) {
		case 'i': o->index = optarg; break;
		case 'a': o->authority = optarg; break;
		case 'w': o->wide = true; break;
		case 'h': fputs(grades_usage, stdout); return 1;
		case 't':
			o->filter.type = report_type_from_name(optarg);
			if (o->filter.type == RT_UNKNOWN) {
				fputs("ecmr grades: --type wants a report type (", stderr);
				for (int t = RT_APA; t < RT_COUNT; t++)
					fprintf(stderr, "%s%s", t > RT_APA ? ", " : "", report_type_name((enum report_type)t));
				fprintf(stderr, "), not '%s'\n", optarg);
				return -1;
			}
			break;
		case 'y':
			o->filter.year = (int)strtol(optarg, &end, 10);
			if (*end || o->filter.year < 1000 || o->filter.year > 9999) {
				fprintf(stderr, "ecmr grades: --year wants a year such as 2007, not '%s'\n", optarg);
				return -1;
			}
			break;
		case 'f':
			if (!table_format_from_name(optarg, &o->format)) {
				fprintf(stderr, "ecmr grades: --format wants csv, tsv or json, not '%s'\n", optarg);
				return -1;
			}
			break;
		default: fputs(grades_usage, stderr); return -1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "ecmr grades: unexpected argument '%s'\n%s", argv[optind], grades_usage);
		return -1;
	}
	return 0;
}

/* The long form: one row per judgement. */
static void write_long(const struct grade_row *g, size_t n, enum table_format f)
{
	static const char *const cols[] = { "authority", "la_code", "region", "type", "year", "date",
					    "key", "scope", "judgement", "grade_raw", "source" };
	static const bool numeric[11] = { [4] = true };
	struct table_out t;
	table_begin(&t, f, stdout, cols, numeric, 11);
	for (size_t i = 0; i < n; i++) {
		char year[16];
		snprintf(year, sizeof year, "%d", g[i].year);
		const char *v[] = { g[i].authority, g[i].la_code, g[i].region, report_type_name(g[i].type), year,
				    g[i].date, g[i].key, g[i].scope, judgement_name(g[i].judgement),
				    g[i].grade_raw, g[i].source };
		table_row(&t, v);
	}
	table_end(&t);
}

/* A judgement column of the wide form: KEY or KEY:SCOPE, where it ranks, when it first came. */
struct wide_col {
	char *name;
	int rank;
	size_t first;
};

static int wide_col_cmp(const void *a, const void *b)
{
	const struct wide_col *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank - y->rank;
	return x->first < y->first ? -1 : x->first > y->first;
}

/* The name of G's column: its key, and its scope unless "all". */
static char *wide_name(const struct grade_row *g)
{
	return strcmp(g->scope, "all") == 0 ? xstrdup(g->key) : xasprintf("%s:%s", g->key, g->scope);
}

/* Index of NAME among COLS[0..N), or -1. */
static int wide_find(const struct wide_col *cols, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(cols[i].name, name) == 0)
			return (int)i;
	return -1;
}

/* Every judgement column the rows need, in the grids' order (section_rank, then first seen). */
static struct wide_col *wide_columns(const struct grade_row *g, size_t n, size_t *ncols)
{
	struct wide_col *cols = NULL;
	size_t cap = 0;
	*ncols = 0;
	for (size_t i = 0; i < n; i++) {
		char *name = wide_name(&g[i]);
		if (wide_find(cols, *ncols, name) >= 0) {
			free(name);
			continue;
		}
		ARRAY_RESERVE(cols, *ncols, cap);
		cols[(*ncols)++] = (struct wide_col){ name, section_rank(g[i].key), i };
	}
	if (*ncols)
		qsort(cols, *ncols, sizeof *cols, wide_col_cmp);
	return cols;
}

enum { WIDE_FIXED = 7 }; /* authority, la_code, region, type, year, date, source */

/* The wide form: one row per report (its rows are consecutive), one column per judgement. */
static void write_wide(const struct grade_row *g, size_t n, enum table_format f)
{
	size_t nj;
	struct wide_col *jc = wide_columns(g, n, &nj);
	size_t ncols = WIDE_FIXED + nj;
	const char **names = xcalloc(ncols, sizeof *names);
	const char **v = xcalloc(ncols, sizeof *v);
	bool *numeric = xcalloc(ncols, sizeof *numeric);
	static const char *const fixed[WIDE_FIXED] = { "authority", "la_code", "region", "type", "year", "date",
						       "source" };
	memcpy(names, fixed, sizeof fixed);
	numeric[4] = true;
	for (size_t i = 0; i < nj; i++)
		names[WIDE_FIXED + i] = jc[i].name;
	struct table_out t;
	table_begin(&t, f, stdout, names, numeric, (int)ncols);
	for (size_t i = 0; i < n;) {
		char year[16];
		snprintf(year, sizeof year, "%d", g[i].year);
		const char *head[WIDE_FIXED] = { g[i].authority, g[i].la_code, g[i].region,
						 report_type_name(g[i].type), year, g[i].date, g[i].source };
		memcpy(v, head, sizeof head);
		memset(v + WIDE_FIXED, 0, nj * sizeof *v);
		size_t j = i;
		for (; j < n && g[j].report_id == g[i].report_id; j++) {
			char *name = wide_name(&g[j]);
			int c = wide_find(jc, nj, name);
			free(name);
			if (c >= 0 && !v[WIDE_FIXED + c]) /* a report's first judgement of a column counts */
				v[WIDE_FIXED + c] = judgement_name(g[j].judgement);
		}
		table_row(&t, v);
		i = j;
	}
	table_end(&t);
	for (size_t i = 0; i < nj; i++)
		free(jc[i].name);
	free(jc);
	free(names);
	free(v);
	free(numeric);
}

/* --authority NAME to an authority id, as show reads names; 0 (and a message) when none. */
static int authority_id(struct db *db, const char *name)
{
	struct authority_row *rows;
	size_t n;
	if (db_authorities(db, &rows, &n) != 0) {
		fprintf(stderr, "ecmr: cannot read the index %s (damaged?)\n", db_path(db));
		return 0;
	}
	char *err = NULL;
	int a = show_resolve_authority_row(rows, n, name, &err);
	int id = a >= 0 ? rows[a].id : 0;
	if (a < 0) {
		fprintf(stderr, "ecmr grades: %s\n", err);
		free(err);
	}
	db_free_authorities(rows, n);
	return id;
}

int cmd_grades(int argc, char **argv)
{
	struct grades_options o;
	int r = parse_options(argc, argv, &o);
	if (r)
		return r > 0 ? EXIT_OK : EXIT_USAGE;
	struct db *db = open_index_configured(o.index);
	if (!db)
		return EXIT_INDEX;
	if (o.authority && !(o.filter.authority_id = authority_id(db, o.authority))) {
		db_close(db);
		return EXIT_PARTIAL;
	}
	struct grade_row *rows;
	size_t n;
	if (db_grades(db, &o.filter, &rows, &n) != 0) {
		fprintf(stderr, "ecmr: cannot read the index %s (damaged?)\n", db_path(db));
		db_close(db);
		return EXIT_INDEX;
	}
	if (o.wide)
		write_wide(rows, n, o.format);
	else
		write_long(rows, n, o.format);
	db_free_grades(rows, n);
	db_close(db);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "ecmr: error writing the grades\n");
		return EXIT_PARTIAL;
	}
	return EXIT_OK;
}
