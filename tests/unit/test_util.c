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
}

int main(void)
{
	RUN(finding);
	return check_done();
}
