/*
 * view_screens.c: the screens that replace the panes: search results and
 * the help screen (written from the key table, so it cannot go stale).
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

static const char *hit_where(const struct search_hit *h)
{
	if (!h->is_item)
		return "";
	return h->item_kind == ITEM_STRENGTH ? "+ " : h->item_kind == ITEM_IMPROVEMENT ? "- " : "> ";
}

void view_results_draw(const struct browser *b, struct grid *g, struct rect r)
{
	char right[32];
	snprintf(right, sizeof right, "%d of %zu%s", b->nhits ? b->hit_pos.sel + 1 : 0, b->nhits,
		 b->nhits >= SEARCH_LIMIT ? "+" : "");
	const char *f = browser_filter_of(b, FILTER_RESULTS);
	char title[128];
	if (f[0] || b->mode == MODE_FILTER) /* f: what they are filtered by */
		snprintf(title, sizeof title, "Search results \"%s\": Enter opens, n/N move", f);
	else
		snprintf(title, sizeof title, "Search results: Enter opens, n/N move");
	pane_title(g, r, title, right, true);
	if (!b->nhits)
		grid_put(g, r.y + 1, r.x + 1, r.w - 1, "no hit matches", ROLE_DIM);
	int per = 2, rows = (r.h - 1) / per;
	for (int i = 0; i < rows && (size_t)(b->hit_pos.top + i) < b->nhits; i++) {
		int idx = b->hit_pos.top + i, y = r.y + 1 + i * per;
		const struct search_hit *h = &b->hits[idx];
		bool sel = idx == b->hit_pos.sel;
		enum role base = sel ? ROLE_CURSOR : ROLE_HEADING;
		grid_fill(g, y, r.x, 1, r.w, base);
		const char *label = section_key_label(h->section_key);
		char *where = xasprintf("%s%s %d %s: %s%s", sel ? ">" : " ", h->authority, h->year,
					report_type_abbrev(h->type),
					h->heading && h->heading[0] ? h->heading : label ? label : h->section_key,
					strcmp(h->scope, "all") ? strcmp(h->scope, "looked-after") == 0 ?
					" (looked after children)" : " (safeguarding)" : "");
		grid_put(g, y, r.x, r.w, where, base);
		free(where);
		const char *marker = hit_where(h);
		enum role mrole = !h->is_item ? ROLE_NORMAL : h->item_kind == ITEM_STRENGTH ? ROLE_STRENGTH :
				  h->item_kind == ITEM_IMPROVEMENT ? ROLE_IMPROVEMENT : ROLE_RECOMMENDATION;
		int used = grid_put(g, y + 1, r.x + 3, 2, marker, mrole);
		/* the browser fetched the snippets of the hits on screen before this draw */
		draw_snippet(g, y + 1, r.x + 3 + used, r.w - 3 - used, h->snippet ? h->snippet : "");
	}
}

/* Has an earlier binding with help text already listed KB's action in CTX? */
static bool listed_before(const struct key_binding *kb, unsigned ctx)
{
	for (const struct key_binding *e = key_bindings; e < kb; e++)
		if (e->help && e->action == kb->action && (e->contexts & ctx))
			return true;
	return false;
}

/* The help screen's lines, made from the key table and a legend. */
static int help_lines(const struct browser *b, struct grid *g, struct rect r, bool draw)
{
	static const struct {
		unsigned ctx;
		const char *title;
	} groups[] = {
		{ CTX_BROWSE, "In the panes" },
		{ CTX_RESULTS, "In the search results" },
		{ CTX_ITEMS, "In the items list" },
		{ CTX_HISTORY, "In the history grid" },
		{ CTX_COMPARE, "In the compare grid" },
		{ CTX_MARKS, "In the marks list" },
		{ CTX_BRIEF, "In the brief" },
	};
	int line = 0, y0 = r.y + 1 - b->help_top;
#define HELP_LINE(text, role, col) do { if (draw && y0 + line > r.y && y0 + line < r.y + r.h) \
	grid_put(g, y0 + line, r.x + (col), r.w - (col), (text), (role)); } while (0)
	for (size_t gi = 0; gi < sizeof groups / sizeof groups[0]; gi++) {
		HELP_LINE(groups[gi].title, ROLE_HEADING, 1);
		line++;
		for (const struct key_binding *kb = key_bindings; kb->key; kb++) {
			if (!kb->help || !(kb->contexts & groups[gi].ctx) || listed_before(kb, groups[gi].ctx))
				continue;
			char keys[64];
			key_names_for(kb->action, groups[gi].ctx, keys, sizeof keys);
			HELP_LINE(keys, ROLE_HELP_KEY, 3);
			HELP_LINE(kb->help, ROLE_NORMAL, 20);
			line++;
		}
		line++;
	}
	static const struct {
		const char *mark, *text;
		enum role role;
	} legend[] = {
		{ "+", "a strength", ROLE_STRENGTH },
		{ "-", "an area for improvement", ROLE_IMPROVEMENT },
		{ ">", "a recommendation", ROLE_RECOMMENDATION },
		{ "Good", "judgements: words on one scale for all reports", ROLE_GOOD },
	};
	HELP_LINE("Markers and judgements", ROLE_HEADING, 1);
	line++;
	for (size_t i = 0; i < sizeof legend / sizeof legend[0]; i++) {
		HELP_LINE(legend[i].mark, legend[i].role, 3);
		HELP_LINE(legend[i].text, ROLE_NORMAL, 20);
		line++;
	}
#undef HELP_LINE
	return line;
}

int view_help_lines(const struct browser *b)
{
	struct rect none = { 0, 0, 0, 0 };
	return help_lines(b, NULL, none, false);
}

void view_help_draw(const struct browser *b, struct grid *g, struct rect r)
{
	pane_title(g, r, "Keys (q or Esc closes)", "", true);
	help_lines(b, g, r, true);
}
