/*
 * schema.h: what the writer (index.c) and the reader (db.c) must agree on
 * about the index file, and nothing else, so the reader need not include
 * the writer.
 */
#ifndef ECMR_SCHEMA_H
#define ECMR_SCHEMA_H

/*
 * Bumped whenever the schema changes; readers refuse a newer one and read
 * the older ones.  1: the search table kept its own copy of the text and
 * named the section and item it came from.  2: it reads the text of the
 * sections and items themselves, whose ids are one sequence (index.c).
 */
#define INDEX_SCHEMA_VERSION 2

/*
 * Schema 2's search table (what follows "USING ") and the view it reads the
 * text through: index.c makes them, db_open refuses an index whose own
 * differ (a search table reading other content, an endless view).
 */
#define INDEX_SEARCH_FTS5 "fts5(body, content = 'search_text', content_rowid = 'id'," \
	" tokenize = 'unicode61 remove_diacritics 2')"
#define INDEX_SEARCH_VIEW "CREATE VIEW search_text(id, body) AS SELECT id, text FROM section" \
	" WHERE text <> '' UNION ALL SELECT id, text FROM item"

#endif
