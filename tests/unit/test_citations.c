/*
 * test_citations.c: the paragraph numbers and pages the parser keeps so
 * that a reader can cite a paragraph or an item ("JAR 2008, para 15").
 *
 * The reports here are fictional (Brackenholt, Orrinford), written for
 * these tests: numbered paragraphs, numbered lists and years that are no
 * paragraph numbers, a later report's numbers printed alone on a line,
 * a number the extraction moved into a sentence, and form feeds.  The
 * expected numbers are those written into each text.
 */
#include "check.h"
#include "parse/parse.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

static struct report parse_text(const char *text)
{
	struct report r;
	parse_report(text, strlen(text), "citations-test.txt", &r, NULL);
	return r;
}

/* The number of paragraph I of section KEY, -1 when there is no such section or paragraph. */
static int num(const struct report *r, const char *key, size_t i)
{
	const struct section *s = report_find_section(r, key, NULL);
	if (!s || i >= s->nparas)
		return -1;
	return section_para_num(s, i);
}

/* Paragraph I of section KEY's text (malloc'd), "" when there is none. */
static char *para(const struct report *r, const char *key, size_t i)
{
	const struct section *s = report_find_section(r, key, NULL);
	const char *p = s ? s->text : "";
	for (; i > 0 && p; i--) {
		p = strchr(p, '\n');
		p = p ? p + 1 : NULL;
	}
	if (!p)
		return xstrdup("");
	const char *e = strchr(p, '\n');
	return e ? xstrndup(p, (size_t)(e - p)) : xstrdup(p);
}

/* Does every section have one citation for each paragraph of its text? */
static bool citations_line_up(const struct report *r)
{
	for (size_t i = 0; i < r->nsections; i++) {
		const struct section *s = &r->sections[i];
		size_t paras = *s->text ? 1 : 0;
		for (const char *p = s->text; (p = strchr(p, '\n')) != NULL; p++)
			paras++;
		if (paras != s->nparas)
			return false;
	}
	return true;
}

static const char jar[] =
	"Joint area review\n\n"
	"Brackenholt Children's Services Authority Area\n\n"
	"Published: 3 June 2008\n\n"
	"Reference no: 999\n\n"
	"Introduction\n\n"
	"1. This review looks at how the services of Brackenholt work together for\n"
	"children and young people.\n\n"
	"2. The review took place in two stages in the spring of 2008.\n\n"
	"Context\n\n"
	"3. Brackenholt is a small rural authority with three market towns.\n\n"
	/* a list numbered from 1 inside the numbering: no paragraph numbers */
	"4. The partnership set itself three aims for 2007 and 2008:\n"
	"1. Reduce the number of children waiting for an assessment.\n"
	"2. Open two more children's centres in the towns.\n"
	"3. Agree one plan for the health of looked after children.\n\n"
	/* a year at the start of a line is no paragraph number either */
	"2008. The year the partnership first met in public.\n\n"
	"Safeguarding\n\n"
	"5. The contribution of local services to improving outcomes for children\n"
	"and young people at risk or requiring safeguarding is good.\n\n"
	"Major strengths\tImportant weaknesses\n"
	"<p>Clear thresholds agreed by every agency.</p>\t<p>Slow reviews of child protection plans.</p>\n\n"
	"6. Referrals are handled promptly by a duty team that knows the area well,\n"
	"and the team sees every child within a day of the referral.\n";

/* A joint area review's numbered paragraphs, and what is no paragraph number. */
static void numbered_paragraphs(void)
{
	struct report r = parse_text(jar);
	CHECK(citations_line_up(&r));
	CHECK_INT(num(&r, "introduction", 0), 1);
	CHECK_INT(num(&r, "introduction", 1), 2);
	CHECK_INT(num(&r, "context", 0), 3);
	CHECK_INT(num(&r, "context", 1), 4);
	/* the number is kept as data and taken out of the text */
	char *p = para(&r, "introduction", 0);
	CHECK(strncmp(p, "This review", 11) == 0);
	free(p);
	/* the list items that follow paragraph 4 carry no paragraph number */
	const struct section *ctx = report_find_section(&r, "context", NULL);
	CHECK(ctx != NULL);
	for (size_t i = 2; ctx && i < ctx->nparas; i++)
		CHECK_INT(section_para_num(ctx, i), 0);
	CHECK_INT(num(&r, "safeguarding", 0), 5);
	/* the table's items stand in paragraph 5, the one above them */
	const struct section *s = report_find_section(&r, "safeguarding", NULL);
	CHECK(s && s->nitems == 2);
	for (size_t i = 0; s && i < s->nitems; i++)
		CHECK_INT(s->items[i].paragraph, 5);
	/* numbering goes on after the list: 6 is still a paragraph number */
	CHECK_INT(num(&r, "safeguarding", s ? s->nparas - 1 : 0), 6);
	/* no form feeds: no pages */
	for (size_t i = 0; s && i < s->nparas; i++)
		CHECK_INT(section_para_page(s, i), 0);
	report_free(&r);
}

