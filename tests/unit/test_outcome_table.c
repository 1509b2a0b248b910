/*
 * test_outcome_table.c: the one table from a section to the Every Child
 * Matters outcome it judges (report/vocab.c), which every view that lines
 * reports of different frameworks up by outcome relies on.
 */
#include "check.h"
#include "report/vocab.h"

static void outcome_keys_in_any_report(void)
{
	static const char *const keys[] = { "being-healthy", "staying-safe", "enjoying-achieving",
					    "positive-contribution", "economic-wellbeing" };
	static const enum report_type types[] = { RT_APA, RT_JAR, RT_SLAC, RT_UNKNOWN };
	for (size_t t = 0; t < sizeof types / sizeof types[0]; t++)
		for (int n = 1; n <= 5; n++) {
			CHECK_INT(section_outcome(types[t], keys[n - 1]), n);
			CHECK(!section_outcome_is_proxy(types[t], keys[n - 1]));
			CHECK_STR(outcome_key(n), keys[n - 1]);
		}
}

static void jar_safeguarding_is_staying_safe(void)
{
	CHECK_INT(section_outcome(RT_JAR, "safeguarding"), 2);
	CHECK(section_outcome_is_proxy(RT_JAR, "safeguarding"));
	/* only in a joint area review: elsewhere "safeguarding" is a scope's heading, no outcome */
	CHECK_INT(section_outcome(RT_SLAC, "safeguarding"), 0);
	CHECK_INT(section_outcome(RT_APA, "safeguarding"), 0);
}

static void the_rest_judge_no_outcome(void)
{
	static const char *const keys[] = { "overall", "capacity", "looked-after-children", "ldd",
					    "service-management", "recommendations", "text", "" };
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		CHECK_INT(section_outcome(RT_JAR, keys[i]), 0);
		CHECK_INT(section_outcome(RT_APA, keys[i]), 0);
	}
}

int main(void)
{
	RUN(outcome_keys_in_any_report);
	RUN(jar_safeguarding_is_staying_safe);
	RUN(the_rest_judge_no_outcome);
	return check_done();
}
