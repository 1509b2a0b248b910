/*
 * browser_items.c: the items list's state (see browser.h, key I): every
 * strength, area for improvement and recommendation of the selected
 * authority, loaded once from the query layer, laid out as lines grouped
 * by outcome (the one table in report/vocab.c) or by report, filtered by
 * kind, outcome and report.  Repeats the index found sit together under
 * an outcome, so what keeps coming back reads as one run of lines.
 */
#include "tui/browser.h"
#include "output/items_text.h"
#include "base/display.h"
#include "base/util.h"
#include "report/vocab.h"

#include <stdlib.h>
#include <string.h>

void browser_items_free(struct browser *b)
{
	struct items_view *v = &b->items;
	for (size_t i = 0; i < v->n; i++)
		free(v->notes[i]);
	free(v->notes);
	db_free_items(v->rows, v->n);
	free(v->lines);
	bool by_report = v->by_report;
	memset(v, 0, sizeof *v);
	v->by_report = by_report;
}

/* Load the items of authority ID (once: the list keeps them until another authority's are wanted). */
static void load(struct browser *b, int id)
{
	struct items_view *v = &b->items;
	if (v->of == id)
		return;
	browser_items_free(b);
	v->of = id;
	if (db_items(b->db, id, &v->rows, &v->n) != 0)
		browser_notice(b, ROLE_ERROR, "cannot read the items from %s", db_path(b->db));
	v->notes = xcalloc(v->n ? v->n : 1, sizeof *v->notes);
	for (size_t i = 0; i < v->n; i++)
		v->notes[i] = items_repeat_note(v->rows, v->n, i);
}

/* The group of ROW in the list: its outcome (1-5, 6 for none, so it comes last) or its report. */
static int group_of(const struct items_view *v, const struct item_row *row)
{
	if (v->by_report)
		return row->report_id;
	int o = section_outcome(row->type, row->section_key);
	return o ? o : 6;
}

static bool shown(const struct items_view *v, const struct item_row *row)
{
	return !(v->hidden_kinds & (1u << row->kind)) && (!v->report_id || row->report_id == v->report_id) &&
	       (!v->outcome || section_outcome(row->type, row->section_key) == v->outcome) &&
	       browser_item_passes(v, row);
}

/* A row's place in the list: its group, then the first row of its repeats (so they stand together), then itself. */
struct item_rank {
	int group, cluster, row;
};

static int compare_item_ranks(const void *pa, const void *pb)
{
	const struct item_rank *a = pa, *b = pb;
	if (a->group != b->group)
		return a->group - b->group;
	return a->cluster != b->cluster ? a->cluster - b->cluster : a->row - b->row;
}

/* The first row of V in the same repeat group as row I (I itself when it has none). */
static int cluster_of(const struct items_view *v, size_t i)
{
	if (!v->rows[i].group)
		return (int)i;
	for (size_t j = 0; j < i; j++)
		if (v->rows[j].group == v->rows[i].group)
			return (int)j;
	return (int)i;
}

static void add_line(struct items_view *v, int row, int heading)
{
	ARRAY_RESERVE(v->lines, v->nlines, v->lines_cap);
	v->lines[v->nlines++] = (struct items_line){ row, heading };
}

void browser_items_relayout(struct browser *b)
{
	struct items_view *v = &b->items;
	const struct item_row *keep = browser_items_selected(b);
	long long keep_id = keep ? keep->id : 0;
	struct item_rank *rank = xcalloc(v->n ? v->n : 1, sizeof *rank);
	size_t k = 0;
	for (size_t i = 0; i < v->n; i++)
		if (shown(v, &v->rows[i]))
			rank[k++] = (struct item_rank){ group_of(v, &v->rows[i]), v->by_report ? (int)i : cluster_of(v, i),
							(int)i };
	/* by report the rows are already in order, and qsort keeps it for equal keys only by these */
	qsort(rank, k, sizeof *rank, compare_item_ranks);
	v->nlines = 0;
	int sel = -1;
	for (size_t i = 0; i < k; i++) {
		if (i == 0 || rank[i].group != rank[i - 1].group)
			add_line(v, -1, rank[i].group == 6 ? 0 : rank[i].group);
		if (v->rows[rank[i].row].id == keep_id)
			sel = (int)v->nlines;
		add_line(v, rank[i].row, 0);
	}
	free(rank);
	v->pos.top = 0;
	browser_items_select(b, sel >= 0 ? sel : 1, 1);
}

/* Is line I of the items list (CTX) a heading (no item's row)? */
static bool item_line_is_heading(const void *ctx, int i)
{
	return ((const struct items_view *)ctx)->lines[i].row < 0;
}

