/* layout_text.c: a `pdftotext -layout` rendition read like the default mode's text. */
#include "parse/layout_text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The number of spaces that open S. */
static size_t indent_of(const char *s)
{
	size_t n = 0;
	while (s[n] == ' ')
		n++;
	return n;
}

/*
 * Does the gap of spaces at S (N of them, N >= 2, inside a line) separate
 * two words of running text, as justification widens them, rather than
 * two columns?  Before it a letter, a full stop or a comma; after it a
 * word's first letter.
 */
static bool word_gap(const char *line, const char *s, size_t n)
{
	if (s == line)
		return false;
	unsigned char before = (unsigned char)s[-1], after = (unsigned char)s[n];
	return (isalpha(before) || before == '.' || before == ',') && isalpha(after);
}

/*
 * Does the gap of N spaces at S (inside LINE) separate a table's columns?
 * Three spaces or more before a cell's capital, digit or bracket, and no
 * sentence or clause ending before it.
 */
static bool column_separator(const char *line, const char *s, size_t n)
{
	unsigned char before = s > line ? (unsigned char)s[-1] : ' ', after = (unsigned char)s[n];
	return n >= 3 && (isupper(after) || isdigit(after) || after == '(') && before != '.' && before != ',';
}

bool layout_detect(const struct text_lines *tl, size_t *margin)
{
	/* the shared margin: the largest indent that 90% of non-empty lines reach */
	enum { MAX_MARGIN = 40 };
	size_t reach[MAX_MARGIN + 1] = {0};
	size_t lines = 0, gapped = 0;
	for (size_t i = 0; i < tl->n; i++) {
		const char *s = tl->v[i].s;
		size_t in = indent_of(s);
		if (!s[in])
			continue;
		lines++;
		reach[in < MAX_MARGIN ? in : MAX_MARGIN]++;
		for (const char *p = strstr(s + in, "  "); p; p = strstr(p + 1, "  ")) {
			size_t n = indent_of(p);
			if (p[n] && word_gap(s, p, n)) {
				gapped++;
				break;
			}
			p += n - 1;
		}
	}
	*margin = 0;
	if (!lines)
		return false;
	/* reach[m] becomes the number of lines indented m or more */
	for (size_t m = MAX_MARGIN; m-- > 0;)
		reach[m] += reach[m + 1];
	for (size_t m = MAX_MARGIN; m >= 2; m--)
		if (reach[m] * 10 >= lines * 9) {
			*margin = m;
			break;
		}
	return *margin >= 2 || (gapped >= 8 && gapped * 8 >= lines);
}

/* LINE with MARGIN spaces (or what indent it has) removed and its word gaps made one space, in place. */
static void normalise_line(char *line, size_t margin)
{
	size_t in = indent_of(line);
	size_t cut = in < margin ? in : margin;
	char *w = line;
	const char *r = line + cut;
	/* the indent beyond the margin stays: it marks headings, sub-items and table cells */
	while (*r == ' ')
		*w++ = *r++;
	while (*r) {
		if (*r != ' ' || r[1] != ' ') {
			*w++ = *r++;
			continue;
		}
		size_t n = indent_of(r);
		bool keep = !r[n] || column_separator(line + cut, r, n);
		if (keep) {
			memmove(w, r, n);
			w += n;
		} else {
			*w++ = ' ';
		}
		r += n;
	}
	*w = '\0';
}

void layout_normalise(struct text_lines *tl)
{
	size_t margin;
	if (!layout_detect(tl, &margin))
		return;
	for (size_t i = 0; i < tl->n; i++)
		normalise_line(tl->v[i].s, margin);
}
