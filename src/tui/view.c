/*
 * view.c: the screen's layout.  Row 0 says where you are (breadcrumb), the
 * last row is the status line, and between them as many panes as the
 * width allows: all four from 140 columns, three from 100, two from 60
 * (80x24 shows the focused pane and the one it feeds), else one.  The
 * panes shown always include the focused one and, where there is room,
 * the pane to its right, which changes as the selection moves.  Beside
 * the section text the lists give up width so the text keeps at least
 * half the screen beside one list, 40% beside more (man ecmr, THE SCREEN,
 * says the same).
 */
#include "output/section_text.h"
#include "base/util.h"
#include "tui/view.h"
#include "tui/browser_grids.h"
#include "report/vocab.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*pane_draw_fn)(const struct view *v, const struct browser *b, struct grid *g, struct rect r,
			     bool focused);

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

/* Work out which panes show and where; records them in V for drawing and mouse clicks. */
static void layout(struct view *v, const struct browser *b, int cols)
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
		/* the text keeps at least the share asked for, and half beside one list */
		int room = k == 2 && widths_wanted.text_percent < 50 ? avail / 2
								       : avail - avail * widths_wanted.text_percent / 100;
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
		v->pane_w[p] = widths[p];
		v->pane_x[p] = x;
		if (widths[p])
			x += widths[p] + 1;
	}
}

/*
 * The search's part of the breadcrumb: the query (in quotes unless it has
 * its own) and its totals, "12 hits in 3 reports", with "so far,
 * counting" and ELLIPSIS while it is still being counted.
 */
static void add_results_crumb(const struct browser *b, struct strbuf *s, const char *sep, const char *ellipsis)
{
	const struct search *q = b->results.s;
	const char *quote = strchr(b->query, '"') ? "" : "\"";
	sb_addf(s, "%ssearch %s%s%s", sep, quote, q ? search_query(q) : b->query, quote);
	if (!q)
		return;
	size_t n = search_count(q), reports = search_reports(q);
	sb_addf(s, "%s%zu hit%s in %zu report%s", sep, n, n == 1 ? "" : "s", reports, reports == 1 ? "" : "s");
	if (!search_done(q))
		sb_addf(s, " so far, counting%s", ellipsis);
}

/* The breadcrumb's text; SHORT: report types abbreviated, for narrow screens. */
static char *breadcrumb_text(const struct browser *b, const char *sep, const char *ellipsis, bool brief)
{
	struct strbuf s = {0};
	sb_adds(&s, "ecmr");
	enum mode m = browser_shown_mode(b);
	if (m == MODE_RESULTS) {
		add_results_crumb(b, &s, sep, ellipsis);
	} else if (m == MODE_HELP) {
		sb_addf(&s, "%skeys", sep);
	} else if (m == MODE_ITEMS) {
		const struct authority_row *a = browser_authority(b);
		sb_addf(&s, "%s%s%sitems", sep, a ? a->short_name : "", sep);
	} else if (b->mode == MODE_MARKS || b->mode == MODE_BRIEF) {
		sb_addf(&s, "%s%s", sep, b->mode == MODE_MARKS ? "marks" : "brief");
	} else if (grids_current(b)) {
		const struct authority_row *a = browser_authority(b);
		char *crumb = grids_crumb(b);
		sb_addf(&s, "%s%s%s%s", sep, a ? a->short_name : "", sep, crumb);
		free(crumb);
	} else {
		const struct authority_row *a = browser_authority(b);
		const struct report_row *r = browser_report_row(b);
		const struct section *sec = browser_section(b);
		if (a)
			sb_addf(&s, "%s%s", sep, a->short_name);
		if (r) {
			char name[200];
			report_row_name(r, brief, name, sizeof name);
			sb_addf(&s, "%s%s", sep, name);
		}
		if (sec) {
			char *t = section_text_title(sec);
			sb_addf(&s, "%s%s", sep, t);
			free(t);
		}
	}
	return sb_take(&s);
}

/*
 * "ecmr > Marlow Vale > 2007 Annual performance assessment > Being healthy",
 * abbreviated to fit, and where even that is too wide, cut with an ellipsis
 * so that it is plain something is missing.
 */
