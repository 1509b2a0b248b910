/* line_snippet.c: a hit's snippet for `ecmr search`, in one pass (see line_snippet.h). */
#include "index/line_snippet.h"
#include "base/util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/*
 * How far back a snippet looks for the start of its first match's
 * sentence (the match then still shows in the 40 words), and how many
 * words it shows before the match when the sentence began further back.
 */
#define SENTENCE_BACK 25
#define WORDS_BEFORE 10

static bool space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * Does a sentence start at P (a word's start in TEXT)?  When the text
 * starts there, a line does, or what stands before the white space is a
 * full stop, a question or exclamation mark or a colon.
 */
static bool sentence_starts(const char *text, const char *p)
{
	const char *q = p;
	while (q > text && space(q[-1])) {
		if (q[-1] == '\n')
			return true;
		q--;
	}
	return q == text || (q < p && strchr(".?!:", q[-1]) != NULL);
}

/* The start of the word before the one at P (a word's start in TEXT), or P at the text's start. */
static const char *word_before(const char *text, const char *p)
{
	while (p > text && space(p[-1]))
		p--;
	while (p > text && !space(p[-1]))
		p--;
	return p;
}

/*
 * Does the word of T's term I stand at P as the query has it: alone, or
 * as the first word of its phrase with the phrase's other words after it?
 * A phrase's other words found alone do not count (in "foster carers",
 * "carers" after "parents and" is no match).
 */
static bool term_stands_at(const struct search_terms *t, size_t i, const char *p)
{
	size_t len;
	if (t->v[i].run == 0 || !search_term_at(&t->v[i], p, &len))
		return false;
	for (size_t k = 1; k < t->v[i].run; k++) {
		p = search_terms_next_word(p);
		if (!p || !search_term_at(&t->v[i + k], p, &len))
			return false;
	}
	return true;
}

/*
 * The first place in TEXT where one of T's words or phrases stands
 * (term_stands_at), or NULL.  Only the words that can begin a match are
 * looked for (a phrase's later words alone would only be passed over).
 */
static const char *first_match(const struct search_terms *t, const char *text)
{
	struct search_terms leads = { xcalloc(t->n ? t->n : 1, sizeof *leads.v), 0, t->n };
	for (size_t i = 0; i < t->n; i++)
		if (t->v[i].run)
			leads.v[leads.n++] = t->v[i]; /* a shallow copy: freed with T */
	const char *found = NULL;
	size_t len;
	for (const char *p = text, *at; !found && (at = search_terms_find(&leads, p, &len)) != NULL; p = at + len)
		for (size_t i = 0; i < t->n && !found; i++)
			if (term_stands_at(t, i, at))
				found = at;
	free(leads.v);
	return found;
}

char *line_snippet(const struct search_terms *t, const char *text)
{
	const char *first = first_match(t, text);
	const char *start = text;
	if (first) {
		/* the match may begin inside a run of non-space characters: start at the run */
		start = first;
		while (start > text && !space(start[-1]))
			start--;
		const char *match = start;
		int k = 0;
		for (; k < SENTENCE_BACK && !sentence_starts(text, start); k++)
			start = word_before(text, start);
		if (!sentence_starts(text, start))
			for (start = match, k = 0; k < WORDS_BEFORE; k++)
				start = word_before(text, start);
	}
	const char *lead = text; /* where the text's first word starts */
	while (space(*lead))
		lead++;
	while (space(*start))
		start++;
	const char *end = start;
	for (int k = 0; k < LINE_SNIPPET_WORDS; k++) {
		const char *w = end;
		while (space(*w))
			w++;
		if (!*w)
			break;
		while (*w && !space(*w))
			w++;
		end = w;
	}
	const char *rest = end;
	while (space(*rest))
		rest++;
	struct strbuf b = {0};
	if (start > lead)
		sb_adds(&b, "...");
	sb_add(&b, start, (size_t)(end - start));
	if (*rest)
		sb_adds(&b, "...");
	return sb_take(&b);
}
