/*
 * furniture.c: page furniture, removed before anything else reads the text.
 *
 * Lone page numbers, running headers and footers that carry a page number
 * ("Greyford APA 2007 - page 3"), and, where the text has form feeds,
 * identical short lines that open or close most pages.  A removed line
 * becomes NULL in ps->line, which the later stages skip without it
 * breaking the block it stood in.
 */
#include "parse_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* "Page 3", "Page 3 of 12", "- 3 -", "3": a line that is only a page number. */
static bool page_number_line(const char *l)
{
	while (*l == ' ' || *l == '-')
		l++;
	if (str_starts_ci(l, "page "))
		l += 5;
	if (!isdigit((unsigned char)*l))
		return false;
	int digits = 0;
	while (isdigit((unsigned char)*l))
		l++, digits++;
	if (digits > 3)
		return false;
	while (*l == ' ')
		l++;
	if (str_starts_ci(l, "of ")) {
		l += 3;
		while (isdigit((unsigned char)*l))
			l++;
	}
	while (*l == ' ' || *l == '-')
		l++;
	return *l == '\0';
}

/* The line with every digit run replaced by '#', for spotting "Page 3"/"Page 4". */
static char *digit_shape(const char *l)
{
	struct strbuf b = {0};
	for (; *l; l++) {
		if (isdigit((unsigned char)*l)) {
			sb_addc(&b, '#');
			while (isdigit((unsigned char)l[1]))
				l++;
		} else {
			sb_addc(&b, *l);
		}
	}
	return sb_take(&b);
}

/* qsort order of strings. */
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A line and its digit shape, sorted by shape and then by position. */
struct shaped_line {
	char *shape;
	size_t line;
};

/* qsort order of shaped lines: by shape, then by position. */
static int cmp_shaped(const void *a, const void *b)
{
	const struct shaped_line *x = a, *y = b;
	int c = strcmp(x->shape, y->shape);
	if (c)
		return c;
	return x->line < y->line ? -1 : x->line > y->line;
}

/*
 * Could line l be a running header or footer with a page number in it?
 * Short, has a digit, no TAB (a table row), and is not body text whose
 * numbers merely count something: a list item ("- Improve assessment 12.")
 * or a numbered paragraph ("11. Taken as a whole, ...") is the report's
 * own words, even when several share their opening.
 */
static bool furniture_candidate(const char *l)
{
	if (!l[0] || strlen(l) >= 100 || !strpbrk(l, "0123456789") || strchr(l, '\t'))
		return false;
	if (strncmp(l, "Grade ", 6) == 0)
		return false;
	const char *p = l;
	if ((*p == '-' || *p == '*') && p[1] == ' ')
		p += 2;
	else if (strncmp(p, "\xe2\x80\xa2 ", 4) == 0) /* U+2022 bullet */
		p += 4;
	else if (isdigit((unsigned char)*p)) {
		while (isdigit((unsigned char)*p))
			p++;
		if (*p != '.' || p[1] != ' ')
			return true;
		p += 2;
	} else
		return true;
	while (*p == ' ')
		p++;
	return !isalpha((unsigned char)*p);
}

/*
 * Running headers and footers are lines that recur three or more times with
 * the same shape but different numbers ("Greyford APA 2007 - page 3"), each
 * on a page of its own: two of them within RUNNING_GAP lines of each other
 * with no page break between (a footer and the next page's header have one)
 * are a list or a table of the report's, not furniture.
 */
#define RUNNING_GAP 3

/* Is there a page break after line FROM, up to line TO? */
static bool page_break_between(const struct parser *ps, size_t from, size_t to)
{
	for (size_t k = from + 1; k <= to; k++)
		if (ps->tl->v[k].page_break)
			return true;
	return false;
}

