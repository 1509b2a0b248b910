/*
 * line_snippet.h: the snippet of a hit as `ecmr search` prints it, made in
 * one pass over the hit's text.
 *
 * The browser shows FTS5's snippet() (db_hit_snippet): the best-scoring
 * window of the section, worked out by tokenizing the whole text twice and
 * weighing every match against every other.  `ecmr search` prints every
 * hit, thousands for a common word, so it makes its own: the sentence
 * with the first of the search's words or phrases, read no further than
 * it needs.
 */
#ifndef ECMR_LINE_SNIPPET_H
#define ECMR_LINE_SNIPPET_H

#include "index/search_terms.h"

/* Words in a line snippet, as many as FTS5's snippet() is asked for. */
#define LINE_SNIPPET_WORDS 40

/*
 * The snippet of TEXT for T's words (malloc'd): LINE_SNIPPET_WORDS words
 * (runs of characters other than white space) from the start of the
 * sentence holding the first of T's words (a phrase: where all its words
 * follow one another) when it began at most 25 words before, else from 10
 * words before the match; "..." before it when the text goes back
 * further, after it when the text goes on.  From the text's start when
 * none of the words is found.  No marks; white space as it was (the
 * caller makes it one line).
 */
char *line_snippet(const struct search_terms *t, const char *text);

#endif
