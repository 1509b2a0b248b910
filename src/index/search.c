/*
 * search.c: a search over the whole index, counted in steps (see
 * search.h).
 *
 * One FTS5 query is stepped through in the index's order (row id order,
 * the cheapest FTS5 can give), a budget at a time; each hit keeps only its
 * row id, report and bm25 score (24 bytes), and its details and snippet
 * are read when it is shown.  Ordering by date or relevance needs every
 * hit, so it is done once they are all counted.
 *
 * Where the index's reports are runs of row ids (search_reps.h) and the
 * filters test only reports (authority:, region:, year:, type:), the
 * query reads the search table alone, bounded to the rows of the first
 * and last report that passes; each row's report is found from its row
 * id and the filters tested in memory, a table of which reports pass
 * made once per search.  Joining each row to its section, item and
 * report made a selective filter walk the whole match list, joining as
 * it went, before the first row that passed.  Filters on sections and
 * items (outcome:, kind:, scope:), and indexes without runs, join the
 * reports in SQL, the filters as conditions.
 */
#include "index/search.h"
#include "index/query.h"
#include "index/search_terms.h"
#include "report/vocab.h"
#include "base/util.h"
#include "db_internal.h"
#include "search_reps.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

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
	const struct search_reps *reps; /* the index's, kept by the db */
	double *best;            /* by report: its best hit's bm25 (lower is better) */
	size_t *count;           /* by report: its hits so far */
	size_t nwith;            /* reports with hits */
	bool by_row;             /* the stream gives row ids alone, each hit's report found from it */
	unsigned char *pass;     /* by_row: by report, does it pass the filters (NULL: all do) */
	const struct row_facts *facts; /* by_row with kind:, scope: or outcome: (else NULL) */
	bool kind_ok[256], scope_ok[256], outcome_ok[256]; /* ... which of its values pass */
	struct found *found;
	bool scored;             /* bm25 worked out for each hit (not for search_start_dated) */
	/*
	 * A scored search on the search table alone reads its first step
	 * (the first screen) without bm25, whose first row counts every row
	 * each phrase is in, then goes on with the scored stream here from
	 * the top, giving the hits found so far their scores.
	 */
	sqlite3_stmt *scoring;   /* waiting while the first step runs; NULL once it runs, or if none */
	bool stepped;            /* search_step has run */
	size_t unscored, rescored; /* hits found without scores, and how many have them again */
	sqlite3_stmt *with_text; /* details and text: search_hit_text */
	struct search_hit *hits; /* parallel to found */
	size_t n, cap, hcap;
	/*
	 * The hits whose details were read (load_hit), by index into hits:
	 * only they own strings, so search_free visits them alone, not every
	 * hit of a search that found hundreds of thousands (freeing those
	 * stood in the next search's first screen).
	 */
	size_t *loaded, nloaded, loaded_cap;
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

static int compare_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

/*
 * The ids of the authorities filter F (authority: or region:) lets
 * through, ascending, into *IDS (malloc'd), *N of them: an authority whose
 * name, short name or code is the value exactly, else every one whose
 * name holds it (as `show` resolves names).  -1 with *ERR when none does.
 */
static int authority_ids(struct db *db, const struct search_filter *f, int **ids, size_t *n, char **err)
{
	struct authority_row *a = NULL;
	size_t na = 0;
	*ids = NULL;
	*n = 0;
	if (db_authorities(db, &a, &na) != 0) {
		*err = xasprintf("cannot read the authorities from %s", db_path(db));
		return -1;
	}
	int exact = -1;
	for (size_t i = 0; f->kind == F_AUTHORITY && i < na; i++)
		if (str_eq_ci(a[i].short_name, f->value) || str_eq_ci(a[i].name, f->value) ||
		    (a[i].la_code && strcmp(a[i].la_code, f->value) == 0))
			exact = (int)i;
	*ids = xcalloc(na ? na : 1, sizeof **ids);
	for (size_t i = 0; i < na; i++)
		if (exact >= 0 ? (int)i == exact : authority_passes(&a[i], f))
			(*ids)[(*n)++] = a[i].id;
	db_free_authorities(a, na);
	qsort(*ids, *n, sizeof **ids, compare_int);
	if (!*n) {
		free(*ids);
		*ids = NULL;
		*err = f->kind == F_REGION ? xasprintf("region: no authority in the index is in a region called \"%s\"", f->value)
					   : xasprintf("authority: no authority in the index is called \"%s\"", f->value);
		return -1;
	}
	return 0;
}

