/*
 * pane_section.c: the selected section: heading, judgement in words, its
 * strengths and areas for improvement as two lists told apart by marker
 * ('+', '-') as well as colour, recommendations ('>'), then the text, in
 * which sentences the report also gives as strengths or areas for
 * improvement are highlighted the same way.
 */
#include "base/display.h"
#include "output/section_text.h"
#include "base/util.h"
#include "tui/view.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- building the lines ---- */

struct builder {
	struct browser *b;
	int width;
	size_t cap;
	/* while wrapping text: the highlighted stretches of the paragraph */
	const char *para;
	const struct highlight *hl;
	size_t nhl;
	enum role role;
	char marker;
	int indent;
	bool continuation; /* later lines of an item get no marker */
};

struct highlight {
	size_t start, end; /* bytes in the paragraph */
	enum role role;
	char marker;
};

static struct section_line *add_line(struct builder *bd, const char *s, size_t n, enum role role,
				     char marker, int indent)
{
	struct browser *b = bd->b;
	ARRAY_RESERVE(b->lines, b->nlines, bd->cap);
	struct section_line *l = &b->lines[b->nlines++];
	memset(l, 0, sizeof *l);
	l->text = xstrndup(s, n);
	l->role = role;
	l->marker = marker;
	l->indent = indent;
	l->hl_start = l->hl_end = -1;
	return l;
}

static void emit_plain(void *ctx, const char *start, const char *end)
{
	struct builder *bd = ctx;
	add_line(bd, start, (size_t)(end - start), bd->role, bd->continuation ? ' ' : bd->marker,
		 bd->indent);
	bd->continuation = true;
}

/* A text line: highlighted where it overlaps a strength or area for improvement. */
static void emit_text(void *ctx, const char *start, const char *end)
{
	struct builder *bd = ctx;
	struct section_line *l = add_line(bd, start, (size_t)(end - start), ROLE_NORMAL, ' ', bd->indent);
	size_t s = (size_t)(start - bd->para), e = (size_t)(end - bd->para);
	for (size_t i = 0; i < bd->nhl; i++) {
		const struct highlight *h = &bd->hl[i];
		if (h->end <= s || h->start >= e)
			continue;
		l->hl_start = (int)((h->start > s ? h->start : s) - s);
		l->hl_end = (int)((h->end < e ? h->end : e) - s);
		l->hl_role = h->role;
		l->marker = h->marker;
		break;
	}
}

static void add_wrapped(struct builder *bd, const char *text, enum role role, char marker, int indent)
{
	bd->role = role;
	bd->marker = marker;
	bd->indent = indent;
	bd->continuation = false;
	int w = bd->width - indent - 2; /* two columns of gutter for the marker */
	display_wrap(text, w > 4 ? w : 4, bd->b->ascii, emit_plain, bd);
}

static void add_blank(struct builder *bd)
{
	add_line(bd, "", 0, ROLE_NORMAL, ' ', 0);
}

static const struct {
	enum item_kind kind;
	const char *title;
	enum role role;
	char marker;
} item_lists[] = {
	{ ITEM_STRENGTH, "Strengths", ROLE_STRENGTH, '+' },
	{ ITEM_IMPROVEMENT, "Areas for improvement", ROLE_IMPROVEMENT, '-' },
	{ ITEM_RECOMMENDATION, "Recommendations", ROLE_RECOMMENDATION, '>' },
};

static void add_item_list(struct builder *bd, const struct section *s, size_t which)
{
	size_t n = 0;
	for (size_t i = 0; i < s->nitems; i++)
		n += s->items[i].kind == item_lists[which].kind;
	if (!n)
		return;
	char title[64];
	snprintf(title, sizeof title, "%s (%zu)", item_lists[which].title, n);
	add_blank(bd);
	add_line(bd, title, strlen(title), ROLE_HEADING, ' ', 0);
	for (size_t i = 0; i < s->nitems; i++) {
		const struct item *it = &s->items[i];
		if (it->kind != item_lists[which].kind)
			continue;
		if (it->timeframe || it->actor) {
			char *ctx = xasprintf("%s%s%s", it->timeframe ? it->timeframe : "",
					      it->timeframe && it->actor ? "; " : "", it->actor ? it->actor : "");
			add_wrapped(bd, ctx, ROLE_DIM, item_lists[which].marker, 0);
			free(ctx);
			bd->role = item_lists[which].role; /* the item itself, under its context line */
			bd->continuation = true;
			display_wrap(it->text, bd->width - 2 > 4 ? bd->width - 2 : 4, bd->b->ascii, emit_plain, bd);
		} else {
			add_wrapped(bd, it->text, item_lists[which].role, item_lists[which].marker, 0);
		}
	}
}