static void draw_breadcrumb(const struct browser *b, struct grid *g)
{
	const char *sep = g->ascii ? " > " : " \xe2\x80\xba ";
	const char *ellipsis = g->ascii ? "..." : "\xe2\x80\xa6";
	char *text = breadcrumb_text(b, sep, ellipsis, false);
	if (display_width(text, g->ascii) > g->cols) {
		free(text);
		text = breadcrumb_text(b, sep, ellipsis, true);
	}
	grid_fill(g, 0, 0, 1, g->cols, ROLE_BREADCRUMB);
	if (display_width(text, g->ascii) <= g->cols) {
		grid_put(g, 0, 0, g->cols, text, ROLE_BREADCRUMB);
	} else {
		int ew = display_width(ellipsis, g->ascii);
		int used = grid_put(g, 0, 0, g->cols - ew, text, ROLE_BREADCRUMB);
		grid_put(g, 0, used, g->cols - used, ellipsis, ROLE_BREADCRUMB);
	}
	free(text);
}

/* Hints in the status line for each mode: the keys that matter there. */
static const struct {
	enum mode mode;
	const char *text;
} hints[] = {
	{ MODE_BROWSE, "?:help  /:search  f:filter  [ ]:year  1-5:outcome  p:pager  q:quit" },
	{ MODE_RESULTS, "Enter:open  n/N:next/previous  o:date/relevance  f:filter  /:search  q:back" },
	{ MODE_HELP, "j/k:scroll  q:close" },
	{ MODE_ITEMS, "Enter:open  v:group  + - >:kinds  1-5:outcome  [ ]:report  q:back" },
	{ MODE_HISTORY, "arrows:move  Enter:open  C:compare  p:pager  ?:help  q:back" },
	{ MODE_COMPARE, "Enter:open  c:group  [ ]:year  t:type  o:sort  H:history  q:back" },
	{ MODE_MARKS, "Enter:go to  m d:unmark  B:brief  y:copy  s:save  q:back" },
	{ MODE_BRIEF, "y:copy  s:save  |:pipe  p:pager  M:marks  q:back" },
};

static void draw_hints(const struct browser *b, struct grid *g, int y)
{
	for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++)
		if (hints[i].mode == browser_shown_mode(b))
			grid_put(g, y, 1, g->cols - 1, hints[i].text, ROLE_STATUS);
}

