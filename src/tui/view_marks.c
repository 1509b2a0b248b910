/*
 * view_marks.c: the marks list (M), two rows a mark: what is marked ("- "
 * an area for improvement's text, "# " a section, "@ " an authority),
 * then, dimmed, where it stands or that its report has left the index;
 * and the brief (B), its text a line a row, scrolled.
 */
#include "base/util.h"
#include "tui/view.h"

#include <stdlib.h>
#include <string.h>

void view_marks_draw(const struct browser *b, struct grid *g, struct rect r)
{
	const struct marks_state *ms = &b->marks;
	size_t gone = 0;
	for (size_t i = 0; i < ms->nfound; i++)
		gone += !ms->found[i].found;
	char *title = xasprintf("Marks: %zu", ms->nfound);
	char *right = gone ? xasprintf("%zu no longer in the index", gone) : xstrdup("");
	pane_title(g, r, title, right, true);
	free(title);
	free(right);
	int rows = (r.h - 1) / 2;
	for (int i = 0; i < rows && (size_t)(ms->pos.top + i) < ms->nfound; i++) {
		size_t at = (size_t)(ms->pos.top + i);
		int y = r.y + 1 + i * 2;
		bool sel = (int)at == ms->pos.sel;
		char *where = NULL, *line = browser_mark_line(b, at, &where);
		if (sel) {
			grid_fill(g, y, r.x, 2, r.w, ROLE_CURSOR);
			grid_put(g, y, r.x, 1, ">", ROLE_CURSOR);
		}
		grid_put(g, y, r.x + 1, r.w - 1, line, sel ? ROLE_CURSOR : ROLE_NORMAL);
		grid_put(g, y + 1, r.x + 3, r.w - 3, where,
			 sel ? ROLE_CURSOR : ms->found[at].found ? ROLE_DIM : ROLE_ERROR);
		free(line);
		free(where);
	}
	if (!ms->nfound)
		grid_put(g, r.y + 1, r.x + 1, r.w - 1,
			 "Nothing is marked. m marks an authority, a section, or an item in the items list (I).", ROLE_DIM);
}

void view_brief_draw(const struct browser *b, struct grid *g, struct rect r)
{
	const struct marks_state *ms = &b->marks;
	pane_title(g, r, "Meeting brief (y copies it, s saves it, p pages it)", "", true);
	const char *p = ms->brief ? ms->brief : "";
	for (int skip = 0; skip < ms->brief_top && *p; skip++) {
		const char *nl = strchr(p, '\n');
		p = nl ? nl + 1 : p + strlen(p);
	}
	for (int y = r.y + 1; y < r.y + r.h && *p; y++) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		char *line = xstrndup(p, len);
		/* underlines of headings and the markers read as headings */
		bool heading = nl && nl[1] && (nl[1] == '=' || nl[1] == '-') && nl[2] && (nl[2] == '=' || nl[2] == '-');
		grid_put(g, y, r.x + 1, r.w - 1, line, heading ? ROLE_HEADING : ROLE_NORMAL);
		free(line);
		p = nl ? nl + 1 : p + len;
	}
}
