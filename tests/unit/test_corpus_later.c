/*
 * test_corpus_later.c: the parser against the eleven real reports of the
 * frameworks after 2012 in ../shared/corpus-later.  Every expected value
 * here was read off the reports by a person: the authority, type, year and
 * publication date from each report's first page, and each judgement from
 * its judgement table (a SIF's overall judgement from the sentence above
 * it).  No report text is copied; files are found by name, and each test
 * SKIPs when its file is absent.
 */
#include "check.h"
#include "parse/parse.h"
#include "parse/source.h"
#include "base/util.h"

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#define LATER "../shared/corpus-later"

/* One judgement of a report's table: the section key and what the table says ("none": not judged). */
struct judged {
	const char *key, *judgement;
};

static const struct expected {
	const char *file, *short_name, *type, *published;
	int year;
	struct judged j[8];
} expected[] = {
	{ "sandwell_2013_lac.txt", "Sandwell", "lac", "2013-08-02", 2013,
	  { { "overall", "inadequate" }, { "capacity", "adequate" }, { "outcomes", "adequate" },
	    { "quality-of-provision", "inadequate" }, { "leadership-and-management", "inadequate" } } },
	{ "blackpool_2014_sif.txt", "Blackpool", "sif", "2014-09-08", 2014,
	  { { "overall", "requires-improvement" }, { "help-and-protection", "requires-improvement" },
	    { "in-care", "requires-improvement" }, { "adoption", "requires-improvement" },
	    { "care-leavers", "requires-improvement" }, { "leadership-and-management", "requires-improvement" } } },
	{ "nottingham_2014_sif.txt", "Nottingham", "sif", "2014-05-14", 2014,
	  { { "overall", "requires-improvement" }, { "help-and-protection", "requires-improvement" },
	    { "in-care", "requires-improvement" }, { "adoption", "requires-improvement" },
	    { "care-leavers", "requires-improvement" }, { "leadership-and-management", "requires-improvement" } } },
	{ "devon_2015_sif.txt", "Devon", "sif", "2015-05-12", 2015,
	  { { "overall", "requires-improvement" }, { "help-and-protection", "requires-improvement" },
	    { "in-care", "requires-improvement" }, { "adoption", "good" }, { "care-leavers", "inadequate" },
	    { "leadership-and-management", "requires-improvement" } } },
	{ "isles-of-scilly_2016_sif.txt", "Isles of Scilly", "sif", "2016-06-27", 2016,
	  { { "overall", "good" }, { "help-and-protection", "good" }, { "in-care", "none" }, { "adoption", "none" },
	    { "care-leavers", "none" }, { "leadership-and-management", "good" } } },
	{ "east-riding_2017_sif.txt", "East Riding of Yorkshire", "sif", "2017-02-13", 2017,
	  { { "overall", "good" }, { "help-and-protection", "good" }, { "in-care", "good" }, { "adoption", "good" },
	    { "care-leavers", "outstanding" }, { "leadership-and-management", "good" } } },
	{ "bristol_2018_ilacs.txt", "Bristol", "ilacs", NULL, 2018,
	  { { "leadership-and-management", "good" }, { "help-and-protection", "requires-improvement" },
	    { "in-care", "requires-improvement" }, { "overall", "requires-improvement" } } },
	{ "ealing_2019_ilacs.txt", "Ealing", "ilacs", NULL, 2019,
	  { { "leadership-and-management", "requires-improvement" }, { "help-and-protection", "requires-improvement" },
	    { "in-care", "requires-improvement" }, { "overall", "requires-improvement" } } },
	{ "gloucestershire_2022_ilacs.txt", "Gloucestershire", "ilacs", NULL, 2022,
	  { { "leadership-and-management", "requires-improvement" }, { "help-and-protection", "requires-improvement" },
	    { "in-care", "requires-improvement" }, { "overall", "requires-improvement" } } },
	{ "barnsley_2023_ilacs.txt", "Barnsley", "ilacs", NULL, 2023,
	  { { "leadership-and-management", "good" }, { "help-and-protection", "requires-improvement" },
	    { "in-care", "good" }, { "care-leavers", "good" }, { "overall", "good" } } },
	{ "hammersmith-and-fulham_2024_ilacs.txt", "Hammersmith & Fulham", "ilacs", NULL, 2024,
	  { { "leadership-and-management", "outstanding" }, { "help-and-protection", "good" },
	    { "in-care", "outstanding" }, { "care-leavers", "outstanding" }, { "overall", "outstanding" } } },
};

