/*
 * test_section_layout.c: where a section's layout says pages and items'
 * citations (section_layout.h): a page marker on the blank line above the
 * first paragraph and above each paragraph that starts a new page,
 * right-aligned; a list whose items all stand in one paragraph on one page
 * cited once in its title; other items each cited at their end, never cut.
 *
 * The section is built here by hand (fictional text); the expected lines
 * follow from the numbers and pages given to it.
 */
#include "check.h"
#include "output/section_layout.h"
#include "report/report.h"
#include "base/util.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

/* A section of three paragraphs numbered 7, 8, 9 on pages PAGES[0..2], with two strengths and two recommendations. */
static void build(struct report *r, const int pages[3], int strength_page, int rec_page2)
{
	memset(r, 0, sizeof *r);
	struct section *s = report_add_section(r, "safeguarding", "all", "Safeguarding", 1);
	free(s->text);
	s->text = xstrdup("Alpha paragraph text.\nBeta paragraph text.\nGamma paragraph text.");
	static const int nums[3] = { 7, 8, 9 };
	section_set_citations(s, nums, pages, 3);
	struct item *it = section_add_item(s, ITEM_STRENGTH, "A first strength.", NULL, NULL);
	it->paragraph = 7, it->page = strength_page;
	it = section_add_item(s, ITEM_STRENGTH, "A second strength.", NULL, NULL);
	it->paragraph = 7, it->page = strength_page;
	it = section_add_item(s, ITEM_RECOMMENDATION, "Do one thing.", NULL, NULL);
	it->page = pages[0];
	it = section_add_item(s, ITEM_RECOMMENDATION, "Do another thing.", NULL, NULL);
	it->page = rec_page2;
}

/* The index of the first line of L of KIND at or after FROM whose text holds TEXT; -1 none. */
static int find(const struct section_layout *l, size_t from, enum layout_kind kind, const char *text)
{
	for (size_t i = from; i < l->n; i++)
		if (l->lines[i].kind == kind && strstr(l->lines[i].text, text))
			return (int)i;
	return -1;
}

static int count_kind(const struct section_layout *l, enum layout_kind kind)
{
	int n = 0;
	for (size_t i = 0; i < l->n; i++)
		n += l->lines[i].kind == kind;
	return n;
}

/* A section built as build() does, laid out for WIDTH columns in medium M. */
struct fixture {
	struct report r;
	struct section_layout l;
};

static void setup(struct fixture *f, const int pages[3], int strength_page, int width, enum layout_medium m)
{
	build(&f->r, pages, strength_page, pages[2]);
	memset(&f->l, 0, sizeof f->l);
	section_layout_build(&f->l, &f->r.sections[0], width, false, m);
}

static void teardown(struct fixture *f)
{
	section_layout_free(&f->l);
	report_free(&f->r);
}

/* The text of the first line of KIND holding TEXT, from byte FROM of it ("" when there is none). */
static const char *text_of(const struct fixture *f, enum layout_kind kind, const char *text, int from)
{
	int i = find(&f->l, 0, kind, text);
	return i < 0 ? "" : f->l.lines[i].text + from;
}

/* Check that the strengths' title reads WANT; returns its line (-1 when there is none). */
static int strengths_title(const struct fixture *f, const char *want)
{
	CHECK_STR(text_of(f, LK_LIST_TITLE, "Strengths", 0), want);
	return find(&f->l, 0, LK_LIST_TITLE, "Strengths");
}

static const int two_pages[3] = { 4, 4, 5 };

static void test_page_markers(void)
{
	static const struct { enum layout_medium m; int width, gutter; } media[] = {
		{ LAYOUT_TEXT, 60, 0 }, { LAYOUT_PANE, 40, 2 },
	};
	for (size_t k = 0; k < 2; k++) {
		struct fixture f;
		setup(&f, two_pages, 4, media[k].width, media[k].m);
		const struct section_layout *l = &f.l;
		/* two markers: the first page above paragraph 7, the next above 9; none above 8 */
		CHECK_INT(count_kind(l, LK_PAGE), 2);
		int p4 = find(l, 0, LK_PAGE, "p. 4"), p5 = find(l, 0, LK_PAGE, "p. 5");
		CHECK(p4 >= 0 && p5 > p4);
		if (p4 >= 0 && p5 > p4) {
			CHECK_STR(l->lines[p4].text, "p. 4");
			CHECK_INT(l->lines[p4 + 1].number, 7);
			CHECK_INT(l->lines[p5 + 1].number, 9);
			CHECK(strstr(l->lines[p5 + 1].text, "Gamma") != NULL);
			/* right-aligned: the marker ends where the medium's lines may end */
			CHECK_INT(l->lines[p4].indent + (int)strlen(l->lines[p4].text), media[k].width - media[k].gutter);
		}
		teardown(&f);
	}
}

