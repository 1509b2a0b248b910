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

static char *text_dup(sqlite3_stmt *q, int i)
{
	const unsigned char *s = sqlite3_column_text(q, i);
	return xstrdup(s ? (const char *)s : "");
}

/* Row G from the current row of Q (grades_select's columns, then perhaps the counts). */
static void fill_row(sqlite3_stmt *q, struct grade_row *g, bool counts)
{
	g->report_id = sqlite3_column_int(q, 0);
	g->authority_id = sqlite3_column_int(q, 1);
	g->section_id = sqlite3_column_int(q, 2);
	g->authority = text_dup(q, 3);
	g->la_code = text_dup(q, 4);
	g->region = text_dup(q, 5);
	g->type = report_type_from_name((const char *)sqlite3_column_text(q, 6));
	g->year = sqlite3_column_int(q, 7);
	g->date = text_dup(q, 8);
	g->source = text_dup(q, 9);
	g->key = text_dup(q, 10);
	g->scope = text_dup(q, 11);
	g->heading = text_dup(q, 12);
	g->judgement = judgement_from_name((const char *)sqlite3_column_text(q, 13));
	g->grade_raw = text_dup(q, 14);
	g->nstrengths = counts ? sqlite3_column_int(q, 15) : 0;
	g->nimprovements = counts ? sqlite3_column_int(q, 16) : 0;
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
	sqlite3_stmt *q = NULL;
	int rc = sqlite3_prepare_v2(db_sqlite(db), sb_str(&sql), -1, &q, NULL);
	sb_free(&sql);
	if (rc != SQLITE_OK) {
		sqlite3_finalize(q);
		return -1;
	}
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
	sqlite3_stmt *q = NULL;
	if (sqlite3_prepare_v2(db_sqlite(db), "SELECT id FROM authority WHERE la_code = ?1", -1, &q, NULL) !=
	    SQLITE_OK) {
		sqlite3_finalize(q);
		return -1;
	}
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
	sqlite3_stmt *q = NULL;
	if (sqlite3_prepare_v2(db_sqlite(db), "SELECT type FROM report GROUP BY type ORDER BY min(year), type", -1,
			       &q, NULL) != SQLITE_OK) {
		sqlite3_finalize(q);
		return -1;
	}
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
