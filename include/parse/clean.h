/*
 * clean.h: removing PDF-extraction debris from report text.
 *
 * These work on one paragraph or one list item at a time and know nothing
 * about sections: the parser decides what is a paragraph.
 */
#ifndef ECMR_CLEAN_H
#define ECMR_CLEAN_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Clean one paragraph in place-free style (returns a malloc'd string):
 * HTML tags and entities removed, "**bold**" markers and a wrapping "*...*"
 * dropped, a leading bullet and paragraph number ("- 12. ") dropped,
 * paragraph numbers displaced into the sentence ("are 58. outstanding")
 * removed, runs of white space folded to one space, ends trimmed.
 */
char *clean_paragraph(const char *s);

/*
 * Clean one list item: as clean_paragraph, and also any bullet glyph at the
 * start, trailing ";" or "," and a trailing " and"/" or" joining it to the
 * next item.  Keeps the item's own capitalisation and final full stop.
 */
char *clean_item(const char *s);

/* Does the line start with a bullet ("- ", "• ", "* ", "o ", "– ")?  *REST gets the text after it. */
bool is_bullet_line(const char *line, const char **rest);

/* Does the text start with a paragraph number such as "12. " (after optional spaces)? */
bool starts_with_paragraph_number(const char *s);

/* The number of a paragraph that starts with one ("12. The ..."), else 0. */
int leading_paragraph_number(const char *s);

/* The number of a line that is only a paragraph number ("12."), as later reports print them, else 0. */
int lone_paragraph_number(const char *s);

/*
 * The first paragraph number the extraction moved into the sentence ("are
 * 58. outstanding": 58), the one clean_paragraph removes, else 0.
 */
int displaced_paragraph_number(const char *s);

/* Strip HTML tags and decode the common entities; returns a malloc'd string. */
char *strip_html(const char *s);

/*
 * Split a list item that holds several run together ("Review X. Undertake
 * Y.") at sentence ends followed by an imperative verb.  Returns the number
 * of parts written to PARTS (malloc'd strings, at most MAX).
 */
int split_run_together(const char *item, char **parts, int max);

/*
 * What joins a line to the text BEFORE it (N bytes long: the text grows
 * line by line, so its length is known) when wrapping split them: ""
 * after a word broken at a hyphen ("multi-" + "agency"), else " ".
 */
const char *wrap_joiner(const char *before, size_t n, const char *after);

/* Does a list item only say that there are none ("None.", "There are no areas for development.")? */
bool item_says_none(const char *item);

/*
 * Where a column gap (three or more spaces between words, as a
 * layout-preserving extraction pads table cells) starts in LINE, or NULL.
 */
const char *column_gap(const char *line);

/* Does a paragraph end a sentence (., !, ?, :, or a closing quote after one)? */
bool ends_sentence(const char *s);

#endif
