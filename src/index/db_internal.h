/*
 * db_internal.h: what the query layer's other files (search.c) need of
 * db.c's connection; only src/index/ includes it.
 */
#ifndef ECMR_DB_INTERNAL_H
#define ECMR_DB_INTERNAL_H

#include "index/db.h"

#include <sqlite3.h>

sqlite3 *db_sqlite(struct db *db);
/* The index's schema version (1 .. INDEX_SCHEMA_VERSION). */
int db_schema(const struct db *db);
/*
 * Remember the search whose hits db_hit_snippet will be asked for: the
 * FTS5 table ("search" or "search_exact", a static string) and query that
 * found them, and the query as typed (for its words).
 */
void db_set_last_search(struct db *db, const char *table, const char *fts, const char *query);

#endif
