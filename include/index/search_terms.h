/*
 * search_terms.h: the words of a search, and where they stand in a text.
 *
 * The browser marks the words a search found in the section it opens, and
 * scrolls to the first of them.  What counts as a word, and which parts of
 * a query are operators rather than words, is the full-text index's
 * business (index.c declares the tokenizer: unicode61, case folded), so it
 * is written here beside it, once; tests/unit/test_search_terms.c checks
 * that it agrees with FTS5 itself.
 */
#ifndef ECMR_SEARCH_TERMS_H
#define ECMR_SEARCH_TERMS_H

#include <stdbool.h>
#include <stddef.h>

struct search_term {
	char *word;  /* as typed (matching ignores ASCII case) */
	size_t len;
	bool prefix; /* typed with a trailing '*': begins longer words too */
};

struct search_terms {
	struct search_term *v;
	size_t n, cap;
};

/*
 * The words of QUERY (FTS5 syntax) into *OUT, which must be zeroed or
 * freed first: runs of letters, digits and non-ASCII characters, less the
 * operators AND, OR, NOT and NEAR written in capitals.  Quotes,
 * parentheses and other punctuation are not words.
 */
void search_terms_parse(const char *query, struct search_terms *out);

/*
 * The first place in TEXT where one of T's words stands as a whole word
 * (a prefix word: at the start of a word), with the length of the whole
 * word found in *LEN; NULL when none does.
 */
const char *search_terms_find(const struct search_terms *t, const char *text, size_t *len);

/* Free T's words and zero it. */
void search_terms_free(struct search_terms *t);

#endif