/*
 * The lists of what must improve, read off each report: the first and the
 * last item of a list (section KEY in SCOPE, items of KIND, all such
 * sections in reading order) hold these few words.  The LSCB's lists are
 * in scope lscb; a 2012-13 inspection's in its own scope.
 */
static const struct list_check {
	const char *file, *key, *scope, *kind, *first, *last;
} lists[] = {
	{ "sandwell_2013_lac.txt", "areas-for-improvement", "looked-after", "improvement",
	  "Independent Reviewing Officers service", "electronic social care recording system" },
	{ "blackpool_2014_sif.txt", "areas-for-improvement", "all", "improvement",
	  "leaving care service improvement plan", "recruit to staff vacancies" },
	{ "blackpool_2014_sif.txt", "areas-for-improvement", "lscb", "improvement",
	  "fully compliant with its statutory duties", "annual report of the Board" },
	{ "nottingham_2014_sif.txt", "areas-for-improvement", "all", "improvement",
	  "sufficient capacity in the social care workforce", "comprehensive performance management" },
	{ "nottingham_2014_sif.txt", "areas-for-improvement", "lscb", "improvement",
	  "Family Support Pathway", "elected members" },
	{ "devon_2015_sif.txt", "areas-for-improvement", "all", "improvement",
	  "care leavers about whom", "routine, quality feedback" },
	{ "devon_2015_sif.txt", "areas-for-improvement", "lscb", "improvement",
	  "operational and strategic oversight", "Family Justice Board" },
	{ "isles-of-scilly_2016_sif.txt", "recommendations", "all", "recommendation",
	  "early help assessments", "emergency foster" },
	{ "isles-of-scilly_2016_sif.txt", "recommendations", "lscb", "recommendation",
	  "impact of early help services", "LSCB annual report" },
	{ "east-riding_2017_sif.txt", "recommendations", "all", "recommendation",
	  "plans are recorded", "electronic database" },
	{ "east-riding_2017_sif.txt", "recommendations", "lscb", "recommendation",
	  "engagement with children", "learning from serious case reviews" },
	{ "bristol_2018_ilacs.txt", "areas-for-improvement", "all", "improvement",
	  "child in need meetings", "return home interviews" },
	{ "ealing_2019_ilacs.txt", "areas-for-improvement", "all", "improvement",
	  "Social work capacity", "edge of care" },
	{ "gloucestershire_2022_ilacs.txt", "areas-for-improvement", "all", "improvement",
	  "consistent thresholds", "IT systems" },
	{ "barnsley_2023_ilacs.txt", "areas-for-improvement", "all", "improvement",
	  "engagement of multi-agency partners", "personal education plans" },
	{ "hammersmith-and-fulham_2024_ilacs.txt", "areas-for-improvement", "all", "improvement",
	  "multi-agency participation", "initial child protection conference" },
};

/*
 * An ILACS states each judgement again in the heading of its part of the
 * body ("...: good", "... requires improvement to be good", "... is
 * good"): read off each report, the section KEY in scope all has this
 * judgement from its heading, a heading without the judgement's words, and
 * the text under it.
 */
static const struct heading_check {
	const char *file;
	struct judged j[4];
} headings[] = {
	{ "bristol_2018_ilacs.txt",
	  { { "help-and-protection", "requires-improvement" }, { "in-care", "requires-improvement" },
	    { "leadership-and-management", "good" } } },
	{ "ealing_2019_ilacs.txt",
	  { { "help-and-protection", "requires-improvement" }, { "in-care", "requires-improvement" },
	    { "leadership-and-management", "requires-improvement" } } },
	{ "gloucestershire_2022_ilacs.txt",
	  { { "help-and-protection", "requires-improvement" }, { "in-care", "requires-improvement" },
	    { "leadership-and-management", "requires-improvement" } } },
	{ "barnsley_2023_ilacs.txt",
	  { { "help-and-protection", "requires-improvement" }, { "in-care", "good" }, { "care-leavers", "good" },
	    { "leadership-and-management", "good" } } },
	{ "hammersmith-and-fulham_2024_ilacs.txt",
	  { { "help-and-protection", "good" }, { "in-care", "outstanding" }, { "care-leavers", "outstanding" },
	    { "leadership-and-management", "outstanding" } } },
};

