/*
 * display.h: what a character of report text becomes on a terminal.
 *
 * Report text is UTF-8 and may (in a hostile file) hold control characters.
 * Everything that reaches a terminal, a pager file or `show` output goes
 * through here: control characters become '?', and in a locale that is not
 * UTF-8 (plain LANG=C over SSH) every character becomes ASCII: dashes,
 * quotes, bullets and accented letters by a table, anything else '?'.
 * Widths are display columns (wcwidth in a UTF-8 locale), so text is cut
 * by width and never in the middle of a character.
 */
#ifndef ECMR_DISPLAY_H
#define ECMR_DISPLAY_H

#include <stdbool.h>
#include <stddef.h>

/* The longest thing one character can become (ASCII "..." or 4 UTF-8 bytes), plus NUL. */
#define GLYPH_MAX 8

/*
 * Read one character at *S (which must not be at the terminating NUL),
 * advance *S past it, and put what to draw for it in OUT (NUL-terminated)
 * with its width in columns in *WIDTH.  Zero-width characters give an
 * empty OUT and width 0.  '\n' and '\t' are returned as a single space;
 * callers that care about line breaks look for '\n' before calling.
 */
void display_glyph(const char **s, bool ascii, char out[GLYPH_MAX], int *width);

/* The width in columns of S drawn with display_glyph. */
int display_width(const char *s, bool ascii);
/* The same for the bytes [S, END), which must end between characters. */
int display_width_range(const char *s, const char *end, bool ascii);

/*
 * S made safe and drawable: each character through display_glyph, '\n'
 * kept when KEEP_NEWLINES (else a space).  Malloc'd.
 */
char *display_string(const char *s, bool ascii, bool keep_newlines);

/* Is the current locale's character set UTF-8?  (Call after setlocale.) */
bool display_locale_is_utf8(void);

/*
 * Word-wrap S to lines of at most WIDTH columns (WIDTH >= 1), breaking at
 * spaces, and at any character when a word is longer than a line.  '\n'
 * ends a line.  Calls EMIT for each line with the byte range [start, end)
 * of S it covers (trailing spaces left out).  Returns the number of lines.
 */
typedef void (*wrap_emit)(void *ctx, const char *start, const char *end);
int display_wrap(const char *s, int width, bool ascii, wrap_emit emit, void *ctx);

#endif
