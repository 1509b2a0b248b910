/*
 * search_terms.c: the words of a search and where they stand in a text
 * (see search_terms.h).  Mirrors the unicode61 tokenizer the index is
 * built with: a word is a run of ASCII letters and digits and of any
 * character beyond ASCII; case is folded for ASCII.
 */
#include "index/search_terms.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Part of a word as the full-text index splits text: letters, digits, anything beyond ASCII. */
static bool word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* FTS5's operators, which a query writes in capitals: not words to look for. */
static bool fts_operator(const char *w, size_t n)
{
	static const char *const ops[] = { "AND", "OR", "NOT", "NEAR" };
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
		if (strlen(ops[i]) == n && strncmp(w, ops[i], n) == 0)
			return true;
	return false;
}

void search_terms_parse(const char *query, struct search_terms *out)
{
	for (const char *q = query; *q;) {
		while (*q && !word_byte((unsigned char)*q))
			q++;
		const char *end = q;
		while (*end && word_byte((unsigned char)*end))
			end++;
		size_t n = (size_t)(end - q);
		if (n && !fts_operator(q, n)) {
			ARRAY_RESERVE(out->v, out->n, out->cap);
			out->v[out->n++] = (struct search_term){ xstrndup(q, n), n, *end == '*' };
		}
		q = end;
	}
}

/* Where term T first stands as a word in TEXT, with the whole word's length in *LEN; NULL if nowhere. */
static const char *find_term(const struct search_term *t, const char *text, size_t *len)
{
	for (const char *p = text; *p; p++) {
		if ((p > text && word_byte((unsigned char)p[-1])) || strncasecmp(p, t->word, t->len) != 0)
			continue;
		if (!t->prefix && word_byte((unsigned char)p[t->len]))
			continue;
		size_t whole = t->len; /* a prefix marks the whole word it began */
		while (t->prefix && word_byte((unsigned char)p[whole]))
			whole++;
		*len = whole;
		return p;
	}
	return NULL;
}

const char *search_terms_find(const struct search_terms *t, const char *text, size_t *len)
{
	const char *best = NULL;
	for (size_t i = 0; i < t->n; i++) {
		size_t n;
		const char *at = find_term(&t->v[i], text, &n);
		if (at && (!best || at < best)) {
			best = at;
			*len = n;
		}
	}
	return best;
}

void search_terms_free(struct search_terms *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].word);
	free(t->v);
	memset(t, 0, sizeof *t);
}
