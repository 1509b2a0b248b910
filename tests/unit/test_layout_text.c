/*
 * test_layout_text.c: a `pdftotext -layout` rendition brought to the
 * default mode's lines (parse/layout_text): when a text is one, and what
 * becomes of its margin, its widened gaps and its table columns.
 */
#include "check.h"
#include "parse/layout_text.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* The lines of TEXT after layout_normalise, joined by '\n'; malloc'd. */
static char *normalised(const char *text)
{
	struct text_lines tl;
	text_decode(text, strlen(text), &tl);
	layout_normalise(&tl);
	size_t len = 1;
	for (size_t i = 0; i < tl.n; i++)
		len += strlen(tl.v[i].s) + 1;
	char *out = calloc(1, len);
	for (size_t i = 0; i < tl.n; i++) {
		strcat(out, tl.v[i].s);
		if (i + 1 < tl.n)
			strcat(out, "\n");
	}
	text_lines_free(&tl);
	return out;
}

/* Is TEXT taken for a layout rendition, and with which margin? */
static bool detected(const char *text, size_t *margin)
{
	struct text_lines tl;
	text_decode(text, strlen(text), &tl);
	bool yes = layout_detect(&tl, margin);
	text_lines_free(&tl);
	return yes;
}

/* A shared margin goes; what is indented beyond it keeps the rest of its indent. */
static void margin(void)
{
	size_t m = 99;
	const char *t = "      Staying safe\n\n      Grade 2\n\n            Sub-heading indented\n      The council acts.\n";
	CHECK(detected(t, &m));
	CHECK_INT(m, 6);
	char *s = normalised(t);
	CHECK_STR(s, "Staying safe\n\nGrade 2\n\n      Sub-heading indented\nThe council acts.");
	free(s);
	/* one line in ten may stand further left (a page number set at the edge) */
	struct strbuf b = {0};
	for (int i = 0; i < 9; i++)
		sb_adds(&b, "    A line of the report's text.\n");
	sb_adds(&b, "7\n");
	CHECK(detected(sb_str(&b), &m));
	CHECK_INT(m, 4);
	free(b.s);
	/* a text of the default mode has no margin and is left alone */
	t = "Staying safe\n  an indented line\nGrade 2\nThe council acts.\n";
	CHECK(!detected(t, &m));
	CHECK_INT(m, 0);
	s = normalised(t);
	CHECK_STR(s, "Staying safe\n  an indented line\nGrade 2\nThe council acts.");
	free(s);
	/* one space is no margin */
	CHECK(!detected(" One.\n Two.\n Three.\n", &m));
}

/* Widened gaps between words and sentences become one space; table columns stay apart. */
static void gaps(void)
{
	char *s = normalised("   The council  acts quickly.  Its  staff are trained,  and\n"
			     "   Overall effectiveness          Good\n"
			     "   Being healthy                  Grade 2 (good)\n"
			     "   Capacity to improve            3\n"
			     "   on time.   The next sentence starts here.\n"
			     "   Areas for judgement    Grade awarded\n");
	CHECK_STR(s, "The council acts quickly. Its staff are trained, and\n"
		     "Overall effectiveness          Good\n"
		     "Being healthy                  Grade 2 (good)\n"
		     "Capacity to improve            3\n"
		     "on time. The next sentence starts here.\n"
		     "Areas for judgement    Grade awarded");
	free(s);
	/* a gap of two spaces is a justified line's, even before a capital */
	s = normalised("  Partners in  Wrenford\n  work  well.\n  Each one.\n");
	CHECK_STR(s, "Partners in Wrenford\nwork well.\nEach one.");
	free(s);
}

/* Without a margin, many widened gaps still mark a layout rendition; a few do not. */
static void gaps_alone(void)
{
	size_t m = 99;
	struct strbuf b = {0};
	for (int i = 0; i < 8; i++)
		sb_adds(&b, "The council acts.  Its staff are trained.\n");
	CHECK(detected(sb_str(&b), &m));
	CHECK_INT(m, 0);
	char *s = normalised(sb_str(&b));
	CHECK(strstr(s, "acts. Its staff") != NULL);
	CHECK(strstr(s, "  ") == NULL);
	free(s);
	free(b.s);
	b = (struct strbuf){0};
	for (int i = 0; i < 7; i++)
		sb_adds(&b, "The council acts.  Its staff are trained.\n");
	CHECK(!detected(sb_str(&b), &m));
	free(b.s);
	/* one gapped line among many is a typing slip, not a layout */
	b = (struct strbuf){0};
	for (int i = 0; i < 80; i++)
		sb_adds(&b, i % 10 ? "A plain line.\n" : "A line,  with a gap.\n");
	CHECK(!detected(sb_str(&b), &m));
	free(b.s);
}

int main(void)
{
	RUN(margin);
	RUN(gaps);
	RUN(gaps_alone);
	return check_done();
}
