/*
 * pane_lists.c: the three list panes: authorities (with their latest
 * overall judgement), the selected authority's reports by year, and the
 * selected report's sections (outcomes first) with their judgements.
 */
#include "base/util.h"
#include "tui/view.h"
#include "report/vocab.h"

#include <stdio.h>
#include <string.h>

static const struct {
	enum role role;
	const char *full, *brief, *letter;
} judgement_looks[] = {
	[J_NONE] = { ROLE_NOT_JUDGED, "", "", "" },
	[J_OUTSTANDING] = { ROLE_OUTSTANDING, "Outstanding", "Outst", "O" },
	[J_GOOD] = { ROLE_GOOD, "Good", "Good", "G" },
	[J_ADEQUATE] = { ROLE_ADEQUATE, "Adequate", "Adeq", "A" },
	[J_REQUIRES_IMPROVEMENT] = { ROLE_REQUIRES_IMPROVEMENT, "Requires impr.", "RI", "RI" },
	[J_INADEQUATE] = { ROLE_INADEQUATE, "Inadequate", "Inadq", "I" },
};

enum role judgement_role(enum judgement j)
{
	return j <= J_INADEQUATE ? judgement_looks[j].role : ROLE_NOT_JUDGED;
}

const char *judgement_short(enum judgement j, int width)
{
	if (j > J_INADEQUATE)
		return "";
	return width >= 24 ? judgement_looks[j].full : judgement_looks[j].brief;
}

const char *judgement_in_words(enum judgement j, int level)
{
	if (j > J_INADEQUATE)
		return "";
	return level >= 2 ? judgement_looks[j].full : level == 1 ? judgement_looks[j].brief : judgement_looks[j].letter;
}

void pane_title(struct grid *g, struct rect r, const char *title, const char *right, bool focused)
{
	enum role role = focused ? ROLE_TITLE_ACTIVE : ROLE_TITLE;
	grid_fill(g, r.y, r.x, 1, r.w, role);
	int rw = right && right[0] ? display_width(right, g->ascii) : 0;
	int used = grid_put(g, r.y, r.x + 1, r.w - 2 - (rw ? rw + 1 : 0), title, role);
	(void)used;
	if (rw && rw < r.w - 2)
		grid_put(g, r.y, r.x + r.w - rw - 1, rw, right, role);
}

/* What one row of a list shows. */
struct list_row {
	char text[200];
	enum judgement judgement;
};

typedef void (*row_fn)(const struct browser *b, int i, struct list_row *row);

/* Rows of pane PANE's list from its first row shown (the browser scrolled it before the draw). */
static void draw_list(const struct browser *b, struct grid *g, struct rect r, enum pane pane, bool focused,
		      row_fn fill)
{
	const struct list_pos *p = &b->pos[pane];
	int n = browser_list_len(b, pane), body = r.h - 1;
	for (int i = 0; i < body && p->top + i < n; i++) {
		int idx = p->top + i, y = r.y + 1 + i;
		struct list_row row = { "", J_NONE };
		fill(b, idx, &row);
		bool sel = idx == p->sel;
		enum role base = sel ? (focused ? ROLE_CURSOR : ROLE_CURSOR_INACTIVE) : ROLE_NORMAL;
		grid_fill(g, y, r.x, 1, r.w, base);
		if (sel)
			grid_put(g, y, r.x, 1, ">", base);
		const char *word = judgement_short(row.judgement, r.w);
		int ww = display_width(word, g->ascii);
		int textw = r.w - 2 - (ww ? ww + 1 : 0);
		grid_put(g, y, r.x + 1, textw, row.text, base);
		if (ww)
			grid_put(g, y, r.x + r.w - ww, ww, word, sel ? base : judgement_role(row.judgement));
	}
}

static void authority_row(const struct browser *b, int i, struct list_row *row)
{
	const struct authority_row *a = &b->authorities[b->shown[i]];
	/* a marked row starts with '*' (unmarked rows keep their place) */
	snprintf(row->text, sizeof row->text, "%s%s", browser_authority_marked(b, a) ? "* " : "", a->short_name);
	row->judgement = a->latest_overall;
}

