/*
 * view_items.c: the items list (key I): every strength, area for
 * improvement and recommendation of the selected authority, two rows an
 * item: its marker and text in its kind's role, then, dimmed, where it
 * stands (year, report type, section) and what the index found about it
 * ("raised 2006, 2007, 2011", "a strength in 2011").  Headings name the
 * outcome or report each group belongs to.
 */
#include "base/util.h"
#include "output/items_text.h"
#include "report/vocab.h"
#include "tui/view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const enum role kind_roles[] = {
	[ITEM_STRENGTH] = ROLE_STRENGTH, [ITEM_IMPROVEMENT] = ROLE_IMPROVEMENT,
	[ITEM_RECOMMENDATION] = ROLE_RECOMMENDATION,
};

/* The title's right side: which kinds show ('.' for a hidden one), and the outcome or report chosen. */
static void filters_text(const struct browser *b, char *buf, size_t cap)
{
	const struct items_view *v = &b->items;
	static const enum item_kind kinds[] = { ITEM_STRENGTH, ITEM_IMPROVEMENT, ITEM_RECOMMENDATION };
	int len = 0;
	for (size_t k = 0; k < 3; k++)
		len += snprintf(buf + len, cap - (size_t)len, "%c",
				(v->hidden_kinds & (1u << kinds[k])) ? '.' : item_marker(kinds[k]));
	if (v->outcome)
		len += snprintf(buf + len, cap - (size_t)len, "  outcome %d", v->outcome);
	for (size_t r = 0; v->report_id && r < b->nreports && len < (int)cap; r++)
		if (b->reports[r].id == v->report_id)
			snprintf(buf + len, cap - (size_t)len, "  %d %s", b->reports[r].year,
				 report_type_abbrev(b->reports[r].type));
}

/* Rows Y and Y+1: item line L, selected or not. */
static void draw_item(const struct browser *b, struct grid *g, struct rect r, int y, const struct items_line *l,
		      bool sel)
{
	const struct item_row *row = &b->items.rows[l->row];
	enum role role = sel ? ROLE_CURSOR : kind_roles[row->kind];
	if (sel)
		grid_fill(g, y, r.x, 2, r.w, ROLE_CURSOR);
	char marker[2] = { item_marker(row->kind), '\0' };
	if (sel)
		grid_put(g, y, r.x, 1, ">", role);
	grid_put(g, y, r.x + 1, 1, marker, role);
	if (browser_item_marked(b, row))
		grid_put(g, y, r.x + 2, 1, "*", role);
	grid_put(g, y, r.x + 3, r.w - 3, row->text, role);
	char *title = item_cited_title(row);
	const char *note = b->items.notes[l->row];
	char *where = xasprintf("%d %s, %s%s%s", row->year, report_type_abbrev(row->type), title, note ? "; " : "",
				note ? note : "");
	grid_put(g, y + 1, r.x + 3, r.w - 3, where, sel ? ROLE_CURSOR : ROLE_DIM);
	free(where);
	free(title);
}

void view_items_draw(const struct browser *b, struct grid *g, struct rect r)
{
	const struct items_view *v = &b->items;
	size_t items = 0;
	for (size_t i = 0; i < v->nlines; i++)
		items += v->lines[i].row >= 0;
	const struct authority_row *a = browser_authority(b);
	bool filtered = v->filter[0] || b->mode == MODE_FILTER; /* f: say what by */
	char *title = xasprintf("%s: %zu of %zu items, by %s%s%s%s", a ? a->short_name : "", items, v->n,
				v->by_report ? "report" : "outcome", filtered ? ", \"" : "", filtered ? v->filter : "",
				filtered ? "\"" : "");
	char right[64];
	filters_text(b, right, sizeof right);
	pane_title(g, r, title, right, true);
	free(title);
	int rows = (r.h - 1) / 2;
	for (int i = 0; i < rows && (size_t)(v->pos.top + i) < v->nlines; i++) {
		const struct items_line *l = &v->lines[v->pos.top + i];
		int y = r.y + 1 + i * 2;
		if (l->row >= 0) {
			draw_item(b, g, r, y, l, v->pos.top + i == v->pos.sel);
			continue;
		}
		char *h = browser_items_heading(b, l);
		grid_put(g, y, r.x + 1, r.w - 1, h, ROLE_HEADING);
		free(h);
	}
	if (!items)
		grid_put(g, r.y + 1, r.x + 1, r.w - 1, v->n ? "Nothing passes these filters (+ - > 1-5 [ ] change them)."
			 : "No strengths, areas for improvement or recommendations.", ROLE_DIM);
}
