/*
 * section_layout.c: a section as lines for the pane, show and the pager
 * (see section_layout.h).  One walk over the section decides the lines;
 * the medium table says the few things a page of text does differently.
 */
#include "output/section_layout.h"
#include "output/items_text.h"
#include "output/section_text.h"
#include "base/display.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What each medium does differently; see section_layout.h. */
static const struct medium {
	int gutter;            /* columns the marker gutter takes before every line */
	int min_wrap;          /* the narrowest a line is wrapped to */
	int item_indent;       /* columns before an item's text (a marker stands inside them) */
	bool judgement_inline; /* "Judgement: Good (printed as ...)" on one line */
	bool context_inline;   /* "[timeframe; actor] text" rather than a line above */
	bool safe_text;        /* make text display-safe before wrapping it */
	bool highlights;       /* mark items found in the text */
	bool blank_after_each; /* a blank after every paragraph a newline ends, not only between */
} media[] = {
	[LAYOUT_PANE] = { 2, 4, 0, false, false, false, true, false },
	[LAYOUT_TEXT] = { 0, 10, 4, true, true, true, false, true },
};

/* A stretch of a paragraph that the report also lists as an item. */
struct highlight {
	size_t start, end; /* bytes in the paragraph */
	enum layout_kind kind;
	char marker;
};

struct builder {
	struct section_layout *out;
	const struct medium *m;
	int width;
	bool ascii;
	/* the line being wrapped: its kind, marker (first line only) and indent */
	enum layout_kind kind;
	char marker;
	int indent;
	bool continuation;
	/* while wrapping a paragraph of text: its start and the items found in it */
	const char *para;
	const struct highlight *hl;
	size_t nhl;
	int number; /* ... and the number the report printed before it, 0 none */
	int hang;   /* ... and how far its lines after the first stand in (a bullet's), 0 none */
};

static struct layout_line *add_line(struct builder *bd, const char *s, size_t n, enum layout_kind kind,
				    char marker, int indent)
{
	struct section_layout *o = bd->out;
	ARRAY_RESERVE(o->lines, o->n, o->cap);
	struct layout_line *l = &o->lines[o->n++];
	memset(l, 0, sizeof *l);
	l->text = xstrndup(s, n);
	l->kind = kind;
	l->marker = marker;
	l->indent = indent;
	l->hl_start = l->hl_end = l->cite_start = -1;
	return l;
}

static void add_blank(struct builder *bd)
{
	add_line(bd, "", 0, LK_BLANK, ' ', 0);
}

/* The columns a line of INDENT is wrapped to. */
static int wrap_width(const struct builder *bd, int indent)
{
	int w = bd->width - bd->m->gutter - indent;
	return w > bd->m->min_wrap ? w : bd->m->min_wrap;
}

static void emit_wrapped(void *ctx, const char *start, const char *end)
{
	struct builder *bd = ctx;
	add_line(bd, start, (size_t)(end - start), bd->kind, bd->continuation ? ' ' : bd->marker, bd->indent);
	bd->continuation = true;
}

/* TEXT wrapped as lines of KIND, the first with MARKER; made safe first where the medium wants. */
static void add_wrapped(struct builder *bd, const char *text, enum layout_kind kind, char marker, int indent,
			bool keep_newlines)
{
	char *safe = bd->m->safe_text ? display_string(text, bd->ascii, keep_newlines) : NULL;
	bd->kind = kind;
	bd->marker = marker;
	bd->indent = indent;
	bd->continuation = false;
	display_wrap(safe ? safe : text, wrap_width(bd, indent), bd->ascii, emit_wrapped, bd);
	free(safe);
}

/* ---- title and judgement ---- */

/*
 * Does S's judgement get a line?  When it has one, or when the report
 * itself says it was not judged; a section no report judges (an
 * introduction, the context) shows none.
 */
static bool says_not_judged(const struct section *s)
{
	return s->grade_raw && str_find_ci(s->grade_raw, "not judged");
}

/*
 * The whole text of a report the parser did not recognise (key "text")
 * may well judge something; it says no judgement was recognised, never
 * that none was made.
 */