/*
 * Where in PARA the section's strengths and areas for improvement occur
 * (case-insensitive, on their first 60 bytes), so the text shows them too.
 */
static size_t find_highlights(const struct section *s, const char *para, struct highlight *out, size_t cap)
{
	size_t n = 0;
	for (size_t i = 0; i < s->nitems && n < cap; i++) {
		const struct item *it = &s->items[i];
		if (it->kind == ITEM_RECOMMENDATION)
			continue;
		size_t len = strlen(it->text);
		char probe[61];
		size_t plen = len < 60 ? len : 60;
		while (plen > 0 && len > plen && ((unsigned char)it->text[plen] & 0xC0) == 0x80)
			plen--; /* do not cut a character */
		if (plen < 12)
			continue; /* too short to be sure it is the same sentence */
		memcpy(probe, it->text, plen);
		probe[plen] = '\0';
		const char *at = str_find_ci(para, probe);
		if (!at)
			continue;
		size_t start = (size_t)(at - para), end = start + len;
		if (end > strlen(para))
			end = strlen(para);
		out[n].start = start;
		out[n].end = end;
		out[n].role = it->kind == ITEM_STRENGTH ? ROLE_STRENGTH : ROLE_IMPROVEMENT;
		out[n].marker = it->kind == ITEM_STRENGTH ? '+' : '-';
		n++;
	}
	return n;
}

static void add_text(struct builder *bd, const struct section *s)
{
	if (!s->text || !s->text[0])
		return;
	add_blank(bd);
	char *text = xstrdup(s->text);
	struct highlight hl[64];
	for (char *p = text, *nl; p; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		if (!*p)
			continue;
		bd->para = p;
		bd->hl = hl;
		bd->nhl = find_highlights(s, p, hl, sizeof hl / sizeof hl[0]);
		bd->indent = 0;
		display_wrap(p, bd->width - 2 > 4 ? bd->width - 2 : 4, bd->b->ascii, emit_text, bd);
		if (nl && nl[1])
			add_blank(bd);
	}
	free(text);
}

static void add_header(struct builder *bd, const struct section *s)
{
	char *title = section_text_title(s);
	add_wrapped(bd, title, ROLE_HEADING, ' ', 0);
	free(title);
	const char *word = judgement_label(s->judgement);
	add_line(bd, word, strlen(word), judgement_role(s->judgement), ' ', 0);
	char *note = section_text_grade_note(s);
	if (note[0])
		add_wrapped(bd, note, ROLE_DIM, ' ', 0);
	free(note);
}

void browser_wrap_section(struct browser *b, int width)
{
	int sel = b->pos[PANE_SECTIONS].sel;
	if (b->lines_width == width && b->lines_section == sel && b->nlines)
		return;
	for (size_t i = 0; i < b->nlines; i++)
		free(b->lines[i].text);
	free(b->lines);
	b->lines = NULL;
	b->nlines = 0;
	b->lines_width = width;
	b->lines_section = sel;
	const struct section *s = browser_section(b);
	if (!s)
		return;
	struct builder bd = { .b = b, .width = width };
	add_header(&bd, s);
	b->items_first_line = b->nlines;
	for (size_t i = 0; i < sizeof item_lists / sizeof item_lists[0]; i++)
		add_item_list(&bd, s, i);
	b->text_first_line = b->nlines;
	add_text(&bd, s);
}

/* ---- the words of the last search ---- */

/* Part of a word as the full-text index splits text (unicode61): letters, digits, non-ASCII. */
static bool word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* FTS5's operators, which a query may use in capitals: not words to look for. */
static bool fts_operator(const char *w, size_t n)
{
	static const char *const ops[] = { "AND", "OR", "NOT", "NEAR" };
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
		if (strlen(ops[i]) == n && strncmp(w, ops[i], n) == 0)
			return true;
	return false;
}

/*
 * The first place in TEXT where a word of QUERY stands as a whole word (any
 * case; a word the query ends with '*' may begin a longer one), with its
 * length in *LEN; NULL if none.  Words are what the index matched on, so
 * this finds what the search found.
 */
static const char *find_query_word(const char *text, const char *query, size_t *len)
{
	const char *best = NULL;
	for (const char *q = query; *q;) {
		while (*q && !word_byte((unsigned char)*q))
			q++;
		const char *qe = q;
		while (*qe && word_byte((unsigned char)*qe))
			qe++;
		size_t n = (size_t)(qe - q);
		bool prefix = *qe == '*';
		if (fts_operator(q, n))
			n = 0;
		for (const char *t = text; n && *t; t++) {
			if ((t > text && word_byte((unsigned char)t[-1])) || strncasecmp(t, q, n) != 0 ||
			    (!prefix && word_byte((unsigned char)t[n])))
				continue;
			if (!best || t < best) {
				size_t whole = n; /* a prefix marks the whole word it began */
				while (prefix && word_byte((unsigned char)t[whole]))
					whole++;
				best = t;
				*len = whole;
			}
			break;
		}
		q = qe;
	}
	return best;
}

