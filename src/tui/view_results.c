/*
 * view_results.c: the search results, which replace the panes.  Two rows
 * a line: a report's heading (authority, year, type, its hits) over its
 * full type name, or a hit (its section, with the item marker) over its
 * snippet, the search's words in the match role.  Drawn from the state
 * only: the browser read the details and snippets of the lines on screen
 * before this draw (browser_results_screen).
 */
#include "base/util.h"
#include "tui/view.h"
#include "report/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Where to start drawing SNIPPET in W columns so that its first match (after
 * the \x01 marker) is on screen: the snippet's start when the match begins in
 * the first two thirds of the row, else the first word boundary that leaves
 * at most a third of the row before the match.  Sets *CUT when text is left out.
 */
static const char *snippet_start(const char *snippet, int w, bool ascii, bool *cut)
{
	const char *match = strchr(snippet, '\x01');
	*cut = false;
	if (!match || display_width_range(snippet, match, ascii) <= w * 2 / 3)
		return snippet;
	const char *p = snippet;
	while (p < match && display_width_range(p, match, ascii) > w / 3) {
		const char *space = memchr(p, ' ', (size_t)(match - p));
		if (!space)
			break;
		p = space + 1;
	}
	*cut = p != snippet;
	return p;
}

/* Draw a snippet whose match is between \x01 and \x02 markers, the match in view. */
static void draw_snippet(struct grid *g, int y, int x, int w, const char *snippet)
{
	int used = 0;
	enum role role = ROLE_NORMAL;
	bool cut;
	const char *p = snippet_start(snippet, w, g->ascii, &cut);
	if (cut)
		used = grid_put(g, y, x, w, "...", ROLE_NORMAL);
	while (*p && used < w) {
		const char *end = p;
		while (*end && *end != '\x01' && *end != '\x02')
			end++;
		used += grid_put_range(g, y, x + used, w - used, p, end, role);
		if (!*end)
			break;
		role = *end == '\x01' ? ROLE_MATCH : ROLE_NORMAL;
		p = end + 1;
	}
}

/* A report's heading: "Marlow Vale 2010 SLAC: 3 hits" over "Inspection of ... looked after children". */
static void draw_heading(struct grid *g, int y, struct rect r, const struct search_hit *h, size_t count)
{
	char *text = xasprintf(" %s %d %s: %zu hit%s", h->authority ? h->authority : "?", h->year,
			       report_type_abbrev(h->type), count, count == 1 ? "" : "s");
	grid_put(g, y, r.x, r.w, text, ROLE_HEADING);
	free(text);
	grid_put(g, y + 1, r.x + 2, r.w - 2, report_type_label(h->type), ROLE_DIM);
}

/* A hit: its section (and scope), its item marker, then the snippet. */
static void draw_hit(struct grid *g, int y, struct rect r, const struct search_hit *h, bool sel)
{
	enum role base = sel ? ROLE_CURSOR : ROLE_NORMAL;
	grid_fill(g, y, r.x, 1, r.w, base);
	const char *key = h->section_key ? h->section_key : "?";
	const char *label = section_key_label(key);
	const char *scope = !h->scope || strcmp(h->scope, "all") == 0 ? "" :
			    strcmp(h->scope, "looked-after") == 0 ? " (looked after children)" : " (safeguarding)";
	char *where = xasprintf("%s  %s%s", sel ? ">" : " ", h->heading && h->heading[0] ? h->heading : label ? label : key,
				scope);
	grid_put(g, y, r.x, r.w, where, base);
	free(where);
	const char *marker = !h->is_item ? "" : h->item_kind == ITEM_STRENGTH ? "+ " :
			     h->item_kind == ITEM_IMPROVEMENT ? "- " : "> ";
	enum role mrole = !h->is_item ? ROLE_NORMAL : h->item_kind == ITEM_STRENGTH ? ROLE_STRENGTH :
			  h->item_kind == ITEM_IMPROVEMENT ? ROLE_IMPROVEMENT : ROLE_RECOMMENDATION;
	int used = grid_put(g, y + 1, r.x + 4, 2, marker, mrole);
	draw_snippet(g, y + 1, r.x + 4 + used, r.w - 4 - used, h->snippet ? h->snippet : "");
}

void view_results_draw(const struct browser *b, struct grid *g, struct rect r)
{
	const struct results *res = &b->results;
	const struct result_line *sel = res->nlines && res->pos.sel >= 0 && (size_t)res->pos.sel < res->nlines
					? &res->lines[res->pos.sel] : NULL;
	char right[48];
	snprintf(right, sizeof right, "%zu of %zu", sel ? sel->nth + 1 : 0, res->listed);
	const char *f = browser_filter_of(b, FILTER_RESULTS);
	const char *order = res->order == ORDER_DATE ? "by date" : "by relevance";
	char title[160];
	if (f[0] || b->mode == MODE_FILTER) /* f: what they are filtered by */
		snprintf(title, sizeof title, "Search results \"%s\", %s: Enter opens, o orders", f, order);
	else
		snprintf(title, sizeof title, "Search results, %s: Enter opens, o orders", order);
	pane_title(g, r, title, right, true);
	if (!res->nlines && !browser_busy(b))
		grid_put(g, r.y + 1, r.x + 1, r.w - 1, "no hit matches", ROLE_DIM);
	int rows = (r.h - 1) / 2;
	for (int i = 0; res->s && i < rows && (size_t)(res->pos.top + i) < res->nlines; i++) {
		const struct result_line *l = &res->lines[res->pos.top + i];
		const struct search_hit *h = search_hit_peek(res->s, l->hit);
		int y = r.y + 1 + i * 2;
		if (l->heading)
			draw_heading(g, y, r, h, l->count);
		else
			draw_hit(g, y, r, h, l == sel);
	}
}
