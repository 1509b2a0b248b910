/*
 * db_internal.h: what the query layer's own files (db.c, items.c, grades.c)
 * share behind db.h: the SQLite handle of an open index and what db_open
 * found in the file.  Only src/index/ uses it.
 */
#ifndef ECMR_DB_INTERNAL_H
#define ECMR_DB_INTERNAL_H

#include "index/db.h"

#include <sqlite3.h>
#include <stdbool.h>

/* DB's SQLite connection (read-only, immutable). */
sqlite3 *db_handle(const struct db *db);

/* Does the index hold the repeats table (item_group), written by index.c since it was added? */
bool db_has_item_groups(const struct db *db);

/* The open SQLite connection of DB (read-only, owned by DB). */
sqlite3 *db_sqlite(struct db *db);

#endif
