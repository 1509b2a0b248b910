/*
 * later_lists.c: what a 2012-13 inspection or a single inspection
 * framework report (2013-17) says must improve, read as lists before the
 * body is.
 *
 * Their lists do not look like the Every Child Matters ones.  A SIF's
 * "What does the local authority need to improve?" (and the LSCB's) runs
 * under "Priority and immediate action" and "Areas for improvement",
 * split by sub-headings ("Care leavers", "Governance") that are no
 * sections, each item a numbered paragraph, often its number alone on a
 * line and its text after a blank line; later SIFs call the list
 * "Recommendations".  A 2012-13 inspection's "Areas for improvement"
 * opens with a numbered paragraph that is no item, then bullets that
 * pdftotext left alone on their lines, the text after a blank line, under
 * timeframes ("Immediately:").  Page numbers fall anywhere.  The body
 * reader would take the sub-headings for sections and the numbered items
 * for prose, so each list is read here, its lines blanked for the body,
 * and its section made after the body's (attach_later_lists).  The same
 * headings on the contents page (a page number on the next line) are
 * blanked too: they head no list.
 */
#include "parse_internal.h"
#include "parse/clean.h"
#include "parse/headings.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* How far ahead a list's first items are looked for (to tell bullets from numbers). */
#define LOOKAHEAD 60

/* The headings that open a list: normalized, what the list holds, whether it is the LSCB's. */
static const struct {
	const char *pattern, *key;
	enum item_kind kind;
	bool lscb;
} openers[] = {
	{ "what does the local authority need to improve", "areas-for-improvement", ITEM_IMPROVEMENT, false },
	{ "what does the lscb need to improve", "areas-for-improvement", ITEM_IMPROVEMENT, true },
	{ "areas for improvement", "areas-for-improvement", ITEM_IMPROVEMENT, false },
	{ "recommendations", "recommendations", ITEM_RECOMMENDATION, false },
};

/* Headings inside a list that only name when its items are due. */
static const char *const timeframes[] = {
	"priority and immediate action", "immediately", "within three months", "within six months",
	"within 3 months", "within 6 months", "within twelve months",
};

/* What a line that ends a list contains (normalized): the next part of the report. */
static const char *const enders[] = {
	"strengths", "summary for children", "summary of findings", "inspection findings",
	"inspection judgement", "information about", "executive summary", "experiences and progress",
};

/* Is S a paragraph number alone ("12.")? */
static bool number_alone(const char *s)
{
	size_t d = 0;
	while (isdigit((unsigned char)s[d]))
		d++;
	return d >= 1 && d <= 3 && s[d] == '.' && !s[d + 1];
}

/*
 * Line I of PS, or "" for a removed or absent one; leading form feeds and
 * spaces skipped.  A paragraph number alone on its line ("9.") is taken
 * back from the furniture: it numbers an item here.
 */
static const char *text_at(const struct parser *ps, size_t i)
{
	const char *s = "";
	if (i < ps->body_end)
		s = ps->line[i] ? ps->line[i] : number_alone(ps->tl->v[i].s) ? ps->tl->v[i].s : "";
	while (*s == '\f' || *s == ' ' || *s == '\t')
		s++;
	return s;
}

/* Is S a page number alone ("14")? */
static bool page_number(const char *s)
{
	size_t d = 0;
	while (isdigit((unsigned char)s[d]))
		d++;
	return d >= 1 && d <= 3 && !s[d];
}

/* The index of the next line after I with text, page numbers too; ps->body_end if none. */
static size_t next_text(const struct parser *ps, size_t i)
{
	for (i++; i < ps->body_end; i++)
		if (*text_at(ps, i))
			return i;
	return ps->body_end;
}

/* Does S open a numbered item ("12. Ensure ..." or "12." alone)?  *REST gets its text. */
static bool numbered(const char *s, const char **rest)
{
	size_t d = 0;
	while (isdigit((unsigned char)s[d]))
		d++;
	if (d < 1 || d > 3 || s[d] != '.' || (s[d + 1] && s[d + 1] != ' '))
		return false;
	const char *r = s + d + 1;
	while (*r == ' ')
		r++;
	*rest = r;
	return true;
}

/* The opener NORM is (an index into openers), or -1. */
static int opener(const char *norm)
{
	for (size_t k = 0; k < sizeof openers / sizeof openers[0]; k++)
		if (strcmp(norm, openers[k].pattern) == 0)
			return (int)k;
	return -1;
}

/*
 * Does NORM (a normalized line) say the LSCB's part of the report starts?
 * It opens with the board's judgement ("The Local Safeguarding Children
 * Board requires improvement", "The effectiveness of the LSCB is good"),
 * which no row of the judgement table or line of the contents page holds.
 */
