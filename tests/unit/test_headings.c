/*
 * test_headings.c: headings (parse/headings): how a heading is normalized,
 * which section key the headings table gives the usual wordings, and slugs
 * for headings the table does not know.
 */
#include "check.h"
#include "parse/headings.h"

#include <stdlib.h>
#include <string.h>

/* Normalized headings, the keys the table matches them to, and a slug. */
static void headings(void)
{
	char norm[256];
	heading_normalize("CHILDREN'S SERVICES GRADE 3", norm, sizeof norm);
	CHECK_STR(norm, "childrens services grade 3");
	heading_normalize("12. Caf\xC3\xA9 & Youth-Club", norm, sizeof norm);
	CHECK_STR(norm, "caf\xC3\xA9 and youth club");
	heading_normalize("Achieving economic well-being", norm, sizeof norm);
	CHECK_STR(norm, "achieving economic wellbeing");
	heading_normalize("Investigation into 14\xE2\x80\x93" "19 education", norm, sizeof norm);
	CHECK_STR(norm, "investigation into 14 19 education");
	heading_normalize("The council\xE2\x80\x99s capacity to improve", norm, sizeof norm);
	CHECK_STR(norm, "councils capacity to improve");
	static const struct { const char *heading; const char *key; } cases[] = {
		{ "Being healthy", "being-healthy" },
		{ "Children and young people are safe and feel safe", "staying-safe" },
		{ "Making a positive contribution, including user engagement", "positive-contribution" },
		{ "Economic wellbeing", "economic-wellbeing" },
		{ "Achieving economic well being", "economic-wellbeing" },
		{ "Overall effectiveness of children's services", "overall" },
		{ "Capacity to improve, including the management of services for children and young people", "capacity" },
		{ "Capacity for improvement", "capacity" },
		{ "Service management", "service-management" },
		{ "Children and young people with learning difficulties and/or disabilities", "ldd" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		heading_normalize(cases[i].heading, norm, sizeof norm);
		const struct heading_rule *r = heading_match(norm, RT_APA, false);
		CHECK(r && r->key && strcmp(r->key, cases[i].key) == 0);
	}
	char *slug = heading_slug("The contribution of health agencies");
	CHECK_STR(slug, "contribution-of-health-agencies");
	free(slug);
}

int main(void)
{
	RUN(headings);
	return check_done();
}
