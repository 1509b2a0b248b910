/*
 * db_internal.h: what the query layer's own files (db.c, grades.c) share
 * behind db.h: the SQLite handle of an open index.  Only src/index/ uses it.
 */
#ifndef ECMR_DB_INTERNAL_H
#define ECMR_DB_INTERNAL_H

#include "index/db.h"

#include <sqlite3.h>

/* The open SQLite connection of DB (read-only, owned by DB). */
sqlite3 *db_sqlite(struct db *db);

#endif
