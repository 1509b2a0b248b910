/*
 * body_cite.c: what lets a reader cite a paragraph or an item as the
 * report does ("JAR 2008, para 15", "page 4"): the numbers reports print
 * before their paragraphs and the pages (form feeds) paragraphs start on.
 *
 * Reports number their paragraphs in one sequence, which annexes restart
 * at 1; numbered lists, grades and years do not follow it.  So a number
 * is taken as a paragraph's only when it is the next of the numbering
 * (allowing for a few lost to tables and page breaks: NUM_GAP), the
 * first number of the report, the second of two in a row further ahead
 * (the paragraphs between were read as a list or a table), or a 1
 * opening a section's numbering (an annex: the main sequence is kept, and
 * taken up again when a number continues it).  A number that is not taken
 * stays what it was: text, or a list's numbering.
 */
#include "body.h"
#include "parse/clean.h"

#include <stdlib.h>

/* How far a paragraph number may run ahead of the last one taken. */
#define NUM_GAP 3
/* How many blank or removed lines above a paragraph its lone number may stand. */
#define LONE_REACH 8

void cite_init(struct body *b)
{
	b->page_of = text_pages(b->ps->tl);
}

void cite_free(struct body *b)
{
	free(b->page_of);
	free(b->stamped);
}

int cite_page(const struct body *b)
{
	return b->page_of && b->at < b->ps->n ? b->page_of[b->at] : 0;
}

void cite_section(struct body *b)
{
	b->sec_numbered = false;
	b->sec_num = 0;
}

/*
 * Does N fit the numbering (see the opening comment)?  If so it is taken:
 * returns N, else 0.  MAY_JUMP: N stands under a sub-heading, after which
 * any number ahead of the last one taken is the numbering's.
 */
static int take_number(struct body *b, int n, bool may_restart, bool may_jump)
{
	if (n <= 0)
		return 0;
	int seen = b->num_seen;
	b->num_seen = n;
	if (!b->num_last || (n > b->num_last && n <= b->num_last + NUM_GAP)) {
		/* the first of the report, or the next */
	} else if (n > b->num_last && n == seen + 1) {
		/* two in a row ahead of the numbering: the paragraphs between were read as something else */
	} else if (b->num_main && n > b->num_main && n <= b->num_main + NUM_GAP) {
		b->num_main = 0; /* the main numbering again, after an annex or a list */
	} else if (may_jump && n > b->num_last) {
		/* a list read apart (later_lists.c) took the numbers between */
	} else if (n == 1 && may_restart && !b->sec_numbered) {
		if (!b->num_main)
			b->num_main = b->num_last;
	} else {
		return 0;
	}
	b->num_last = n;
	b->sec_numbered = true;
	b->sec_num = n;
	return n;
}

/*
 * A number printed alone on a line ("12.") just above the line being
 * read, with only blank lines or page furniture between: later reports
 * print their numbers so.  Furniture removal (furniture.c) takes such
 * lines out of ps->line, as it does any short line that recurs with
 * different numbers, so they are looked for in the decoded text.
 */
static int number_above(const struct body *b)
{
	const struct parser *ps = b->ps;
	for (size_t i = b->at, seen = 0; i > ps->body_start && seen < LONE_REACH; i--, seen++) {
		const char *l = ps->line[i - 1];
		if (l && l[0])
			return 0; /* the report's own text comes first */
		if (!l) {
			int n = lone_paragraph_number(ps->tl->v[i - 1].s);
			if (n)
				return n;
		}
	}
	return 0;
}

void cite_paragraph_start(struct body *b, const char *text)
{
	b->para_page = cite_page(b);
	int n = leading_paragraph_number(text);
	if (!n)
		n = number_above(b);
	b->para_num = take_number(b, n, true, b->number_may_jump);
	b->number_may_jump = false;
}

bool cite_number_due(const struct body *b, const char *line)
{
	int n = leading_paragraph_number(line);
	return n && n == b->num_last + 1;
}

void cite_paragraph_end(struct body *b, const char *text)
{
	if (b->para_num)
		return;
	int n = displaced_paragraph_number(text);
	/* only the very next number: a displaced one has no line of its own to vouch for it */
	if (n && n == b->num_last + 1)
		b->para_num = take_number(b, n, false, false);
}

void cite_items(struct body *b)
{
	struct report *r = b->ps->r;
	while (b->nstamped < r->nsections) {
		ARRAY_RESERVE(b->stamped, b->nstamped, b->stamped_cap);
		b->stamped[b->nstamped++] = 0;
	}
	int secs[2] = { b->cur, b->item_sec };
	for (int k = 0; k < 2; k++) {
		int sec = secs[k];
		if (sec < 0 || (size_t)sec >= r->nsections)
			continue;
		struct section *s = &r->sections[sec];
		for (size_t i = b->stamped[sec]; i < s->nitems; i++) {
			s->items[i].paragraph = sec == b->cur ? b->sec_num : 0;
			s->items[i].page = cite_page(b);
		}
		b->stamped[sec] = s->nitems;
	}
}