static bool lscb_part(const char *norm, const char *line)
{
	static const char *const judged[] = { " outstanding", " good", " requires improvement", " inadequate" };
	size_t n = strlen(line);
	if (n > 90 || (n && line[n - 1] == '.'))
		return false;
	/* normalizing drops the leading "The" */
	if (strncmp(norm, "local safeguarding children board", 33) != 0 &&
	    strncmp(norm, "effectiveness of the l", 22) != 0)
		return false;
	for (size_t k = 0; k < sizeof judged / sizeof judged[0]; k++)
		if (strstr(norm, judged[k]))
			return true;
	return false;
}

/* Does NORM end a list? */
static bool ender(const char *norm)
{
	for (size_t k = 0; k < sizeof enders / sizeof enders[0]; k++)
		if (strstr(norm, enders[k]))
			return true;
	return false;
}

/* Is NORM a timeframe heading? */
static bool timeframe(const char *norm)
{
	for (size_t k = 0; k < sizeof timeframes / sizeof timeframes[0]; k++)
		if (strcmp(norm, timeframes[k]) == 0)
			return true;
	return false;
}

/*
 * Are the items of the list whose heading is at line I bullets (a 2012-13
 * inspection's) rather than numbered paragraphs?  Bullets when one comes
 * before a second numbered paragraph: the first may be an introduction.
 */
static bool bullet_list(const struct parser *ps, size_t i)
{
	int numbers = 0;
	const char *rest;
	for (size_t j = next_text(ps, i), k = 0; j < ps->body_end && k < LOOKAHEAD; j = next_text(ps, j), k++) {
		const char *s = text_at(ps, j);
		if (is_bullet_line(s, &rest))
			return numbers < 2;
		if (numbered(s, &rest) && ++numbers == 2)
			return false;
	}
	return false;
}

/* A list being read. */
struct reading {
	struct later_list *l;
	bool bullets;     /* items are bullets; numbered paragraphs are introductions */
	bool intro;       /* inside such an introduction */
	bool blank;       /* a blank line came before this one */
	char *timeframe;  /* of the items that follow, or NULL */
};

/* The last item of the list being read, or NULL when none is open. */
static struct later_item *open_item(struct reading *rd)
{
	return rd->l->nitems ? &rd->l->items[rd->l->nitems - 1] : NULL;
}

/* Start an item with TEXT (may be ""). */
static void new_item(struct reading *rd, const char *text, int line)
{
	struct later_list *l = rd->l;
	ARRAY_RESERVE(l->items, l->nitems, l->items_cap);
	l->items[l->nitems++] = (struct later_item){ xstrdup(text), rd->timeframe ? xstrdup(rd->timeframe) : NULL,
						     line };
}

/* Join LINE onto item IT. */
static void extend(struct later_item *it, const char *line)
{
	struct strbuf t = {0};
	sb_adds(&t, it->text);
	if (t.len)
		sb_adds(&t, wrap_joiner(sb_str(&t), t.len, line));
	sb_adds(&t, line);
	free(it->text);
	it->text = sb_take(&t);
}

/*
 * Is the plain line S at J a sub-heading of a numbered list ("Care
 * leavers", "Data and Performance"): short, no sentence, and the next
 * line with text a numbered item?
 */
static bool sub_heading(const struct parser *ps, size_t j, const char *s)
{
	size_t n = strlen(s);
	const char *rest;
	size_t k = next_text(ps, j);
	while (k < ps->body_end && page_number(text_at(ps, k)))
		k = next_text(ps, k);
	return n < 90 && !ends_sentence(s) && n && s[n - 1] != ',' && k < ps->body_end && numbered(text_at(ps, k), &rest);
}

/* A plain line S (at J) of the list: true when it belongs to the list, false when the list is over. */
static bool plain_line(struct reading *rd, const struct parser *ps, size_t j, const char *s)
{
	struct later_item *it = open_item(rd);
	if (rd->bullets) {
		if (it && !rd->intro && (!*it->text || !rd->blank)) {
			extend(it, s);
			return true;
		}
		return rd->intro && !rd->blank;
	}
	if (rd->intro && !rd->blank)
		return true;
	if (it && !rd->intro && (!*it->text || !ends_sentence(it->text))) {
		extend(it, s);
		return true;
	}
	if (sub_heading(ps, j, s)) {
		rd->intro = true; /* no item is open under it until its first number */
		return true;
	}
	if (it && !rd->intro && !rd->blank) {
		extend(it, s);
		return true;
	}
	return false;
}

