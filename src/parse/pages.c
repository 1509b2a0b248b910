/*
 * pages.c: the page each line of a report is on, as a reader cites it.
 *
 * Pages are known only where the text has page breaks (form feeds, as
 * pdftotext writes them).  The page a line is on in the file is one more
 * than the form feeds before it; but a report may print its own page
 * numbers that start later (a cover and a copyright page unnumbered, the
 * contents page "1"), and a citation should name the page as printed.  So
 * the numbers the report prints alone on a line at the top or foot of a
 * page ("3", "Page 3", "Page 3 of 20") are read, and when most pages print
 * their number the same distance from their place in the file, pages are
 * numbered as printed (those before the printed first page have none).
 * Otherwise, pages are counted from the file's first.
 */
#include "parse_internal.h"
#include "base/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* How many non-blank lines at the top and at the foot of a page may hold its number. */
#define EDGE_LINES 3
/* The fewest pages that must print their number alike before the printed numbers are used. */
#define MIN_AGREE 3

/* The page number line S prints ("12", "Page 12", "Page 12 of 30"), or 0 when it is no such line. */
static int printed_number(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	if (strncmp(s, "Page ", 5) == 0)
		s += 5;
	int n = 0, digits = 0;
	for (; isdigit((unsigned char)*s) && digits < 4; s++, digits++)
		n = n * 10 + (*s - '0');
	if (!digits)
		return 0;
	if (strncmp(s, " of ", 4) == 0)
		for (s += 4; isdigit((unsigned char)*s); s++)
			;
	while (*s == ' ' || *s == '\t')
		s++;
	return *s ? 0 : n;
}

/* Is S empty or only spaces and tabs? */
static bool blank(const char *s)
{
	return s[strspn(s, " \t")] == '\0';
}

/* How many unnumbered pages may come before the first printed number (a cover, a copyright page, ...). */
#define MAX_SKIP 16

/*
 * For the page of lines [FROM, TO), PAGE in the file: count in TALLY each
 * distinct distance between PAGE and a number printed alone on one of the
 * first or last EDGE_LINES non-blank lines (the page's number, if it
 * prints one, stands there).
 */
static void tally_page(const struct text_lines *tl, size_t from, size_t to, int page, int tally[MAX_SKIP])
{
	bool counted[MAX_SKIP] = { false };
	for (int foot = 0; foot < 2; foot++) {
		int left = EDGE_LINES;
		for (size_t k = 0; k < to - from && left > 0; k++) {
			const char *s = tl->v[foot ? to - 1 - k : from + k].s;
			if (blank(s))
				continue;
			left--;
			int n = printed_number(s), d = page - n;
			if (n > 0 && d >= 0 && d < MAX_SKIP && !counted[d]) {
				counted[d] = true;
				tally[d]++;
			}
		}
	}
}

int *text_pages(const struct text_lines *tl)
{
	/* the page in the file: one more after each form feed */
	int *page = xcalloc(tl->n + 1, sizeof *page), p = 1;
	bool breaks = false;
	for (size_t i = 0; i < tl->n; i++) {
		p += tl->v[i].page_break;
		breaks |= tl->v[i].page_break;
		page[i] = p;
	}
	if (!breaks) {
		free(page);
		return NULL;
	}
	/* the distance most pages print their number at */
	int tally[MAX_SKIP] = {0}, skip = 0;
	for (size_t from = 0, to; from < tl->n; from = to) {
		for (to = from + 1; to < tl->n && page[to] == page[from]; to++)
			;
		tally_page(tl, from, to, page[from], tally);
	}
	for (int d = 1; d < MAX_SKIP; d++)
		if (tally[d] > tally[skip])
			skip = d;
	/* most pages must agree, or the file's own count stands */
	if (tally[skip] < MIN_AGREE || tally[skip] * 2 <= p)
		skip = 0;
	for (size_t i = 0; i < tl->n; i++)
		page[i] = page[i] > skip ? page[i] - skip : 0;
	return page;
}