/* Is there a search whose words the section pane should mark? */
static const char *search_words(const struct browser *b)
{
	return b->nhits && b->query[0] ? b->query : NULL;
}

/*
 * After a search hit is opened: scroll so that the first line holding one of
 * the search's words is in view, with two lines above it.  A hit on an item
 * is looked for in the lists, a hit on the text in the text.
 */
static void jump_to_search_words(struct browser *b, int body)
{
	b->jump_to_hit = false;
	const char *words = search_words(b);
	if (!words)
		return;
	const struct search_hit *h = &b->hits[b->hit_pos.sel];
	size_t from = h->is_item ? b->items_first_line : b->text_first_line;
	size_t to = h->is_item ? b->text_first_line : b->nlines;
	for (size_t i = from; i < to; i++) {
		size_t len;
		if (!find_query_word(b->lines[i].text, words, &len))
			continue;
		if ((int)i >= body - 1)
			b->pos[PANE_SECTION].top = (int)i - 2;
		return;
	}
}

/* Mark the search's words in a drawn line, the text L drawn from column CX. */
static void mark_search_words(const struct browser *b, struct grid *g, int y, int cx, int cw,
			      const struct section_line *l)
{
	const char *words = search_words(b);
	size_t len;
	for (const char *t = l->text, *at; words && (at = find_query_word(t, words, &len)) != NULL; t = at + len) {
		int x = display_width_range(l->text, at, b->ascii), w = display_width_range(at, at + len, b->ascii);
		if (x >= cw)
			break;
		grid_set_role(g, y, cx + x, x + w > cw ? cw - x : w, ROLE_MATCH);
	}
}

/* ---- drawing ---- */

/*
 * The gutter cell's role: a marker takes its list's role; a blank gutter is
 * plain text, so that it is never underlined or coloured as the heading
 * or item beside it is (a stray underlined cell before every heading).
 */
static enum role gutter_role(const struct section_line *l)
{
	if (l->marker == ' ')
		return ROLE_NORMAL;
	if (l->hl_start >= 0)
		return l->hl_role;
	switch (l->marker) {
	case '+':
		return ROLE_STRENGTH;
	case '-':
		return ROLE_IMPROVEMENT;
	case '>':
		return ROLE_RECOMMENDATION;
	}
	return l->role;
}

static void draw_line(struct browser *b, struct grid *g, int y, int x, int w, const struct section_line *l)
{
	char marker[2] = { l->marker, '\0' };
	grid_put(g, y, x, 1, marker, gutter_role(l));
	int cx = x + 2 + l->indent, cw = w - 2 - l->indent;
	if (l->hl_start < 0) {
		grid_put(g, y, cx, cw, l->text, l->role);
	} else {
		const char *t = l->text;
		int used = grid_put_range(g, y, cx, cw, t, t + l->hl_start, l->role);
		used += grid_put_range(g, y, cx + used, cw - used, t + l->hl_start, t + l->hl_end, l->hl_role);
		grid_put(g, y, cx + used, cw - used, t + l->hl_end, l->role);
	}
	mark_search_words(b, g, y, cx, cw, l);
}

void pane_section_draw(struct browser *b, struct grid *g, struct rect r, bool focused)
{
	const struct section *s = browser_section(b);
	browser_wrap_section(b, r.w - 1);
	struct list_pos *p = &b->pos[PANE_SECTION];
	int body = r.h - 1;
	if (b->jump_to_hit)
		jump_to_search_words(b, body);
	if (p->top > (int)b->nlines - body)
		p->top = (int)b->nlines - body;
	if (p->top < 0)
		p->top = 0;
	char right[32] = "";
	if ((int)b->nlines > body)
		snprintf(right, sizeof right, "%d%%", (int)((p->top + body) * 100 / (int)b->nlines > 100 ? 100 :
							     (p->top + body) * 100 / (int)b->nlines));
	pane_title(g, r, s ? "Section" : "No section", right, focused);
	for (int i = 0; i < body && (size_t)(p->top + i) < b->nlines; i++)
		draw_line(b, g, r.y + 1 + i, r.x, r.w, &b->lines[p->top + i]);
	if (!s)
		grid_put(g, r.y + 1, r.x + 2, r.w - 2, b->report_id ? "This report has no sections." :
			 "No report selected.", ROLE_DIM);
}