/*
 * The contents page of each report that has one, its first and last line
 * (the "Contents" line and the last entry's page number), read off the
 * reports: no section starts on it.
 */
static const struct contents_page {
	const char *file;
	int first, last;
} contents_pages[] = {
	{ "sandwell_2013_lac.txt", 28, 64 },       { "blackpool_2014_sif.txt", 54, 121 },
	{ "nottingham_2014_sif.txt", 55, 92 },     { "devon_2015_sif.txt", 52, 108 },
	{ "isles-of-scilly_2016_sif.txt", 134, 183 }, { "east-riding_2017_sif.txt", 131, 184 },
};

/*
 * Judged parts whose heading the body must find, read off the reports:
 * the section KEY in SCOPE starts at the heading's first LINE and holds
 * at least MIN_TEXT bytes, the part's text down to the next part's
 * heading (a SIF's "Inspection findings" within it).  East Riding's part
 * for children looked after wraps its heading over three lines; Isles of
 * Scilly's says "Not Judged" under it; the executive summaries stand
 * before the contents page.
 */
static const struct part_check {
	const char *file, *key, *scope;
	int line;
	size_t min_text;
} parts[] = {
	{ "east-riding_2017_sif.txt", "executive-summary", "all", 42, 5000 },
	{ "east-riding_2017_sif.txt", "help-and-protection", "all", 450, 10000 },
	{ "east-riding_2017_sif.txt", "in-care", "all", 656, 10000 },
	{ "isles-of-scilly_2016_sif.txt", "executive-summary", "all", 42, 5000 },
	{ "isles-of-scilly_2016_sif.txt", "help-and-protection", "all", 332, 15000 },
	{ "isles-of-scilly_2016_sif.txt", "in-care", "all", 723, 500 },
	{ "isles-of-scilly_2016_sif.txt", "leadership-and-management", "all", 750, 10000 },
	{ "sandwell_2013_lac.txt", "overall", "looked-after", 216, 3000 },
	{ "sandwell_2013_lac.txt", "capacity", "looked-after", 299, 2000 },
	{ "sandwell_2013_lac.txt", "outcomes", "looked-after", 489, 5000 },
	{ "sandwell_2013_lac.txt", "quality-of-provision", "looked-after", 655, 5000 },
	{ "sandwell_2013_lac.txt", "leadership-and-management", "looked-after", 813, 10000 },
};

/*
 * Sub-headings inside a part, read off the reports (line, page: form feeds
 * before it, plus one): each is a line of its own in the section's text,
 * not glued onto the paragraph under it, cited on its page with no number;
 * the paragraph under it carries the number the report prints before it
 * (0: none), though a list read apart took the numbers before that.
 */
static const struct sub_check {
	const char *file, *key, *scope, *heading;
	int page, next_num;
} subs[] = {
	{ "blackpool_2014_sif.txt", "help-and-protection", "all", "Summary", 14, 0 },           /* line 484 */
	{ "blackpool_2014_sif.txt", "in-care", "all", "Summary", 21, 0 },                       /* line 758 */
	{ "blackpool_2014_sif.txt", "leadership-and-management", "all", "Summary", 32, 0 },     /* line 1221 */
	{ "blackpool_2014_sif.txt", "summary-of-findings", "all", "The local authority\u2019s strengths", 7, 28 }, /* 271 */
	{ "devon_2015_sif.txt", "help-and-protection", "all", "Summary", 12, 0 },               /* line 458 */
	{ "devon_2015_sif.txt", "summary-of-findings", "all", "The local authority\u2019s strengths", 6, 26 }, /* 263 */
	{ "devon_2015_sif.txt", "summary-of-findings", "lscb", "Inspection judgement about the LSCB", 45, 170 }, /* 1801 */
	{ "east-riding_2017_sif.txt", "help-and-protection", "all", "Summary", 10, 0 },         /* line 453 */
	{ "east-riding_2017_sif.txt", "help-and-protection", "all", "Inspection findings", 11, 9 }, /* line 494 */
	{ "east-riding_2017_sif.txt", "in-care", "all", "Inspection findings", 16, 27 },         /* line 700 */
	{ "east-riding_2017_sif.txt", "leadership-and-management", "all", "Inspection findings", 28, 72 }, /* 1128 */
	{ "east-riding_2017_sif.txt", "lscb", "lscb",
	  "Inspection findings \u2013 the Local Safeguarding Children Board", 32, 87 },           /* line 1293 */
	{ "isles-of-scilly_2016_sif.txt", "help-and-protection", "all", "Summary", 9, 0 },      /* line 335 */
	{ "isles-of-scilly_2016_sif.txt", "help-and-protection", "all", "Inspection findings", 10, 7 }, /* 373 */
	{ "isles-of-scilly_2016_sif.txt", "lscb", "lscb",
	  "Inspection findings \u2013 the Local Safeguarding Children Board", 24, 63 },           /* line 1154 */
	{ "nottingham_2014_sif.txt", "summary-of-key-findings", "all", "The inspection team", 12, 0 }, /* 465 */
};

