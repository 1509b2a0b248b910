/*
 * test_authorities.c: the table of English local authorities
 * (parse/authorities): a council's name as reports write it found under its
 * LA code, abolished and invented ones not found, short names, look-up by code.
 */
#include "check.h"
#include "parse/authorities.h"

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

int main(void)
{
	RUN(authorities);
	return check_done();
}
