/*
 * view.c: the screen's layout.  Row 0 says where you are (breadcrumb), the
 * last row is the status line, and between them as many panes as the
 * width allows: all four from 140 columns, three from 100, two from 60
 * (80x24 shows the focused pane and the one it feeds), else one.  The
 * panes shown always include the focused one and, where there is room,
 * the pane to its right, which changes as the selection moves.
 */
#include "output/section_text.h"
#include "base/util.h"
#include "tui/view.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*pane_draw_fn)(struct browser *b, struct grid *g, struct rect r, bool focused);

static const struct {
	pane_draw_fn draw;
	size_t preferred_width; /* offset of the columns it asks for in struct pane_widths */
} panes[PANE_COUNT] = {
	[PANE_AUTHORITIES] = { pane_authorities_draw, offsetof(struct pane_widths, authorities) },
	[PANE_REPORTS] = { pane_reports_draw, offsetof(struct pane_widths, reports) },
	[PANE_SECTIONS] = { pane_sections_draw, offsetof(struct pane_widths, sections) },
	[PANE_SECTION] = { pane_section_draw, 0 },
};

/* The widths the list panes ask for and the text's least share (config file's panes:). */
static struct pane_widths widths_wanted = PANE_WIDTHS_DEFAULT;

void view_set_pane_widths(const struct pane_widths *w)
{
	widths_wanted = *w;
}

/* The columns list pane P asks for. */
static int preferred_width(enum pane p)
{
	return *(const int *)((const char *)&widths_wanted + panes[p].preferred_width);
}

static int panes_that_fit(int cols)
{
	return cols >= 140 ? 4 : cols >= 100 ? 3 : cols >= 60 ? 2 : 1;
}

/* Work out which panes show and where; records them in B for mouse clicks. */
static void layout(struct browser *b, int cols)
{
	int k = panes_that_fit(cols);
	int first = (int)b->focus - (k > 1 ? k - 2 : 0);
	if (first > PANE_COUNT - k)
		first = PANE_COUNT - k;
	if (first < 0)
		first = 0;
	int last = first + k - 1, avail = cols - (k - 1); /* one column per separator */
	int widths[PANE_COUNT] = {0};
	if (last == PANE_SECTION && k > 1) {
		int want = 0;
		for (int p = first; p < last; p++)
			want += preferred_width(p);
		int room = avail - avail * widths_wanted.text_percent / 100; /* the text keeps at least this */
		for (int p = first; p < last; p++)
			widths[p] = want <= room ? preferred_width(p) : preferred_width(p) * room / want;
		int used = 0;
		for (int p = first; p < last; p++)
			used += widths[p];
		widths[last] = avail - used;
	} else {
		for (int p = first; p <= last; p++)
			widths[p] = avail / k + (p == last ? avail % k : 0);
	}
	int x = 0;
	for (int p = 0; p < PANE_COUNT; p++) {
		b->pane_w[p] = widths[p];
		b->pane_x[p] = x;
		if (widths[p])
			x += widths[p] + 1;
	}
}

/* The breadcrumb's text; SHORT: report types abbreviated, for narrow screens. */
static char *breadcrumb_text(struct browser *b, const char *sep, bool brief)
{
	struct strbuf s = {0};
	sb_adds(&s, "ecmr");
	if (b->mode == MODE_RESULTS) {
		sb_addf(&s, "%ssearch \"%s\"%s%zu hit%s", sep, b->query, sep, b->nhits, b->nhits == 1 ? "" : "s");
	} else if (b->mode == MODE_HELP) {
		sb_addf(&s, "%skeys", sep);
	} else {
		const struct authority_row *a = browser_authority(b);
		const struct report_row *r = browser_report_row(b);
		const struct section *sec = browser_section(b);
		if (a)
			sb_addf(&s, "%s%s", sep, a->short_name);
		if (r)
			sb_addf(&s, "%s%d %s", sep, r->year,
				brief ? report_type_abbrev(r->type) : report_type_label(r->type));
		if (sec) {
			char *t = section_text_title(sec);
			sb_addf(&s, "%s%s", sep, t);
			free(t);
		}
	}
	return sb_take(&s);
}

