/*
 * query.h: a search as typed, turned into what the index runs: FTS5
 * queries for its two full-text tables (words stemmed, phrases and
 * prefixes as typed).  The words and operators are read by the lexer in
 * search_terms.c, so the words marked on screen are the ones searched.
 */
#ifndef ECMR_QUERY_H
#define ECMR_QUERY_H

#include <stdbool.h>

struct search_plan {
	char *main;  /* FTS5 query for the table "search" (stemmed from schema 3); "" none */
	char *exact; /* FTS5 query for "search_exact" (schema 3 on; unstemmed); "" none */
};

/*
 * Plan QUERY for an index whose "search" table stems (STEMMED, schema 3
 * on; older ones have only that table, unstemmed).  PLAIN: read operators
 * and parentheses as plain words (for a query FTS5 could not parse).
 * Every word is quoted, so punctuation in a word is never FTS5 syntax.
 */
void search_plan_make(const char *query, bool stemmed, bool plain, struct search_plan *out);
void search_plan_free(struct search_plan *p);

#endif