/* authority: and region: as " AND r.authority_id IN (...)". */
static int authority_condition(struct db *db, const struct search_filter *f, struct strbuf *sql, char **err)
{
	int *ids;
	size_t n;
	if (authority_ids(db, f, &ids, &n, err) != 0)
		return -1;
	sb_adds(sql, " AND r.authority_id IN (");
	for (size_t i = 0; i < n; i++)
		sb_addf(sql, "%s%d", i ? "," : "", ids[i]);
	sb_addc(sql, ')');
	free(ids);
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

/* ---- filters in memory: the reports that pass ---- */

/* Does every filter of P test reports alone (so that a hit's report says whether it passes)? */
static bool report_filters_only(const struct search_plan *p)
{
	for (size_t i = 0; i < p->nfilters; i++)
		if (p->filters[i].kind == F_OUTCOME || p->filters[i].kind == F_KIND || p->filters[i].kind == F_SCOPE)
			return false;
	return true;
}

/*
 * s->facts and which of their values pass P's filters on sections and
 * items, as filter_conditions' SQL would choose: a section row has no
 * kind, so kind: lets through items alone.
 */
static void row_tables(struct search *s, const struct search_plan *p)
{
	const struct row_facts *f = s->facts;
	for (int v = 0; v < 256; v++)
		s->kind_ok[v] = s->scope_ok[v] = s->outcome_ok[v] = true;
	s->kind_ok[0] = false; /* no such row */
	for (size_t i = 0; i < p->nfilters; i++) {
		const struct search_filter *flt = &p->filters[i];
		for (int v = 0; v < 256; v++)
			switch (flt->kind) {
			case F_KIND:
				s->kind_ok[v] &= v >= 2 && (size_t)(v - 2) < f->nkinds &&
						 strcmp(f->kinds[v - 2], item_kind_name(flt->item)) == 0;
				break;
			case F_SCOPE:
				s->scope_ok[v] &= (size_t)v < f->nscopes && strcmp(f->scopes[v], flt->scope) == 0;
				break;
			case F_OUTCOME: s->outcome_ok[v] &= v == flt->lo; break;
			default: break;
			}
	}
}

/* Does search row ROWID pass the filters on sections and items (s->facts)? */
static bool row_passes(const struct search *s, long long rowid)
{
	const struct row_facts *f = s->facts;
	long long i = rowid - f->base;
	if (i < 0 || (size_t)i >= f->n)
		return false;
	return s->kind_ok[f->kind[i]] && s->scope_ok[f->scope[i]] && s->outcome_ok[f->outcome[i]];
}

/* Does report R pass filter F (report-level), IDS its authorities when F is authority: or region:? */
static bool rep_passes(const struct rep *r, const struct search_filter *f, const int *ids, size_t nids)
{
	switch (f->kind) {
	case F_AUTHORITY: case F_REGION: return bsearch(&r->authority_id, ids, nids, sizeof *ids, compare_int) != NULL;
	case F_YEAR: return r->year >= f->lo && r->year <= f->hi;
	case F_TYPE: return r->type_named && r->type == f->type;
	default: return true;
	}
}

/*
 * s->pass for P's filters (every one tests reports alone): as the SQL
 * conditions of filter_conditions would choose.  -1 with *ERR for an
 * authority or region not in the index.
 */
static int pass_table(struct search *s, const struct search_plan *p, char **err)
{
	if (!p->nfilters)
		return 0;
	size_t n = s->reps->nreps;
	s->pass = xcalloc(n ? n : 1, 1);
	memset(s->pass, 1, n);
	for (size_t i = 0; i < p->nfilters; i++) {
		const struct search_filter *f = &p->filters[i];
		int *ids = NULL;
		size_t nids = 0;
		if ((f->kind == F_AUTHORITY || f->kind == F_REGION) && authority_ids(s->db, f, &ids, &nids, err) != 0)
			return -1;
		for (size_t k = 0; k < n; k++)
			if (s->pass[k] && !rep_passes(&s->reps->reps[k], f, ids, nids))
				s->pass[k] = 0;
		free(ids);
	}
	return 0;
}

/* The least and most row id of the reports that pass (1 and 0 when none does). */
static void pass_bounds(const struct search *s, long long *lo, long long *hi)
{
	const struct search_reps *r = s->reps;
	size_t a = 0, b = r->nranges;
	while (a < b && !s->pass[r->ranges[a].rep])
		a++;
	while (b > a && !s->pass[r->ranges[b - 1].rep])
		b--;
	*lo = a < b ? r->ranges[a].lo : 1;
	*hi = a < b ? r->ranges[b - 1].hi : 0;
}

/* ---- collecting ---- */

/* A hit: search row ROWID of report R (an index into reps), its bm25 SCORE. */
static void add_found(struct search *s, long long rowid, int r, double score)
{
	ARRAY_RESERVE(s->found, s->n, s->cap);
	ARRAY_RESERVE(s->hits, s->n, s->hcap);
	s->found[s->n] = (struct found){ rowid, r, score };
	memset(&s->hits[s->n], 0, sizeof s->hits[s->n]);
	s->hits[s->n].rowid = rowid;
	s->hits[s->n].report_id = s->reps->reps[r].id;
	s->n++;
	if (!s->count[r]++)
		s->nwith++;
}

/*
 * The stream's current row, a hit if it is one: true when it is (its
 * report passes the filters), false for a row of a report that does not.
 */
static bool take_row(struct search *s)
{
	long long rowid = sqlite3_column_int64(s->stream, 0);
	double score = sqlite3_column_double(s->stream, 1);
	int r = s->by_row ? search_rep_of_row(s->reps, rowid)
			  : search_rep_index(s->reps, sqlite3_column_int(s->stream, 2));
	if (r < 0 || (s->pass && !s->pass[r]) || (s->facts && !row_passes(s, rowid)))
		return false;
	if (s->rescored < s->unscored) { /* found before, without its score: the same rows, in the same order */
		if (s->found[s->rescored].rowid == rowid)
			s->found[s->rescored].score = score;
		s->rescored++;
		return false;
	}
	add_found(s, rowid, r, score);
	return true;
}

/*
 * The hits query for PLAN into SQL, with s->by_row and s->pass: the search
 * table alone (by_row) when the index has runs and the filters test
 * reports alone, else joined.  Columns: row id, bm25 (or 0), and when
 * joined the report id.  Parameters: ?1 the FTS5 query, ?2 the exact one,
 * by_row ?3 and ?4 the least and most row id.  -1 with *ERR for a bad filter.
 */
static int stream_sql(struct search *s, const struct search_plan *plan, bool scored, struct strbuf *sql, char **err)
{
	bool exact_only = !*plan->main;
	const char *table = exact_only ? "search_exact" : "search";
	if (scored)
		sb_addf(sql, "SELECT %s.rowid, bm25(%s)", table, table);
	else
		sb_addf(sql, "SELECT %s.rowid, 0", table);
	if (s->by_row) {
		sb_addf(sql, " FROM %s WHERE %s MATCH ?1", table, table);
	} else {
		sb_adds(sql, ", s.report_id");
		sb_addf(sql, from_sql[db_schema(s->db) >= 2 ? 2 : 1], table);
		sb_addf(sql, " JOIN report r ON r.id = s.report_id WHERE %s MATCH ?1", table);
	}
	if (!exact_only && *plan->exact)
		sb_adds(sql, " AND search.rowid IN (SELECT rowid FROM search_exact WHERE search_exact MATCH ?2)");
	if (!s->by_row)
		return filter_conditions(s->db, plan, sql, err);
	sb_addf(sql, " AND %s.rowid BETWEEN ?3 AND ?4", table);
	return 0;
}

/*
 * How PLAN's hits are read (s->by_row, and then s->facts, s->pass and
 * the tables of row values that pass).  -1 with *ERR for an authority or
 * region not in the index.
 */
static int plan_stream(struct search *s, const struct search_plan *plan, char **err)
{
	free(s->pass);
	s->pass = NULL;
	s->facts = NULL;
	s->by_row = s->reps->nranges && (report_filters_only(plan) || (s->facts = search_row_facts(s->db)) != NULL);
	if (s->facts)
		row_tables(s, plan);
	return s->by_row ? pass_table(s, plan, err) : 0;
}

/* The hits query for PLAN, with bm25 when SCORED, prepared and bound into *Q.  -1 on an error (*ERR for a bad filter). */
static int prepare_stream(struct search *s, const struct search_plan *plan, bool scored, sqlite3_stmt **q, char **err)
{
	bool exact_only = !*plan->main;
	struct strbuf sql = {0};
	if (stream_sql(s, plan, scored, &sql, err) != 0) {
		sb_free(&sql);
		return -1;
	}
	*q = db_prepare(s->db, sb_str(&sql));
	sb_free(&sql);
	if (!*q)
		return -1;
	sqlite3_bind_text(*q, 1, exact_only ? plan->exact : plan->main, -1, SQLITE_TRANSIENT);
	if (!exact_only && *plan->exact)
		sqlite3_bind_text(*q, 2, plan->exact, -1, SQLITE_TRANSIENT);
	if (s->by_row) {
		long long lo = s->reps->ranges[0].lo, hi = s->reps->ranges[s->reps->nranges - 1].hi;
		if (s->pass)
			pass_bounds(s, &lo, &hi);
		sqlite3_bind_int64(*q, 3, lo);
		sqlite3_bind_int64(*q, 4, hi);
	}
	return 0;
}

/*
 * Prepare the hits query for PLAN; the first step runs too, so that a
 * query FTS5 cannot parse fails here.  0, or -1 (*ERR for a bad filter;
 * else the query did not parse or could not run).
 */
static int open_stream(struct search *s, const struct search_plan *plan, char **err)
{
	bool exact_only = !*plan->main;
	const char *table = exact_only ? "search_exact" : "search";
	const char *fts = exact_only ? plan->exact : plan->main;
	if (plan_stream(s, plan, err) != 0)
		return -1;
	/* on the search table alone, the same rows come in the same order with or without bm25 */
	bool peek = s->scored && s->by_row;
	if (prepare_stream(s, plan, s->scored && !peek, &s->stream, err) != 0 ||
	    (peek && prepare_stream(s, plan, true, &s->scoring, err) != 0))
		return -1;
	int rc = db_step(s->db, s->stream);
	if (rc == SQLITE_ROW)
		take_row(s);
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
	s->reps = search_reps_of(db);
	int rc = s->reps ? 0 : -1;
	if (s->reps) {
		s->best = xcalloc(s->reps->nreps ? s->reps->nreps : 1, sizeof *s->best);
		s->count = xcalloc(s->reps->nreps ? s->reps->nreps : 1, sizeof *s->count);
	}
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
		sqlite3_finalize(s->scoring);
		s->stream = s->scoring = NULL;
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

/* Go on with the scored stream from the top (see scoring in struct search). */
static void start_scoring(struct search *s)
{
	sqlite3_finalize(s->stream);
	s->stream = s->scoring;
	s->scoring = NULL;
	s->unscored = s->n;
	s->rescored = 0;
}

bool search_step(struct search *s, double budget_ms, size_t max_rows)
{
	if (s->done)
		return true;
	/* the first step without bm25 only when it is a step of a front end's, in time */
	if (s->scoring && (s->stepped || budget_ms <= 0))
		start_scoring(s);
	s->stepped = true;
	double end = budget_ms > 0 ? monotonic_seconds() + budget_ms / 1e3 : 0;
	/* rows read, hits among them: rows of reports that fail the filters, and rows read again for their scores, count against the time only */
	for (size_t rows = 0, hits = 0; !max_rows || hits < max_rows; rows++) {
		int rc = db_step(s->db, s->stream);
		if (rc == SQLITE_DONE && s->scoring) {
			start_scoring(s);
			if (end) /* its first row counts every row each phrase is in: a step of its own */
				return false;
			continue;
		}
		if (rc != SQLITE_ROW) {
			s->done = true; /* a read error ends the search with what was found */
			search_set_order(s, s->order);
			return true;
		}
		hits += take_row(s);
		if (end && (rows & 7) == 7 && monotonic_seconds() >= end)
			break;
	}
	return false;
}

/* ---- order ---- */

static const struct search *sorting; /* qsort has no context argument */

static int compare_position(const void *a, const void *b)
{
	const struct found *x = &sorting->found[*(const size_t *)a], *y = &sorting->found[*(const size_t *)b];
	const struct rep *rx = &sorting->reps->reps[x->rep], *ry = &sorting->reps->reps[y->rep];
	if (sorting->order == ORDER_RELEVANCE) {
		double bx = sorting->best[x->rep], by = sorting->best[y->rep];
		if (bx != by)
			return bx < by ? -1 : 1;
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
	for (size_t r = 0; r < s->reps->nreps; r++)
		s->best[r] = HUGE_VAL;
	for (size_t i = 0; i < s->n; i++)
		if (s->found[i].score < s->best[s->found[i].rep])
			s->best[s->found[i].rep] = s->found[i].score;
	free(s->pos);
	s->pos = xcalloc(s->n ? s->n : 1, sizeof *s->pos);
	for (size_t i = 0; i < s->n; i++)
		s->pos[i] = i;
	sorting = s;
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
	if (!*q && !(*q = db_prepare(s->db, sql[db_schema(s->db) >= 2 ? 2 : 1])))
		return NULL;
	sqlite3_bind_int64(*q, 1, h->rowid);
	if (db_step(s->db, *q) != SQLITE_ROW) {
		sqlite3_reset(*q);
		return NULL;
	}
	if (!h->section_key) {
		const struct rep *r = &s->reps->reps[s->found[k].rep];
		ARRAY_RESERVE(s->loaded, s->nloaded, s->loaded_cap);
		s->loaded[s->nloaded++] = k;
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
	return s->count[rep];
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
	sqlite3_finalize(s->scoring);
	sqlite3_finalize(s->details);
	sqlite3_finalize(s->with_text);
	free(s->best);
	free(s->count);
	free(s->pass);
	for (size_t j = 0; j < s->nloaded; j++) {
		struct search_hit *h = &s->hits[s->loaded[j]];
		free(h->authority);
		free(h->section_key);
		free(h->scope);
		free(h->heading);
		free(h->snippet);
	}
	free(s->loaded);
	free(s->hits);
	free(s->found);
	free(s->pos);
	free(s->query);
	free(s);
}
