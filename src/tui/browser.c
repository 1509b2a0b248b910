/*
 * browser.c: the browser's state and what each key does to it (see
 * browser.h).  Data comes from the query layer; nothing here draws.
 */
#include "tui/browser.h"
#include "tui/browser_grids.h"
#include "output/section_text.h"
#include "base/util.h"
#include "report/vocab.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool pane_is_list(enum pane p)
{
	return p != PANE_SECTION;
}

void browser_notice(struct browser *b, enum role role, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(b->message, sizeof b->message, fmt, ap);
	va_end(ap);
	b->message_role = role;
}

const struct authority_row *browser_authority(const struct browser *b)
{
	int sel = b->pos[PANE_AUTHORITIES].sel;
	if (sel < 0 || (size_t)sel >= b->nshown)
		return NULL;
	return &b->authorities[b->shown[sel]];
}

const struct report_row *browser_report_row(const struct browser *b)
{
	int sel = b->pos[PANE_REPORTS].sel;
	if (!b->reports || sel < 0 || (size_t)sel >= b->nreports)
		return NULL;
	return &b->reports[sel];
}

const struct section *browser_section(const struct browser *b)
{
	int sel = b->pos[PANE_SECTIONS].sel;
	if (!b->report_id || sel < 0 || (size_t)sel >= b->nsections)
		return NULL;
	return &b->report.sections[b->section_order[sel]];
}

int browser_list_len(const struct browser *b, enum pane p)
{
	switch (p) {
	case PANE_AUTHORITIES: return (int)b->nshown;
	case PANE_REPORTS: return (int)b->nreports;
	case PANE_SECTIONS: return (int)b->nsections;
	default: return b->screen.section_lines;
	}
}

/* ---- section order: the five outcomes first, then overall, capacity, the rest ---- */

static int scope_rank(const char *scope)
{
	return strcmp(scope, "all") == 0 ? 0 : strcmp(scope, "safeguarding") == 0 ? 1 : 2;
}

static int section_group(const struct section *s)
{
	if (outcome_index(s->key))
		return 0;
	if (strcmp(s->key, "overall") == 0)
		return 1;
	if (strcmp(s->key, "capacity") == 0)
		return 2;
	return 3;
}

/* A section's place in the list: the sort keys, worked out once before sorting. */
struct section_rank {
	int group, scope, outcome, index;
};

static int compare_ranks(const void *pa, const void *pb)
{
	const struct section_rank *a = pa, *b = pb;
	int d = a->group - b->group;
	if (!d && a->group == 0) {
		d = a->scope - b->scope;
		if (!d)
			d = a->outcome - b->outcome;
	}
	return d ? d : a->index - b->index; /* otherwise reading order */
}

static void order_sections(struct browser *b)
{
	free(b->section_order);
	b->nsections = b->report.nsections;
	b->section_order = xcalloc(b->nsections, sizeof *b->section_order);
	struct section_rank *rank = xcalloc(b->nsections ? b->nsections : 1, sizeof *rank);
	for (size_t i = 0; i < b->nsections; i++) {
		const struct section *s = &b->report.sections[i];
		rank[i] = (struct section_rank){ section_group(s), scope_rank(s->scope), outcome_index(s->key), (int)i };
	}
	qsort(rank, b->nsections, sizeof *rank, compare_ranks);
	size_t n = b->nsections;
	b->nsections = 0; /* listed: those that pass the filter (f) */
	for (size_t i = 0; i < n; i++)
		if (browser_section_passes(b, &b->report.sections[rank[i].index]))
			b->section_order[b->nsections++] = rank[i].index;
	free(rank);
}

/* ---- selection, from the left: authority -> report -> section ---- */

static void clamp(struct list_pos *p, int n)
{
	if (p->sel >= n)
		p->sel = n - 1;
	if (p->sel < 0)
		p->sel = 0;
	if (p->top > p->sel)
		p->top = p->sel;
	if (p->top < 0)
		p->top = 0;
}

