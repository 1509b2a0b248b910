/*
 * test_authorities.c: the table of English local authorities
 * (parse/authorities): a council's name as reports write it found under its
 * LA code, abolished and invented ones not found, short names, look-up by code.
 */
#include "check.h"
#include "parse/parse.h"
#include "parse/authorities.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Names in their usual forms find the right authority; others find none. */
static void authorities(void)
{
	const struct authority_ref *a = authority_by_name("Sefton");
	CHECK(a && strcmp(a->la_code, "343") == 0);
	a = authority_by_name("Bristol");
	CHECK(a && strcmp(a->la_code, "801") == 0);
	a = authority_by_name("City of Bristol");
	CHECK(a && strcmp(a->la_code, "801") == 0);
	a = authority_by_name("Hull");
	CHECK(a && strcmp(a->la_code, "810") == 0);
	a = authority_by_name("St Helens");
	CHECK(a && strcmp(a->la_code, "342") == 0);
	CHECK(authority_by_name("Bedfordshire") == NULL); /* abolished in 2009: not an error */
	/* listed as "Bedford Borough": the council word stays, only "Council" goes */
	a = authority_by_name("Bedford Borough Council");
	CHECK(a && strcmp(a->la_code, "822") == 0);
	a = authority_by_name("Sefton Metropolitan Borough Council");
	CHECK(a && strcmp(a->la_code, "343") == 0);
	a = authority_by_name("Kingston upon Hull City Council");
	CHECK(a && strcmp(a->la_code, "810") == 0);
	CHECK(authority_by_name("Greyford") == NULL);
	char *s = authority_short_name("Sefton Metropolitan Borough Council");
	CHECK_STR(s, "Sefton");
	free(s);
	s = authority_short_name("London Borough of Barnet");
	CHECK_STR(s, "Barnet");
	free(s);
	CHECK(authority_by_code("341") && strcmp(authority_by_code("341")->name, "Liverpool") == 0);
}

/* Parse TEXT as the file PATH; the caller frees *R. */
static void parse_text_as(const char *text, const char *path, struct report *r)
{
	memset(r, 0, sizeof *r);
	parse_report(text, strlen(text), path, r, NULL);
}

/*
 * A report naming no authority still gets one: from a reference number
 * that is a DfE code, else (with a warning) from the file's name; the
 * file's name is only the last resort.  The texts are invented.
 */
static void authority_fallbacks(void)
{
	static const char no_name[] =
		"Review of local arrangements\n\nReference no: 309\n\nThe arrangements are reviewed each year.\n";
	struct report r;
	parse_text_as(no_name, "notes/review.txt", &r);
	CHECK_STR(r.la_code, "309");
	CHECK_STR(r.authority, "Haringey");
	CHECK_STR(r.authority_short, "Haringey");
	report_free(&r);
	static const char nothing[] = "Review of local arrangements\n\nThe arrangements are reviewed each year.\n";
	parse_text_as(nothing, "saved/hammersmith-and-fulham_2024_review.txt", &r);
	CHECK_STR(r.authority, "Hammersmith and Fulham");
	CHECK_STR(r.la_code, "205");
	bool warned = false;
	for (size_t i = 0; i < r.nwarnings; i++)
		warned |= strstr(r.warnings[i], "file's name") != NULL;
	CHECK(warned);
	report_free(&r);
	/* the text wins over the file's name */
	parse_text_as(no_name, "saved/barnsley_review.txt", &r);
	CHECK_STR(r.authority, "Haringey");
	report_free(&r);
	/* a file name of no authority gives none */
	parse_text_as(nothing, "saved/2024_review_final.txt", &r);
	CHECK(r.authority == NULL);
	report_free(&r);
	char *s = authority_short_name("Bristol, City of");
	CHECK_STR(s, "Bristol");
	free(s);
}

int main(void)
{
	RUN(authorities);
	RUN(authority_fallbacks);
	return check_done();
}