/* "ecmr > Marlow Vale > 2007 Annual performance assessment > Being healthy", abbreviated to fit. */
static void draw_breadcrumb(struct browser *b, struct grid *g)
{
	const char *sep = g->ascii ? " > " : " \xe2\x80\xba ";
	char *text = breadcrumb_text(b, sep, false);
	if (display_width(text, g->ascii) > g->cols) {
		free(text);
		text = breadcrumb_text(b, sep, true);
	}
	grid_fill(g, 0, 0, 1, g->cols, ROLE_BREADCRUMB);
	grid_put(g, 0, 0, g->cols, text, ROLE_BREADCRUMB);
	free(text);
}

/* Hints in the status line for each mode: the keys that matter there. */
static const struct {
	enum mode mode;
	const char *text;
} hints[] = {
	{ MODE_BROWSE, "?:help  /:search  f:filter  [ ]:year  1-5:outcome  p:pager  q:quit" },
	{ MODE_RESULTS, "Enter:open  n/N:next/previous  /:search  q:back" },
	{ MODE_HELP, "j/k:scroll  q:close" },
};

static void draw_hints(struct browser *b, struct grid *g, int y)
{
	for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++)
		if (hints[i].mode == b->mode)
			grid_put(g, y, 1, g->cols - 1, hints[i].text, ROLE_STATUS);
}

static void draw_status(struct browser *b, struct grid *g)
{
	int y = g->rows - 1;
	grid_fill(g, y, 0, 1, g->cols, ROLE_STATUS);
	if (b->mode == MODE_PROMPT || b->mode == MODE_FILTER) {
		const char *label = b->mode == MODE_PROMPT ? "Search: " : "Filter authorities: ";
		const char *text = b->mode == MODE_PROMPT ? b->query : b->filter;
		grid_fill(g, y, 0, 1, g->cols, ROLE_PROMPT);
		int used = grid_put(g, y, 0, g->cols, label, ROLE_PROMPT);
		/* the end of what is typed stays visible */
		const char *t = text;
		while (display_width(t, g->ascii) > g->cols - used - 2 && *t)
			t++;
		used += grid_put(g, y, used, g->cols - used, t, ROLE_PROMPT);
		grid_put(g, y, used, 1, "_", ROLE_PROMPT);
		return;
	}
	if (b->message[0]) {
		grid_put(g, y, 1, g->cols - 1, b->message, b->message_role);
		return;
	}
	if (b->index_replaced) {
		grid_put(g, y, 1, g->cols - 1, "The index has been rebuilt: press R to reload it", ROLE_NOTICE);
		return;
	}
	draw_hints(b, g, y);
	if (b->index_note) {
		int w = display_width(b->index_note, g->ascii);
		if (w < g->cols / 2)
			grid_put(g, y, g->cols - w - 1, w, b->index_note, ROLE_STATUS);
	}
}

void view_draw(struct browser *b, struct grid *g)
{
	b->rows = g->rows;
	b->cols = g->cols;
	grid_fill(g, 0, 0, g->rows, g->cols, ROLE_NORMAL);
	draw_breadcrumb(b, g);
	struct rect body = { 1, 0, g->rows - 2, g->cols };
	b->body_y = body.y + 1;
	b->body_h = body.h - 1;
	b->page = b->body_h > 2 ? b->body_h - 1 : 1;
	if (b->mode == MODE_RESULTS) {
		memset(b->pane_w, 0, sizeof b->pane_w);
		view_results_draw(b, g, body);
	} else if (b->mode == MODE_HELP) {
		memset(b->pane_w, 0, sizeof b->pane_w);
		view_help_draw(b, g, body);
	} else if (body.h >= 2) {
		layout(b, g->cols);
		for (int p = 0; p < PANE_COUNT; p++) {
			if (!b->pane_w[p])
				continue;
			struct rect r = { body.y, b->pane_x[p], body.h, b->pane_w[p] };
			panes[p].draw(b, g, r, b->focus == (enum pane)p);
			if (b->pane_x[p] + b->pane_w[p] < g->cols)
				grid_vline(g, body.y, b->pane_x[p] + b->pane_w[p], body.h);
		}
	}
	draw_status(b, g);
}