static const struct expected *current;
static const struct part_check *current_part;
static const struct sub_check *current_sub;
static const struct heading_check *current_headings;
static const struct contents_page *current_contents;
static const struct list_check *current_list;
static struct report report;

static void check_report(void)
{
	const struct expected *e = current;
	CHECK_STR(report_type_name(report.type), e->type);
	CHECK_STR(report.authority_short, e->short_name);
	CHECK_INT(report.year, e->year);
	const char *pub = report_date(&report, "published");
	if (e->published)
		CHECK_STR(pub, e->published);
	else
		CHECK(pub == NULL);
	for (size_t k = 0; k < 8 && e->j[k].key; k++) {
		const struct section *s = report_find_section(&report, e->j[k].key, NULL);
		const char *got = !s ? "(no section)" : s->judgement == J_NONE ? "none" : judgement_name(s->judgement);
		if (strcmp(got, e->j[k].judgement) != 0) {
			printf("FAIL: %s: %s is %s, want %s\n", e->file, e->j[k].key, got, e->j[k].judgement);
			check_failures_here++;
		}
	}
}

/* The first and last item of the list current_list names hold its words. */
static void check_list(void)
{
	const struct list_check *c = current_list;
	const struct item *first = NULL, *last = NULL;
	for (size_t i = 0; i < report.nsections; i++) {
		const struct section *s = &report.sections[i];
		if (strcmp(s->key, c->key) != 0 || strcmp(s->scope, c->scope) != 0)
			continue;
		for (size_t k = 0; k < s->nitems; k++) {
			if (strcmp(item_kind_name(s->items[k].kind), c->kind) != 0)
				continue;
			if (!first)
				first = &s->items[k];
			last = &s->items[k];
		}
	}
	if (!first) {
		printf("FAIL: %s: no %s item in %s [%s]\n", c->file, c->kind, c->key, c->scope);
		check_failures_here++;
		return;
	}
	if (!strstr(first->text, c->first) || !strstr(last->text, c->last)) {
		printf("FAIL: %s: %s [%s] runs from \"%.60s\" to \"%.60s\", want \"%s\" ... \"%s\"\n", c->file,
		       c->key, c->scope, first->text, last->text, c->first, c->last);
		check_failures_here++;
	}
}

/* Does HEADING end in a judgement's words? */
static bool ends_in_judgement(const char *heading)
{
	static const char *const words[] = { "good", "outstanding", "inadequate", "improvement" };
	size_t n = strlen(heading);
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
		size_t w = strlen(words[k]);
		if (n >= w && strcmp(heading + n - w, words[k]) == 0)
			return true;
	}
	return n && heading[n - 1] == ':';
}

/* The judged headings current_headings names: judged from the heading, which lost the judgement's words. */
static void check_headings(void)
{
	const struct heading_check *c = current_headings;
	for (size_t k = 0; k < 4 && c->j[k].key; k++) {
		const struct section *s = report_find_section(&report, c->j[k].key, "all");
		if (!s) {
			printf("FAIL: %s: no section %s\n", c->file, c->j[k].key);
			check_failures_here++;
			continue;
		}
		const char *got = s->judgement == J_NONE ? "none" : judgement_name(s->judgement);
		if (strcmp(got, c->j[k].judgement) != 0 || s->source != FROM_HEADING || ends_in_judgement(s->heading) ||
		    strlen(s->text) < 1000 || strncmp(s->heading, "The ", 4) != 0) {
			printf("FAIL: %s: %s is %s from %s under \"%s\" (%zu bytes of text), want %s from its heading\n",
			       c->file, c->j[k].key, got, source_name(s->source), s->heading, strlen(s->text),
			       c->j[k].judgement);
			check_failures_here++;
		}
	}
}

