/*
 * query.h: a search as typed, turned into what the index runs: FTS5
 * queries for its two full-text tables (words stemmed, phrases and
 * prefixes as typed).  The words and operators are read by the lexer in
 * search_terms.c, so the words marked on screen are the ones searched.
 */
#ifndef ECMR_QUERY_H
#define ECMR_QUERY_H

#include <stdbool.h>

#include "report/report.h"

/* The filters a query may hold (name:value), each narrowing the hits. */
enum filter_kind { F_AUTHORITY, F_REGION, F_YEAR, F_TYPE, F_OUTCOME, F_KIND, F_SCOPE };

struct search_filter {
	enum filter_kind kind;
	char *value;           /* as typed (authority, region: matched by the query layer) */
	int lo, hi;            /* F_YEAR: the years; F_OUTCOME: lo is the outcome 1..5 */
	enum report_type type; /* F_TYPE */
	enum item_kind item;   /* F_KIND */
	const char *scope;     /* F_SCOPE: the scope's name in the index */
};

struct search_plan {
	char *main;  /* FTS5 query for the table "search" (stemmed from schema 3); "" none */
	char *exact; /* FTS5 query for "search_exact" (schema 3 on; unstemmed); "" none */
	struct search_filter *filters;
	size_t nfilters, cap;
};

/*
 * Read the filters of QUERY into P (which search_plan_make fills first).
 * Returns 0, or -1 with a malloc'd one-line *ERR saying what is wrong with
 * a filter (an unknown name, a value it does not take).
 */
int search_plan_filters(const char *query, struct search_plan *p, char **err);

/*
 * Plan QUERY for an index whose "search" table stems (STEMMED, schema 3
 * on; older ones have only that table, unstemmed).  PLAIN: read operators
 * and parentheses as plain words (for a query FTS5 could not parse).
 * Every word is quoted, so punctuation in a word is never FTS5 syntax.
 */
void search_plan_make(const char *query, bool stemmed, bool plain, struct search_plan *out);
void search_plan_free(struct search_plan *p);

#endif