/* The name of section S for a message: its key's label, else its heading. */
static const char *section_name(const struct section *s)
{
	const char *label = section_key_label(s->key);
	return label ? label : s->heading && s->heading[0] ? s->heading : s->key;
}

static void mark_section_changed(struct browser *b)
{
	b->section_serial++;
	b->pos[PANE_SECTION].top = 0;
	const struct section *s = browser_section(b);
	if (s) {
		snprintf(b->want.key, sizeof b->want.key, "%s", s->key);
		snprintf(b->want.scope, sizeof b->want.scope, "%s", s->scope);
		snprintf(b->want.label, sizeof b->want.label, "%s", section_name(s));
		b->want.outcome = section_outcome(b->report.type, s->key);
	}
}

/*
 * The section to show when the report lacks the one wanted (row in the
 * section list): the one that judges the same outcome under another name
 * (a JAR's safeguarding for staying safe), else the first judged one,
 * else the first.  *SAME_OUTCOME says which.
 */
static int stand_in_section(const struct browser *b, const char *scope, bool *same_outcome)
{
	int judged = -1, outcome = -1;
	for (size_t i = 0; i < b->nsections; i++) {
		const struct section *s = &b->report.sections[b->section_order[i]];
		if (b->want.outcome && section_outcome(b->report.type, s->key) == b->want.outcome &&
		    (outcome < 0 || strcmp(s->scope, scope) == 0))
			outcome = (int)i;
		if (judged < 0 && s->judgement != J_NONE)
			judged = (int)i;
	}
	*same_outcome = outcome >= 0;
	return outcome >= 0 ? outcome : judged >= 0 ? judged : 0;
}

/* Say that this report lacks the wanted section, and what is shown instead. */
static void say_stand_in(struct browser *b, bool same_outcome)
{
	const struct section *shown = browser_section(b);
	const struct report_row *row = browser_report_row(b);
	if (!shown || !row)
		return;
	if (same_outcome)
		browser_notice(b, ROLE_NOTICE, "%d %s has no %s: showing its %s judgement", row->year,
			       report_type_abbrev(row->type), b->want.label, section_name(shown));
	else
		browser_notice(b, ROLE_NOTICE, "%d %s has no %s: showing its %s", row->year,
			       report_type_abbrev(row->type), b->want.label,
			       shown->judgement != J_NONE ? "first judged section" : "first section");
}

/* The row of the section KEY in SCOPE, else of KEY in any scope; -1 when the report has no KEY. */
static int find_section(const struct browser *b, const char *key, const char *scope)
{
	int best = -1;
	for (size_t i = 0; i < b->nsections && key[0]; i++) {
		const struct section *s = &b->report.sections[b->section_order[i]];
		if (strcmp(s->key, key) != 0)
			continue;
		if (best < 0 || strcmp(s->scope, scope) == 0)
			best = (int)i;
		if (strcmp(s->scope, scope) == 0)
			break;
	}
	return best;
}

/*
 * Select the section WANT names in the report just loaded.  When the
 * report has none, show a stand-in (stand_in_section), say so, and keep
 * wanting it, so that the next report that has it shows it again.
 */
static void select_wanted_section(struct browser *b)
{
	struct wanted_section keep = b->want;
	int row = find_section(b, keep.key, keep.scope);
	bool stand_in = row < 0 && keep.key[0] && b->nsections, same_outcome = false;
	if (stand_in)
		row = stand_in_section(b, keep.scope, &same_outcome);
	b->pos[PANE_SECTIONS].sel = row < 0 ? 0 : row;
	b->pos[PANE_SECTIONS].top = 0;
	clamp(&b->pos[PANE_SECTIONS], (int)b->nsections);
	mark_section_changed(b);
	if (row < 0 || stand_in)
		b->want = keep;
	if (stand_in)
		say_stand_in(b, same_outcome);
}

static void load_selected_report(struct browser *b)
{
	const struct report_row *row = browser_report_row(b);
	int id = row ? row->id : 0;
	if (id == b->report_id)
		return;
	report_free(&b->report);
	b->report_id = 0;
	b->nsections = 0;
	if (id && db_load_report(b->db, id, &b->report) == 0)
		b->report_id = id;
	order_sections(b);
	if (!b->report_id)
		b->nsections = 0;
	select_wanted_section(b);
}