static void test_list_citations(void)
{
	struct fixture f;
	setup(&f, two_pages, 4, 60, LAYOUT_TEXT);
	/* the strengths share paragraph 7, page 4: said once, in the title, dimmed from its comma */
	int t = strengths_title(&f, "Strengths (2), para 7, p. 4");
	CHECK_INT(t >= 0 ? f.l.lines[t].cite_start : -2, (int)strlen("Strengths (2)"));
	CHECK(find(&f.l, 0, LK_STRENGTH, "(para") < 0);
	/* the recommendations are on pages 4 and 5: each ends with its own */
	CHECK_STR(text_of(&f, LK_RECOMMENDATION, "Do one thing.", 0), "Do one thing. (p. 4)");
	CHECK_STR(text_of(&f, LK_RECOMMENDATION, "Do another", 18), "(p. 5)");
	CHECK_STR(text_of(&f, LK_LIST_TITLE, "Recommendations", 0), "Recommendations (2)");
	teardown(&f);

	/* no page breaks: no markers, and the strengths say their paragraph alone */
	static const int none[3] = { 0, 0, 0 };
	setup(&f, none, 0, 60, LAYOUT_TEXT);
	CHECK_INT(count_kind(&f.l, LK_PAGE), 0);
	strengths_title(&f, "Strengths (2), para 7");
	teardown(&f);
}

static void test_narrow_never_cuts(void)
{
	struct fixture f;
	/* 20 columns: "Strengths (2), para 7, p. 4" does not fit; an item's citation goes whole where it fits */
	setup(&f, two_pages, 4, 20, LAYOUT_TEXT);
	int t = strengths_title(&f, "Strengths (2)");
	CHECK(t >= 0 && (size_t)t + 1 < f.l.n);
	if (t >= 0 && (size_t)t + 1 < f.l.n) {
		CHECK_STR(f.l.lines[t + 1].text, "para 7, p. 4");
		CHECK_INT(f.l.lines[t + 1].cite_start, 0);
	}
	int c = find(&f.l, 0, LK_RECOMMENDATION, "(p. 5)");
	CHECK_STR(c >= 0 ? f.l.lines[c].text + f.l.lines[c].cite_start : "", "(p. 5)");
	for (size_t i = 0; i < f.l.n; i++)
		CHECK(strlen(f.l.lines[i].text) + (size_t)f.l.lines[i].indent <= 20);
	teardown(&f);
}

/*
 * A paragraph that starts with a bullet stands its later lines under the
 * bullet's text (two columns in), in the pane and in text alike; a
 * paragraph without one keeps them at the margin.  No line passes the width.
 */
static void test_bullet_hangs(void)
{
	static const char *const bulleted[] = { "\u2022 ", "- ", "* " };
	for (int m = LAYOUT_PANE; m <= LAYOUT_TEXT; m++) {
		for (size_t b = 0; b < sizeof bulleted / sizeof bulleted[0]; b++) {
			struct report r;
			memset(&r, 0, sizeof r);
			struct section *s = report_add_section(&r, "context", "all", "Context", 0);
			free(s->text);
			s->text = xasprintf("%sone two three four five six seven eight nine ten eleven twelve\n"
					    "Plain one two three four five six seven eight nine ten eleven", bulleted[b]);
			struct section_layout l;
			section_layout_build(&l, s, 30, false, (enum layout_medium)m);
			int first = find(&l, 0, LK_TEXT, "one two");
			int plain = find(&l, 0, LK_TEXT, "Plain");
			CHECK(first >= 0 && plain > first + 1);
			if (first >= 0 && plain > first + 1) {
				for (int i = first + 1; i < plain && l.lines[i].kind == LK_TEXT; i++)
					CHECK_INT(l.lines[i].indent, l.lines[first].indent + 2);
				CHECK(plain + 1 < (int)l.n && l.lines[plain + 1].kind == LK_TEXT);
				if (plain + 1 < (int)l.n)
					CHECK_INT(l.lines[plain + 1].indent, l.lines[plain].indent);
			}
			int gutter = m == LAYOUT_PANE ? 2 : 0;
			for (size_t i = 0; i < l.n; i++)
				if (l.lines[i].kind == LK_TEXT)
					CHECK(strlen(l.lines[i].text) + (size_t)l.lines[i].indent + (size_t)gutter <= 30 + 2);
			section_layout_free(&l);
			report_free(&r);
		}
	}
}

int main(void)
{
	/* the text medium keeps a bullet only where the locale can show it: a UTF-8 one */
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "");
	RUN(test_bullet_hangs);
	RUN(test_page_markers);
	RUN(test_list_citations);
	RUN(test_narrow_never_cuts);
	return check_done();
}
