/*
 * text.h: from raw file bytes to clean UTF-8 lines.
 *
 * Reports arrive as UTF-8 (with or without a byte order mark), as
 * Windows-1252, with CRLF or LF, and with form feeds at page breaks.  This
 * module turns any of them into lines of UTF-8 that hold no control
 * characters other than TAB, and tells the parser where pages broke.
 */
#ifndef ECMR_TEXT_H
#define ECMR_TEXT_H

#include <stdbool.h>
#include <stddef.h>

struct text_line {
	char *s;      /* UTF-8, no '\n', trailing white space removed; TABs kept */
	int no;       /* 1-based line number in the input */
	bool page_break; /* a form feed came before this line */
};

struct text_lines {
	struct text_line *v;
	size_t n, cap;
	bool was_cp1252;  /* the input was not valid UTF-8: bytes outside UTF-8 sequences were read as Windows-1252 */
	bool had_bom;
	size_t control_bytes; /* control characters dropped (other than TAB, CR, LF, FF) */
	int first_control_line; /* line of the first dropped control character, 0 if none */
};

/*
 * Does DATA look like a binary file rather than text?  True when it holds a
 * NUL byte or when more than 5% of its first 64 KiB are control bytes other
 * than TAB, CR, LF and FF.  *LINE gets the line of the first NUL or control
 * byte found, for the message.
 */
bool text_is_binary(const char *data, size_t len, int *line);

/*
 * DATA as UTF-8 if it is UTF-16 with a byte order mark (either byte order)
 * and mostly Latin script, else NULL.  The result (OUT_LEN bytes, malloc'd) may hold NULs if the
 * text did; the caller checks it like any other input.
 */
char *text_from_utf16(const char *data, size_t len, size_t *out_len);

/* Is DATA valid UTF-8 (no overlongs, surrogates or values past U+10FFFF)? */
bool text_is_utf8(const char *data, size_t len);

/*
 * Decode DATA into lines, normalising characters on the way: CRLF and CR
 * become line ends; a form feed ends a page; NBSP and other spaces become a
 * space; soft hyphens, zero-width characters and control characters are
 * dropped; private-use and odd bullet glyphs (U+F0A7, U+F0B7, ■, ▪, ●, ◦)
 * become "•"; superscript digits (footnote markers) are dropped.  The result
 * must be freed with text_lines_free().
 */
void text_decode(const char *data, size_t len, struct text_lines *out);
void text_lines_free(struct text_lines *t);

#endif