/*
 * Select the report of YEAR and TYPE if the authority has one, else the
 * newest: the last dated one (undated reports are listed after them).
 * YEAR 0 (no report was open, or an undated one) asks for the newest.
 */
static void select_report_like(struct browser *b, int year, enum report_type type)
{
	int pick = (int)b->nreports - 1;
	while (pick > 0 && !b->reports[pick].year)
		pick--;
	for (size_t i = 0; i < b->nreports; i++)
		if (year && b->reports[i].year == year && (b->reports[i].type == type || type == RT_UNKNOWN))
			pick = (int)i;
	b->pos[PANE_REPORTS].sel = pick;
	clamp(&b->pos[PANE_REPORTS], (int)b->nreports);
	load_selected_report(b);
}

static void load_selected_authority(struct browser *b)
{
	const struct authority_row *a = browser_authority(b);
	int id = a ? a->id : 0;
	if (id == b->reports_of)
		return;
	const struct report_row *old = browser_report_row(b);
	int year = old ? old->year : 0;
	enum report_type type = old ? old->type : RT_UNKNOWN;
	db_free_reports(b->reports, b->nreports);
	b->reports = NULL;
	b->nreports = 0;
	b->reports_of = id;
	if (id)
		db_reports(b->db, id, &b->reports, &b->nreports);
	browser_filter_reports(b);
	b->pos[PANE_REPORTS].top = 0;
	select_report_like(b, year, type);
}

/* ---- the authority filter ---- */

static bool passes_filter(const struct authority_row *a, const char *filter)
{
	return !filter[0] || str_find_ci(a->short_name, filter) || str_find_ci(a->name, filter) ||
	       (a->la_code && strcmp(a->la_code, filter) == 0);
}

static void apply_filter(struct browser *b)
{
	const struct authority_row *cur = browser_authority(b);
	int keep = cur ? cur->id : 0;
	free(b->shown);
	b->shown = xcalloc(b->nauthorities, sizeof *b->shown);
	b->nshown = 0;
	int sel = 0;
	for (size_t i = 0; i < b->nauthorities; i++) {
		if (!passes_filter(&b->authorities[i], b->filter))
			continue;
		if (b->authorities[i].id == keep)
			sel = (int)b->nshown;
		b->shown[b->nshown++] = (int)i;
	}
	b->pos[PANE_AUTHORITIES].sel = sel;
	clamp(&b->pos[PANE_AUTHORITIES], (int)b->nshown);
	load_selected_authority(b);
}

/* ---- set-up ---- */

static void load_authorities(struct browser *b)
{
	db_free_authorities(b->authorities, b->nauthorities);
	b->authorities = NULL;
	b->nauthorities = 0;
	if (db_authorities(b->db, &b->authorities, &b->nauthorities) != 0)
		browser_notice(b, ROLE_ERROR, "cannot read the authorities from %s", db_path(b->db));
}

void browser_init(struct browser *b, struct db *db, const struct theme *theme, bool ascii)
{
	memset(b, 0, sizeof *b);
	b->db = db;
	b->theme = theme;
	b->ascii = ascii;
	b->screen.page = 10;
	load_authorities(b);
	apply_filter(b);
	if (!b->nauthorities)
		browser_notice(b, ROLE_NOTICE, "this index holds no reports; build one with: ecmr index -o INDEX DIR");
	browser_marks_load(b);
	browser_history_load(b);
	b->results.want_rowid = -1;
}

void browser_free(struct browser *b)
{
	search_terms_free(&b->terms);
	db_free_authorities(b->authorities, b->nauthorities);
	db_free_reports(b->reports, b->nreports);
	browser_results_free(b);
	browser_history_free(b);
	report_free(&b->report);
	browser_items_free(b);
	free(b->shown);
	free(b->section_order);
	free(b->index_note);
	grids_free(&b->grids);
	browser_marks_free(b);
	if (b->db)
		db_close(b->db);
	memset(b, 0, sizeof *b);
}

