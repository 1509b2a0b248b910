/*
 * test_corpus.c: the parser against the five real reports in
 * ../shared/corpus.  Every expected value here was read off the reports by
 * a person, report by report; item texts are checked by short fragments and
 * exact counts, so no report text is copied into the project.
 *
 * The corpus files are found by their content hash, not their names, so a
 * renamed corpus still works; when the corpus is absent the tests SKIP.
 */
#include "check.h"
#include "parse/parse.h"
#include "base/sha256.h"
#include "parse/source.h"
#include "base/util.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#define CORPUS "../shared/corpus"

static struct report reports[5];
static bool loaded[5];

/* The five reports, by the SHA-256 of their text. */
static const char *const hashes[5] = {
	"063f5be86b1470f35f019101417b34af1153e0366f21e83589580f872f376ec9", /* Liverpool APA 2007 */
	"4f37d8d3e884743e414e27812aac29ccc7c2e32521af45441f1219a2424fdb89", /* Liverpool JAR 2008 */
	"4016253ac4a153f524d646871dc267597a398c0f339a1b75a6be21c8b9c67da1", /* Sefton APA 2007 */
	"c8ef725592f7179e631ddc4e3f898abb51a37fc0e2ec012cca4f1ef5e7dc19e4", /* Knowsley APA 2006 */
	"71ee6fbb17e2e27bdcdd18148293c0e5a739dc87c32689da97da2a3c0a54e9db", /* Liverpool SLAC 2011 */
};
enum { LIVERPOOL_APA, LIVERPOOL_JAR, SEFTON_APA, KNOWSLEY_APA, LIVERPOOL_SLAC };

static void load_corpus(void)
{
	DIR *d = opendir(CORPUS);
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL) {
		if (!strstr(e->d_name, ".txt"))
			continue;
		char *path = xasprintf("%s/%s", CORPUS, e->d_name);
		char *data;
		size_t len;
		if (read_file(path, &data, &len) == 0) {
			char hex[65];
			sha256_hex(data, len, hex);
			for (int i = 0; i < 5; i++)
				if (strcmp(hex, hashes[i]) == 0 && !loaded[i]) {
					parse_report(data, len, path, &reports[i], NULL);
					loaded[i] = true;
				}
			free(data);
		}
		free(path);
	}
	if (d)
		closedir(d);
}

static const struct section *sec(const struct report *r, const char *key, const char *scope)
{
	return report_find_section(r, key, scope);
}

static enum judgement judged(const struct report *r, const char *key, const char *scope)
{
	const struct section *s = sec(r, key, scope);
	return s ? s->judgement : (enum judgement)-1;
}

static int count_items(const struct report *r, const char *key, const char *scope, enum item_kind kind)
{
	const struct section *s = sec(r, key, scope);
	int n = 0;
	for (size_t i = 0; s && i < s->nitems; i++)
		n += s->items[i].kind == kind;
	return s ? n : -1;
}

/* Is there an item of KIND in the section whose text starts with START and ends with END? */
static bool has_item(const struct report *r, const char *key, const char *scope, enum item_kind kind,
		     const char *start, const char *end)
{
	const struct section *s = sec(r, key, scope);
	for (size_t i = 0; s && i < s->nitems; i++) {
		const char *t = s->items[i].text;
		size_t n = strlen(t), m = strlen(end);
		if (s->items[i].kind == kind && strncmp(t, start, strlen(start)) == 0 && n >= m &&
		    strcmp(t + n - m, end) == 0)
			return true;
	}
	return false;
}

static int count_kind_everywhere(const struct report *r, enum item_kind kind)
{
	int n = 0;
	for (size_t i = 0; i < r->nsections; i++)
		for (size_t k = 0; k < r->sections[i].nitems; k++)
			n += r->sections[i].items[k].kind == kind;
	return n;
}

static const char *text_of(const struct report *r, const char *key, const char *scope)
{
	const struct section *s = sec(r, key, scope);
	return s ? s->text : "";
}

static const char *const outcomes[] = { "being-healthy", "staying-safe", "enjoying-achieving",
					"positive-contribution", "economic-wellbeing" };

