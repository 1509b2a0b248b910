/*
 * cmd_search.c: `ecmr search [-i INDEX] [--format text|csv|json]
 * [--order date|relevance] QUERY...`: the browser's search from the
 * command line, every hit, for scripts and grep-minded users.  Text is one
 * hit a line, no header: authority, year, type, section, kind, snippet,
 * separated by tabs.
 */
#include "cli/commands.h"
#include "cli/open_index.h"
#include "index/db.h"
#include "index/line_snippet.h"
#include "index/search.h"
#include "index/search_terms.h"
#include "output/json.h"
#include "output/table_out.h"
#include "report/vocab.h"
#include "base/utf8.h"
#include "base/util.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char search_usage[] =
	"usage: ecmr search [-i INDEX] [--format text|csv|json] [--order date|relevance] QUERY...\n"
	"  -i, --index INDEX    the index to read\n"
	"  -f, --format FORMAT  text (one hit a line, tab-separated: authority, year, type,\n"
	"                       section, kind, snippet; the default), csv (with a header) or json\n"
	"  -o, --order ORDER    date (reports oldest first; the default) or relevance (best first)\n"
	"  -h, --help           print this and exit\n"
	"QUERY: words (all required; other forms of a word match too), \"a phrase\" (as typed),\n"
	"pre* (a prefix), OR, NOT, and filters: authority:NAME region:NAME year:2007\n"
	"year:2006..2008 type:apa|jar|slac outcome:1-5|NAME kind:strength|improvement|recommendation\n"
	"scope:safeguarding|looked-after|lscb.  Exit status 1 when nothing matched.  See ecmr(1).\n";

enum format { FMT_TEXT, FMT_CSV, FMT_JSON };

/* The fields of one hit, as every format writes them. */
struct hit_fields {
	const char *authority, *type, *section, *kind;
	int year;
	char *snippet; /* plain: no markers, no line breaks or control characters */
};

/* A snippet as one plain line: no match markers, line breaks or control characters. */
static char *plain_snippet(const char *snippet)
{
	char *bare = xstrdup(snippet), *o = bare;
	for (const char *p = snippet; *p; p++)
		if (*p != '\x01' && *p != '\x02')
			*o++ = *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p;
	*o = '\0';
	char *clean = text_sanitize(bare, false);
	free(bare);
	return clean;
}

/* A CSV field of a hit, then the comma after it or, after the last, the row's CRLF. */
static void csv_field(const char *s, bool last)
{
	csv_write_field(stdout, s);
	fputs(last ? "\r\n" : ",", stdout);
}

static void write_hit(enum format fmt, const struct hit_fields *f, struct json *j)
{
	switch (fmt) {
	case FMT_TEXT:
		printf("%s\t%d\t%s\t%s\t%s\t%s\n", f->authority, f->year, f->type, f->section, f->kind, f->snippet);
		break;
	case FMT_CSV: {
		char year[16];
		snprintf(year, sizeof year, "%d", f->year);
		csv_field(f->authority, false);
		csv_field(year, false);
		csv_field(f->type, false);
		csv_field(f->section, false);
		csv_field(f->kind, false);
		csv_field(f->snippet, true);
		break;
	}
	case FMT_JSON:
		json_begin_object(j);
		json_kv_string(j, "authority", f->authority);
		json_kv_int(j, "year", f->year);
		json_kv_string(j, "type", f->type);
		json_kv_string(j, "section", f->section);
		json_kv_string(j, "kind", f->kind);
		json_kv_string(j, "snippet", f->snippet);
		json_end_object(j);
		break;
	}
}

/* The section's name as the results show it: its heading, else its key's label, and its scope. */
static char *section_name(const struct search_hit *h)
{
	const char *label = section_key_label(h->section_key);
	const char *name = h->heading[0] ? h->heading : label ? label : h->section_key;
	return strcmp(h->scope, "all") ? xasprintf("%s (%s)", name, h->scope) : xstrdup(name);
}

/*
 * The snippet of a hit found in TEXT, as one plain line (malloc'd):
 * line_snippet, made in one pass, not FTS5's snippet(), which tokenizes
 * the whole text twice and weighs every match against every other, ten
 * times the cost of the rest of a line (make bench: ecmr search beside
 * grep).
 */
static char *hit_snippet(const char *text, const struct search_terms *terms)
{
	char *raw = line_snippet(terms, text ? text : "");
	char *plain = plain_snippet(raw);
	free(raw);
	return plain;
}