void browser_reload(struct browser *b)
{
	char *err = NULL;
	struct db *db;
	if (db_open(db_path(b->db), &db, &err) != 0) {
		browser_notice(b, ROLE_ERROR, "cannot reload: %s", err);
		free(err);
		return;
	}
	/* remember the place by name, since ids change in a rebuild */
	const struct authority_row *a = browser_authority(b);
	char *name = a ? xstrdup(a->short_name) : NULL;
	const struct report_row *r = browser_report_row(b);
	int year = r ? r->year : 0;
	enum report_type type = r ? r->type : RT_UNKNOWN;
	/* the search's statement is on the old index: finished before the old index is closed */
	browser_results_free(b);
	db_close(b->db);
	b->db = db;
	db_free_reports(b->reports, b->nreports);
	b->reports = NULL;
	b->nreports = 0;
	b->reports_of = 0;
	report_free(&b->report);
	b->report_id = 0;
	if (b->mode == MODE_RESULTS)
		b->mode = MODE_BROWSE; /* its hits were of the old index */
	browser_items_free(b);
	if (b->mode == MODE_ITEMS || b->mode == MODE_MARKS || b->mode == MODE_BRIEF)
		b->mode = MODE_BROWSE; /* what the marks found was of the old index */
	struct grids keep = { .group = b->grids.group, .type = b->grids.type, .year = b->grids.year, .sort_col = -1 };
	grids_free(&b->grids);
	b->grids = keep; /* ids change in a rebuild: the grids are built again when shown */
	load_authorities(b);
	b->pos[PANE_AUTHORITIES].sel = 0;
	for (size_t i = 0; name && i < b->nauthorities; i++)
		if (strcmp(b->authorities[i].short_name, name) == 0)
			b->pos[PANE_AUTHORITIES].sel = (int)i;
	b->filter[0] = '\0';
	free(b->shown);
	b->shown = NULL;
	b->nshown = 0;
	/* apply_filter keeps the selection by id; select by position on the full list */
	b->shown = xcalloc(b->nauthorities, sizeof *b->shown);
	for (size_t i = 0; i < b->nauthorities; i++)
		b->shown[b->nshown++] = (int)i;
	clamp(&b->pos[PANE_AUTHORITIES], (int)b->nshown);
	const struct authority_row *now = browser_authority(b);
	b->reports_of = 0;
	if (now) {
		b->reports_of = now->id;
		db_reports(b->db, now->id, &b->reports, &b->nreports);
		browser_filter_reports(b);
	}
	select_report_like(b, year, type);
	b->index_replaced = false;
	browser_notice(b, ROLE_NOTICE, "reloaded the rebuilt index%s", now && name &&
		       strcmp(now->short_name, name) != 0 ? " (your authority is no longer in it)" : "");
	free(name);
}

/* ---- selection entry points for browser_keys.c ---- */

void browser_select_authority(struct browser *b, int sel)
{
	b->pos[PANE_AUTHORITIES].sel = sel;
	clamp(&b->pos[PANE_AUTHORITIES], (int)b->nshown);
	load_selected_authority(b);
}

void browser_select_report(struct browser *b, int sel)
{
	b->pos[PANE_REPORTS].sel = sel;
	clamp(&b->pos[PANE_REPORTS], (int)b->nreports);
	load_selected_report(b);
}

void browser_select_section(struct browser *b, int sel)
{
	b->pos[PANE_SECTIONS].sel = sel;
	clamp(&b->pos[PANE_SECTIONS], (int)b->nsections);
	mark_section_changed(b);
}

void browser_set_filter(struct browser *b, const char *filter)
{
	snprintf(b->filter, sizeof b->filter, "%s", filter);
	apply_filter(b);
}