void report_row_name(const struct report_row *r, bool brief, char *buf, size_t size)
{
	char year[16] = "undated";
	if (r->year)
		snprintf(year, sizeof year, "%d", r->year);
	const char *type = brief ? report_type_abbrev(r->type) : report_type_label(r->type);
	if (r->type == RT_UNKNOWN)
		type = brief ? "unknown" : report_type_label(r->type);
	bool named = r->type == RT_UNKNOWN && r->name && r->name[0];
	snprintf(buf, size, "%s %s%s%s", year, type, named ? " " : "", named ? r->name : "");
}

static void report_row(const struct browser *b, int i, struct list_row *row)
{
	const struct report_row *r = &b->reports[i];
	report_row_name(r, true, row->text, sizeof row->text);
	row->judgement = r->overall;
}

/* A short name for a section in the list: its key's label, else its heading; scope marked. */
static void section_row(const struct browser *b, int i, struct list_row *row)
{
	const struct section *s = &b->report.sections[b->section_order[i]];
	const char *label = section_key_label(s->key);
	const char *name = label && strcmp(s->key, "text") != 0 ? label : s->heading && s->heading[0] ? s->heading : s->key;
	const char *scope = strcmp(s->scope, "looked-after") == 0 ? "LAC: " :
			    strcmp(s->scope, "safeguarding") == 0 ? "SG: " : "";
	snprintf(row->text, sizeof row->text, "%s%s%s", browser_section_marked(b, s) ? "* " : "", scope, name);
	row->judgement = s->judgement;
}

void pane_authorities_draw(const struct view *v, const struct browser *b, struct grid *g, struct rect r,
                           bool focused)
{
	char title[128], right[32];
	if (b->filter[0] || (b->mode == MODE_FILTER && b->filters.typing == FILTER_AUTHORITIES))
		snprintf(title, sizeof title, "Authorities \"%s\"", b->filter);
	else
		snprintf(title, sizeof title, "Authorities");
	snprintf(right, sizeof right, b->filter[0] ? "%zu/%zu" : "%zu", b->nshown, b->nauthorities);
	(void)v;
	pane_title(g, r, title, right, focused);
	draw_list(b, g, r, PANE_AUTHORITIES, focused, authority_row);
	if (!b->nshown)
		grid_put(g, r.y + 1, r.x + 1, r.w - 1, b->filter[0] ? "no authority matches" : "no authorities",
			 ROLE_DIM);
}

void pane_reports_draw(const struct view *v, const struct browser *b, struct grid *g, struct rect r,
                       bool focused)
{
	char right[16], title[128];
	(void)v;
	const char *f = browser_filter_of(b, FILTER_REPORTS);
	bool typing = b->mode == MODE_FILTER && b->filters.typing == FILTER_REPORTS;
	snprintf(right, sizeof right, "%zu", b->nreports);
	snprintf(title, sizeof title, f[0] || typing ? "Reports \"%s\"" : "Reports", f);
	pane_title(g, r, title, right, focused);
	draw_list(b, g, r, PANE_REPORTS, focused, report_row);
	if (!b->nreports && f[0])
		grid_put(g, r.y + 1, r.x + 1, r.w - 1, "no report matches", ROLE_DIM);
}

void pane_sections_draw(const struct view *v, const struct browser *b, struct grid *g, struct rect r,
                        bool focused)
{
	(void)v;
	const struct report_row *rr = browser_report_row(b);
	char title[128], name[100];
	if (rr) {
		report_row_name(rr, true, name, sizeof name);
		snprintf(title, sizeof title, "Sections of %s", name);
	} else
		snprintf(title, sizeof title, "Sections");
	const char *f = browser_filter_of(b, FILTER_SECTIONS);
	if (f[0] || (b->mode == MODE_FILTER && b->filters.typing == FILTER_SECTIONS)) /* what they are filtered by */
		snprintf(title + strlen(title), sizeof title - strlen(title), " \"%s\"", f);
	pane_title(g, r, title, "", focused);
	draw_list(b, g, r, PANE_SECTIONS, focused, section_row);
	if (!b->nsections && f[0] && rr)
		grid_put(g, r.y + 1, r.x + 1, r.w - 1, "no section matches", ROLE_DIM);
}
