/*
 * grades.c: the judgements of the index as rows (see grades.h), for
 * `ecmr grades` and the judgement grids, and the statistical neighbours
 * of an authority among those the index holds.
 */
#include "index/grades.h"
#include "db_internal.h"
#include "parse/authorities.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* Columns every grades query returns, in this order (see fill_row). */
static const char grades_select[] =
	"SELECT r.id, coalesce(r.authority_id, 0), s.id, coalesce(a.short_name, ''), coalesce(a.la_code, ''),"
	" coalesce(a.region, ''), r.type, r.year, r.main_date, r.source, s.key, s.scope, s.heading,"
	" s.judgement, coalesce(s.grade_raw, '')";
static const char grades_counts[] =
	", (SELECT count(*) FROM item i WHERE i.section_id = s.id AND i.kind = 'strength'),"
	" (SELECT count(*) FROM item i WHERE i.section_id = s.id AND i.kind = 'improvement')";
static const char grades_from[] =
	" FROM report r JOIN section s ON s.report_id = r.id LEFT JOIN authority a ON a.id = r.authority_id"
	" WHERE s.judgement IS NOT NULL AND s.judgement <> ''";
/* the export's order (db_report_ids), then the report's reading order */
static const char grades_order[] =
	" ORDER BY a.short_name COLLATE NOCASE, r.year, r.main_date, r.type, r.source, s.ord";

/* Row G from the current row of Q (grades_select's columns, then perhaps the counts). */
static void fill_row(sqlite3_stmt *q, struct grade_row *g, bool counts)
{
	g->report_id = sqlite3_column_int(q, 0);
	g->authority_id = sqlite3_column_int(q, 1);
	g->section_id = sqlite3_column_int(q, 2);
	g->authority = db_column_dup(q, 3);
	g->la_code = db_column_dup(q, 4);
	g->region = db_column_dup(q, 5);
	g->type = report_type_from_name((const char *)sqlite3_column_text(q, 6));
	g->year = sqlite3_column_int(q, 7);
	g->date = db_column_dup(q, 8);
	g->source = db_column_dup(q, 9);
	g->key = db_column_dup(q, 10);
	g->scope = db_column_dup(q, 11);
	g->heading = db_column_dup(q, 12);
	g->judgement = judgement_from_name((const char *)sqlite3_column_text(q, 13));
	g->grade_raw = db_column_dup(q, 14);
	g->nstrengths = counts ? sqlite3_column_int(q, 15) : 0;
	g->nimprovements = counts ? sqlite3_column_int(q, 16) : 0;
}

/* A report id and where it stands in the list asked for, for bsearch. */
struct id_pos {
	int id;
	size_t pos;
};

/* The statement SQL holds, prepared (NULL if it cannot be); SQL is freed. */
static sqlite3_stmt *prepare_built(struct db *db, struct strbuf *sql)
{
	sqlite3_stmt *q = db_prepare(db, sb_str(sql));
	sb_free(sql);
	return q;
}

/* By id, then place (for qsort). */
static int id_pos_cmp(const void *a, const void *b)
{
	const struct id_pos *x = a, *y = b;
	return x->id < y->id ? -1 : x->id > y->id ? 1 : x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* By id alone (for bsearch). */
static int id_cmp(const void *a, const void *b)
{
	const struct id_pos *x = a, *y = b;
	return x->id < y->id ? -1 : x->id > y->id;
}

/*
 * Put ROWS (N, each report's rows together in reading order) in the order
 * of the report ids IDS (NIDS): a stable counting sort on each row's place
 * in that list, so the database need not sort rows it gives by report.
 */
static void order_by_reports(const int *ids, size_t nids, struct grade_row *rows, size_t n)
{
	struct id_pos *byid = xcalloc(nids + 1, sizeof *byid);
	for (size_t i = 0; i < nids; i++)
		byid[i] = (struct id_pos){ ids[i], i };
	qsort(byid, nids, sizeof *byid, id_pos_cmp);
	size_t *pos = xcalloc(n + 1, sizeof *pos), *start = xcalloc(nids + 1, sizeof *start);
	for (size_t i = 0; i < n; i++) {
		struct id_pos key = { rows[i].report_id, 0 }, *hit = bsearch(&key, byid, nids, sizeof *byid, id_cmp);
		/* bsearch may land on any entry of a repeated id: take its first */
		while (hit && hit > byid && hit[-1].id == hit->id)
			hit--;
		pos[i] = hit ? hit->pos : 0;
		start[pos[i] + 1]++;
	}
	for (size_t p = 1; p <= nids; p++)
		start[p] += start[p - 1];
	struct grade_row *sorted = xcalloc(n + 1, sizeof *sorted);
	for (size_t i = 0; i < n; i++)
		sorted[start[pos[i]]++] = rows[i];
	memcpy(rows, sorted, n * sizeof *rows);
	free(sorted);
	free(start);
	free(pos);
	free(byid);
}

int db_report_grades(struct db *db, const int *ids, size_t n, struct grade_row **rows, size_t *nrows)
{
	*rows = NULL;
	*nrows = 0;
	if (!n)
		return 0;
	/* the ids are integers, written into the SQL: no limit on parameters */
	struct strbuf sql = {0};
	sb_adds(&sql, "SELECT r.id, coalesce(r.authority_id, 0), s.id, r.type, r.year, s.key, s.scope, s.heading,"
		      " s.judgement, coalesce(s.grade_raw, '') FROM report r JOIN section s ON s.report_id = r.id"
		      " WHERE s.judgement IS NOT NULL AND s.judgement <> '' AND r.id IN (");
	for (size_t i = 0; i < n; i++)
		sb_addf(&sql, "%s%d", i ? "," : "", ids[i]);
	/* by id, as the indexes give them; put in IDS' order after */
	sb_adds(&sql, ") ORDER BY r.id, s.ord");
	sqlite3_stmt *q = prepare_built(db, &sql);
	if (!q)
		return -1;
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		ARRAY_RESERVE(*rows, *nrows, cap);
		struct grade_row *g = &(*rows)[(*nrows)++];
		*g = (struct grade_row){ .report_id = sqlite3_column_int(q, 0), .authority_id = sqlite3_column_int(q, 1),
					 .section_id = sqlite3_column_int(q, 2),
					 .type = report_type_from_name((const char *)sqlite3_column_text(q, 3)),
					 .year = sqlite3_column_int(q, 4), .key = db_column_dup(q, 5), .scope = db_column_dup(q, 6),
					 .heading = db_column_dup(q, 7),
					 .judgement = judgement_from_name((const char *)sqlite3_column_text(q, 8)),
					 .grade_raw = db_column_dup(q, 9) };
	}
	sqlite3_finalize(q);
	if (*nrows)
		order_by_reports(ids, n, *rows, *nrows);
	return rc == SQLITE_DONE ? 0 : -1;
}