static void liverpool_apa_2007(void)
{
	const struct report *r = &reports[LIVERPOOL_APA];
	CHECK_INT(r->type, RT_APA);
	CHECK_STR(r->authority, "Liverpool City Council");
	CHECK_STR(r->authority_short, "Liverpool");
	CHECK_STR(r->la_code, "341");
	CHECK_INT(r->year, 2007);
	CHECK_STR(report_date(r, "letter"), "2007-12-04");
	/* every section is "Grade 3" on the 2007 scale: good */
	for (int i = 0; i < 5; i++) {
		CHECK_INT(judged(r, outcomes[i], "all"), J_GOOD);
		CHECK_INT(sec(r, outcomes[i], "all")->scale, SCALE_FOUR_HIGH);
	}
	CHECK_INT(judged(r, "overall", "all"), J_GOOD);
	CHECK_INT(judged(r, "capacity", "all"), J_GOOD);
	CHECK_STR(sec(r, "capacity", "all")->grade_raw, "Grade 3");
	/* areas for development, section by section */
	CHECK_INT(count_items(r, "being-healthy", "all", ITEM_IMPROVEMENT), 2);
	CHECK_INT(count_items(r, "staying-safe", "all", ITEM_IMPROVEMENT), 3);
	CHECK_INT(count_items(r, "enjoying-achieving", "all", ITEM_IMPROVEMENT), 4);
	CHECK_INT(count_items(r, "positive-contribution", "all", ITEM_IMPROVEMENT), 2);
	CHECK_INT(count_items(r, "economic-wellbeing", "all", ITEM_IMPROVEMENT), 2);
	CHECK_INT(count_items(r, "capacity", "all", ITEM_IMPROVEMENT), 1);
	CHECK_INT(count_kind_everywhere(r, ITEM_STRENGTH), 0);
	CHECK(has_item(r, "being-healthy", "all", ITEM_IMPROVEMENT, "Improve oral health", "initiation rates."));
	CHECK(has_item(r, "staying-safe", "all", ITEM_IMPROVEMENT, "Improve adoption rates.", "."));
	/* a bullet item separated from the next by a blank line */
	CHECK(has_item(r, "positive-contribution", "all", ITEM_IMPROVEMENT, "The contribution of looked", "reviews."));
	/* a sentence split across a page break is one sentence again */
	CHECK_CONTAINS(text_of(r, "capacity", "all"), "services alongside increasing demands");
	/* letter furniture stays out of the sections */
	CHECK_LACKS(text_of(r, "capacity", "all"), "section 138");
	CHECK_LACKS(text_of(r, "capacity", "all"), "Yours sincerely");
	CHECK_LACKS(text_of(r, "capacity", "all"), "handwritten");
	CHECK_LACKS(text_of(r, "being-healthy", "all"), "Summary of strengths");
	CHECK_LACKS(text_of(r, "being-healthy", "all"), "Area(s) for development");
}

static void sefton_apa_2007(void)
{
	const struct report *r = &reports[SEFTON_APA];
	CHECK_INT(r->type, RT_APA);
	CHECK_STR(r->authority, "Sefton Metropolitan Borough Council");
	CHECK_STR(r->authority_short, "Sefton");
	CHECK_STR(r->la_code, "343");
	CHECK_INT(r->year, 2007);
	CHECK_STR(report_date(r, "letter"), "2007-11-26");
	for (int i = 0; i < 5; i++)
		CHECK_INT(judged(r, outcomes[i], "all"), J_GOOD);
	CHECK_INT(judged(r, "overall", "all"), J_GOOD);
	CHECK_INT(judged(r, "capacity", "all"), J_GOOD);
	/* the grade fused on the heading line: "Being healthy Grade 3" */
	CHECK_INT(sec(r, "being-healthy", "all")->source, FROM_HEADING);
	CHECK_STR(sec(r, "being-healthy", "all")->heading, "Being healthy");
	CHECK_INT(sec(r, "staying-safe", "all")->source, FROM_HEADING);
	/* single unbulleted items, a lost bullet, a wrapped bullet, and a section with none */
	CHECK_INT(count_items(r, "being-healthy", "all", ITEM_IMPROVEMENT), 1);
	CHECK(has_item(r, "being-healthy", "all", ITEM_IMPROVEMENT, "Reduce health inequalities", "oral health."));
	CHECK_INT(count_items(r, "staying-safe", "all", ITEM_IMPROVEMENT), 1);
	CHECK(has_item(r, "staying-safe", "all", ITEM_IMPROVEMENT, "Increase the supply", "foster care."));
	CHECK_INT(count_items(r, "enjoying-achieving", "all", ITEM_IMPROVEMENT), 2);
	CHECK(has_item(r, "enjoying-achieving", "all", ITEM_IMPROVEMENT, "Increase the proportion of young people gaining",
		       "GCSEs Grade A* C including English and mathematics."));
	CHECK_INT(count_items(r, "positive-contribution", "all", ITEM_IMPROVEMENT), 0);
	CHECK_INT(count_items(r, "economic-wellbeing", "all", ITEM_IMPROVEMENT), 1);
	CHECK_INT(count_items(r, "capacity", "all", ITEM_IMPROVEMENT), 1);
	CHECK(has_item(r, "capacity", "all", ITEM_IMPROVEMENT, "Ensure that all plans", "success criteria"));
	/* the JAR recommendations the letter quotes are context, not items */
	CHECK_INT(count_kind_everywhere(r, ITEM_RECOMMENDATION), 0);
	CHECK_INT(count_kind_everywhere(r, ITEM_IMPROVEMENT), 6);
	CHECK_CONTAINS(text_of(r, "capacity", "all"), "should strengthen scrutiny");
	/* page breaks inside sentences */
	CHECK_CONTAINS(text_of(r, "enjoying-achieving", "all"), "five or more GCSEs grade A* to C");
	CHECK_CONTAINS(text_of(r, "capacity", "all"), "The council 'runs a tight");
}

