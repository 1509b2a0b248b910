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
	sqlite3_stmt *q = db_prepare(db, "SELECT r.id, coalesce(a.short_name, ''), r.year, r.type,"
				      " CASE WHEN r.main_date <> '' THEN r.main_date ELSE printf('%04d', r.year) END,"
				      " coalesce(r.authority_id, 0) FROM report r LEFT JOIN authority a ON a.id = r.authority_id");
	if (!q)
		return -1;
	size_t cap = 0;
	int rc;
	while ((rc = db_step(db, q)) == SQLITE_ROW) {
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

/* A section: its id, and its report's index into reps. */
struct sec {
	long long id;
	int rep;
};

static int compare_sec(const void *a, const void *b)
{
	const struct sec *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

/*
 * Every section into *SECS (by id; *N of them, malloc'd) and SPANS (one
 * per report), read from the index on (report_id, ord), which holds
 * both: the section rows themselves are large.  -1 on a read error or a
 * report not in R.
 */
static int section_spans(struct db *db, const struct search_reps *r, struct span *spans, struct sec **secs, size_t *n)
{
	sqlite3_stmt *q = db_prepare(db, "SELECT report_id, id FROM section ORDER BY report_id");
	if (!q)
		return -1;
	size_t cap = 0;
	bool sorted = true;
	int rc;
	while ((rc = db_step(db, q)) == SQLITE_ROW) {
		int k = search_rep_index(r, sqlite3_column_int(q, 0));
		if (k < 0)
			break;
		long long id = sqlite3_column_int64(q, 1);
		ARRAY_RESERVE(*secs, *n, cap);
		sorted = sorted && (!*n || (*secs)[*n - 1].id < id);
		(*secs)[(*n)++] = (struct sec){ id, k };
		span_add(&spans[k], id, id, 1);
	}
	sqlite3_finalize(q);
	if (!sorted)
		qsort(*secs, *n, sizeof **secs, compare_sec);
	return rc == SQLITE_DONE ? 0 : -1;
}

/*
 * Every item into SPANS, by its section's report (SECS, N of them): the
 * items of a section as one (least id, most id, count), from the index on
 * (section_id, ord).  An item of no section is in no report, as a join
 * finds it.  -1 on a read error.
 */
static int item_spans(struct db *db, struct span *spans, const struct sec *secs, size_t n)
{
	sqlite3_stmt *q = db_prepare(db, "SELECT section_id, min(id), max(id), count(*) FROM item GROUP BY section_id");
	if (!q)
		return -1;
	int rc;
	while ((rc = db_step(db, q)) == SQLITE_ROW) {
		struct sec key = { .id = sqlite3_column_int64(q, 0) };
		const struct sec *sec = bsearch(&key, secs, n, sizeof *secs, compare_sec);
		if (sec)
			span_add(&spans[sec->rep], sqlite3_column_int64(q, 1), sqlite3_column_int64(q, 2),
				 sqlite3_column_int64(q, 3));
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
	struct sec *secs = NULL;
	size_t nsecs = 0;
	bool ok = section_spans(db, r, spans, &secs, &nsecs) == 0 && item_spans(db, spans, secs, nsecs) == 0;
	free(secs);
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

/* ---- the row facts ---- */

static void free_facts(struct row_facts *f)
{
	if (!f)
		return;
	free(f->kind);
	free(f->scope);
	free(f->outcome);
	for (size_t i = 0; i < f->nkinds; i++)
		free(f->kinds[i]);
	for (size_t i = 0; i < f->nscopes; i++)
		free(f->scopes[i]);
	free(f);
}

/* The place of NAME in NAMES (*N of them, at most CAP), added if new; -1 when full. */
static int intern(char **names, size_t *n, size_t cap, const char *name)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp(names[i], name) == 0)
			return (int)i;
	if (*n == cap)
		return -1;
	names[*n] = xstrdup(name);
	return (int)(*n)++;
}

/* The sections' facts (kind 1, scope, outcome by their report's type); -1 on an error or a second id. */
static int load_section_facts(struct db *db, const struct search_reps *r, struct row_facts *f)
{
	sqlite3_stmt *q = db_prepare(db, "SELECT id, report_id, key, scope FROM section");
	if (!q)
		return -1;
	int rc;
	while ((rc = db_step(db, q)) == SQLITE_ROW) {
		long long i = sqlite3_column_int64(q, 0) - f->base;
		int k = search_rep_index(r, sqlite3_column_int(q, 1));
		const char *key = (const char *)sqlite3_column_text(q, 2), *scope = (const char *)sqlite3_column_text(q, 3);
		if (i < 0 || (size_t)i >= f->n || k < 0)
			continue; /* in no run: a search never finds it */
		int sc = intern(f->scopes, &f->nscopes, 256, scope ? scope : "");
		if (f->kind[i] || sc < 0)
			break;
		f->kind[i] = 1;
		f->scope[i] = (unsigned char)sc;
		f->outcome[i] = (unsigned char)(key ? section_outcome(r->reps[k].type, key) : 0);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* The items' facts (their kind; their section's scope and outcome); -1 on an error or a second id. */
static int load_item_facts(struct db *db, struct row_facts *f)
{
	sqlite3_stmt *q = db_prepare(db, "SELECT id, section_id, kind FROM item");
	if (!q)
		return -1;
	int rc;
	while ((rc = db_step(db, q)) == SQLITE_ROW) {
		long long i = sqlite3_column_int64(q, 0) - f->base, s = sqlite3_column_int64(q, 1) - f->base;
		const char *kind = (const char *)sqlite3_column_text(q, 2);
		if (i < 0 || (size_t)i >= f->n || s < 0 || (size_t)s >= f->n || f->kind[s] != 1)
			continue; /* in no run, or its section is not: a search never finds it */
		int k = intern(f->kinds, &f->nkinds, 254, kind ? kind : "");
		if (f->kind[i] || k < 0)
			break;
		f->kind[i] = (unsigned char)(2 + k);
		f->scope[i] = f->scope[s];
		f->outcome[i] = f->outcome[s];
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : -1;
}

const struct row_facts *search_row_facts(struct db *db)
{
	struct search_reps *r = db_search_cache(db);
	if (!r || !r->nranges || r->facts_tried)
		return r ? r->facts : NULL;
	r->facts_tried = true;
	long long ids = 0;
	for (size_t i = 0; i < r->nranges; i++)
		ids += r->ranges[i].hi - r->ranges[i].lo + 1;
	struct row_facts *f = xcalloc(1, sizeof *f);
	f->base = r->ranges[0].lo;
	long long n = r->ranges[r->nranges - 1].hi - f->base + 1;
	if (n > 4 * ids + 4096) { /* runs far apart: not worth a table */
		free(f);
		return NULL;
	}
	f->n = (size_t)n;
	f->kind = xcalloc(f->n, 1);
	f->scope = xcalloc(f->n, 1);
	f->outcome = xcalloc(f->n, 1);
	if (load_section_facts(db, r, f) != 0 || load_item_facts(db, f) != 0) {
		free_facts(f);
		return NULL;
	}
	r->facts = f;
	return f;
}

static void free_reps(void *p)
{
	struct search_reps *r = p;
	free_facts(r->facts);
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
	if (db_schema(db) >= 2 && !db_searches_once(db))
		load_ranges(db, r);
	db_set_search_cache(db, r, free_reps);
	return r;
}
