/*
 * search.h: a search over the whole index, complete and counted in steps.
 *
 * Every hit is reachable: there is no cap.  Hits are collected in steps
 * (search_step), each within a time or row budget, so that a front end
 * can draw and read keys between them; a search knows when it has seen
 * them all.  Until then its hits are in the index's order, as found; once
 * counted they are grouped by report, the reports ordered by date (the
 * default) or by relevance (FTS5's bm25, best first), the hits of a
 * report in reading order (by date) or best first (by relevance).
 */
#ifndef ECMR_SEARCH_H
#define ECMR_SEARCH_H

#include "index/db.h"

#include <stdbool.h>
#include <stddef.h>

enum search_order { ORDER_DATE, ORDER_RELEVANCE };

struct search;

/*
 * Start QUERY (words in FTS5 syntax and filters, see man ecmr, SEARCH).
 * Returns 0, or -1 with a malloc'd one-line *ERR (an unknown filter, a
 * value a filter does not take, an authority or region not in the index).
 * A query FTS5 cannot parse is read as plain words and *NOTE (malloc'd,
 * else NULL) says so.
 */
int search_start(struct db *db, const char *query, enum search_order order, struct search **out, char **err,
		 char **note);

/*
 * search_start for a caller that lists every hit in date order and never
 * asks for relevance (`ecmr search --order date`): FTS5's bm25 is not
 * worked out for each hit, a tenth of the time of such a listing.  The
 * search must not be put in relevance order.
 */
int search_start_dated(struct db *db, const char *query, struct search **out, char **err, char **note);

/*
 * Collect hits for up to BUDGET_MS milliseconds (0: no limit) and MAX_ROWS
 * rows (0: no limit).  Returns true when every hit is known (and ordered).
 */
bool search_step(struct search *s, double budget_ms, size_t max_rows);

bool search_done(const struct search *s);
/* Hits found so far (the true total once done), and the reports they are in. */
size_t search_count(const struct search *s);
size_t search_reports(const struct search *s);

/* Order the hits (now if done, else when done); hit positions change. */
void search_set_order(struct search *s, enum search_order order);
enum search_order search_get_order(const struct search *s);

/*
 * Hit I (< search_count) in the current order, its details (authority,
 * section, kind) loaded from the index if they were not yet; NULL on a
 * read error.  Valid until the next search_step or search_set_order.
 */
struct search_hit *search_hit(struct search *s, size_t i);
/*
 * search_hit, with the whole text hit I was found in (its section's or
 * its item's) in *TEXT (malloc'd; NULL on a read error), read by the same
 * query as its details: for a caller that reads every hit's text.
 */
struct search_hit *search_hit_text(struct search *s, size_t i, char **text);
/* Hit I as loaded so far (details may be NULL): for drawing, which reads only. */
const struct search_hit *search_hit_peek(const struct search *s, size_t i);
/* How many hits hit I's report has (so far), and whether I is the first of them here. */
size_t search_group(const struct search *s, size_t i, bool *first);
/* The position of the hit with search-table row ROWID, or search_count() if none. */
size_t search_find_row(const struct search *s, long long rowid);

/* The query as typed. */
const char *search_query(const struct search *s);

void search_free(struct search *s);

#endif