static bool unrecognised_text(const struct section *s)
{
	return s->judgement == J_NONE && strcmp(s->key, "text") == 0;
}

static bool shows_judgement(const struct section *s)
{
	return s->judgement != J_NONE || says_not_judged(s) || unrecognised_text(s);
}

static void add_header(struct builder *bd, const struct section *s)
{
	char *title = section_text_title(s);
	char *note = section_text_grade_note(s);
	const char *word = unrecognised_text(s) ? "No judgement recognised" : judgement_label(s->judgement);
	add_wrapped(bd, title, LK_TITLE, ' ', 0, true);
	size_t judgement_line = bd->out->n;
	if (!shows_judgement(s)) {
		/* nothing to say: an introduction is not "Not judged" */
	} else if (bd->m->judgement_inline) {
		char *line = note[0] ? xasprintf("Judgement: %s (%s)", word, note) : xasprintf("Judgement: %s", word);
		add_wrapped(bd, line, LK_JUDGEMENT, ' ', 0, true);
		free(line);
	} else {
		add_line(bd, word, strlen(word), LK_JUDGEMENT, ' ', 0);
		if (note[0])
			add_wrapped(bd, note, LK_GRADE_NOTE, ' ', 0, true);
	}
	for (size_t i = judgement_line; i < bd->out->n; i++)
		bd->out->lines[i].judgement = s->judgement;
	free(title);
	free(note);
}

/* ---- the three lists ---- */

static const struct {
	enum item_kind kind;
	const char *title;
	enum layout_kind line;
	char marker;
} item_lists[] = {
	{ ITEM_STRENGTH, "Strengths", LK_STRENGTH, '+' },
	{ ITEM_IMPROVEMENT, "Areas for improvement", LK_IMPROVEMENT, '-' },
	{ ITEM_RECOMMENDATION, "Recommendations", LK_RECOMMENDATION, '>' },
};

/* "timeframe; actor", or NULL when the item has neither. Malloc'd. */
static char *item_context(const struct item *it)
{
	if (!it->timeframe && !it->actor)
		return NULL;
	return xasprintf("%s%s%s", it->timeframe ? it->timeframe : "", it->timeframe && it->actor ? "; " : "",
			 it->actor ? it->actor : "");
}

/*
 * End the item just laid out (its last line is the layout's last) with
 * where the report has it, "(para 15, p. 4)": on that line when it fits
 * in INDENT's wrap width, else on a line of its own, so that a citation
 * is never cut in two.
 */
static void add_item_cite(struct builder *bd, const struct item *it, enum layout_kind kind, int indent)
{
	char cite[48], text[52];
	if (!item_cite(it->paragraph, it->page, cite, sizeof cite)[0])
		return;
	snprintf(text, sizeof text, "(%s)", cite);
	struct section_layout *o = bd->out;
	struct layout_line *last = &o->lines[o->n - 1];
	int room = wrap_width(bd, indent) - display_width(last->text, bd->ascii);
	if (last->kind == kind && (int)strlen(text) + 1 <= room) {
		char *joined = xasprintf("%s %s", last->text, text);
		free(last->text);
		last->text = joined;
		last->cite_start = (int)(strlen(joined) - strlen(text));
	} else {
		add_line(bd, text, strlen(text), kind, ' ', indent)->cite_start = 0;
	}
}

static void add_item(struct builder *bd, const struct item *it, size_t which, bool cite)
{
	enum layout_kind kind = item_lists[which].line;
	char marker = item_lists[which].marker;
	int indent = bd->m->item_indent;
	char *context = item_context(it);
	if (!context) {
		add_wrapped(bd, it->text, kind, marker, indent, false);
	} else if (bd->m->context_inline) {
		char *line = xasprintf("[%s] %s", context, it->text);
		add_wrapped(bd, line, kind, marker, indent, false);
		free(line);
	} else {
		/* the context on its own line with the marker, the item beneath it */
		add_wrapped(bd, context, LK_CONTEXT, marker, indent, false);
		bd->kind = kind;
		bd->continuation = true;
		display_wrap(it->text, wrap_width(bd, indent), bd->ascii, emit_wrapped, bd);
	}
	if (cite)
		add_item_cite(bd, it, kind, indent);
	free(context);
}

