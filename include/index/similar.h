/*
 * similar.h: what keeps coming back.  At index time every item is given
 * to a collector; when all are in, the areas for improvement and
 * recommendations of one authority that say nearly the same thing in
 * different reports are put in one group, and each is matched with a
 * strength of a later report on the same subject, if there is one.
 *
 * How it decides (README, "What keeps coming back"): an item's words are
 * lower-cased, words that carry no subject are dropped (function words,
 * the verbs that open every request: improve, ensure, reduce...; the
 * praise that opens strengths: good, strong, effective...), the rest
 * stemmed crudely (stability and stable meet, as do plans and planning).
 * Two items are compared by the words they share, each word weighted by
 * how rare it is among all the index's items (log(N / df)), so that
 * "children", "young people" and "care", in half of all items, count for
 * little and "breastfeeding" for much: twice the weight shared over the
 * weight of both (a weighted Dice coefficient, 0..1).  Repeats: at least
 * SIMILAR_REPEAT; a later strength: at least SIMILAR_STRENGTH.
 */
#ifndef ECMR_SIMILAR_H
#define ECMR_SIMILAR_H

#include "report/report.h"

#include <stddef.h>
#include <stdint.h>

/*
 * The thresholds, tuned on the fictional samples (whose generator rewords
 * some areas for development in odd years and records which, so that
 * tests/cli/repeats.sh knows every true repeat): every request said again
 * in another report is grouped with it, and no group holds two different
 * requests, for any threshold from 0.62 to 0.78; 0.70 sits in the middle.
 * A strength is shorter and shares fewer words: 0.60 joins "Improve the
 * timeliness of statutory reviews" to "Timely statutory reviews" and
 * "Increase the number of foster carers in the area" to "Committed foster
 * carers" (0.70), and leaves "Extend short break provision for disabled
 * children" apart from "A good range of short breaks" (0.56).
 */
#define SIMILAR_REPEAT 0.70
#define SIMILAR_STRENGTH 0.60

/* The most words of an item that are compared (items are one sentence). */
#define SIMILAR_MAX_WORDS 24

/*
 * The subject words of TEXT as hashes, sorted and distinct, into OUT (at
 * most SIMILAR_MAX_WORDS); returns how many.
 */
size_t similar_words(const char *text, uint32_t *out);

/* The stem of WORD (lower case ASCII) into OUT (CAP bytes), as similar_words uses it. */
void similar_stem(const char *word, size_t len, char *out, size_t cap);

struct similar;

struct similar *similar_new(void);
void similar_free(struct similar *s);

/* Add an item (ITEM_ID in the index) of AUTHORITY's report REPORT of YEAR. */
void similar_add(struct similar *s, long long item_id, long long authority, long long report, int year,
		 enum item_kind kind, const char *text);

/*
 * What was found, one call of EMIT per item that has anything: GROUP, the
 * smallest item id of its repeats (0 when it has none in another report),
 * and STRENGTH, the id of a later report's strength on its subject (0
 * none) of STRENGTH_YEAR.  Stops at the first EMIT that returns non-zero
 * and returns that; else 0.
 */
typedef int (*similar_emit)(void *ctx, long long item_id, long long group, long long strength, int strength_year);
int similar_finish(struct similar *s, similar_emit emit, void *ctx);

/*
 * The score of two items' words (from similar_words) with the weights of
 * the items added to S so far: the weighted Dice coefficient, 0..1.
 */
double similar_score(const struct similar *s, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

#endif