/* A list restarting at 1 keeps the numbers 1-3 away from paragraphs (the years too). */
static void lists_are_not_paragraphs(void)
{
	struct report r = parse_text(jar);
	const struct section *ctx = report_find_section(&r, "context", NULL);
	int listed = 0;
	for (size_t i = 0; ctx && i < ctx->nparas; i++) {
		int n = section_para_num(ctx, i);
		CHECK(n == 0 || n == 3 || n == 4);
		listed += n == 0;
	}
	CHECK(listed >= 1);
	CHECK_INT(num(&r, "context", 1), 4); /* and the paragraph before the list keeps its own */
	for (size_t i = 0; i < r.nsections; i++)
		for (size_t k = 0; k < r.sections[i].nparas; k++)
			CHECK(section_para_num(&r.sections[i], k) != 2008);
	report_free(&r);
}

static const char ilacs[] =
	"Inspection of Orrinford local authority children's services\n"
	"Inspection dates: 4 to 8 March 2024\n"
	"Lead inspector: A Person, His Majesty's Inspector\n"
	"Judgement\nGrade\n"
	"The impact of leaders on social work\npractice with children and families\nGood\n"
	"The experiences and progress of\nchildren who need help and protection\nGood\n"
	"The experiences and progress of\nchildren in care\nGood\n"
	"The experiences and progress of care\nleavers\nGood\n"
	"Overall effectiveness\nGood\n"
	"Orrinford's services for children have improved steadily since the last\n"
	"inspection, and leaders know their strengths and weaknesses well.\n"
	"\fWhat needs to improve?\n"
	"- The timeliness of reviews of children's plans.\n\n"
	"The experiences and progress of children who need help and\n"
	"protection: good\n"
	"1.\n\n"
	"Children and families in Orrinford receive help at the right time from\n"
	"workers who know them well and who plan carefully with them.\n\n"
	"2.\n\n"
	"The front door team makes timely decisions about contacts and refers\n"
	"children on to the right service.\n\n"
	"3.\n\n"
	"Assessments are thorough and take account of the history of each family\n"
	"and of the wishes of the children.\n"
	"Inspection of Orrinford local authority children's services\n"
	"4 to 8 March 2024\n"
	"2\n"
	"\f4.\n\n"
	"Plans for children are clear and are reviewed often enough to keep them\n"
	"up to date as the needs of children change.\n";

/* A later report's numbers alone on their lines, and the pages of its form feeds. */
static void lone_numbers_and_pages(void)
{
	struct report r = parse_text(ilacs);
	CHECK(citations_line_up(&r));
	const struct section *s = report_find_section(&r, "help-and-protection", NULL);
	CHECK(s != NULL);
	if (!s) {
		report_free(&r);
		return;
	}
	CHECK(s->nparas >= 4);
	for (size_t i = 0; i < 4 && i < s->nparas; i++) {
		CHECK_INT(section_para_num(s, i), (int)i + 1);
		/* pages 2 (after the first form feed) and 3 (after the second) */
		CHECK_INT(section_para_page(s, i), i < 3 ? 2 : 3);
	}
	CHECK_LACKS(s->text, "\n1.");
	report_free(&r);
}

static const char slac[] =
	"Inspection of safeguarding and looked after children services Orrinford\n\n"
	"Inspection dates: 7 to 18 March 2011\n\n"
	"Published: 20 April 2011\n\n"
	"Safeguarding services\n\n"
	"Overall effectiveness\n\n"
	"- 12. The overall effectiveness of the council and its partners in keeping\n"
	"children safe is good.\n"
	"- 13. Partners share information well and plan together for the area.\n"
	"- Thresholds for children's social care are understood by partners and 14.\n"
	"applied consistently across the teams of the area.\n\n"
	"Areas for improvement\n\n"
	"15. In order to improve the quality of provision and services for\n"
	"safeguarding children in Orrinford, the council and its partners should:\n\n"
	"Within three months:\n\n"
	"- Ensure that every plan names the worker who will review it.\n"
	"- Review the caseloads of the conference chairs.\n";

/* "- 12." paragraphs, a number displaced into a sentence, and items standing in a numbered paragraph. */
static void displaced_and_items(void)
{
	struct report r = parse_text(slac);
	CHECK(citations_line_up(&r));
	CHECK_INT(num(&r, "overall", 0), 12);
	CHECK_INT(num(&r, "overall", 1), 13);
	CHECK_INT(num(&r, "overall", 2), 14);
	char *p = para(&r, "overall", 2);
	CHECK_LACKS(p, "14.");
	free(p);
	const struct section *s = report_find_section(&r, "areas-for-improvement", NULL);
	CHECK(s && s->nitems == 2);
	for (size_t i = 0; s && i < s->nitems; i++)
		CHECK_INT(s->items[i].paragraph, 15);
	report_free(&r);
}

int main(void)
{
	RUN(numbered_paragraphs);
	RUN(lists_are_not_paragraphs);
	RUN(lone_numbers_and_pages);
	RUN(displaced_and_items);
	return check_done();
}