/* Check the judged headings of FILE (already parsed into report). */
static void check_headings_of(const char *file)
{
	for (size_t k = 0; k < sizeof headings / sizeof headings[0]; k++) {
		if (strcmp(headings[k].file, file) != 0)
			continue;
		current_headings = &headings[k];
		char *name = xasprintf("corpus-later: %s: judgements in the body's headings", file);
		RUN_NAMED(name, check_headings);
		free(name);
	}
}

/* No section of the report starts on current_contents's page. */
static void check_contents(void)
{
	const struct contents_page *c = current_contents;
	for (size_t i = 0; i < report.nsections; i++) {
		const struct section *s = &report.sections[i];
		if (s->line >= c->first && s->line <= c->last) {
			printf("FAIL: %s: section %s (\"%s\") starts at line %d, on the contents page (%d-%d)\n", c->file,
			       s->key, s->heading, s->line, c->first, c->last);
			check_failures_here++;
		}
	}
}

/* Check the contents page of FILE (already parsed into report), if it has one. */
static void check_contents_of(const char *file)
{
	for (size_t k = 0; k < sizeof contents_pages / sizeof contents_pages[0]; k++) {
		if (strcmp(contents_pages[k].file, file) != 0)
			continue;
		current_contents = &contents_pages[k];
		char *name = xasprintf("corpus-later: %s: no section from the contents page", file);
		RUN_NAMED(name, check_contents);
		free(name);
	}
}

/* Check each list of FILE (already parsed into report). */
static void check_lists_of(const char *file)
{
	for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++) {
		if (strcmp(lists[k].file, file) != 0)
			continue;
		current_list = &lists[k];
		char *name = xasprintf("corpus-later: %s: %s [%s] first and last item", file, lists[k].key,
				       lists[k].scope);
		RUN_NAMED(name, check_list);
		free(name);
	}
}

/* The part current_part names starts at its heading and holds its text. */
static void check_part(void)
{
	const struct part_check *c = current_part;
	const struct section *s = report_find_section(&report, c->key, c->scope);
	if (!s || s->line != c->line || strlen(s->text) < c->min_text) {
		printf("FAIL: %s: %s [%s] at line %d with %zu bytes of text, want line %d, %zu bytes or more\n", c->file,
		       c->key, c->scope, s ? s->line : 0, s ? strlen(s->text) : 0, c->line, c->min_text);
		check_failures_here++;
	}
}

/* Check the judged parts of FILE (already parsed into report). */
static void check_parts_of(const char *file)
{
	for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
		if (strcmp(parts[k].file, file) != 0)
			continue;
		current_part = &parts[k];
		char *name = xasprintf("corpus-later: %s: %s [%s] from its heading", file, parts[k].key, parts[k].scope);
		RUN_NAMED(name, check_part);
		free(name);
	}
}

/* The sub-heading current_sub names is a line of its own, cited as the report prints it. */
static void check_sub(void)
{
	const struct sub_check *c = current_sub;
	const struct section *s = report_find_section(&report, c->key, c->scope);
	size_t k = 0, n = strlen(c->heading);
	const char *p = s ? s->text : "";
	for (; *p; k++) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && strncmp(p, c->heading, n) == 0 && e)
			break;
		p += len + (e ? 1 : 0);
	}
	if (!*p) {
		printf("FAIL: %s: %s [%s] has no line \"%s\" with a paragraph after it\n", c->file, c->key, c->scope,
		       c->heading);
		check_failures_here++;
		return;
	}
	if (section_para_page(s, k) != c->page || section_para_num(s, k) != 0 ||
	    section_para_num(s, k + 1) != c->next_num) {
		printf("FAIL: %s: %s [%s]: \"%s\" cited as number %d on page %d, the paragraph after as %d; want "
		       "none, page %d, %d\n", c->file, c->key, c->scope, c->heading, section_para_num(s, k),
		       section_para_page(s, k), section_para_num(s, k + 1), c->page, c->next_num);
		check_failures_here++;
	}
}

