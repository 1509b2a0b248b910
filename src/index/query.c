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
#include "report/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
	*out = (struct search_plan){ sb_take(&main), sb_take(&exact), NULL, 0, 0 };
}

void search_plan_free(struct search_plan *p)
{
	for (size_t i = 0; i < p->nfilters; i++)
		free(p->filters[i].value);
	free(p->filters);
	free(p->main);
	free(p->exact);
	memset(p, 0, sizeof *p);
}

/* ---- filters ---- */

static const char filter_names[] = "authority: region: year: type: outcome: kind: scope:";

/* year:2007 or year:2006..2008 */
static int parse_years(const char *v, struct search_filter *f)
{
	int a, b, n = 0;
	if (sscanf(v, "%4d..%4d%n", &a, &b, &n) == 2 && !v[n] && a <= b) {
		f->lo = a;
		f->hi = b;
		return 0;
	}
	if (sscanf(v, "%4d%n", &a, &n) == 1 && !v[n]) {
		f->lo = f->hi = a;
		return 0;
	}
	return -1;
}

/* outcome:2 or outcome:staying-safe (a part of its key or its name will do, if only one has it) */
static int parse_outcome(const char *v, struct search_filter *f)
{
	if (v[0] >= '1' && v[0] <= '5' && !v[1]) {
		f->lo = v[0] - '0';
		return 0;
	}
	int found = 0;
	for (int i = 1; i <= 5; i++) {
		char label[64];
		snprintf(label, sizeof label, "%s", section_key_label(outcome_key(i)));
		for (char *c = label; *c; c++)
			if (*c == ' ')
				*c = '-';
		if (str_find_ci(outcome_key(i), v) || str_find_ci(label, v)) {
			f->lo = i;
			found++;
		}
	}
	return found == 1 ? 0 : -1;
}

/* kind:strength, kind:improvement, kind:recommendation (or the start of one, or its plural) */
static int parse_kind(const char *v, struct search_filter *f)
{
	static const enum item_kind kinds[] = { ITEM_STRENGTH, ITEM_IMPROVEMENT, ITEM_RECOMMENDATION };
	size_t n = strlen(v);
	if (n > 1 && v[n - 1] == 's')
		n--;
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (n >= 3 && strncasecmp(item_kind_name(kinds[i]), v, n) == 0) {
			f->item = kinds[i];
			return 0;
		}
	return -1;
}

static int parse_type(const char *v, struct search_filter *f)
{
	f->type = report_type_from_name(v);
	return f->type == RT_UNKNOWN ? -1 : 0;
}

static int parse_scope(const char *v, struct search_filter *f)
{
	static const char *const scopes[] = { "safeguarding", "looked-after", "lscb" };
	for (size_t i = 0; i < sizeof scopes / sizeof scopes[0]; i++)
		if (str_eq_ci(v, scopes[i]) || (strlen(v) >= 4 && str_starts_ci(scopes[i], v))) {
			f->scope = scopes[i];
			return 0;
		}
	return -1;
}

static int parse_text(const char *v, struct search_filter *f)
{
	(void)f;
	return *v ? 0 : -1;
}

/* Every filter: its name, how its value is read, and what it takes. */
static const struct {
	const char *name;
	enum filter_kind kind;
	int (*parse)(const char *value, struct search_filter *f);
	const char *takes;
} filters[] = {
	{ "authority", F_AUTHORITY, parse_text, "a part of an authority's name, e.g. authority:liverpool" },
	{ "region", F_REGION, parse_text, "a part of a region's name, e.g. region:\"north west\"" },
	{ "year", F_YEAR, parse_years, "a year or a range of years, e.g. year:2007 or year:2006..2008" },
	{ "type", F_TYPE, parse_type, "a report type: apa, jar or slac" },
	{ "outcome", F_OUTCOME, parse_outcome, "1 to 5 or an outcome's name, e.g. outcome:2 or outcome:staying-safe" },
	{ "kind", F_KIND, parse_kind, "strength, improvement or recommendation" },
	{ "scope", F_SCOPE, parse_scope, "safeguarding, looked-after or lscb" },
};

int search_plan_filters(const char *query, struct search_plan *p, char **err)
{
	struct query_unit u;
	for (const char *q = query; query_next_unit(&q, &u);) {
		if (u.kind != QU_FILTER)
			continue;
		size_t i = 0;
		while (i < sizeof filters / sizeof filters[0] &&
		       !(strlen(filters[i].name) == u.len && strncasecmp(filters[i].name, u.text, u.len) == 0))
			i++;
		if (i == sizeof filters / sizeof filters[0]) {
			*err = xasprintf("unknown filter \"%.*s:\"; the filters are %s", (int)u.len, u.text, filter_names);
			return -1;
		}
		struct search_filter f = { .kind = filters[i].kind, .value = xstrndup(u.value, u.value_len) };
		if (filters[i].parse(f.value, &f) != 0) {
			*err = xasprintf("%s: wants %s, not \"%s\"", filters[i].name, filters[i].takes, f.value);
			free(f.value);
			return -1;
		}
		ARRAY_RESERVE(p->filters, p->nfilters, p->cap);
		p->filters[p->nfilters++] = f;
	}
	return 0;
}