/* One line S (normalized NORM) at J of the list: false when the list is over. */
static bool list_line(struct reading *rd, const struct parser *ps, size_t j, const char *s, const char *norm)
{
	const char *rest;
	if (lscb_part(norm, s) || (opener(norm) >= 0 && strcmp(norm, "areas for improvement") != 0))
		return false;
	if (opener(norm) >= 0 || timeframe(norm)) {
		free(rd->timeframe);
		rd->timeframe = NULL;
		if (timeframe(norm)) {
			rd->timeframe = xstrdup(s);
			size_t n = strlen(rd->timeframe);
			while (n && (rd->timeframe[n - 1] == ':' || rd->timeframe[n - 1] == ' '))
				rd->timeframe[--n] = '\0';
		}
		rd->intro = true;
		return true;
	}
	if (is_bullet_line(s, &rest) && (rd->bullets || !open_item(rd) || rd->intro)) {
		new_item(rd, rest, (int)j + 1);
		rd->intro = false;
		return true;
	}
	if (is_bullet_line(s, &rest)) {
		extend(open_item(rd), s);
		return true;
	}
	if (numbered(s, &rest)) {
		rd->intro = rd->bullets;
		if (!rd->bullets)
			new_item(rd, rest, (int)j + 1);
		return true;
	}
	/* the next part of the report, where its heading stands: not inside an unfinished item */
	struct later_item *it = open_item(rd);
	if (ender(norm) && strlen(s) < 90 && !ends_sentence(s) && (!it || (*it->text && ends_sentence(it->text))))
		return false;
	return plain_line(rd, ps, j, s);
}

/* Read the list whose heading is at line I into L; returns the line after it. */
static size_t read_list(struct parser *ps, size_t i, struct later_list *l)
{
	struct reading rd = { .l = l, .bullets = bullet_list(ps, i), .intro = true };
	size_t j = i + 1;
	for (; j < ps->body_end; j++) {
		const char *s = text_at(ps, j);
		if (!*s) {
			rd.blank = true;
			continue;
		}
		if (page_number(s))
			continue;
		char norm[256];
		heading_normalize(s, norm, sizeof norm);
		if (!list_line(&rd, ps, j, s, norm))
			break;
		rd.blank = false;
	}
	free(rd.timeframe);
	/* an item that only says there is none is none */
	size_t keep = 0;
	for (size_t k = 0; k < l->nitems; k++) {
		struct later_item *it = &l->items[k];
		/* "No area for priority and immediate action was found": a remark on the heading */
		if (!*it->text || item_says_none(it->text) || str_find_ci(it->text, "priority and immediate action")) {
			free(it->text);
			free(it->timeframe);
			continue;
		}
		l->items[keep++] = *it;
	}
	l->nitems = keep;
	return j;
}

/* The scope of a list of report R's: the LSCB's, or the one its type is inspected in. */
static const char *list_scope(const struct report *r, bool lscb)
{
	if (lscb)
		return "lscb";
	return r->type == RT_LAC ? "looked-after" : r->type == RT_CP ? "safeguarding" : "all";
}

void read_later_lists(struct parser *ps)
{
	static char blanked[1];
	enum report_type t = ps->r->type;
	if (t != RT_SIF && t != RT_LAC && t != RT_CP)
		return;
	bool lscb = false;
	for (size_t i = ps->body_start; i < ps->body_end; i++) {
		const char *s = text_at(ps, i);
		if (!*s || strlen(s) > 120)
			continue;
		char norm[256];
		heading_normalize(s, norm, sizeof norm);
		size_t next = next_text(ps, i);
		bool contents = next < ps->body_end && page_number(text_at(ps, next));
		if (!contents && lscb_part(norm, s))
			lscb = true;
		int k = opener(norm);
		if (k < 0)
			continue;
		if (contents) {
			ps->line[i] = blanked;
			continue;
		}
		struct later_list l = { .key = openers[k].key, .kind = openers[k].kind, .heading = xstrdup(s),
					.scope = list_scope(ps->r, lscb || openers[k].lscb), .line = (int)i + 1 };
		size_t end = read_list(ps, i, &l);
		if (!l.nitems) {
			/* an entry of the contents page, whose page number went with the furniture */
			ps->line[i] = blanked;
			free(l.heading);
			free(l.items);
			continue;
		}
		ARRAY_RESERVE(ps->ll, ps->nll, ps->ll_cap);
		ps->ll[ps->nll++] = l;
		for (size_t j = i; j < end; j++)
			if (ps->line[j])
				ps->line[j] = blanked;
		i = end - 1;
	}
}

void attach_later_lists(struct parser *ps)
{
	for (size_t i = 0; i < ps->nll; i++) {
		struct later_list *l = &ps->ll[i];
		int sec = section_open(ps, l->key, l->scope, l->heading, l->line, false);
		for (size_t k = 0; k < l->nitems; k++)
			section_add_item(&ps->r->sections[sec], l->kind, l->items[k].text, l->items[k].timeframe, NULL);
	}
}

void later_lists_free(struct parser *ps)
{
	for (size_t i = 0; i < ps->nll; i++) {
		for (size_t k = 0; k < ps->ll[i].nitems; k++) {
			free(ps->ll[i].items[k].text);
			free(ps->ll[i].items[k].timeframe);
		}
		free(ps->ll[i].items);
		free(ps->ll[i].heading);
	}
	free(ps->ll);
}
