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

static const struct expected *current;
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

int main(void)
{
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
		}
		report_free(&report);
		free(err);
		free(path);
		free(name);
	}
	return check_done();
}