/* Write every hit of S, whose words are TERMS; returns EXIT_INDEX if one could not be read. */
static int write_hits(struct search *s, const struct search_terms *terms, enum format fmt)
{
	struct json j;
	if (fmt == FMT_JSON) {
		json_init(&j, stdout, true);
		json_begin_array(&j);
	} else if (fmt == FMT_CSV) {
		fputs("authority,year,type,section,kind,snippet\r\n", stdout);
	}
	int status = EXIT_OK;
	for (size_t i = 0; i < search_count(s); i++) {
		char *text;
		struct search_hit *h = search_hit_text(s, i, &text);
		if (!h) {
			status = EXIT_INDEX;
			continue;
		}
		char *section = section_name(h);
		struct hit_fields f = { h->authority, report_type_name(h->type), section,
					h->is_item ? item_kind_name(h->item_kind) : "text", h->year,
					hit_snippet(text, terms) };
		write_hit(fmt, &f, &j);
		free(text);
		free(f.snippet);
		free(section);
	}
	if (fmt == FMT_JSON) {
		json_end_array(&j);
		putchar('\n');
	}
	return status;
}

/* The query: the arguments after the options, joined by spaces. */
static char *join_args(int argc, char **argv)
{
	struct strbuf b = {0};
	for (int i = 0; i < argc; i++) {
		if (i)
			sb_addc(&b, ' ');
		sb_adds(&b, argv[i]);
	}
	return sb_take(&b);
}

int cmd_search(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "index", required_argument, NULL, 'i' }, { "format", required_argument, NULL, 'f' },
		{ "order", required_argument, NULL, 'o' }, { "help", no_argument, NULL, 'h' }, { 0 },
	};
	const char *opt_index = NULL;
	enum format fmt = FMT_TEXT;
	enum search_order order = ORDER_DATE;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "i:f:o:h", opts, NULL)) != -1) {
		switch (c) {
		case 'i': opt_index = optarg; break;
		case 'f':
			fmt = strcmp(optarg, "text") == 0 ? FMT_TEXT : strcmp(optarg, "csv") == 0 ? FMT_CSV :
			      strcmp(optarg, "json") == 0 ? FMT_JSON : (enum format)-1;
			if ((int)fmt < 0) {
				fprintf(stderr, "ecmr search: --format wants text, csv or json\n");
				return EXIT_USAGE;
			}
			break;
		case 'o':
			if (strcmp(optarg, "date") && strcmp(optarg, "relevance")) {
				fprintf(stderr, "ecmr search: --order wants date or relevance\n");
				return EXIT_USAGE;
			}
			order = strcmp(optarg, "date") == 0 ? ORDER_DATE : ORDER_RELEVANCE;
			break;
		case 'h': fputs(search_usage, stdout); return EXIT_OK;
		default: fputs(search_usage, stderr); return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		fputs(search_usage, stderr);
		return EXIT_USAGE;
	}
	struct db *db = open_index_configured(opt_index);
	if (!db)
		return EXIT_INDEX;
	db_read_mapped(db);
	db_search_once(db);
	/* thousands of lines: written in large blocks, not a pipe's page at a time */
	static char outbuf[1 << 16];
	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	char *query = join_args(argc - optind, argv + optind), *err = NULL, *note = NULL;
	struct search *s = NULL;
	int status = EXIT_OK;
	/* in date order no hit needs its bm25 score */
	int started = order == ORDER_DATE ? search_start_dated(db, query, &s, &err, &note)
					  : search_start(db, query, order, &s, &err, &note);
	if (started != 0) {
		fprintf(stderr, "ecmr search: %s\n", err);
		status = EXIT_USAGE;
	} else {
		if (note)
			fprintf(stderr, "ecmr search: %s\n", note);
		if (!db_search_stems(db))
			fprintf(stderr, "ecmr search: %s was made by an older ecmr: rebuild it for better search "
					"(other forms of words, exact phrases)\n", db_path(db));
		search_step(s, 0, 0);
		struct search_terms terms = {0};
		search_terms_parse_for(query, db_search_stems(db), &terms);
		status = write_hits(s, &terms, fmt);
		search_terms_free(&terms);
		if (status == EXIT_OK && !search_count(s))
			status = EXIT_PARTIAL;
		if (fflush(stdout) != 0 || ferror(stdout))
			status = EXIT_PARTIAL;
	}
	search_free(s);
	free(query);
	free(err);
	free(note);
	db_close(db);
	return status;
}
