/*
 * query.c: from a search as typed to the FTS5 queries the index runs (see
 * query.h).
 *
 * Why two tables: the porter tokenizer makes "registrations" find
 * "registration", but then the index holds only stems, and a quoted
 * phrase would match every phrase with the same stems ("care leaver"
 * for "care leavers"), and a prefix is compared with stems ("registrat*"
 * would miss "registration", stored as "registr").  So a second FTS5
 * table over the same external content, tokenized without stemming,
 * answers phrases and prefixes as typed; it costs index size, not a copy
 * of the text, and keeps both FTS5's own query syntax and its ranking.
 */
#include "index/query.h"
#include "index/search_terms.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* Append unit U to B as FTS5 syntax; PLAIN: operators as words, parentheses dropped. */
static void add_unit(struct strbuf *b, const struct query_unit *u, bool plain)
{
	enum query_unit_kind k = u->kind;
	if (plain && (k == QU_OPEN || k == QU_CLOSE))
		return;
	if (b->len)
		sb_addc(b, ' ');
	if ((k == QU_OPERATOR && !plain) || k == QU_OPEN || k == QU_CLOSE) {
		sb_add(b, u->text, u->len);
		return;
	}
	sb_addc(b, '"');
	for (size_t i = 0; i < u->len; i++)
		if (u->text[i] != '"' || k == QU_PHRASE)
			sb_addc(b, u->text[i]);
	sb_addc(b, '"');
	if (k == QU_PREFIX)
		sb_addc(b, '*');
}

void search_plan_make(const char *query, bool stemmed, bool plain, struct search_plan *out)
{
	struct strbuf main = {0}, exact = {0};
	bool whole_exact = stemmed && !plain && query_all_exact(query);
	bool complex = false;
	struct query_unit u;
	for (const char *p = query; query_next_unit(&p, &u);)
		complex |= !plain && (u.kind == QU_OPERATOR || u.kind == QU_OPEN || u.kind == QU_CLOSE);
	for (const char *p = query; query_next_unit(&p, &u);) {
		if (u.kind == QU_FILTER || ((u.kind == QU_WORD || u.kind == QU_PREFIX) && !u.len))
			continue;
		bool to_exact = stemmed && (whole_exact || (!complex && (u.kind == QU_PHRASE || u.kind == QU_PREFIX)));
		add_unit(to_exact ? &exact : &main, &u, plain);
	}
	out->main = sb_take(&main);
	out->exact = sb_take(&exact);
}

void search_plan_free(struct search_plan *p)
{
	free(p->main);
	free(p->exact);
	memset(p, 0, sizeof *p);
}