int db_grades(struct db *db, const struct grade_filter *f, struct grade_row **rows, size_t *n)
{
	*rows = NULL;
	*n = 0;
	struct strbuf sql = {0};
	sb_adds(&sql, grades_select);
	if (f->counts)
		sb_adds(&sql, grades_counts);
	sb_adds(&sql, grades_from);
	/* conditions only for what is asked, so SQLite can use report_by_authority */
	if (f->authority_id)
		sb_adds(&sql, " AND r.authority_id = ?1");
	if (f->type != RT_UNKNOWN)
		sb_adds(&sql, " AND r.type = ?2");
	if (f->year)
		sb_adds(&sql, " AND r.year = ?3");
	sb_adds(&sql, grades_order);
	sqlite3_stmt *q = prepare_built(db, &sql);
	if (!q)
		return -1;
	int rc;
	sqlite3_bind_int(q, 1, f->authority_id);
	sqlite3_bind_text(q, 2, report_type_name(f->type), -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 3, f->year);
	size_t cap = 0;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		ARRAY_RESERVE(*rows, *n, cap);
		fill_row(q, &(*rows)[(*n)++], f->counts);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : -1;
}

int db_judged_reports(struct db *db, enum report_type type, struct judged_report **reports, size_t *n)
{
	*reports = NULL;
	*n = 0;
	/* the export's order of reports, as grades_order has it */
	sqlite3_stmt *q = db_prepare(db, "SELECT r.id, coalesce(r.authority_id, 0), r.year FROM report r"
				      " LEFT JOIN authority a ON a.id = r.authority_id WHERE r.type = ?1 AND EXISTS"
				      " (SELECT 1 FROM section s WHERE s.report_id = r.id AND s.judgement IS NOT NULL"
				      " AND s.judgement <> '')"
				      " ORDER BY a.short_name COLLATE NOCASE, r.year, r.main_date, r.type, r.source");
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, report_type_name(type), -1, SQLITE_STATIC);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		ARRAY_RESERVE(*reports, *n, cap);
		(*reports)[(*n)++] = (struct judged_report){ sqlite3_column_int(q, 0), sqlite3_column_int(q, 1),
							     sqlite3_column_int(q, 2) };
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : -1;
}

void db_free_grades(struct grade_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct grade_row *g = &rows[i];
		free(g->authority);
		free(g->la_code);
		free(g->region);
		free(g->date);
		free(g->source);
		free(g->key);
		free(g->scope);
		free(g->heading);
		free(g->grade_raw);
	}
	free(rows);
}

int db_neighbour_ids(struct db *db, const char *la_code, int **ids, size_t *n)
{
	*ids = NULL;
	*n = 0;
	const struct authority_ref *ref = la_code && *la_code ? authority_by_code(la_code) : NULL;
	if (!ref || !*ref->neighbours)
		return 0;
	sqlite3_stmt *q = db_prepare(db, "SELECT id FROM authority WHERE la_code = ?1");
	if (!q)
		return -1;
	size_t cap = 0;
	for (const char *p = ref->neighbours; *p;) {
		size_t len = strcspn(p, ",");
		sqlite3_bind_text(q, 1, p, (int)len, SQLITE_STATIC);
		while (sqlite3_step(q) == SQLITE_ROW) {
			ARRAY_RESERVE(*ids, *n, cap);
			(*ids)[(*n)++] = sqlite3_column_int(q, 0);
		}
		sqlite3_reset(q);
		p += len + (p[len] == ',');
	}
	sqlite3_finalize(q);
	return 0;
}

int db_report_types(struct db *db, enum report_type **types, size_t *n)
{
	*types = NULL;
	*n = 0;
	sqlite3_stmt *q = db_prepare(db, "SELECT type FROM report GROUP BY type ORDER BY min(year), type");
	if (!q)
		return -1;
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		enum report_type t = report_type_from_name((const char *)sqlite3_column_text(q, 0));
		if (t == RT_UNKNOWN)
			continue;
		ARRAY_RESERVE(*types, *n, cap);
		(*types)[(*n)++] = t;
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : -1;
}
