/*
 * items.c: every item of one authority, for the items list, `ecmr items`,
 * marks and the brief (see items.h).  One query over the browser's own
 * indexes (reports by authority, sections by report, items by section),
 * so its cost is that of the authority's items, not of the index.
 */
#include "index/items.h"
#include "db_internal.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* The columns both queries share, then the repeats' three (constants when the index lacks them). */
#define ITEMS_SELECT \
	"SELECT i.id, r.id, r.type, r.year, r.main_date, r.sha256, s.id, s.key, s.scope, s.heading," \
	" s.judgement, i.ord, i.kind, i.text, s.ord, "
#define ITEMS_FROM \
	" FROM report r JOIN section s ON s.report_id = r.id JOIN item i ON i.section_id = s.id"
#define ITEMS_ORDER \
	" WHERE r.authority_id = ?1 ORDER BY r.year, r.main_date, r.type, r.source, s.ord, i.ord"

/* The repeats' columns and join, by whether the index has them. */
#define ITEMS_NO_GROUPS "0, 0, 0"
#define ITEMS_GROUPS "coalesce(g.group_id, 0), coalesce(g.strength_id, 0), coalesce(g.strength_year, 0)"
#define ITEMS_GROUPS_JOIN " LEFT JOIN item_group g ON g.item_id = i.id"
/* The paragraph an item stands in and its page (columns 18, 19): schema 4 on, else none. */
#define ITEMS_PARAGRAPH ", i.paragraph, i.page"
#define ITEMS_NO_PARAGRAPH ", 0, 0"

/* The query, for an index with or without the repeats (GROUPS) and the citations (CITES). */
static const char *const items_sql[2][2] = {
	{ ITEMS_SELECT ITEMS_NO_GROUPS ITEMS_NO_PARAGRAPH ITEMS_FROM ITEMS_ORDER,
	  ITEMS_SELECT ITEMS_NO_GROUPS ITEMS_PARAGRAPH ITEMS_FROM ITEMS_ORDER },
	{ ITEMS_SELECT ITEMS_GROUPS ITEMS_NO_PARAGRAPH ITEMS_FROM ITEMS_GROUPS_JOIN ITEMS_ORDER,
	  ITEMS_SELECT ITEMS_GROUPS ITEMS_PARAGRAPH ITEMS_FROM ITEMS_GROUPS_JOIN ITEMS_ORDER },
};

/* Fill ROW from the current result row of Q. */
static void read_row(sqlite3_stmt *q, struct item_row *row)
{
	row->id = sqlite3_column_int64(q, 0);
	row->report_id = sqlite3_column_int(q, 1);
	row->type = report_type_from_name((const char *)sqlite3_column_text(q, 2));
	row->year = sqlite3_column_int(q, 3);
	row->date = db_column_dup(q, 4);
	row->sha256 = db_column_dup(q, 5);
	row->section_id = sqlite3_column_int64(q, 6);
	row->section_key = db_column_dup(q, 7);
	row->scope = db_column_dup(q, 8);
	row->heading = db_column_dup(q, 9);
	row->judgement = judgement_from_name((const char *)sqlite3_column_text(q, 10));
	row->ord = sqlite3_column_int(q, 11);
	row->kind = item_kind_from_name((const char *)sqlite3_column_text(q, 12));
	row->text = db_column_dup(q, 13);
	row->section_ord = sqlite3_column_int(q, 14);
	row->group = sqlite3_column_int64(q, 15);
	row->strength_id = sqlite3_column_int64(q, 16);
	row->strength_year = sqlite3_column_int(q, 17);
	int para = sqlite3_column_int(q, 18), page = sqlite3_column_int(q, 19);
	/* a crafted file's nonsense is none */
	row->paragraph = para > 0 && para < 100000 ? para : 0;
	row->page = page > 0 && page < 100000 ? page : 0;
}

int db_items(struct db *db, int authority_id, struct item_row **rows, size_t *n)
{
	*rows = NULL;
	*n = 0;
	sqlite3_stmt *q = db_prepare(db, items_sql[db_has_item_groups(db)][db_schema(db) >= 4]);
	if (!q)
		return -1;
	sqlite3_bind_int(q, 1, authority_id);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		ARRAY_RESERVE(*rows, *n, cap);
		(*rows)[*n] = (struct item_row){0}; /* what read_row does not set stays 0 */
		read_row(q, &(*rows)[(*n)++]);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : -1;
}

void db_free_items(struct item_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].date);
		free(rows[i].sha256);
		free(rows[i].section_key);
		free(rows[i].scope);
		free(rows[i].heading);
		free(rows[i].text);
	}
	free(rows);
}