void browser_items_select(struct browser *b, int sel, int dir)
{
	struct items_view *v = &b->items;
	v->pos.sel = list_pick_line(sel, dir, (int)v->nlines, item_line_is_heading, v);
}

const struct item_row *browser_items_selected(const struct browser *b)
{
	const struct items_view *v = &b->items;
	if (v->pos.sel < 0 || (size_t)v->pos.sel >= v->nlines || v->lines[v->pos.sel].row < 0)
		return NULL;
	return &v->rows[v->lines[v->pos.sel].row];
}

void browser_items_open(struct browser *b)
{
	const struct authority_row *a = browser_authority(b);
	if (!a) {
		browser_notice(b, ROLE_NOTICE, "no authority selected");
		return;
	}
	if (b->items.of != a->id) {
		load(b, a->id);
		b->items.report_id = 0;
		b->items.pos = (struct list_pos){ 0, 0 };
	}
	b->mode = MODE_ITEMS;
	browser_items_relayout(b);
	if (!b->items.n)
		browser_notice(b, ROLE_NOTICE, "%s's reports list no strengths, areas for improvement or recommendations",
			       a->short_name);
}

void browser_items_step_report(struct browser *b, int delta)
{
	struct items_view *v = &b->items;
	int at = -1;
	for (size_t r = 0; r < b->nreports; r++)
		if (b->reports[r].id == v->report_id)
			at = (int)r;
	at = at < 0 ? (delta > 0 ? 0 : (int)b->nreports - 1) : at + delta;
	v->report_id = at >= 0 && at < (int)b->nreports ? b->reports[at].id : 0;
	browser_items_relayout(b);
	if (v->report_id)
		browser_notice(b, ROLE_NOTICE, "only the %d %s's items ([ ] another report, past the end all)",
			       b->reports[at].year, report_type_abbrev(b->reports[at].type));
	else
		browser_notice(b, ROLE_NOTICE, "every report's items");
}

bool browser_open_section(struct browser *b, const struct item_row *row)
{
	for (size_t r = 0; r < b->nreports; r++)
		if (b->reports[r].id == row->report_id)
			browser_select_report(b, (int)r);
	if (b->report_id != row->report_id)
		return false;
	for (size_t s = 0; s < b->nsections; s++)
		if (b->section_order[s] == row->section_ord) {
			browser_select_section(b, (int)s);
			return true;
		}
	return false;
}

void browser_items_enter(struct browser *b)
{
	const struct item_row *row = browser_items_selected(b);
	if (row)
		browser_open_item(b, row);
}

bool browser_open_item(struct browser *b, const struct item_row *row)
{
	if (!browser_open_section(b, row))
		return false;
	const struct section *s = browser_section(b);
	int nth = 0;
	for (int i = 0; s && i < row->ord && (size_t)i < s->nitems; i++)
		nth += s->items[i].kind == row->kind;
	b->jump_item.pending = true;
	b->jump_item.kind = row->kind;
	b->jump_item.nth = nth;
	b->mode = MODE_BROWSE;
	b->focus = PANE_SECTION;
	b->pos[PANE_SECTION].top = 0;
	return true;
}

char *browser_items_heading(const struct browser *b, const struct items_line *l)
{
	if (!b->items.by_report)
		return xstrdup(l->heading ? section_key_label(outcome_key(l->heading)) : "Other sections");
	for (size_t r = 0; r < b->items.n; r++)
		if (b->items.rows[r].report_id == l->heading)
			return xasprintf("%d %s", b->items.rows[r].year, report_type_label(b->items.rows[r].type));
	return xstrdup("");
}

char *browser_items_text(const struct browser *b)
{
	const struct items_view *v = &b->items;
	const struct authority_row *a = browser_authority(b);
	struct strbuf t = {0};
	sb_addf(&t, "Items of %s\n", a ? a->name : "");
	for (size_t i = 0; i < v->nlines; i++) {
		const struct items_line *l = &v->lines[i];
		if (l->row < 0) {
			char *h = browser_items_heading(b, l);
			sb_addf(&t, "\n%s\n", h);
			free(h);
			continue;
		}
		const struct item_row *r = &v->rows[l->row];
		char *title = item_cited_title(r);
		sb_addf(&t, "%c %s\n  %d %s, %s%s%s\n", item_marker(r->kind), r->text, r->year,
			report_type_abbrev(r->type), title, v->notes[l->row] ? "; " : "",
			v->notes[l->row] ? v->notes[l->row] : "");
		free(title);
	}
	char *safe = display_string(sb_str(&t), b->ascii, true);
	sb_free(&t);
	return safe;
}
