/*
 * browser_marks.c: the user's marks in the browser (see browser.h): m
 * marks or unmarks the selected item, section or authority and writes the
 * marks file at once (atomically, state_file.h), M lists the marks, B
 * shows the brief made from them.  The marks are found in the index only
 * when the list or the brief is opened (db_marked), since the panes need
 * only to know whether a row is marked, which the marks themselves tell.
 */
#include "tui/browser.h"
#include "output/brief.h"
#include "output/items_text.h"
#include "output/section_text.h"
#include "base/utf8.h"
#include "base/state_file.h"
#include "base/util.h"
#include "report/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void browser_marks_load(struct browser *b)
{
	struct marks_state *ms = &b->marks;
	ms->path = state_path("marks");
	if (!ms->path) {
		ms->off = true;
		return;
	}
	char *err = NULL;
	int rc = marks_load(ms->path, &ms->marks, &err);
	if (rc != 0) {
		/* said on stderr too: the status line's notice may be gone before it is read */
		fprintf(stderr, "ecmr: %s\n", err);
		browser_notice(b, ROLE_ERROR, "%s", err);
		ms->off = rc != -2; /* set aside: a new file can be written; else leave it be */
	}
	free(err);
}

/* Forget what was found in the index (the list's and the brief's). */
static void forget_found(struct marks_state *ms)
{
	db_free_marked(ms->found, ms->nfound);
	ms->found = NULL;
	ms->nfound = 0;
	free(ms->brief);
	ms->brief = NULL;
	ms->brief_lines = 0;
}

void browser_marks_free(struct browser *b)
{
	forget_found(&b->marks);
	marks_free(&b->marks.marks);
	free(b->marks.path);
	memset(&b->marks, 0, sizeof b->marks);
}

/* Find the marks in the index again (after a change, on opening the list or brief, after a reload). */
static void find_marks(struct browser *b)
{
	struct marks_state *ms = &b->marks;
	forget_found(ms);
	if (db_marked(b->db, &ms->marks, &ms->found, &ms->nfound) != 0)
		browser_notice(b, ROLE_ERROR, "cannot read every mark's report from %s", db_path(b->db));
	ms->brief = brief_render(&ms->marks, ms->found, ms->nfound, BRIEF_TEXT);
	ms->brief_lines = 0;
	for (const char *p = ms->brief; *p; p++)
		ms->brief_lines += *p == '\n';
	if (ms->pos.sel >= (int)ms->nfound)
		ms->pos.sel = ms->nfound ? (int)ms->nfound - 1 : 0;
}

/* "Marlow Vale, 2007 APA": a mark's description, kept for when its report has left the index. */
static char *where_of(const char *authority, int year, enum report_type type)
{
	return xasprintf("%s, %d %s", authority ? authority : "", year, report_type_abbrev(type));
}

/* The mark (its strings borrowed, not copied) of item ROW. */
static struct mark item_mark(const struct item_row *row)
{
	return (struct mark){ .kind = MARK_ITEM, .sha256 = row->sha256, .key = row->section_key,
			      .scope = row->scope, .item = row->kind, .text = row->text };
}

static struct mark section_mark(const struct browser *b, const struct section *s)
{
	return (struct mark){ .kind = MARK_SECTION, .sha256 = (char *)b->report.hash, .key = s->key,
			      .scope = s->scope };
}

static struct mark authority_mark(const struct authority_row *a)
{
	return (struct mark){ .kind = MARK_AUTHORITY, .la_code = a->la_code ? a->la_code : "",
			      .authority = a->short_name };
}

bool browser_item_marked(const struct browser *b, const struct item_row *row)
{
	struct mark mk = item_mark(row);
	return b->marks.marks.n && marks_find(&b->marks.marks, &mk) >= 0;
}

bool browser_section_marked(const struct browser *b, const struct section *s)
{
	struct mark mk = section_mark(b, s);
	return b->marks.marks.n && b->report_id && marks_find(&b->marks.marks, &mk) >= 0;
}

