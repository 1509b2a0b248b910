/*
 * test_similar.c: what keeps coming back (index/similar.c): the words
 * compared, and on a small made-up authority that requests said again in
 * other words in other reports are grouped, unrelated ones and repeats
 * within one report are not, and a later (never an earlier) report's
 * strength on the subject is found.
 */
#include "check.h"
#include "index/similar.h"

#include <stdlib.h>

static void stems(void)
{
	char out[32];
	similar_stem("stability", 9, out, sizeof out);
	char out2[32];
	similar_stem("stable", 6, out2, sizeof out2);
	CHECK_STR(out, out2);
	similar_stem("planning", 8, out, sizeof out);
	similar_stem("plans", 5, out2, sizeof out2);
	CHECK_STR(out, out2);
	similar_stem("care", 4, out, sizeof out);
	CHECK_STR(out, "care"); /* short words keep their ending */
}

static void words(void)
{
	uint32_t a[SIMILAR_MAX_WORDS], b[SIMILAR_MAX_WORDS];
	/* the opening verb and the function words say nothing of the subject */
	size_t na = similar_words("Improve the timeliness of statutory reviews.", a);
	size_t nb = similar_words("Ensure timely statutory reviews", b);
	CHECK_INT(na, 3);
	CHECK_INT(nb, 3);
	CHECK(memcmp(a, b, sizeof a[0] * 3) == 0);
	CHECK_INT(similar_words("", a), 0);
	CHECK_INT(similar_words("The and of to.", a), 0);
}

struct found {
	long long item, group, strength;
	int year;
};
static struct found found[32];
static int nfound;

static int collect(void *ctx, long long item, long long group, long long strength, int year)
{
	(void)ctx;
	found[nfound++] = (struct found){ item, group, strength, year };
	return 0;
}

static const struct found *of(long long item)
{
	for (int i = 0; i < nfound; i++)
		if (found[i].item == item)
			return &found[i];
	return NULL;
}

static void repeats_and_strengths(void)
{
	struct similar *s = similar_new();
	/* authority 1: report 10 (2006), 11 (2007), 12 (2009); authority 2 says the same once */
	similar_add(s, 100, 1, 10, 2006, ITEM_IMPROVEMENT, "Reduce the waiting time for speech and language therapy.");
	similar_add(s, 101, 1, 10, 2006, ITEM_IMPROVEMENT, "Increase the number of local foster carers.");
	similar_add(s, 102, 1, 10, 2006, ITEM_IMPROVEMENT, "Improve the timeliness of statutory reviews.");
	similar_add(s, 103, 1, 10, 2006, ITEM_IMPROVEMENT, "Reduce the waiting time for child and adolescent mental health services.");
	similar_add(s, 110, 1, 11, 2007, ITEM_IMPROVEMENT, "Reduce waiting times for speech and language therapy.");
	similar_add(s, 111, 1, 11, 2007, ITEM_RECOMMENDATION, "reduce the waiting time for speech and language therapy.");
	similar_add(s, 112, 1, 11, 2007, ITEM_IMPROVEMENT, "Raise attainment in mathematics at key stage two.");
	similar_add(s, 113, 1, 11, 2007, ITEM_STRENGTH, "Committed foster carers.");
	similar_add(s, 120, 1, 12, 2009, ITEM_STRENGTH, "Timely statutory reviews.");
	similar_add(s, 121, 1, 12, 2009, ITEM_STRENGTH, "Rising attainment in primary schools.");
	similar_add(s, 122, 1, 12, 2009, ITEM_IMPROVEMENT, "Improve the stability of placements for children in care.");
	similar_add(s, 123, 1, 10, 2006, ITEM_STRENGTH, "Stable placements for most children in care.");
	similar_add(s, 200, 2, 20, 2008, ITEM_IMPROVEMENT, "Reduce the waiting time for speech and language therapy.");
	/* other items, so that the words' weights are like an index's: "children" and "young" are common */
	static const char *const filler[] = {
		"Improve the attendance of children in secondary schools.", "Support young people leaving care.",
		"Extend services for young children and families.", "Involve children and young people in planning.",
		"Improve outcomes for children with disabilities.", "Reduce exclusions of young people from school.",
	};
	for (int i = 0; i < 6; i++)
		similar_add(s, 300 + i, 3 + i, 30 + i, 2008, ITEM_IMPROVEMENT, filler[i]);
	nfound = 0;
	CHECK_INT(similar_finish(s, collect, NULL), 0);
	similar_free(s);
	/* the same request in 2006 and twice in 2007, in other words and as a recommendation: one group */
	CHECK(of(100) && of(110) && of(111));
	if (of(100) && of(110) && of(111)) {
		CHECK_INT(of(100)->group, 100);
		CHECK_INT(of(110)->group, 100);
		CHECK_INT(of(111)->group, 100);
	}
	/* another waiting time is another request: not grouped */
	CHECK(!of(103) || of(103)->group != 100);
	/* unrelated requests of the same authority are in no group */
	CHECK(!of(112) || of(112)->group == 0);
	/* another authority's same words are not this authority's repeat */
	CHECK(!of(200));
	/* a later strength on the subject: foster carers (2007), statutory reviews (2009) */
	CHECK(of(101) && of(101)->strength == 113 && of(101)->year == 2007);
	CHECK(of(102) && of(102)->strength == 120 && of(102)->year == 2009);
	/* an earlier strength is not "later a strength" */
	CHECK(!of(122) || of(122)->strength == 0);
	/* "Rising attainment in primary schools" is not the mathematics request met */
	CHECK(!of(112) || of(112)->strength == 0);
}

int main(void)
{
	RUN(stems);
	RUN(words);
	RUN(repeats_and_strengths);
	return check_done();
}
