/*
 * cmd_items.c: `ecmr items [-i INDEX] AUTHORITY [--kind K,...] [--outcome N]
 * [--year Y] [--format text|csv|json]`: every strength, area for
 * improvement and recommendation of one authority, for scripts.  In text,
 * one item a line with its whole text; CSV and JSON carry the same fields
 * one to a column.  The authority is named as for `ecmr show`.
 */
#include "cli/commands.h"
#include "cli/open_index.h"
#include "cli/show_resolve.h"
#include "index/items.h"
#include "output/items_text.h"
#include "output/json.h"
#include "output/table_out.h"
#include "base/display.h"
#include "base/utf8.h"
#include "base/util.h"
#include "report/vocab.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char items_usage[] =
	"usage: ecmr items [-i INDEX] AUTHORITY [--kind strength,improvement,recommendation]\n"
	"                  [--outcome N] [--year Y] [--format text|csv|json]\n"
	"Every strength, area for improvement and recommendation of an authority.\n"
	"  -i, --index INDEX   the index to read\n"
	"  --kind K,...        only these kinds: strength, improvement, recommendation\n"
	"  --outcome N         only items of sections judging outcome N (1-5)\n"
	"  --year Y            only items of reports of year Y\n"
	"  --format F          text (one item a line), csv or json\n"
	"  -h, --help          print this help\n";

enum items_format { FMT_TEXT, FMT_CSV, FMT_JSON };

struct items_options {
	const char *index, *authority;
	unsigned kinds;   /* bit (1 << enum item_kind) for each kind wanted */
	int outcome, year;
	enum items_format format;
};

/* "strength,improvement" into a set of kinds; false on an unknown name. */
static bool parse_kinds(const char *arg, unsigned *kinds)
{
	static const enum item_kind all[] = { ITEM_STRENGTH, ITEM_IMPROVEMENT, ITEM_RECOMMENDATION };
	*kinds = 0;
	char *copy = xstrdup(arg), *save = NULL;
	bool ok = true;
	for (char *tok = strtok_r(copy, ",", &save); tok && ok; tok = strtok_r(NULL, ",", &save)) {
		unsigned before = *kinds;
		for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
			if (strcmp(tok, item_kind_name(all[k])) == 0)
				*kinds |= 1u << all[k];
		ok = *kinds != before;
	}
	free(copy);
	return ok && *kinds;
}

/* Parse the options into O; returns -1 after a message on a usage error, 1 for --help. */
static int parse_options(int argc, char **argv, struct items_options *o)
{
	static const struct option opts[] = {
		{ "index", required_argument, NULL, 'i' }, { "kind", required_argument, NULL, 'k' },
		{ "outcome", required_argument, NULL, 'o' }, { "year", required_argument, NULL, 'y' },
		{ "format", required_argument, NULL, 'f' }, { "help", no_argument, NULL, 'h' }, { 0 },
	};
	static const char *const formats[] = { [FMT_TEXT] = "text", [FMT_CSV] = "csv", [FMT_JSON] = "json" };
	*o = (struct items_options){ .kinds = 7, .format = FMT_TEXT };
	int c;
	const char *bad = NULL;
	optind = 1;
	while (!bad && (c = getopt_long(argc, argv, "i:h", opts, NULL)) != -1) {
		switch (c) {
		case 'i': o->index = optarg; break;
		case 'k': if (!parse_kinds(optarg, &o->kinds)) bad = "--kind wants strength, improvement, recommendation"; break;
		case 'o':
			o->outcome = atoi(optarg);
			if (o->outcome < 1 || o->outcome > 5 || strlen(optarg) != 1)
				bad = "--outcome wants 1 to 5";
			break;
		case 'y': o->year = atoi(optarg); if (o->year < 1900 || o->year > 2100) bad = "--year wants a year"; break;
		case 'f':
			o->format = (enum items_format)-1;
			for (int f = 0; f < 3; f++)
				if (strcmp(optarg, formats[f]) == 0)
					o->format = (enum items_format)f;
			if ((int)o->format < 0)
				bad = "--format wants text, csv or json";
			break;
		case 'h': fputs(items_usage, stdout); return 1;
		default: fputs(items_usage, stderr); return -1;
		}
	}
	if (!bad && argc - optind != 1)
		bad = argc - optind < 1 ? "which authority?" : "one authority at a time";
	if (bad) {
		fprintf(stderr, "ecmr items: %s\n%s", bad, items_usage);
		return -1;
	}
	o->authority = argv[optind];
	return 0;
}

/* Does ROW pass the options' filters? */
static bool wanted(const struct items_options *o, const struct item_row *row)
{
	return (o->kinds & (1u << row->kind)) && (!o->year || row->year == o->year) &&
	       (!o->outcome || section_outcome(row->type, row->section_key) == o->outcome);
}

/* One item a line: "- 2008 JAR | Safeguarding, para 15 | text  [raised 2006, 2007]". */
static void write_text(const struct item_row *rows, size_t n, size_t i, bool ascii)
{
	const struct item_row *r = &rows[i];
	char *title = item_cited_title(r), *note = items_repeat_note(rows, n, i);
	char *line = note ? xasprintf("%c %d %s | %s | %s  [%s]", item_marker(r->kind), r->year,
				      report_type_abbrev(r->type), title, r->text, note)
			  : xasprintf("%c %d %s | %s | %s", item_marker(r->kind), r->year,
				      report_type_abbrev(r->type), title, r->text);
	char *safe = display_string(line, ascii, false);
	puts(safe);
	free(safe);
	free(line);
	free(title);
	free(note);
}