/*
 * Do all the items of S of list WHICH stand in one paragraph on one page
 * (set *FIRST to the first of them, NULL when there is none), and is that
 * known?  Then the list's title says where, once ("Strengths (3), para
 * 16, p. 5"), rather than every item: a table of strengths under one
 * paragraph is the usual case, and a citation on every line would crowd a
 * narrow pane.
 */
static bool list_shares_cite(const struct section *s, size_t which, const struct item **first)
{
	*first = NULL;
	for (size_t i = 0; i < s->nitems; i++) {
		const struct item *it = &s->items[i];
		if (it->kind != item_lists[which].kind)
			continue;
		if (!*first)
			*first = it;
		else if (it->paragraph != (*first)->paragraph || it->page != (*first)->page)
			return false;
	}
	return *first && ((*first)->paragraph > 0 || (*first)->page > 0);
}

static void add_item_list(struct builder *bd, const struct section *s, size_t which)
{
	size_t n = 0;
	for (size_t i = 0; i < s->nitems; i++)
		n += s->items[i].kind == item_lists[which].kind;
	if (!n)
		return;
	const struct item *first;
	bool shared = list_shares_cite(s, which, &first);
	char title[64], cite[48], *line;
	snprintf(title, sizeof title, "%s (%zu)", item_lists[which].title, n);
	item_cite(shared ? first->paragraph : 0, shared ? first->page : 0, cite, sizeof cite);
	add_blank(bd);
	line = cite[0] ? xasprintf("%s, %s", title, cite) : xstrdup(title);
	if (display_width(line, bd->ascii) <= wrap_width(bd, 0)) {
		add_line(bd, line, strlen(line), LK_LIST_TITLE, ' ', 0)->cite_start =
			cite[0] ? (int)strlen(title) : -1; /* ", para 7, p. 4" dimmed */
	} else {
		/* too narrow for both: the citation on a line of its own, so that it is never cut off */
		add_line(bd, title, strlen(title), LK_LIST_TITLE, ' ', 0);
		if (cite[0])
			add_line(bd, cite, strlen(cite), LK_CONTEXT, ' ', 0)->cite_start = 0;
	}
	free(line);
	for (size_t i = 0; i < s->nitems; i++)
		if (s->items[i].kind == item_lists[which].kind)
			add_item(bd, &s->items[i], which, !shared);
}

/* ---- the text ---- */

/*
 * Where in PARA the section's strengths and areas for improvement occur
 * (case-insensitive, on their first 60 bytes), at most CAP of them.
 */
static size_t find_highlights(const struct section *s, const char *para, struct highlight *out, size_t cap)
{
	size_t n = 0, para_len = strlen(para);
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
		out[n].start = start;
		out[n].end = end < para_len ? end : para_len;
		out[n].kind = it->kind == ITEM_STRENGTH ? LK_STRENGTH : LK_IMPROVEMENT;
		out[n].marker = it->kind == ITEM_STRENGTH ? '+' : '-';
		n++;
	}
	return n;
}

/* A line of text: marked where it overlaps an item found in its paragraph (the first such). */
static void emit_text(void *ctx, const char *start, const char *end)
{
	struct builder *bd = ctx;
	int indent = bd->out->margin + (bd->continuation ? bd->hang : 0);
	struct layout_line *l = add_line(bd, start, (size_t)(end - start), LK_TEXT, ' ', indent);
	l->number = bd->continuation ? 0 : bd->number;
	bd->continuation = true;
	size_t s = (size_t)(start - bd->para), e = (size_t)(end - bd->para);
	for (size_t i = 0; i < bd->nhl; i++) {
		const struct highlight *h = &bd->hl[i];
		if (h->end <= s || h->start >= e)
			continue;
		l->hl_start = (int)((h->start > s ? h->start : s) - s);
		l->hl_end = (int)((h->end < e ? h->end : e) - s);
		l->hl_kind = h->kind;
		l->marker = h->marker;
		break;
	}
}

