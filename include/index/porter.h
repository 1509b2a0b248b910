/*
 * porter.h: the English stemmer the full-text index uses (FTS5's porter
 * tokenizer), written here so that the browser can tell which words of a
 * text a stemmed search matched without asking SQLite word by word.
 * tests/unit/test_search_terms.c checks it against FTS5's own stems.
 */
#ifndef ECMR_PORTER_H
#define ECMR_PORTER_H

#include <stddef.h>

/* The longest word that is stemmed; longer ones are their own stem (as in FTS5). */
#define PORTER_MAX_WORD 64

/*
 * Stem WORD (N bytes, already folded: lower case, no diacritics) into OUT,
 * which has room for PORTER_MAX_WORD + 2 bytes; returns the stem's length
 * (OUT is not terminated).  Words shorter than 3 bytes or longer than
 * PORTER_MAX_WORD come back unchanged (OUT must then hold N bytes).
 */
size_t porter_stem(const char *word, size_t n, char *out);

#endif
