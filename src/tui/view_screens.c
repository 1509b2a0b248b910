/*
 * view_screens.c: the help screen, which replaces the panes (written from
 * the key table, so it cannot go stale).
 */
#include "base/util.h"
#include "tui/view.h"
#include "report/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