/*
 * The columns a bullet at the start of PARA takes with its space ("• ",
 * "- "), so that the lines after the first stand under the bullet's text
 * as in the printed report; 0 when PARA starts with none.  Every bullet
 * here is one column wide, in UTF-8 and as its ASCII stand-in alike.
 */
static int bullet_hang(const char *para)
{
	static const char *const bullets[] = { "\u2022 ", "\u25aa ", "\u25cf ", "\u25e6 ", "\u2013 ", "- ", "* " };
	for (size_t i = 0; i < sizeof bullets / sizeof bullets[0]; i++)
		if (strncmp(para, bullets[i], strlen(bullets[i])) == 0)
			return 2;
	return 0;
}

/* Paragraph PARA of S's text, numbered NUMBER by the report (0: not numbered). */
static void add_paragraph(struct builder *bd, const struct section *s, const char *para, int number)
{
	struct highlight hl[64];
	bd->para = para;
	bd->hl = hl;
	bd->nhl = bd->m->highlights ? find_highlights(s, para, hl, sizeof hl / sizeof hl[0]) : 0;
	bd->number = number;
	bd->hang = bullet_hang(para);
	bd->continuation = false;
	/* wrapped to the width of the lines after the first, which a bullet narrows */
	display_wrap(para, wrap_width(bd, bd->out->margin + bd->hang), bd->ascii, emit_text, bd);
}

/* The margin S's paragraph numbers need: the widest and a space; 0 when it has none. */
static int number_margin(const struct section *s)
{
	int widest = 0;
	for (size_t i = 0; i < s->nparas; i++) {
		int n = section_para_num(s, i), w = n >= 1000 ? 5 : n >= 100 ? 4 : n >= 10 ? 3 : n > 0 ? 2 : 0;
		widest = w > widest ? w : widest;
	}
	return widest;
}

/*
 * Make the layout's last line, a blank one, the marker of PAGE: "p. 7"
 * right-aligned by its indent to the wrap width (where the text's lines
 * end).
 */
static void mark_page(struct builder *bd, int page)
{
	struct layout_line *l = &bd->out->lines[bd->out->n - 1];
	free(l->text);
	l->text = xasprintf("p. %d", page);
	l->kind = LK_PAGE;
	int indent = bd->width - bd->m->gutter - (int)strlen(l->text);
	l->indent = indent > 0 ? indent : 0;
}

static void add_text(struct builder *bd, const struct section *s)
{
	if (!s->text || !s->text[0])
		return;
	add_blank(bd);
	bd->out->margin = number_margin(s);
	int page = 0; /* the page marked last */
	char *text = bd->m->safe_text ? display_string(s->text, bd->ascii, true) : xstrdup(s->text);
	size_t para = 0;
	for (char *p = text, *nl; p; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		/* paragraph PARA is the PARA-th line of the text, empty or not, as the citations count them */
		int number = section_para_num(s, para), starts = section_para_page(s, para++);
		if (!*p)
			continue;
		/* the blank above a paragraph on a new page says so (add_text's, or the one after the last) */
		if (starts > 0 && starts != page && bd->out->lines[bd->out->n - 1].kind == LK_BLANK)
			mark_page(bd, page = starts);
		add_paragraph(bd, s, p, number);
		if (nl && (bd->m->blank_after_each || nl[1]))
			add_blank(bd);
	}
	free(text);
}

void section_layout_build(struct section_layout *out, const struct section *s, int width, bool ascii,
			  enum layout_medium medium)
{
	memset(out, 0, sizeof *out);
	struct builder bd = { .out = out, .m = &media[medium], .width = width, .ascii = ascii };
	add_header(&bd, s);
	out->items_first = out->n;
	for (size_t i = 0; i < sizeof item_lists / sizeof item_lists[0]; i++)
		add_item_list(&bd, s, i);
	out->text_first = out->n;
	add_text(&bd, s);
}

void section_layout_free(struct section_layout *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->lines[i].text);
	free(l->lines);
	memset(l, 0, sizeof *l);
}
