/*
 * pane_section.c: the selected section, as section_layout.c lays it out:
 * heading, judgement in words, its strengths and areas for improvement as
 * two lists told apart by marker ('+', '-') as well as colour,
 * recommendations ('>'), then the text, in which sentences the report
 * also gives as strengths or areas for improvement are highlighted the
 * same way, and the words of the last search are marked.
 */
#include "base/display.h"
#include "base/util.h"
#include "output/items_text.h"
#include "tui/view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- measuring: the layout, cached in the view ---- */

void pane_section_layout(struct view *v, const struct browser *b, int w)
{
	if (v->section_valid && v->section_width == w && v->section_serial == b->section_serial)
		return;
	section_layout_free(&v->section);
	v->section_valid = true;
	v->section_width = w;
	v->section_serial = b->section_serial;
	const struct section *s = browser_section(b);
	if (s)
		section_layout_build(&v->section, s, w, b->ascii, LAYOUT_PANE);
}

/* Is there a search whose words the section pane should mark? */
static bool marking_search(const struct browser *b)
{
	return browser_has_hits(b) && b->query[0] && b->terms.n;
}

int pane_section_hit_line(const struct view *v, const struct browser *b)
{
	if (!marking_search(b))
		return -1;
	const struct search_hit *h = browser_hit_selected(b);
	if (!h || !h->section_key)
		return -1;
	const struct section_layout *l = &v->section;
	size_t from = h->is_item ? l->items_first : l->text_first;
	size_t to = h->is_item ? l->text_first : l->n;
	for (size_t i = from; i < to; i++) {
		size_t len;
		if (l->lines[i].kind != LK_PAGE && search_terms_find(&b->terms, l->lines[i].text, &len))
			return (int)i;
	}
	return -1;
}

int pane_section_item_line(const struct view *v, const struct browser *b)
{
	/* an item starts on the line with its marker (its context's line, when it has one) */
	const struct section_layout *l = &v->section;
	char marker = item_marker(b->jump_item.kind);
	int nth = b->jump_item.nth;
	for (size_t i = l->items_first; i < l->text_first; i++)
		if (l->lines[i].marker == marker && nth-- == 0)
			return (int)i;
	return -1;
}

/* ---- drawing ---- */

/* The theme role of each kind of line (a judgement's is its judgement's). */
static const enum role kind_roles[] = {
	[LK_BLANK] = ROLE_NORMAL, [LK_TITLE] = ROLE_HEADING, [LK_JUDGEMENT] = ROLE_NORMAL,
	[LK_GRADE_NOTE] = ROLE_DIM, [LK_LIST_TITLE] = ROLE_HEADING, [LK_STRENGTH] = ROLE_STRENGTH,
	[LK_IMPROVEMENT] = ROLE_IMPROVEMENT, [LK_RECOMMENDATION] = ROLE_RECOMMENDATION,
	[LK_CONTEXT] = ROLE_DIM, [LK_TEXT] = ROLE_NORMAL, [LK_PAGE] = ROLE_DIM,
};

static enum role line_role(const struct layout_line *l)
{
	return l->kind == LK_JUDGEMENT ? judgement_role(l->judgement) : kind_roles[l->kind];
}

/*
 * The gutter cell's role: a marker takes its list's role; a blank gutter is
 * plain text, so that it is never underlined or coloured as the heading
 * or item beside it is (a stray underlined cell before every heading).
 */
static enum role gutter_role(const struct layout_line *l)
{
	if (l->marker == ' ')
		return ROLE_NORMAL;
	if (l->hl_start >= 0)
		return kind_roles[l->hl_kind];
	switch (l->marker) {
	case '+':
		return ROLE_STRENGTH;
	case '-':
		return ROLE_IMPROVEMENT;
	case '>':
		return ROLE_RECOMMENDATION;
	}
	return line_role(l);
}

/* Mark the search's words in a drawn line, the text L drawn from column CX. */
static void mark_search_words(const struct browser *b, struct grid *g, int y, int cx, int cw,
			      const struct layout_line *l)
{
	if (!marking_search(b) || l->kind == LK_PAGE)
		return;
	size_t len;
	for (const char *t = l->text, *at; (at = search_terms_find(&b->terms, t, &len)) != NULL; t = at + len) {
		int x = display_width_range(l->text, at, b->ascii), w = display_width_range(at, at + len, b->ascii);
		if (x >= cw)
			break;
		grid_set_role(g, y, cx + x, x + w > cw ? cw - x : w, ROLE_MATCH);
	}
}

static void draw_line(const struct browser *b, struct grid *g, int y, int x, int w, const struct layout_line *l)
{
	char marker[2] = { l->marker, '\0' };
	grid_put(g, y, x, 1, marker, gutter_role(l));
	int cx = x + 2 + l->indent, cw = w - 2 - l->indent;
	if (l->number && l->indent >= 2 && cw > 0) {
		/* the paragraph's printed number, right-aligned in the margin, dimmed: there to cite, not to read */
		char num[16];
		int n = snprintf(num, sizeof num, "%d", l->number);
		if (n < l->indent)
			grid_put(g, y, cx - 1 - n, n, num, ROLE_DIM);
	}
	enum role role = line_role(l);
	if (l->cite_start >= 0) {
		/* an item's citation, dimmed as the paragraph numbers are */
		const char *t = l->text;
		int used = grid_put_range(g, y, cx, cw, t, t + l->cite_start, role);
		grid_put(g, y, cx + used, cw - used, t + l->cite_start, ROLE_DIM);
	} else if (l->hl_start < 0) {
		grid_put(g, y, cx, cw, l->text, role);
	} else {
		const char *t = l->text;
		int used = grid_put_range(g, y, cx, cw, t, t + l->hl_start, role);
		used += grid_put_range(g, y, cx + used, cw - used, t + l->hl_start, t + l->hl_end,
				       kind_roles[l->hl_kind]);
		grid_put(g, y, cx + used, cw - used, t + l->hl_end, role);
	}
	mark_search_words(b, g, y, cx, cw, l);
}

void pane_section_draw(const struct view *v, const struct browser *b, struct grid *g, struct rect r, bool focused)
{
	const struct section *s = browser_section(b);
	const struct section_layout *lay = &v->section;
	int top = b->pos[PANE_SECTION].top, body = r.h - 1, n = (int)lay->n;
	char right[32] = "";
	if (n > body)
		snprintf(right, sizeof right, "%d%%", (top + body) * 100 / n > 100 ? 100 : (top + body) * 100 / n);
	pane_title(g, r, s ? "Section" : "No section", right, focused);
	for (int i = 0; i < body && top + i < n; i++)
		draw_line(b, g, r.y + 1 + i, r.x, r.w, &lay->lines[top + i]);
	if (!s)
		grid_put(g, r.y + 1, r.x + 2, r.w - 2, !b->report_id ? "No report selected." :
			 b->report.nsections ? "No section passes the filter (f, then Esc, clears it)." :
			 "This report has no sections.", ROLE_DIM);
}