static void write_csv(const struct item_row *rows, size_t n, size_t i)
{
	const struct item_row *r = &rows[i];
	char *title = item_section_title(r), *note = items_repeat_note(rows, n, i);
	char year[16], para[16] = "", page[16] = "";
	snprintf(year, sizeof year, "%d", r->year);
	if (r->paragraph)
		snprintf(para, sizeof para, "%d", r->paragraph);
	if (r->page)
		snprintf(page, sizeof page, "%d", r->page);
	/* the citation last (paragraph, then page): the columns before it are those of the first CSV layout */
	const char *fields[] = { item_kind_name(r->kind), year, report_type_name(r->type), r->date, r->section_key,
				 r->scope, title, judgement_name(r->judgement), r->text, note ? note : "", para, page };
	size_t nf = sizeof fields / sizeof fields[0];
	for (size_t f = 0; f < nf; f++) {
		char *safe = text_sanitize(fields[f], false);
		csv_write_field(stdout, safe);
		putchar(f + 1 == nf ? '\n' : ',');
		free(safe);
	}
	free(title);
	free(note);
}

static void write_json(struct json *j, const struct item_row *rows, size_t n, size_t i)
{
	const struct item_row *r = &rows[i];
	char *title = item_section_title(r);
	json_begin_object(j);
	json_kv_string(j, "kind", item_kind_name(r->kind));
	json_kv_string(j, "text", r->text);
	json_kv_int(j, "year", r->year);
	json_kv_string(j, "type", report_type_name(r->type));
	json_kv_string(j, "date", r->date[0] ? r->date : NULL);
	json_kv_string(j, "report_sha256", r->sha256);
	json_kv_string(j, "section_key", r->section_key);
	json_kv_string(j, "scope", r->scope);
	json_kv_string(j, "section", title);
	json_kv_string(j, "judgement", r->judgement ? judgement_name(r->judgement) : NULL);
	int years[16];
	size_t k = items_group_years(rows, n, i, years, sizeof years / sizeof years[0]);
	json_key(j, "raised");
	json_begin_array(j);
	for (size_t y = 0; y < k; y++)
		json_int(j, years[y]);
	json_end_array(j);
	json_key(j, "group");
	if (k)
		json_int(j, r->group);
	else
		json_null(j);
	json_key(j, "strength_year");
	if (r->strength_id)
		json_int(j, r->strength_year);
	else
		json_null(j);
	json_key(j, "paragraph");
	if (r->paragraph)
		json_int(j, r->paragraph);
	else
		json_null(j);
	json_key(j, "page");
	if (r->page)
		json_int(j, r->page);
	else
		json_null(j);
	json_end_object(j);
	free(title);
}

/* Write the wanted items of ROWS in O's format. */
static void write_items(const struct items_options *o, const char *authority, const struct item_row *rows, size_t n)
{
	bool ascii = !display_locale_is_utf8();
	struct json j;
	if (o->format == FMT_CSV)
		fputs("kind,year,type,date,section_key,scope,section,judgement,text,note,paragraph,page\n", stdout);
	if (o->format == FMT_JSON) {
		json_init(&j, stdout, true);
		json_begin_object(&j);
		json_kv_string(&j, "authority", authority);
		json_key(&j, "items");
		json_begin_array(&j);
	}
	for (size_t i = 0; i < n; i++) {
		if (!wanted(o, &rows[i]))
			continue;
		if (o->format == FMT_TEXT)
			write_text(rows, n, i, ascii);
		else if (o->format == FMT_CSV)
			write_csv(rows, n, i);
		else
			write_json(&j, rows, n, i);
	}
	if (o->format == FMT_JSON) {
		json_end_array(&j);
		json_end_object(&j);
	}
}

int cmd_items(int argc, char **argv)
{
	struct items_options o;
	int r = parse_options(argc, argv, &o);
	if (r)
		return r > 0 ? EXIT_OK : EXIT_USAGE;
	struct db *db = open_index_configured(o.index);
	if (!db)
		return EXIT_INDEX;
	char *err = NULL, *name = NULL;
	int id = 0;
	int rc = show_resolve_authority(db, o.authority, &id, &name, &err);
	struct item_row *rows = NULL;
	size_t n = 0;
	if (rc == EXIT_OK && db_items(db, id, &rows, &n) != 0) {
		err = xasprintf("cannot read the items of %s from %s (damaged?)", name, db_path(db));
		rc = EXIT_INDEX;
	}
	if (rc == EXIT_OK)
		write_items(&o, name, rows, n);
	else
		fprintf(stderr, "ecmr items: %s\n", err);
	if (rc == EXIT_OK && (fflush(stdout) != 0 || ferror(stdout))) {
		fprintf(stderr, "ecmr items: error writing the list\n");
		rc = EXIT_PARTIAL;
	}
	db_free_items(rows, n);
	free(name);
	free(err);
	db_close(db);
	return rc;
}
