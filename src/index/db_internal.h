/*
 * db_internal.h: what the query layer's files (db.c, items.c) share
 * beyond db.h: the SQLite handle and what db_open found in the file.
 * Private to src/index.
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

#endif