bool browser_authority_marked(const struct browser *b, const struct authority_row *a)
{
	struct mark mk = authority_mark(a);
	return b->marks.marks.n && marks_find(&b->marks.marks, &mk) >= 0;
}

/* Write the marks file after a change; WHAT is the change, for the status line. */
static void save(struct browser *b, const char *what)
{
	struct marks_state *ms = &b->marks;
	char *err = NULL;
	if (ms->off || !ms->path)
		browser_notice(b, ROLE_ERROR, "%s, but marks cannot be kept: %s", what,
			       ms->path ? "the marks file could not be read (see above)" : "no home directory");
	else if (marks_save(ms->path, &ms->marks, &err) != 0)
		browser_notice(b, ROLE_ERROR, "%s, but not saved: %s", what, err);
	else
		browser_notice(b, ROLE_NOTICE, "%s (%zu mark%s: M lists them, B makes the brief)", what,
			       ms->marks.n, ms->marks.n == 1 ? "" : "s");
	free(err);
}

/* Toggle MK (WHERE its description) and save. */
static void toggle(struct browser *b, struct mark *mk, const char *what)
{
	bool on = marks_toggle(&b->marks.marks, mk);
	char *msg = xasprintf("%s %s", on ? "marked" : "unmarked", what);
	save(b, msg);
	free(msg);
}

/* m in the panes: the authority in its list, else the section selected. */
static void toggle_in_panes(struct browser *b)
{
	const struct authority_row *a = browser_authority(b);
	const struct section *s = browser_section(b);
	const struct report_row *r = browser_report_row(b);
	if (b->focus == PANE_AUTHORITIES && a) {
		struct mark mk = authority_mark(a);
		toggle(b, &mk, a->short_name);
	} else if (b->focus >= PANE_SECTIONS && s && r) {
		struct mark mk = section_mark(b, s);
		char *where = where_of(a ? a->short_name : "", r->year, r->type);
		mk.where = where;
		char *title = section_text_title(s);
		toggle(b, &mk, title);
		free(title);
		free(where);
	} else {
		browser_notice(b, ROLE_NOTICE, "m marks an authority (in its list), a section, or an item (I)");
	}
}

void browser_mark_toggle(struct browser *b)
{
	if (b->mode == MODE_MARKS) {
		struct marks_state *ms = &b->marks;
		if (!ms->nfound)
			return;
		marks_remove(&ms->marks, ms->found[ms->pos.sel].mark);
		save(b, "unmarked");
		find_marks(b);
	} else if (b->mode == MODE_ITEMS) {
		const struct item_row *row = browser_items_selected(b);
		const struct authority_row *a = browser_authority(b);
		if (!row)
			return;
		struct mark mk = item_mark(row);
		char *where = where_of(a ? a->short_name : "", row->year, row->type);
		mk.where = where;
		toggle(b, &mk, item_kind_label(row->kind));
		free(where);
	} else {
		toggle_in_panes(b);
	}
}

void browser_marks_open(struct browser *b)
{
	find_marks(b);
	b->mode = MODE_MARKS;
	if (!b->marks.marks.n)
		browser_notice(b, ROLE_NOTICE, "nothing is marked: m marks an authority, a section or an item (I)");
}

void browser_brief_open(struct browser *b)
{
	find_marks(b);
	b->marks.brief_top = 0;
	b->mode = MODE_BRIEF;
}

/* Select authority ID in the panes (the filter cleared); false when it is not there. */
static bool select_authority_id(struct browser *b, int id)
{
	browser_set_filter(b, "");
	for (size_t a = 0; a < b->nshown; a++)
		if (b->authorities[b->shown[a]].id == id) {
			browser_select_authority(b, (int)a);
			return true;
		}
	return false;
}