static void knowsley_apa_2006(void)
{
	const struct report *r = &reports[KNOWSLEY_APA];
	CHECK_INT(r->type, RT_APA);
	CHECK_STR(r->authority, "Knowsley Metropolitan Borough Council");
	CHECK_STR(r->authority_short, "Knowsley");
	CHECK_STR(r->la_code, "340");
	CHECK_INT(r->year, 2006);
	CHECK_STR(report_date(r, "letter"), "2006-11-01");
	/* grades only in the summary table: 4 on the 2006 scale is outstanding */
	CHECK_INT(judged(r, "overall", "all"), J_OUTSTANDING);
	CHECK_INT(sec(r, "overall", "all")->source, FROM_TABLE);
	CHECK_INT(judged(r, "capacity", "all"), J_OUTSTANDING);
	CHECK_INT(judged(r, "social-care", "all"), J_OUTSTANDING);
	/* outcomes judged in prose only: "excellent" is outstanding */
	CHECK_INT(judged(r, "being-healthy", "all"), J_OUTSTANDING);
	CHECK_STR(sec(r, "being-healthy", "all")->grade_raw, "excellent");
	CHECK_INT(sec(r, "being-healthy", "all")->source, FROM_PROSE);
	CHECK_INT(judged(r, "staying-safe", "all"), J_OUTSTANDING);
	CHECK_INT(judged(r, "enjoying-achieving", "all"), J_GOOD);
	CHECK_INT(judged(r, "positive-contribution", "all"), J_OUTSTANDING);
	CHECK_INT(judged(r, "economic-wellbeing", "all"), J_GOOD);
	/* the Key strengths | Key areas for improvement table, row by row */
	static const struct { const char *key; int strengths, improvements; } rows[] = {
		{ "being-healthy", 4, 0 }, { "staying-safe", 4, 1 }, { "enjoying-achieving", 5, 2 },
		{ "positive-contribution", 3, 0 }, { "economic-wellbeing", 5, 3 }, { "capacity", 6, 0 },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		CHECK_INT(count_items(r, rows[i].key, "all", ITEM_STRENGTH), rows[i].strengths);
		CHECK_INT(count_items(r, rows[i].key, "all", ITEM_IMPROVEMENT), rows[i].improvements);
	}
	CHECK(has_item(r, "being-healthy", "all", ITEM_STRENGTH, "CAMHS", "CAMHS"));
	CHECK(has_item(r, "enjoying-achieving", "all", ITEM_IMPROVEMENT, "attendance.", "attendance."));
	CHECK(has_item(r, "economic-wellbeing", "all", ITEM_IMPROVEMENT, "school sixth form", "provision"));
	CHECK_INT(count_items(r, "aspects-for-focus", "all", ITEM_IMPROVEMENT), 5);
	/* markup from the table never reaches text or items */
	for (size_t i = 0; i < r->nsections; i++) {
		CHECK_LACKS(r->sections[i].text, "<");
		for (size_t k = 0; k < r->sections[i].nitems; k++) {
			CHECK_LACKS(r->sections[i].items[k].text, "<");
			CHECK_LACKS(r->sections[i].items[k].text, "\xE2\x80\xA2");
		}
	}
	CHECK_LACKS(text_of(r, "overall", "all"), "Grade awarded");
}

