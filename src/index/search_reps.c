/*
 * search_reps.c: the reports and row-id runs every search of an index
 * reads, read once per open index (see search_reps.h).
 */
#include "search_reps.h"
#include "base/util.h"
#include "db_internal.h"

#include <stdlib.h>
#include <string.h>

static int compare_rep_id(const void *a, const void *b)
{
	const struct rep *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

static const struct rep *dating; /* qsort has no context argument */

/* Date order of reports: by date, then authority, type and id (the order hits are grouped in). */
static int compare_date(const void *a, const void *b)
{
	const struct rep *x = &dating[*(const int *)a], *y = &dating[*(const int *)b];
	int d = strcmp(x->date, y->date);
	if (!d)
		d = strcmp(x->authority, y->authority);
	if (!d)
		d = (int)x->type - (int)y->type;
	return d ? d : (x->id > y->id) - (x->id < y->id);
}

/* Each report's date_rank: its place in date order. */
static void rank_by_date(struct search_reps *r)
{
	int *by_date = xcalloc(r->nreps ? r->nreps : 1, sizeof *by_date);
	for (size_t i = 0; i < r->nreps; i++)
		by_date[i] = (int)i;
	dating = r->reps;
	qsort(by_date, r->nreps, sizeof *by_date, compare_date);
	dating = NULL;
	for (size_t i = 0; i < r->nreps; i++)
		r->reps[by_date[i]].date_rank = (int)i;
	free(by_date);
}

static int load_reports(struct db *db, struct search_reps *r)
{
	sqlite3_stmt *q = NULL;
	if (sqlite3_prepare_v2(db_handle(db), "SELECT r.id, coalesce(a.short_name, ''), r.year, r.type,"
			       " CASE WHEN r.main_date <> '' THEN r.main_date ELSE printf('%04d', r.year) END,"
			       " coalesce(r.authority_id, 0) FROM report r LEFT JOIN authority a ON a.id = r.authority_id",
			       -1, &q, NULL) != SQLITE_OK) {
		sqlite3_finalize(q);
		return -1;
	}
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		ARRAY_RESERVE(r->reps, r->nreps, cap);
		const char *auth = (const char *)sqlite3_column_text(q, 1), *date = (const char *)sqlite3_column_text(q, 4);
		const char *type = (const char *)sqlite3_column_text(q, 3);
		enum report_type t = report_type_from_name(type ? type : "");
		r->reps[r->nreps++] = (struct rep){ .id = sqlite3_column_int(q, 0), .authority_id = sqlite3_column_int(q, 5),
						    .year = sqlite3_column_int(q, 2), .type = t,
						    .type_named = type && strcmp(report_type_name(t), type) == 0,
						    .authority = xstrdup(auth ? auth : ""), .date = xstrdup(date ? date : "") };
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return -1;
	qsort(r->reps, r->nreps, sizeof *r->reps, compare_rep_id);
	rank_by_date(r);
	return 0;
}

int search_rep_index(const struct search_reps *r, int id)
{
	struct rep key = { .id = id };
	const struct rep *p = bsearch(&key, r->reps, r->nreps, sizeof *r->reps, compare_rep_id);
	return p ? (int)(p - r->reps) : -1;
}

/* ---- the runs ---- */

/* A report's row ids so far: the least, the most, and how many. */
struct span {
	long long lo, hi, n;
};

static void span_add(struct span *s, long long lo, long long hi, long long n)
{
	if (!s->n || lo < s->lo)
		s->lo = lo;
	if (!s->n || hi > s->hi)
		s->hi = hi;
	s->n += n;
}

/*
 * Add to SPANS (one per report) the ids of the rows SQL gives as (report
 * id, least id, most id, count).  -1 on a read error or a report not in R.
 */
static int add_spans(struct db *db, const struct search_reps *r, const char *sql, struct span *spans)
{
	sqlite3_stmt *q = NULL;
	if (sqlite3_prepare_v2(db_handle(db), sql, -1, &q, NULL) != SQLITE_OK) {
		sqlite3_finalize(q);
		return -1;
	}
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int k = search_rep_index(r, sqlite3_column_int(q, 0));
		if (k < 0)
			break;
		span_add(&spans[k], sqlite3_column_int64(q, 1), sqlite3_column_int64(q, 2), sqlite3_column_int64(q, 3));
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int compare_range(const void *a, const void *b)
{
	const struct id_range *x = a, *y = b;
	return (x->lo > y->lo) - (x->lo < y->lo);
}

/*
 * R's runs, when every report's sections and items are one run of ids
 * with nothing of another report inside (no overlap, and as many ids as
 * the run is long, so no id is two rows); else none.
 */
static void load_ranges(struct db *db, struct search_reps *r)
{
	struct span *spans = xcalloc(r->nreps ? r->nreps : 1, sizeof *spans);
	bool ok = add_spans(db, r, "SELECT report_id, min(id), max(id), count(*) FROM section GROUP BY report_id", spans) == 0 &&
		  add_spans(db, r, "SELECT s.report_id, g.lo, g.hi, g.n FROM (SELECT section_id sid, min(id) lo, max(id) hi,"
				   " count(*) n FROM item GROUP BY section_id) g JOIN section s ON s.id = g.sid", spans) == 0;
	size_t n = 0;
	r->ranges = xcalloc(r->nreps ? r->nreps : 1, sizeof *r->ranges);
	for (size_t i = 0; ok && i < r->nreps; i++) {
		if (!spans[i].n)
			continue;
		ok = spans[i].hi - spans[i].lo + 1 == spans[i].n;
		r->ranges[n++] = (struct id_range){ spans[i].lo, spans[i].hi, (int)i };
	}
	free(spans);
	qsort(r->ranges, n, sizeof *r->ranges, compare_range);
	for (size_t i = 1; ok && i < n; i++)
		ok = r->ranges[i - 1].hi < r->ranges[i].lo;
	if (!ok) {
		free(r->ranges);
		r->ranges = NULL;
		n = 0;
	}
	r->nranges = n;
}

int search_rep_of_row(const struct search_reps *r, long long rowid)
{
	size_t lo = 0, hi = r->nranges;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->ranges[mid].hi < rowid)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->nranges && r->ranges[lo].lo <= rowid ? r->ranges[lo].rep : -1;
}

static void free_reps(void *p)
{
	struct search_reps *r = p;
	for (size_t i = 0; i < r->nreps; i++) {
		free(r->reps[i].authority);
		free(r->reps[i].date);
	}
	free(r->reps);
	free(r->ranges);
	free(r);
}

const struct search_reps *search_reps_of(struct db *db)
{
	struct search_reps *r = db_search_cache(db);
	if (r)
		return r;
	r = xcalloc(1, sizeof *r);
	if (load_reports(db, r) != 0) {
		free_reps(r);
		return NULL;
	}
	/* schema 1's search table keeps its own rows, not the sections' and items' ids */
	if (db_schema(db) >= 2)
		load_ranges(db, r);
	db_set_search_cache(db, r, free_reps);
	return r;
}
