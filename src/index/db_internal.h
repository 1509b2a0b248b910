/*
 * db_internal.h: what the query layer's own files (db.c, items.c, grades.c,
 * search.c) share behind db.h: the SQLite handle of an open index and what
 * db_open found in the file.  Only src/index/ uses it.
 */
#ifndef ECMR_DB_INTERNAL_H
#define ECMR_DB_INTERNAL_H

#include "index/db.h"

#include <sqlite3.h>
#include <stdbool.h>

/*
 * SQL prepared on DB's connection, or NULL (it does not prepare, or DB was
 * stopped for a runaway query: see db_error).  The query layer's files
 * prepare through here.
 */
sqlite3_stmt *db_prepare(struct db *db, const char *sql);

/* DB's SQLite connection (read-only, immutable). */
sqlite3 *db_handle(const struct db *db);

/* Does the index hold the repeats table (item_group), written by index.c since it was added? */
bool db_has_item_groups(const struct db *db);

/* The index's schema version (1 .. INDEX_SCHEMA_VERSION). */
int db_schema(const struct db *db);
/*
 * Remember the search whose hits db_hit_snippet will be asked for: the
 * FTS5 table ("search" or "search_exact", a static string) and query that
 * found them, and the query as typed (for its words).
 */
void db_set_last_search(struct db *db, const char *table, const char *fts, const char *query);

/*
 * What searches of DB read once and keep (search_reps.c): NULL until set;
 * db_close frees it with FREE_CACHE.  An index replaced on disk is opened
 * anew (a new struct db), so the cache never outlives the file it read.
 */
void *db_search_cache(const struct db *db);
/* Was db_search_once called (so the search cache holds the reports alone)? */
bool db_searches_once(const struct db *db);
void db_set_search_cache(struct db *db, void *cache, void (*free_cache)(void *));

/*
 * sqlite3_step on DB's statement Q, the work budget (QUERY_BUDGET in db.c)
 * starting afresh when Q starts: each statement has its own, however
 * many ran before it.  SQLITE_INTERRUPT once a statement was stopped.
 */
int db_step(struct db *db, sqlite3_stmt *q);

/* Column I of Q's current row as a malloc'd string: "" for NULL (db_column_dup) or NULL (..._or_null). */
char *db_column_dup(sqlite3_stmt *q, int i);
char *db_column_dup_or_null(sqlite3_stmt *q, int i);

#endif