static void liverpool_jar_2008(void)
{
	const struct report *r = &reports[LIVERPOOL_JAR];
	CHECK_INT(r->type, RT_JAR);
	CHECK_STR(r->authority_short, "Liverpool");
	CHECK_STR(r->la_code, "341");
	CHECK_INT(r->year, 2008);
	CHECK_STR(report_date(r, "published"), "2008-02-19");
	/* the Grades table: 3 is good and 2 adequate on the JAR scale */
	CHECK_INT(judged(r, "safeguarding", "all"), J_GOOD);
	CHECK_INT(judged(r, "looked-after-children", "all"), J_GOOD);
	CHECK_INT(judged(r, "ldd", "all"), J_GOOD);
	CHECK_INT(judged(r, "service-management", "all"), J_GOOD);
	CHECK_INT(judged(r, "capacity", "all"), J_ADEQUATE);
	CHECK_STR(sec(r, "capacity", "all")->grade_raw, "2");
	/* the 14-19 investigation has no row in the table; its judgement is in prose */
	CHECK_INT(judged(r, "14-19", "all"), J_GOOD);
	/* Major strengths | Important weaknesses, per theme */
	static const struct { const char *key; int strengths, weaknesses; } rows[] = {
		{ "safeguarding", 6, 3 }, { "looked-after-children", 8, 3 }, { "ldd", 5, 2 },
		{ "14-19", 4, 1 }, { "capacity", 6, 3 },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		CHECK_INT(count_items(r, rows[i].key, "all", ITEM_STRENGTH), rows[i].strengths);
		CHECK_INT(count_items(r, rows[i].key, "all", ITEM_IMPROVEMENT), rows[i].weaknesses);
	}
	CHECK(has_item(r, "looked-after-children", "all", ITEM_STRENGTH, "An excellent Participation Group.", "."));
	/* recommendations by timeframe and actor */
	const struct section *rec = sec(r, "recommendations", "all");
	CHECK(rec != NULL);
	if (rec) {
		CHECK_INT(count_items(r, "recommendations", "all", ITEM_RECOMMENDATION), 10);
		int immediate = 0, council = 0, longer = 0;
		for (size_t i = 0; i < rec->nitems; i++) {
			immediate += rec->items[i].timeframe && strcmp(rec->items[i].timeframe, "For immediate action") == 0;
			longer += rec->items[i].timeframe && strcmp(rec->items[i].timeframe, "For action in the longer term") == 0;
			council += rec->items[i].actor && strcmp(rec->items[i].actor, "The council") == 0;
		}
		CHECK_INT(immediate, 4);
		CHECK_INT(longer, 2);
		CHECK_INT(council, 2);
	}
	/* an item with sub-bullets is one item */
	CHECK(has_item(r, "recommendations", "all", ITEM_RECOMMENDATION, "improve performance management arrangements by: ensuring",
		       "involvement of all operational managers."));
	/* the youth service annex's own lists */
	CHECK_INT(count_items(r, "annex-b", "all", ITEM_STRENGTH), 6);
	CHECK_INT(count_items(r, "annex-b", "all", ITEM_IMPROVEMENT), 5);
	/* the lost graphic scale and markdown do not reach the text */
	const char *sg = text_of(r, "safeguarding", "all");
	CHECK(strncmp(sg, "The contribution of local services", 34) == 0);
	CHECK_LACKS(text_of(r, "looked-after-children", "all"), "**");
	CHECK_LACKS(text_of(r, "looked-after-children", "all"), "25.");
	/* front matter (copyright, contents page) is not a section */
	CHECK(sec(r, "contents", NULL) == NULL);
	for (size_t i = 0; i < r->nsections; i++)
		CHECK_LACKS(r->sections[i].text, "Crown copyright");
	CHECK_CONTAINS(text_of(r, "context", "all"), "European Capital of Culture in 2008");
}

