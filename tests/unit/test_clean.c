/*
 * test_clean.c: cleaning paragraphs and items (parse/clean): what joins a
 * hard-wrapped line, items that say there is nothing, stray numbers,
 * markup and bullets removed, run-together items split, sentence ends.
 */
#include "check.h"
#include "parse/clean.h"

#include <stdlib.h>
#include <string.h>

/* Paragraphs and items come out as a reader would write them. */
static void cleaning(void)
{
	CHECK_STR(wrap_joiner("a multi-", 8, "agency team"), "");
	CHECK_STR(wrap_joiner("pre- and", 8, "post-16"), " ");
	CHECK_STR(wrap_joiner("ages 14 -", 9, "19"), " ");
	CHECK(item_says_none("None."));
	CHECK(item_says_none("There are no significant areas for development."));
	CHECK(!item_says_none("Nominate a lead for care leavers."));
	CHECK(!item_says_none("Reduce the number of children with none of their plans reviewed."));
	char *s = clean_paragraph("- 12. The overall effectiveness is good.");
	CHECK_STR(s, "The overall effectiveness is good.");
	free(s);
	s = clean_paragraph("Health outcomes for looked after children are 58. outstanding.");
	CHECK_STR(s, "Health outcomes for looked after children are outstanding.");
	free(s);
	s = clean_paragraph("Results at Key Stage 4. The trend");
	CHECK_STR(s, "Results at Key Stage 4. The trend");
	free(s);
	s = clean_paragraph("25. **The contribution is good.**");
	CHECK_STR(s, "The contribution is good.");
	free(s);
	s = clean_paragraph("<p><i>Being   healthy:</i></p> A &amp; B");
	CHECK_STR(s, "Being healthy: A & B");
	free(s);
	s = clean_paragraph("Five A*–C grades and A* to C");
	CHECK_STR(s, "Five A*–C grades and A* to C");
	free(s);
	/* white space of every kind folds; removing markdown folds again */
	s = clean_paragraph(" \t Being\n  healthy \t\n");
	CHECK_STR(s, "Being healthy");
	free(s);
	s = clean_paragraph("** Staying ** safe **");
	CHECK_STR(s, "Staying safe");
	free(s);
	/* a displaced number that only removing markdown brings to a space */
	s = clean_paragraph("they are **58. outstanding");
	CHECK_STR(s, "they are outstanding");
	free(s);
	s = clean_paragraph("\xE2\x80\xA2 - 12. Bullets and numbers, stacked");
	CHECK_STR(s, "Bullets and numbers, stacked");
	free(s);
	s = clean_item("\xE2\x80\xA2 improve attendance; and");
	CHECK_STR(s, "improve attendance");
	free(s);
	char *parts[4];
	int n = split_run_together("Review the case loads of officers. Undertake a review of all cases.", parts, 4);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(parts[0], "Review the case loads of officers.");
		CHECK_STR(parts[1], "Undertake a review of all cases.");
	}
	for (int i = 0; i < n; i++)
		free(parts[i]);
	n = split_run_together("Improve attendance. This matters to pupils.", parts, 4);
	CHECK_INT(n, 1);
	for (int i = 0; i < n; i++)
		free(parts[i]);
	CHECK(ends_sentence("It is good."));
	CHECK(ends_sentence("as follows:"));
	CHECK(!ends_sentence("the council"));
}

/* A column gap: the first run of three or more spaces after the indent with text after it. */
static void column_gaps(void)
{
	const char *l = "   Being healthy    Good   3";
	CHECK(column_gap(l) == l + 16);
	CHECK(column_gap("Being healthy  Good") == NULL);
	CHECK(column_gap("Being healthy     ") == NULL);
	CHECK(column_gap("      ") == NULL);
	CHECK(column_gap("") == NULL);
}

int main(void)
{
	RUN(cleaning);
	RUN(column_gaps);
	return check_done();
}
