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
 * 3: "search" stems English words (porter), and "search_exact", over the
 * same rows, keeps them as written, for phrases and prefixes.
 * 4: citations: section.para_nums and section.para_pages hold each
 * paragraph's printed number and page, item.paragraph and item.page the
 * item's; older schemas have none, and read as none.
 *
 * The citations columns of a section hold one decimal number per
 * paragraph of its text, in order, separated by single spaces ("0 15
 * 16"), 0 for none; "" when every one is 0.  Text, not a table of their
 * own: they are read only with their section, and a section has a few
 * dozen paragraphs.
 */
#define INDEX_SCHEMA_VERSION 4

/*
 * The search tables (what follows "USING ") and the view they read the
 * text through: index.c makes them, db_open refuses an index whose own
 * differ (a search table reading other content, an endless view).
 * Schema 2 had one table, unstemmed; schema 3 stems it and adds the
 * unstemmed one beside it.
 */
#define INDEX_SEARCH_FTS5_V2 "fts5(body, content = 'search_text', content_rowid = 'id'," \
	" tokenize = 'unicode61 remove_diacritics 2')"
#define INDEX_SEARCH_FTS5 "fts5(body, content = 'search_text', content_rowid = 'id'," \
	" tokenize = 'porter unicode61 remove_diacritics 2')"
#define INDEX_SEARCH_EXACT_FTS5 INDEX_SEARCH_FTS5_V2
#define INDEX_SEARCH_VIEW "CREATE VIEW search_text(id, body) AS SELECT id, text FROM section" \
	" WHERE text <> '' UNION ALL SELECT id, text FROM item"

#endif