static void liverpool_slac_2011(void)
{
	const struct report *r = &reports[LIVERPOOL_SLAC];
	CHECK_INT(r->type, RT_SLAC);
	CHECK_STR(r->authority_short, "Liverpool");
	CHECK_STR(r->la_code, "341");
	CHECK_INT(r->year, 2011);
	CHECK_STR(report_date(r, "published"), "2011-04-08");
	CHECK_STR(report_date(r, "inspection-start"), "2011-02-21");
	CHECK_STR(report_date(r, "inspection-end"), "2011-03-04");
	/* safeguarding services, from headings, grade lines and the Record of main findings */
	static const struct { const char *key, *scope; enum judgement j; } want[] = {
		{ "overall", "safeguarding", J_GOOD },
		{ "capacity", "safeguarding", J_GOOD },
		{ "staying-safe", "safeguarding", J_GOOD },
		{ "quality-of-provision", "safeguarding", J_GOOD },
		{ "contribution-of-health-agencies-to-keeping-children-and-young-people-safe", "safeguarding", J_OUTSTANDING },
		{ "ambition-and-prioritisation", "safeguarding", J_OUTSTANDING },
		{ "leadership-and-management", "safeguarding", J_GOOD },
		{ "performance-management-and-quality-assurance", "safeguarding", J_GOOD },
		{ "partnership-working", "safeguarding", J_GOOD },
		{ "equality-and-diversity", "safeguarding", J_GOOD },
		{ "overall", "looked-after", J_GOOD },
		{ "capacity", "looked-after", J_GOOD },
		{ "being-healthy", "looked-after", J_OUTSTANDING },
		{ "staying-safe", "looked-after", J_GOOD },
		{ "enjoying-achieving", "looked-after", J_GOOD },
		{ "positive-contribution", "looked-after", J_OUTSTANDING },
		{ "economic-wellbeing", "looked-after", J_GOOD },
		{ "quality-of-provision", "looked-after", J_GOOD },
		{ "ambition-and-prioritisation", "looked-after", J_OUTSTANDING },
		{ "leadership-and-management", "looked-after", J_GOOD },
		{ "performance-management-and-quality-assurance", "looked-after", J_GOOD },
		{ "equality-and-diversity", "looked-after", J_GOOD },
	};
	const char *name = check_current;
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		check_current = want[i].key; /* a failure names the section */
		CHECK_INT(judged(r, want[i].key, want[i].scope), want[i].j);
	}
	check_current = name;
	/* "Grade 1 (outstanding)" on the 2011 scale; heading wrapped with the grade fused on */
	const struct section *health = sec(r, "contribution-of-health-agencies-to-keeping-children-and-young-people-safe", "safeguarding");
	CHECK(health && health->source == FROM_HEADING && health->scale == SCALE_ONE_HIGH);
	CHECK(health && strstr(health->heading, "young people safe") && !strstr(health->heading, "Grade"));
	/* areas for improvement with timeframes, in each scope */
	CHECK_INT(count_items(r, "areas-for-improvement", "safeguarding", ITEM_IMPROVEMENT), 5);
	CHECK_INT(count_items(r, "areas-for-improvement", "looked-after", ITEM_IMPROVEMENT), 5);
	/* two items run together on one line, with their bullet lost, are split */
	CHECK(has_item(r, "areas-for-improvement", "looked-after", ITEM_IMPROVEMENT, "Review the case loads", "and plans."));
	CHECK(has_item(r, "areas-for-improvement", "looked-after", ITEM_IMPROVEMENT, "Undertake a review", "safeguarding need."));
	const struct section *afi = sec(r, "areas-for-improvement", "looked-after");
	int six = 0;
	for (size_t i = 0; afi && i < afi->nitems; i++)
		six += afi->items[i].timeframe && strcmp(afi->items[i].timeframe, "Within six months") == 0;
	CHECK_INT(six, 2);
	/* paragraph numbers displaced into sentences are gone */
	CHECK_CONTAINS(text_of(r, "being-healthy", "looked-after"), "care leavers are outstanding.");
	CHECK_LACKS(text_of(r, "being-healthy", "looked-after"), " 58.");
	CHECK_CONTAINS(text_of(r, "quality-of-provision", "safeguarding"), "contact and referral service is good");
}

int main(void)
{
	load_corpus();
	void (*tests[])(void) = { liverpool_apa_2007, liverpool_jar_2008, sefton_apa_2007, knowsley_apa_2006,
				  liverpool_slac_2011 };
	const char *names[] = { "corpus: Liverpool APA 2007", "corpus: Liverpool JAR 2008", "corpus: Sefton APA 2007",
				"corpus: Knowsley APA 2006", "corpus: Liverpool safeguarding and LAC 2011" };
	for (int i = 0; i < 5; i++) {
		if (!loaded[i]) {
			SKIP(names[i], "not found in " CORPUS " (run from the repository with ../shared beside it)");
			continue;
		}
		RUN_NAMED(names[i], tests[i]);
		report_free(&reports[i]);
	}
	return check_done();
}