static void draw_status(const struct browser *b, struct grid *g)
{
	int y = g->rows - 1;
	grid_fill(g, y, 0, 1, g->cols, ROLE_STATUS);
	if (b->mode == MODE_PROMPT || b->mode == MODE_FILTER || b->mode == MODE_LINE) {
		const char *label = b->mode == MODE_PROMPT ? "Search: " : b->mode == MODE_FILTER ? browser_filter_label(b) :
				    b->line.purpose == LINE_SAVE ? "Save to file: " : "Pipe to command: ";
		const char *text = b->mode == MODE_PROMPT ? b->query :
				   b->mode == MODE_FILTER ? browser_filter_of(b, b->filters.typing) : b->line.text;
		grid_fill(g, y, 0, 1, g->cols, ROLE_PROMPT);
		int used = grid_put(g, y, 0, g->cols, label, ROLE_PROMPT);
		/* said at the right while typing: what was typed or pasted did not all fit */
		char cut[64] = "";
		if (b->input_cut)
			snprintf(cut, sizeof cut, " %s cut at %d characters ", b->mode == MODE_PROMPT ? "search" : "filter",
				 b->input_cut);
		int cutw = display_width(cut, g->ascii);
		if (cutw > g->cols - used - 10)
			cutw = 0;
		else if (cutw)
			grid_put(g, y, g->cols - cutw, cutw, cut, ROLE_ERROR);
		/* the end of what is typed stays visible */
		const char *t = text;
		while (display_width(t, g->ascii) > g->cols - used - 2 - cutw && *t)
			t++;
		used += grid_put(g, y, used, g->cols - used - cutw, t, ROLE_PROMPT);
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

/* The rows between the breadcrumb and the status line. */
static struct rect body_rect(const struct grid *g)
{
	return (struct rect){ 1, 0, g->rows - 2, g->cols };
}

/* Lay the screen out for G and say what it will show. */
static struct screen_facts measure(struct view *v, const struct browser *b, const struct grid *g)
{
	struct screen_facts f = { .hit_line = -1, .item_line = -1 };
	struct rect body = body_rect(g);
	v->rows = g->rows;
	v->cols = g->cols;
	v->body_y = body.y + 1;
	v->body_h = body.h - 1;
	f.page = v->body_h > 2 ? v->body_h - 1 : 1;
	enum mode m = browser_shown_mode(b); /* under a prompt, the view it was opened from */
	if (m == MODE_RESULTS) {
		memset(v->pane_w, 0, sizeof v->pane_w);
		f.results_rows = (body.h - 1) / 2; /* two rows a hit: where, and the snippet */
	} else if (m == MODE_ITEMS) {
		memset(v->pane_w, 0, sizeof v->pane_w);
		f.items_rows = (body.h - 1) / 2; /* two rows a line: an item's text, then where it stands */
	} else if (m == MODE_MARKS || m == MODE_BRIEF) {
		memset(v->pane_w, 0, sizeof v->pane_w);
		f.marks_rows = (body.h - 1) / 2; /* two rows a mark */
		f.brief_rows = body.h - 1;
	} else if (m == MODE_HELP) {
		memset(v->pane_w, 0, sizeof v->pane_w);
		f.help_lines = view_help_lines(b);
		f.help_rows = body.h - 1;
	} else if (grids_current(b)) {
		memset(v->pane_w, 0, sizeof v->pane_w);
		view_grid_measure(b, body, g->ascii, &f);
	} else if (body.h >= 2) {
		layout(v, b, g->cols);
		for (int p = 0; p < PANE_COUNT; p++)
			f.rows[p] = v->pane_w[p] ? body.h - 1 : 0;
		if (v->pane_w[PANE_SECTION]) {
			pane_section_layout(v, b, v->pane_w[PANE_SECTION] - 1);
			f.section_lines = (int)v->section.n;
			f.section_rows = f.rows[PANE_SECTION];
			if (b->jump_to_hit)
				f.hit_line = pane_section_hit_line(v, b);
			if (b->jump_item.pending)
				f.item_line = pane_section_item_line(v, b);
		}
	}
	return f;
}

/* Draw the state of B as measured. */
static void paint(const struct view *v, const struct browser *b, struct grid *g)
{
	struct rect body = body_rect(g);
	grid_fill(g, 0, 0, g->rows, g->cols, ROLE_NORMAL);
	draw_breadcrumb(b, g);
	enum mode m = browser_shown_mode(b);
	if (m == MODE_RESULTS) {
		view_results_draw(b, g, body);
	} else if (m == MODE_ITEMS) {
		view_items_draw(b, g, body);
	} else if (m == MODE_MARKS) {
		view_marks_draw(b, g, body);
	} else if (m == MODE_BRIEF) {
		view_brief_draw(b, g, body);
	} else if (m == MODE_HELP) {
		view_help_draw(b, g, body);
	} else if (grids_current(b)) {
		view_grid_draw(b, g, body);
	} else if (body.h >= 2) {
		for (int p = 0; p < PANE_COUNT; p++) {
			if (!v->pane_w[p])
				continue;
			struct rect r = { body.y, v->pane_x[p], body.h, v->pane_w[p] };
			panes[p].draw(v, b, g, r, b->focus == (enum pane)p);
			if (v->pane_x[p] + v->pane_w[p] < g->cols)
				grid_vline(g, body.y, v->pane_x[p] + v->pane_w[p], body.h);
		}
	}
	draw_status(b, g);
}

void view_draw(struct view *v, struct browser *b, struct grid *g)
{
	struct screen_facts f = measure(v, b, g);
	browser_screen(b, &f);
	paint(v, b, g);
}

void view_click(const struct view *v, struct browser *b, int y, int x)
{
	bool any_pane = false;
	for (int p = 0; p < PANE_COUNT; p++)
		any_pane = any_pane || v->pane_w[p];
	if (!any_pane && y >= v->body_y && y < v->body_y + v->body_h) /* a view of its own: its row */
		browser_click(b, PANE_COUNT, y - v->body_y);
	for (int p = 0; p < PANE_COUNT; p++) {
		if (!v->pane_w[p] || x < v->pane_x[p] || x >= v->pane_x[p] + v->pane_w[p])
			continue;
		int row = y - v->body_y;
		browser_click(b, (enum pane)p, row >= 0 && row < v->body_h ? row : -1);
	}
}

void view_wheel(const struct view *v, struct browser *b, int y, int x, int notches)
{
	enum pane under = PANE_COUNT;
	for (int p = 0; p < PANE_COUNT; p++)
		if (v->pane_w[p] && x >= v->pane_x[p] && x < v->pane_x[p] + v->pane_w[p] &&
		    y >= v->body_y - 1 && y < v->rows - 1)
			under = (enum pane)p;
	bool any_pane = false;
	for (int p = 0; p < PANE_COUNT; p++)
		any_pane = any_pane || v->pane_w[p];
	if (any_pane && under == PANE_COUNT)
		return; /* on the breadcrumb, a separator or the status line */
	browser_wheel(b, under, notches * WHEEL_LINES);
}

void view_free(struct view *v)
{
	section_layout_free(&v->section);
	memset(v, 0, sizeof *v);
}
