/*
 * search.c: a search over the whole index, counted in steps (see
 * search.h).
 *
 * One FTS5 query, joined to the sections, items and reports so that the
 * filters are SQL conditions, is stepped through in the index's order
 * (row id order, the cheapest FTS5 can give), a budget at a time; each
 * hit keeps only its row id, report and bm25 score (24 bytes), and its
 * details and snippet are read when it is shown.  Ordering by date or
 * relevance needs every hit, so it is done once they are all counted.
 */
#include "index/search.h"
#include "index/query.h"
#include "index/search_terms.h"
#include "report/vocab.h"
#include "base/util.h"
#include "db_internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* A report that may hold hits: what a hit shows of it, and its place by date. */
struct rep {
	int id, year, date_rank;
	enum report_type type;
	char *authority, *date;
	double best;   /* its best hit's bm25 (lower is better) */
	size_t count;  /* its hits so far */
};

struct found {
	long long rowid;
	int rep;        /* index into reps */
	double score;
};

struct search {
	struct db *db;
	char *query;
	sqlite3_stmt *stream, *details;
	bool done;
	enum search_order order;
	struct rep *reps;
	size_t nreps, nwith;
	struct found *found;
	bool scored;             /* bm25 worked out for each hit (not for search_start_dated) */
	sqlite3_stmt *with_text; /* details and text: search_hit_text */
	struct search_hit *hits; /* parallel to found */
	size_t n, cap, hcap;
	size_t *pos;             /* position -> index into found, once ordered; NULL: as found */
};

/* The hits query's FROM clause, by schema: schema 1's search table names the section and item. */
static const char *const from_sql[] = {
	[1] = " FROM search JOIN section s ON s.id = search.section_id LEFT JOIN item i ON i.id = search.item_id",
	[2] = " FROM %1$s LEFT JOIN item i ON i.id = %1$s.rowid JOIN section s ON s.id = coalesce(i.section_id, %1$s.rowid)",
};

/* A hit's details, by schema. */
static const char *const details_sql[] = {
	[1] = "SELECT s.id, s.key, s.scope, s.heading, i.id, i.kind FROM search JOIN section s ON s.id = search.section_id"
	      " LEFT JOIN item i ON i.id = search.item_id WHERE search.rowid = ?1",
	[2] = "SELECT s.id, s.key, s.scope, s.heading, i.id, i.kind FROM section s LEFT JOIN item i ON i.id = ?1"
	      " WHERE s.id = coalesce((SELECT section_id FROM item WHERE id = ?1), ?1)",
};

/* A hit's details and its whole text, by schema: schema 1's search table keeps the text. */
static const char *const details_text_sql[] = {
	[1] = "SELECT s.id, s.key, s.scope, s.heading, i.id, i.kind, search.body FROM search"
	      " JOIN section s ON s.id = search.section_id LEFT JOIN item i ON i.id = search.item_id WHERE search.rowid = ?1",
	[2] = "SELECT s.id, s.key, s.scope, s.heading, i.id, i.kind, coalesce(i.text, s.text) FROM section s"
	      " LEFT JOIN item i ON i.id = ?1 WHERE s.id = coalesce((SELECT section_id FROM item WHERE id = ?1), ?1)",
};

/* ecmr_outcome(TYPE, KEY): the outcome a section judges (section_outcome, the one table), for outcome: */
static void sql_outcome(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	const char *type = (const char *)sqlite3_value_text(argv[0]), *key = (const char *)sqlite3_value_text(argv[1]);
	sqlite3_result_int(ctx, key ? section_outcome(report_type_from_name(type ? type : ""), key) : 0);
}

/* ---- the reports ---- */