/* Blank out the running headers and footers described above. */
static void drop_running_lines(struct parser *ps)
{
	struct shaped_line *sl = xcalloc(ps->n + 1, sizeof *sl);
	size_t ns = 0;
	for (size_t i = 0; i < ps->n; i++)
		if (ps->line[i] && furniture_candidate(ps->line[i]))
			sl[ns++] = (struct shaped_line){digit_shape(ps->line[i]), i};
	qsort(sl, ns, sizeof *sl, cmp_shaped);
	for (size_t i = 0; i < ns;) {
		size_t j = i + 1, distinct = 1;
		bool spread = true;
		for (; j < ns && strcmp(sl[i].shape, sl[j].shape) == 0; j++) {
			if (sl[j].line - sl[j - 1].line <= RUNNING_GAP &&
			    !page_break_between(ps, sl[j - 1].line, sl[j].line))
				spread = false;
			if (strcmp(ps->line[sl[j].line], ps->line[sl[j - 1].line]) != 0)
				distinct++;
		}
		if (spread && distinct >= 3)
			for (size_t k = i; k < j; k++)
				ps->line[sl[k].line] = NULL;
		i = j;
	}
	for (size_t i = 0; i < ns; i++)
		free(sl[i].shape);
	free(sl);
}

/*
 * With form feeds (PAGES pages): identical short lines at the top or
 * bottom of a third or more of the pages, three at least, are furniture.
 */
static void drop_page_edges(struct parser *ps, size_t pages)
{
	char **edges = xcalloc(2 * pages + 2, sizeof *edges);
	size_t ne = 0;
	for (size_t i = 0; i < ps->n; i++) {
		if (i != 0 && !ps->tl->v[i].page_break)
			continue;
		size_t j = i;
		while (j < ps->n && (!ps->line[j] || !ps->line[j][0]))
			j++;
		if (j < ps->n && strlen(ps->line[j]) < 100 && ne < 2 * pages)
			edges[ne++] = ps->line[j];
		/* the last line before the next page break */
		size_t k = i + 1;
		while (k < ps->n && !ps->tl->v[k].page_break)
			k++;
		while (k > i && (!ps->line[k - 1] || !ps->line[k - 1][0]))
			k--;
		if (k > i && strlen(ps->line[k - 1]) < 100 && ne < 2 * pages)
			edges[ne++] = ps->line[k - 1];
	}
	qsort(edges, ne, sizeof *edges, cmp_str);
	for (size_t i = 0; i < ne;) {
		size_t j = i;
		while (j < ne && strcmp(edges[i], edges[j]) == 0)
			j++;
		if (j - i >= 3 && (j - i) * 3 >= pages) {
			char *victim = xstrdup(edges[i]);
			for (size_t k = 0; k < ps->n; k++)
				if (ps->line[k] && strcmp(ps->line[k], victim) == 0)
					ps->line[k] = NULL;
			free(victim);
		}
		i = j;
	}
	free(edges);
}

/*
 * Is the lone number at line I a table's cell rather than a page number?
 * A layout-preserving extraction puts a grade that stands beside a label
 * wrapped over two lines on a line of its own, far to the right, between
 * the label's lines; a page number is set apart by blank lines or a page
 * break.
 */
static bool table_cell_number(const struct parser *ps, size_t i)
{
	const char *l = ps->line[i];
	if (i == 0 || i + 1 >= ps->n || strncmp(l, "          ", 10) != 0)
		return false;
	if (ps->tl->v[i].page_break || ps->tl->v[i + 1].page_break)
		return false;
	const char *before = ps->line[i - 1], *after = ps->line[i + 1];
	return before && after && before[0] && after[0] && !page_number_line(before) && !page_number_line(after);
}

/*
 * Remove page furniture: lone page numbers everywhere; running headers and
 * footers with page numbers (drop_running_lines); and, where the text has
 * form feeds, identical short lines that open or close most pages.
 */
void drop_furniture(struct parser *ps)
{
	size_t pages = 1;
	for (size_t i = 0; i < ps->n; i++) {
		if (ps->tl->v[i].page_break)
			pages++;
		if (ps->line[i] && page_number_line(ps->line[i]) && !table_cell_number(ps, i))
			ps->line[i] = NULL;
	}
	drop_running_lines(ps);
	if (pages >= 3)
		drop_page_edges(ps, pages);
}