void browser_sections_refilter(struct browser *b)
{
	const struct section *cur = browser_section(b);
	int keep = cur ? (int)(cur - b->report.sections) : -1;
	order_sections(b);
	if (!b->report_id)
		b->nsections = 0;
	int sel = 0;
	for (size_t i = 0; i < b->nsections; i++)
		if (b->section_order[i] == keep)
			sel = (int)i;
	b->pos[PANE_SECTIONS].sel = sel;
	b->pos[PANE_SECTIONS].top = 0;
	clamp(&b->pos[PANE_SECTIONS], (int)b->nsections);
	if (browser_section(b) != cur)
		mark_section_changed(b);
}

void browser_reports_refilter(struct browser *b)
{
	b->reports_of = 0; /* loaded again, filtered; the report shown kept where it passes */
	load_selected_authority(b);
}

/* ---- what the view will show ---- */

void list_scroll(struct list_pos *p, int h)
{
	if (h < 1)
		h = 1;
	if (p->sel < p->top)
		p->top = p->sel;
	if (p->sel >= p->top + h)
		p->top = p->sel - h + 1;
	if (p->top < 0)
		p->top = 0;
}

/* The section pane: to an opened hit's words (two lines above them), never past the end. */
static void scroll_section(struct browser *b, const struct screen_facts *f)
{
	struct list_pos *p = &b->pos[PANE_SECTION];
	int body = f->section_rows;
	if (b->jump_to_hit) {
		b->jump_to_hit = false;
		if (f->hit_line >= 0 && f->hit_line >= body - 1)
			p->top = f->hit_line - 2;
	}
	if (b->jump_item.pending) {
		b->jump_item.pending = false;
		if (f->item_line >= 0 && f->item_line >= body - 1)
			p->top = f->item_line - 1;
	}
	if (p->top > f->section_lines - body)
		p->top = f->section_lines - body;
	if (p->top < 0)
		p->top = 0;
}

void browser_screen(struct browser *b, const struct screen_facts *f)
{
	b->screen = *f;
	enum mode m = browser_shown_mode(b); /* under a prompt, the view it was opened from */
	if (m == MODE_HISTORY || m == MODE_COMPARE) {
		grids_screen(b, f);
		return;
	}
	if (m == MODE_RESULTS) {
		list_scroll(&b->results.pos, f->results_rows);
		browser_results_screen(b, f->results_rows);
		return;
	}
	if (m == MODE_ITEMS) {
		list_scroll(&b->items.pos, f->items_rows);
		return;
	}
	if (b->mode == MODE_MARKS) {
		list_scroll(&b->marks.pos, f->marks_rows);
		return;
	}
	if (b->mode == MODE_BRIEF) {
		if (b->marks.brief_top > b->marks.brief_lines - f->brief_rows)
			b->marks.brief_top = b->marks.brief_lines - f->brief_rows;
		if (b->marks.brief_top < 0)
			b->marks.brief_top = 0;
		return;
	}
	if (b->mode == MODE_HELP) {
		if (b->help_top > f->help_lines - f->help_rows)
			b->help_top = f->help_lines - f->help_rows;
		if (b->help_top < 0)
			b->help_top = 0;
		return;
	}
	for (int p = 0; p < PANE_COUNT; p++)
		if (f->rows[p] && pane_is_list((enum pane)p))
			list_scroll(&b->pos[p], f->rows[p]);
	if (f->rows[PANE_SECTION])
		scroll_section(b, f);
}

void reaction_free(struct reaction *r)
{
	free(r->text);
	free(r->arg);
	free(r->pattern);
	r->text = r->arg = r->pattern = NULL;
}

int list_pick_line(int sel, int dir, int n, bool (*is_heading)(const void *ctx, int i), const void *ctx)
{
	if (sel >= n)
		sel = n - 1;
	if (sel < 0)
		sel = 0;
	while (sel >= 0 && sel < n && is_heading(ctx, sel))
		sel += dir;
	if (sel < 0 || sel >= n) /* only headings that way: the nearest line the other way */
		for (sel = dir > 0 ? n - 1 : 0; sel >= 0 && sel < n && is_heading(ctx, sel); sel -= dir)
			;
	return sel < 0 || sel >= n ? 0 : sel;
}
