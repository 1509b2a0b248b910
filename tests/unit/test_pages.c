/*
 * test_pages.c: the pages paragraphs are cited by (src/parse/pages.c).
 * Where a report prints its page numbers alike on most pages, they are
 * the pages; a cover and a notes page before the printed first have none;
 * otherwise pages are counted from the file's first, one more at each
 * form feed.
 *
 * The reports are fictional (Tarrowby), written for this test; the
 * expected pages are the numbers printed on each page below.
 */
#include "check.h"
#include "parse/parse.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* The file's pages 1 and 2 print no number; pages 3 to 6 print 1 to 4 under a running header. */
#define COVER \
	"Inspection of Tarrowby local authority children's services\n" \
	"Inspection dates: 3 to 7 June 2024\n" \
	"Lead inspector: A Person, His Majesty's Inspector\n" \
	"Judgement\nGrade\n" \
	"The impact of leaders on social work\npractice with children and families\nGood\n" \
	"The experiences and progress of\nchildren who need help and protection\nGood\n" \
	"Overall effectiveness\nGood\n" \
	"Tarrowby's services for children are good and leaders know them well.\n"
#define NOTES "\fNotes for readers of this fictional report stand on this page.\n"

static const char printed[] =
	COVER NOTES
	"\fTarrowby children's services inspection\n\n1\n\n"
	"What needs to improve?\n"
	"- The timeliness of reviews of children's plans.\n\n"
	"\fTarrowby children's services inspection\n\n2\n\n"
	"The experiences and progress of children who need help and\n"
	"protection: good\n\n"
	"1. Families receive help at the right time from workers who know them.\n\n"
	"2. The front door team makes timely decisions about every contact.\n\n"
	"\fTarrowby children's services inspection\n\n3\n\n"
	"3. Assessments take account of the history of each family and of the\n"
	"wishes of the children.\n\n"
	"4. Plans for children are clear and are reviewed often enough.\n\n"
	"\fTarrowby children's services inspection\n\n4\n\n"
	"5. Children in need of protection are seen quickly and seen alone.\n";

/* The same report with its numbers as Page N at the foot, counting the cover: the file's count. */
static const char counted[] =
	COVER "Page 1\n" NOTES "Page 2\n"
	"\fWhat needs to improve?\n"
	"- The timeliness of reviews of children's plans.\n\nPage 3\n"
	"\fThe experiences and progress of children who need help and\n"
	"protection: good\n\n"
	"1. Families receive help at the right time from workers who know them.\n\n"
	"2. The front door team makes timely decisions about every contact.\n\nPage 4\n"
	"\f3. Assessments take account of the history of each family and of the\n"
	"wishes of the children.\n\n"
	"4. Plans for children are clear and are reviewed often enough.\n\nPage 5\n"
	"\f5. Children in need of protection are seen quickly and seen alone.\n\nPage 6\n";

/* Numbers on two pages only, two apart from the file's count: too few to go by. */
static const char few[] =
	COVER NOTES
	"\fWhat needs to improve?\n"
	"- The timeliness of reviews of children's plans.\n\n"
	"\fThe experiences and progress of children who need help and\n"
	"protection: good\n\n"
	"1. Families receive help at the right time from workers who know them.\n\n"
	"2. The front door team makes timely decisions about every contact.\n\n2\n"
	"\f3. Assessments take account of the history of each family and of the\n"
	"wishes of the children.\n\n"
	"4. Plans for children are clear and are reviewed often enough.\n\n3\n"
	"\f5. Children in need of protection are seen quickly and seen alone.\n";

/* Check that paragraphs 1 to 5 of help and protection in TEXT start on PAGES[0..4]. */
static void check_pages(const char *text, const int pages[5])
{
	struct report r;
	parse_report(text, strlen(text), "pages-test.txt", &r, NULL);
	const struct section *s = report_find_section(&r, "help-and-protection", NULL);
	CHECK(s != NULL);
	int seen = 0;
	for (size_t i = 0; s && i < s->nparas; i++) {
		int n = section_para_num(s, i);
		if (n < 1 || n > 5)
			continue;
		seen++;
		CHECK_INT(section_para_page(s, i), pages[n - 1]);
	}
	CHECK_INT(seen, 5);
	const struct section *imp = report_find_section(&r, "areas-for-improvement", NULL);
	CHECK(imp && imp->nitems == 1);
	if (imp && imp->nitems == 1)
		CHECK_INT(imp->items[0].page, pages[0] - 1);
	report_free(&r);
}

static void printed_numbers(void)
{
	static const int want[5] = { 2, 2, 3, 3, 4 };
	check_pages(printed, want);
}

static void numbers_that_count_the_cover(void)
{
	static const int want[5] = { 4, 4, 5, 5, 6 };
	check_pages(counted, want);
}

static void too_few_numbers(void)
{
	static const int want[5] = { 4, 4, 5, 5, 6 };
	check_pages(few, want);
}

int main(void)
{
	RUN(printed_numbers);
	RUN(numbers_that_count_the_cover);
	RUN(too_few_numbers);
	return check_done();
}
