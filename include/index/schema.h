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
 */
#define INDEX_SCHEMA_VERSION 3

#endif