/* No paragraph of a section begins with the sub-heading "Summary" run into its first sentence. */
static void check_no_glued_summary(void)
{
	for (size_t i = 0; i < report.nsections; i++) {
		const struct section *s = &report.sections[i];
		for (const char *p = s->text; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
			if (strncmp(p, "Summary ", 8) == 0 && isupper((unsigned char)p[8])) {
				printf("FAIL: %s: %s [%s] has a paragraph \"%.40s...\"\n", current->file, s->key, s->scope, p);
				check_failures_here++;
			}
		}
	}
}

/* Check the sub-headings of FILE (already parsed into report). */
static void check_subs_of(const char *file)
{
	char *name = xasprintf("corpus-later: %s: no \"Summary\" run into its paragraph", file);
	RUN_NAMED(name, check_no_glued_summary);
	free(name);
	for (size_t k = 0; k < sizeof subs / sizeof subs[0]; k++) {
		if (strcmp(subs[k].file, file) != 0)
			continue;
		current_sub = &subs[k];
		name = xasprintf("corpus-later: %s: %s [%s]: sub-heading \"%s\" a line of its own", file, subs[k].key,
				 subs[k].scope, subs[k].heading);
		RUN_NAMED(name, check_sub);
		free(name);
	}
}

/*
 * No report has two sections with the same key in the same scope: a
 * judgement table that names a section of the body judges that section
 * (or agrees with it), and makes no empty twin of it; a part's "Inspection
 * findings" is no section of its own.  Every .txt report in each of these
 * directories, those present.
 */
static const char *const report_dirs[] = { LATER, "../shared/corpus", "sample-reports", "tests/fixtures" };

/* The first (key, scope) that two sections of R share, as "key [scope]" (malloc'd), or NULL. */
static char *twin_section(const struct report *r)
{
	for (size_t i = 0; i < r->nsections; i++)
		for (size_t k = i + 1; k < r->nsections; k++)
			if (strcmp(r->sections[i].key, r->sections[k].key) == 0 &&
			    strcmp(r->sections[i].scope, r->sections[k].scope) == 0)
				return xasprintf("%s [%s] at lines %d and %d", r->sections[i].key, r->sections[i].scope,
						 r->sections[i].line, r->sections[k].line);
	return NULL;
}

static const char *current_dir;

/* Every report in current_dir has each (key, scope) once; it has some reports. */
static void check_no_twins(void)
{
	DIR *d = opendir(current_dir);
	int reports = 0;
	for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
		size_t n = strlen(e->d_name);
		if (n < 5 || strcmp(e->d_name + n - 4, ".txt") != 0)
			continue;
		char *path = xasprintf("%s/%s", current_dir, e->d_name), *err = NULL;
		struct report r;
		memset(&r, 0, sizeof r);
		if (source_parse_file(path, &r, &err) != PARSE_UNREADABLE) {
			reports++;
			char *twin = twin_section(&r);
			if (twin) {
				printf("FAIL: %s: two sections %s\n", path, twin);
				check_failures_here++;
			}
			free(twin);
		}
		report_free(&r);
		free(err);
		free(path);
	}
	if (d)
		closedir(d);
	CHECK(reports > 0);
}

int main(void)
{
	for (size_t k = 0; k < sizeof report_dirs / sizeof report_dirs[0]; k++) {
		char *name = xasprintf("no report in %s has two sections with one key and scope", report_dirs[k]);
		DIR *d = opendir(report_dirs[k]);
		if (!d) {
			SKIP(name, "directory not found (run from the repository with ../shared beside it)");
		} else {
			closedir(d);
			current_dir = report_dirs[k];
			RUN_NAMED(name, check_no_twins);
		}
		free(name);
	}
	for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
		char *path = xasprintf("%s/%s", LATER, expected[i].file);
		char *name = xasprintf("corpus-later: %s", expected[i].file);
		char *err = NULL;
		memset(&report, 0, sizeof report);
		enum parse_status st = source_parse_file(path, &report, &err);
		if (st == PARSE_UNREADABLE) {
			SKIP(name, "not found in " LATER " (run from the repository with ../shared beside it)");
		} else {
			current = &expected[i];
			RUN_NAMED(name, check_report);
			check_lists_of(expected[i].file);
			check_headings_of(expected[i].file);
			check_contents_of(expected[i].file);
			check_parts_of(expected[i].file);
			check_subs_of(expected[i].file);
		}
		report_free(&report);
		free(err);
		free(path);
		free(name);
	}
	return check_done();
}
