/*
 * search_terms.h: the words of a search, and where they stand in a text.
 *
 * The browser marks the words a search found in the section it opens, and
 * scrolls to the first of them.  What counts as a word, how words are
 * folded (case, diacritics) and stemmed, and which parts of a query are
 * operators or filters rather than words, is the full-text index's
 * business (index.c declares the tokenizers: porter over unicode61 for
 * words, unicode61 alone for phrases and prefixes), so it is written here
 * beside it, once: the query layer (query.c) splits a query with the same
 * lexer, and tests/unit/test_search_terms.c checks that marking agrees
 * with FTS5 itself.
 */
#ifndef ECMR_SEARCH_TERMS_H
#define ECMR_SEARCH_TERMS_H

#include <stdbool.h>
#include <stddef.h>

/* How a word of a search matches a word of the text. */
enum term_match {
	TERM_STEM,   /* the same English stem: "registrations" matches "registration" */
	TERM_EXACT,  /* the same word, folded: inside a quoted phrase, or an index without stemming */
	TERM_PREFIX, /* typed with a trailing '*': begins the word */
};

struct search_term {
	char *word;  /* as typed */
	size_t len;
	bool prefix; /* typed with a trailing '*' (match == TERM_PREFIX) */
	enum term_match match;
	char *key;   /* what is compared: the folded word, or its stem for TERM_STEM */
	size_t key_len;
	/*
	 * Words that must follow as they do in the query: 1 for a word on
	 * its own; for the first word of a quoted phrase, the phrase's words
	 * (the terms after it, in order); 0 for the phrase's other words.
	 */
	size_t run;
};

struct search_terms {
	struct search_term *v;
	size_t n, cap;
};

/* The parts of a query, as the lexer reads them. */
enum query_unit_kind {
	QU_WORD,     /* a word or run of word characters, matched by stem */
	QU_PREFIX,   /* a word typed with a trailing '*' */
	QU_PHRASE,   /* "a quoted phrase", matched exactly */
	QU_OPERATOR, /* AND, OR, NOT, NEAR, written in capitals */
	QU_OPEN,     /* ( */
	QU_CLOSE,    /* ) */
	QU_FILTER,   /* name:value (a filter; the query layer says which names are known) */
};

struct query_unit {
	enum query_unit_kind kind;
	const char *text;  /* the word (without '*'), the phrase (without quotes), the filter's name */
	size_t len;
	const char *value; /* QU_FILTER: its value (without quotes) */
	size_t value_len;
};

/*
 * The next unit of the query at *P, advancing *P; false at the end.  Space
 * separates units; a word is anything up to a space, quote or parenthesis.
 */
bool query_next_unit(const char **p, struct query_unit *u);

/*
 * Does a query with these units run whole on the unstemmed index?  When it
 * uses operators or parentheses and also holds a phrase or a prefix (which
 * only the unstemmed index matches as typed): FTS5 runs one expression
 * on one table.  Otherwise words go to the stemmed index and phrases and
 * prefixes to the unstemmed one, ANDed.
 */
bool query_all_exact(const char *query);

/*
 * The words of QUERY into *OUT, which must be zeroed or freed first: each
 * run of word characters (letters, digits, anything beyond ASCII but
 * punctuation) of its words and phrases, less operators and filters.
 * STEMMED: the index stems (schema 3 on); else every word matches exactly.
 */
void search_terms_parse_for(const char *query, bool stemmed, struct search_terms *out);

/* search_terms_parse_for(QUERY, true, OUT). */
void search_terms_parse(const char *query, struct search_terms *out);

/*
 * The first place in TEXT where one of T's words stands as a whole word
 * (a prefix word: at the start of a word), with the length of the whole
 * word found in *LEN; NULL when none does.
 */
const char *search_terms_find(const struct search_terms *t, const char *text, size_t *len);

/*
 * Does TERM match the word at P (a word's start), as search_terms_find
 * would find it?  Its length in *LEN if so.
 */
bool search_term_at(const struct search_term *term, const char *p, size_t *len);

/* The start of the word after the one at P (a word's start), or NULL when none follows. */
const char *search_terms_next_word(const char *p);

/* Free T's words and zero it. */
void search_terms_free(struct search_terms *t);

#endif
