/*
 * utf8.h: UTF-8 sequences, and text made safe for a terminal.
 *
 * Every stage handles UTF-8: the parser decodes reports into it, the
 * terminal front end hands code points to curses, JSON and the theme
 * loader check it.  The codec is inline: the parser calls it once a
 * character.
 */
#ifndef ECMR_UTF8_H
#define ECMR_UTF8_H

#include <stdbool.h>

/* Decode one UTF-8 sequence at S; returns its length (1 for invalid bytes, with *CP = 0xFFFD). */
static inline int utf8_decode(const char *str, unsigned *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned c = s[0];
	int n;
	unsigned min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		n = 2; c &= 0x1F; min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		n = 3; c &= 0x0F; min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		n = 4; c &= 0x07; min = 0x10000;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	for (int i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return n;
}

/* Encode CP into BUF (at least 4 bytes); returns the length. */
static inline int utf8_encode(unsigned cp, char *buf)
{
	unsigned char *b = (unsigned char *)buf;
	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		return 1;
	} else if (cp < 0x800) {
		b[0] = (unsigned char)(0xC0 | (cp >> 6));
		b[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	} else if (cp < 0x10000) {
		b[0] = (unsigned char)(0xE0 | (cp >> 12));
		b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	b[0] = (unsigned char)(0xF0 | (cp >> 18));
	b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	b[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/*
 * Make a string safe to put on a terminal or in a plain-text file: every
 * control character (C0 other than '\n' when KEEP_NEWLINES, DEL, C1) and
 * every invalid UTF-8 byte becomes '?'.  Returns a malloc'd string.
 */
char *text_sanitize(const char *s, bool keep_newlines);

#endif