static int compare_rep_id(const void *a, const void *b)
{
	const struct rep *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

static int load_reps(struct search *s)
{
	sqlite3_stmt *q = NULL;
	if (sqlite3_prepare_v2(db_handle(s->db), "SELECT r.id, coalesce(a.short_name, ''), r.year, r.type,"
				" CASE WHEN r.main_date <> '' THEN r.main_date ELSE printf('%04d', r.year) END"
				" FROM report r LEFT JOIN authority a ON a.id = r.authority_id", -1, &q, NULL) != SQLITE_OK) {
		sqlite3_finalize(q);
		return -1;
	}
	size_t cap = 0;
	while (sqlite3_step(q) == SQLITE_ROW) {
		ARRAY_RESERVE(s->reps, s->nreps, cap);
		const char *auth = (const char *)sqlite3_column_text(q, 1), *date = (const char *)sqlite3_column_text(q, 4);
		s->reps[s->nreps++] = (struct rep){ sqlite3_column_int(q, 0), sqlite3_column_int(q, 2), 0,
						    report_type_from_name((const char *)sqlite3_column_text(q, 3)),
						    xstrdup(auth ? auth : ""), xstrdup(date ? date : ""), 0, 0 };
	}
	sqlite3_finalize(q);
	qsort(s->reps, s->nreps, sizeof *s->reps, compare_rep_id);
	return 0;
}

static int rep_index(const struct search *s, int id)
{
	struct rep key = { .id = id };
	const struct rep *r = bsearch(&key, s->reps, s->nreps, sizeof *s->reps, compare_rep_id);
	return r ? (int)(r - s->reps) : -1;
}

/* ---- filters as SQL ---- */

/* Does authority A pass filter F (authority: or region:)? */
static bool authority_passes(const struct authority_row *a, const struct search_filter *f)
{
	if (f->kind == F_REGION) {
		char *v = xstrdup(f->value);
		for (char *c = v; *c; c++)
			if (*c == '-' || *c == '_')
				*c = ' ';
		bool ok = str_find_ci(a->region, v) != NULL;
		free(v);
		return ok;
	}
	return str_find_ci(a->short_name, f->value) || str_find_ci(a->name, f->value) ||
	       (a->la_code && strcmp(a->la_code, f->value) == 0);
}

/*
 * authority: and region: as "r.authority_id IN (...)": an authority whose
 * name, short name or code is the value exactly, else every one whose
 * name holds it (as `show` resolves names).  -1 with *ERR when none does.
 */
static int authority_condition(struct db *db, const struct search_filter *f, struct strbuf *sql, char **err)
{
	struct authority_row *a = NULL;
	size_t n = 0, found = 0;
	if (db_authorities(db, &a, &n) != 0) {
		*err = xasprintf("cannot read the authorities from %s", db_path(db));
		return -1;
	}
	int exact = -1;
	for (size_t i = 0; f->kind == F_AUTHORITY && i < n; i++)
		if (str_eq_ci(a[i].short_name, f->value) || str_eq_ci(a[i].name, f->value) ||
		    (a[i].la_code && strcmp(a[i].la_code, f->value) == 0))
			exact = (int)i;
	sb_adds(sql, " AND r.authority_id IN (");
	for (size_t i = 0; i < n; i++)
		if (exact >= 0 ? (int)i == exact : authority_passes(&a[i], f))
			sb_addf(sql, "%s%d", found++ ? "," : "", a[i].id);
	sb_addc(sql, ')');
	db_free_authorities(a, n);
	if (!found) {
		*err = f->kind == F_REGION ? xasprintf("region: no authority in the index is in a region called \"%s\"", f->value)
					   : xasprintf("authority: no authority in the index is called \"%s\"", f->value);
		return -1;
	}
	return 0;
}

/* The filters of P as SQL conditions, each " AND ..."; their values are the index's own words. */
static int filter_conditions(struct db *db, const struct search_plan *p, struct strbuf *sql, char **err)
{
	for (size_t i = 0; i < p->nfilters; i++) {
		const struct search_filter *f = &p->filters[i];
		switch (f->kind) {
		case F_AUTHORITY: case F_REGION:
			if (authority_condition(db, f, sql, err) != 0)
				return -1;
			break;
		case F_YEAR: sb_addf(sql, " AND r.year BETWEEN %d AND %d", f->lo, f->hi); break;
		case F_TYPE: sb_addf(sql, " AND r.type = '%s'", report_type_name(f->type)); break;
		case F_OUTCOME: sb_addf(sql, " AND ecmr_outcome(r.type, s.key) = %d", f->lo); break;
		case F_KIND: sb_addf(sql, " AND i.kind = '%s'", item_kind_name(f->item)); break;
		case F_SCOPE: sb_addf(sql, " AND s.scope = '%s'", f->scope); break;
		}
	}
	return 0;
}

/* ---- collecting ---- */

static void add_found(struct search *s, long long rowid, int report_id, double score)
{
	int r = rep_index(s, report_id);
	if (r < 0)
		return;
	ARRAY_RESERVE(s->found, s->n, s->cap);
	ARRAY_RESERVE(s->hits, s->n, s->hcap);
	s->found[s->n] = (struct found){ rowid, r, score };
	memset(&s->hits[s->n], 0, sizeof s->hits[s->n]);
	s->hits[s->n].rowid = rowid;
	s->hits[s->n].report_id = report_id;
	s->n++;
	struct rep *rep = &s->reps[r];
	if (!rep->count++)
		s->nwith++;
	if (rep->count == 1 || score < rep->best)
		rep->best = score;
}

/*
 * Prepare the hits query for PLAN; the first step runs too, so that a
 * query FTS5 cannot parse fails here.  0, or -1 (*ERR for a bad filter;
 * else the query did not parse or could not run).
 */
static int open_stream(struct search *s, const struct search_plan *plan, char **err)
{
	int schema = db_schema(s->db);
	bool exact_only = !*plan->main;
	const char *table = exact_only ? "search_exact" : "search";
	const char *fts = exact_only ? plan->exact : plan->main;
	struct strbuf sql = {0};
	if (s->scored)
		sb_addf(&sql, "SELECT %s.rowid, s.report_id, bm25(%s)", table, table);
	else
		sb_addf(&sql, "SELECT %s.rowid, s.report_id, 0", table);
	sb_addf(&sql, from_sql[schema >= 2 ? 2 : 1], table);
	sb_addf(&sql, " JOIN report r ON r.id = s.report_id WHERE %s MATCH ?1", table);
	if (!exact_only && *plan->exact)
		sb_adds(&sql, " AND search.rowid IN (SELECT rowid FROM search_exact WHERE search_exact MATCH ?2)");
	if (filter_conditions(s->db, plan, &sql, err) != 0) {
		sb_free(&sql);
		return -1;
	}
	int rc = sqlite3_prepare_v2(db_handle(s->db), sb_str(&sql), -1, &s->stream, NULL);
	sb_free(&sql);
	if (rc != SQLITE_OK)
		return -1;
	sqlite3_bind_text(s->stream, 1, fts, -1, SQLITE_TRANSIENT);
	if (!exact_only && *plan->exact)
		sqlite3_bind_text(s->stream, 2, plan->exact, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(s->stream);
	if (rc == SQLITE_ROW)
		add_found(s, sqlite3_column_int64(s->stream, 0), sqlite3_column_int(s->stream, 1),
			  sqlite3_column_double(s->stream, 2));
	else if (rc == SQLITE_DONE)
		s->done = true;
	else
		return -1;
	db_set_last_search(s->db, table, fts, s->query);
	return 0;
}

/* search_start, with bm25 worked out for each hit when SCORED. */
static int start(struct db *db, const char *query, enum search_order order, bool scored, struct search **out,
		 char **err, char **note)
{
	*out = NULL;
	*note = NULL;
	struct search *s = xcalloc(1, sizeof *s);
	s->db = db;
	s->query = xstrdup(query);
	s->order = order;
	s->scored = scored;
	sqlite3_create_function(db_handle(db), "ecmr_outcome", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
				sql_outcome, NULL, NULL);
	int rc = load_reps(s);
	for (int plain = 0; rc == 0 && plain <= 1; plain++) {
		struct search_plan plan;
		search_plan_make(query, db_search_stems(db), plain, &plan);
		char *ferr = NULL;
		if (search_plan_filters(query, &plan, &ferr) != 0 || (!*plan.main && !*plan.exact)) {
			*err = ferr ? ferr : xstrdup("nothing to search for: add a word to the filters");
			search_plan_free(&plan);
			search_free(s);
			return -1;
		}
		rc = open_stream(s, &plan, &ferr);
		search_plan_free(&plan);
		if (ferr) {
			*err = ferr;
			search_free(s);
			return -1;
		}
		if (rc == 0) {
			if (plain)
				*note = xstrdup("the search could not be read as FTS5 syntax, so its words were searched as plain words");
			break;
		}
		sqlite3_finalize(s->stream);
		s->stream = NULL;
		rc = plain ? -1 : 0;
	}
	if (rc != 0) {
		*err = xasprintf("search failed: %s", sqlite3_errmsg(db_handle(db)));
		search_free(s);
		return -1;
	}
	if (s->done)
		search_set_order(s, order);
	*out = s;
	return 0;
}

int search_start(struct db *db, const char *query, enum search_order order, struct search **out, char **err,
		 char **note)
{
	return start(db, query, order, true, out, err, note);
}

int search_start_dated(struct db *db, const char *query, struct search **out, char **err, char **note)
{
	return start(db, query, ORDER_DATE, false, out, err, note);
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

bool search_step(struct search *s, double budget_ms, size_t max_rows)
{
	if (s->done)
		return true;
	double end = budget_ms > 0 ? now_ms() + budget_ms : 0;
	for (size_t rows = 0; !max_rows || rows < max_rows; rows++) {
		int rc = sqlite3_step(s->stream);
		if (rc != SQLITE_ROW) {
			s->done = true; /* a read error ends the search with what was found */
			search_set_order(s, s->order);
			return true;
		}
		add_found(s, sqlite3_column_int64(s->stream, 0), sqlite3_column_int(s->stream, 1),
			  sqlite3_column_double(s->stream, 2));
		if (end && (rows & 7) == 7 && now_ms() >= end)
			break;
	}
	return false;
}

/* ---- order ---- */

static const struct search *sorting; /* qsort has no context argument */

static int compare_date(const void *a, const void *b)
{
	const struct rep *x = &sorting->reps[*(const int *)a], *y = &sorting->reps[*(const int *)b];
	int d = strcmp(x->date, y->date);
	if (!d)
		d = strcmp(x->authority, y->authority);
	if (!d)
		d = (int)x->type - (int)y->type;
	return d ? d : x->id - y->id;
}

static int compare_position(const void *a, const void *b)
{
	const struct found *x = &sorting->found[*(const size_t *)a], *y = &sorting->found[*(const size_t *)b];
	const struct rep *rx = &sorting->reps[x->rep], *ry = &sorting->reps[y->rep];
	if (sorting->order == ORDER_RELEVANCE) {
		if (rx->best != ry->best)
			return rx->best < ry->best ? -1 : 1;
		if (x->rep != y->rep)
			return x->rep - y->rep;
		if (x->score != y->score)
			return x->score < y->score ? -1 : 1;
	} else if (x->rep != y->rep) {
		return rx->date_rank - ry->date_rank;
	}
	return (x->rowid > y->rowid) - (x->rowid < y->rowid);
}

void search_set_order(struct search *s, enum search_order order)
{
	s->order = order;
	if (!s->done)
		return;
	int *by_date = xcalloc(s->nreps ? s->nreps : 1, sizeof *by_date);
	for (size_t i = 0; i < s->nreps; i++)
		by_date[i] = (int)i;
	sorting = s;
	qsort(by_date, s->nreps, sizeof *by_date, compare_date);
	for (size_t i = 0; i < s->nreps; i++)
		s->reps[by_date[i]].date_rank = (int)i;
	free(by_date);
	free(s->pos);
	s->pos = xcalloc(s->n ? s->n : 1, sizeof *s->pos);
	for (size_t i = 0; i < s->n; i++)
		s->pos[i] = i;
	qsort(s->pos, s->n, sizeof *s->pos, compare_position);
	sorting = NULL;
}

/* ---- reading ---- */

bool search_done(const struct search *s)
{
	return s->done;
}

size_t search_count(const struct search *s)
{
	return s->n;
}

size_t search_reports(const struct search *s)
{
	return s->nwith;
}

enum search_order search_get_order(const struct search *s)
{
	return s->order;
}

const char *search_query(const struct search *s)
{
	return s->query;
}

static size_t found_at(const struct search *s, size_t i)
{
	return s->pos ? s->pos[i] : i;
}

const struct search_hit *search_hit_peek(const struct search *s, size_t i)
{
	return i < s->n ? &s->hits[found_at(s, i)] : NULL;
}

/*
 * Hit I, its details read by *Q (prepared from SQL, by schema, when NULL)
 * unless they were read before; with TEXT, Q's column 6, the hit's text,
 * copied to *TEXT.  NULL on a read error.
 */
static struct search_hit *load_hit(struct search *s, size_t i, sqlite3_stmt **q, const char *const *sql, char **text)
{
	if (i >= s->n)
		return NULL;
	size_t k = found_at(s, i);
	struct search_hit *h = &s->hits[k];
	if (h->section_key && !text)
		return h;
	if (!*q && sqlite3_prepare_v2(db_handle(s->db), sql[db_schema(s->db) >= 2 ? 2 : 1], -1, q, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_int64(*q, 1, h->rowid);
	if (sqlite3_step(*q) != SQLITE_ROW) {
		sqlite3_reset(*q);
		return NULL;
	}
	if (!h->section_key) {
		const struct rep *r = &s->reps[s->found[k].rep];
		h->section_id = sqlite3_column_int(*q, 0);
		h->section_key = db_column_dup(*q, 1);
		h->scope = db_column_dup(*q, 2);
		h->heading = db_column_dup(*q, 3);
		h->is_item = sqlite3_column_type(*q, 4) != SQLITE_NULL;
		h->item_kind = h->is_item ? item_kind_from_name((const char *)sqlite3_column_text(*q, 5)) : ITEM_STRENGTH;
		h->authority = xstrdup(r->authority);
		h->year = r->year;
		h->type = r->type;
	}
	if (text)
		*text = db_column_dup(*q, 6);
	sqlite3_reset(*q);
	return h;
}

struct search_hit *search_hit(struct search *s, size_t i)
{
	return load_hit(s, i, &s->details, details_sql, NULL);
}

struct search_hit *search_hit_text(struct search *s, size_t i, char **text)
{
	*text = NULL;
	return load_hit(s, i, &s->with_text, details_text_sql, text);
}

size_t search_group(const struct search *s, size_t i, bool *first)
{
	if (i >= s->n) {
		*first = false;
		return 0;
	}
	int rep = s->found[found_at(s, i)].rep;
	*first = i == 0 || s->found[found_at(s, i - 1)].rep != rep;
	return s->reps[rep].count;
}

size_t search_find_row(const struct search *s, long long rowid)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->found[found_at(s, i)].rowid == rowid)
			return i;
	return s->n;
}

void search_free(struct search *s)
{
	if (!s)
		return;
	sqlite3_finalize(s->stream);
	sqlite3_finalize(s->details);
	sqlite3_finalize(s->with_text);
	for (size_t i = 0; i < s->nreps; i++) {
		free(s->reps[i].authority);
		free(s->reps[i].date);
	}
	free(s->reps);
	for (size_t i = 0; i < s->n; i++) {
		free(s->hits[i].authority);
		free(s->hits[i].section_key);
		free(s->hits[i].scope);
		free(s->hits[i].heading);
		free(s->hits[i].snippet);
	}
	free(s->hits);
	free(s->found);
	free(s->pos);
	free(s->query);
	free(s);
}