void browser_marks_enter(struct browser *b)
{
	struct marks_state *ms = &b->marks;
	if (!ms->nfound)
		return;
	const struct marked *e = &ms->found[ms->pos.sel];
	if (!e->found) {
		browser_notice(b, ROLE_NOTICE, "that mark's report is no longer in the index");
		return;
	}
	if (!select_authority_id(b, e->authority_id))
		return;
	b->mode = MODE_BROWSE;
	b->focus = PANE_AUTHORITIES;
	if (e->kind == MARK_ITEM)
		browser_open_item(b, &e->row);
	else if (e->kind == MARK_SECTION && browser_open_section(b, &e->row))
		b->focus = PANE_SECTION;
}

char *browser_mark_line(const struct browser *b, size_t i, char **where)
{
	const struct marked *e = &b->marks.found[i];
	const struct mark *mk = &b->marks.marks.v[e->mark];
	char *title = e->found ? item_section_title(&e->row) : xstrdup(section_key_label(mk->key) ?
				 section_key_label(mk->key) : mk->key ? mk->key : "");
	if (!e->found)
		*where = mk->kind == MARK_AUTHORITY ? xstrdup("authority: not in this index")
			 : xasprintf("%s, %s: report no longer in the index", mk->where, title);
	else if (mk->kind == MARK_AUTHORITY)
		*where = xstrdup("authority: in the compare grid's marked group (C, then c)");
	else
		*where = xasprintf("%s, %d %s, %s; %s", e->authority_short, e->row.year,
				   report_type_abbrev(e->row.type), title,
				   e->row.judgement == J_NONE ? "not judged" : judgement_name(e->row.judgement));
	char *line = mk->kind == MARK_ITEM ? xasprintf("%c %s", item_marker(mk->item), mk->text)
		     : mk->kind == MARK_SECTION ? xasprintf("# %s", title)
		     : xasprintf("@ %s", e->found ? e->authority : mk->authority);
	free(title);
	return line;
}

char *browser_marks_text(const struct browser *b)
{
	struct strbuf t = {0};
	sb_addf(&t, "Marks (%zu)\n", b->marks.nfound);
	for (size_t i = 0; i < b->marks.nfound; i++) {
		char *where = NULL, *line = browser_mark_line(b, i, &where);
		sb_addf(&t, "%s\n  %s\n", line, where);
		free(line);
		free(where);
	}
	char *safe = text_sanitize(sb_str(&t), true);
	sb_free(&t);
	return safe;
}

/* The marks list's and the brief's own actions; true when A was one of them. */
bool browser_marks_act(struct browser *b, enum action a)
{
	struct marks_state *ms = &b->marks;
	bool brief = b->mode == MODE_BRIEF;
	int page = brief ? b->screen.brief_rows : b->screen.marks_rows, by = 0;
	switch (a) {
	case ACT_UP: by = -1; break;
	case ACT_DOWN: by = 1; break;
	case ACT_PAGE_UP: by = -(page > 1 ? page : 1); break;
	case ACT_PAGE_DOWN: by = page > 1 ? page : 1; break;
	case ACT_HALF_PAGE_UP: by = -(page > 3 ? page / 2 : 1); break;
	case ACT_HALF_PAGE_DOWN: by = page > 3 ? page / 2 : 1; break;
	case ACT_FIRST: by = -(1 << 28); break;
	case ACT_LAST: by = 1 << 28; break;
	case ACT_ENTER: browser_marks_enter(b); return true;
	case ACT_MARK: browser_mark_toggle(b); return true;
	case ACT_BACK: b->mode = MODE_BROWSE; return true;
	default: return false;
	}
	int *at = brief ? &ms->brief_top : &ms->pos.sel;
	int max = brief ? ms->brief_lines - (page > 0 ? page : 1) : (int)ms->nfound - 1;
	long long to = (long long)*at + by;
	*at = to > max ? max : (int)to;
	if (*at < 0)
		*at = 0;
	return true;
}
