/*
 * test_util.c: base/util: str_find_ci, the case-insensitive search the
 * parser uses to find labels in a line and the browser's filter uses on names.
 */
#include "check.h"
#include "base/util.h"

#include <string.h>

/* str_find_ci finds the first match ignoring ASCII case, or gives NULL. */
static void finding(void)
{
	const char *hay = "The Inspection Date: 3 May; grade GRADE (grade 1):x";
	CHECK(str_find_ci(hay, "") == hay);
	CHECK(str_find_ci(hay, "the") == hay);
	CHECK(str_find_ci(hay, "inspection date:") == hay + 4);
	CHECK(str_find_ci(hay, "grade") == strstr(hay, "grade"));
	CHECK(str_find_ci(hay, "(grade 1)") == strstr(hay, "(grade"));
	CHECK(str_find_ci(hay, "):X") == strstr(hay, "):x"));
	CHECK(str_find_ci(hay, "grade 2") == NULL);
	CHECK(str_find_ci("a:", "xa:") == NULL); /* the rarest byte, ':', too near the start */
	CHECK(str_find_ci("ab", "abc") == NULL);
	CHECK(str_find_ci("", "a") == NULL);
	const char *colons = "::a::b:";
	CHECK(str_find_ci(colons, "b:") == colons + 5);
	CHECK(str_find_ci(colons, "::") == colons);
	/* the search reads eight bytes at a time: a match in any place of a word, and in the tail */
	const char *longer = "overall effectiveness of the council's services  Grade Awarded:   GRADE 3";
	CHECK(str_find_ci(longer, "grade awarded") == strstr(longer, "Grade Awarded"));
	CHECK(str_find_ci(longer, "grade 3") == strstr(longer, "GRADE 3"));
	CHECK(str_find_ci(longer, "awarded:") == strstr(longer, "Awarded:"));
	CHECK(str_find_ci(longer, "3") == longer + strlen(longer) - 1);
	CHECK(str_find_ci(longer, "grade 4") == NULL);
	/* a byte that folds like the rarest one (0x1A | 0x20 is ':') is no match */
	const char *sub = "abcdefgh\x1a ijklmnop:";
	CHECK(str_find_ci(sub, ":") == strchr(sub, ':'));
	CHECK(str_find_ci("abcdefghijklmnop\x1a", ":") == NULL);
}

int main(void)
{
	RUN(finding);
	return check_done();
}
