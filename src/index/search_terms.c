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

/* Does term T stand as a word at P (a word's start)?  The whole word's length in *LEN. */
static bool term_at(const struct search_term *t, const char *p, size_t *len)
{
	if (strncasecmp(p, t->word, t->len) != 0)
		return false;
	if (!t->prefix && word_byte((unsigned char)p[t->len]))
		return false;
	size_t whole = t->len; /* a prefix marks the whole word it began */
	while (t->prefix && word_byte((unsigned char)p[whole]))
		whole++;
	*len = whole;
	return true;
}

/*
 * One pass over TEXT, trying every term at each word's start, so that a
 * caller walking from one find to the next reads the text once however
 * many terms never occur (looking for each term to the end, every time,
 * made a search in a long section take seconds).
 */
const char *search_terms_find(const struct search_terms *t, const char *text, size_t *len)
{
	if (!t->n)
		return NULL;
	for (const char *p = text; *p; p++) {
		if (!word_byte((unsigned char)*p) || (p > text && word_byte((unsigned char)p[-1])))
			continue;
		for (size_t i = 0; i < t->n; i++)
			if (term_at(&t->v[i], p, len))
				return p;
	}
	return NULL;
}

void search_terms_free(struct search_terms *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].word);
	free(t->v);
	memset(t, 0, sizeof *t);
}
