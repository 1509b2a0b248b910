/*
 * browser_search.c: the search results (see browser.h, struct results).
 *
 * A search is counted by the query layer (index/search.h) in bounded
 * steps: one when Enter is pressed, so that the first screen comes at
 * once, then more whenever the terminal is idle (browser_idle), so keys
 * stay live however many hits there are.  The hits counted so far are
 * laid out as lines, a heading for each report and its hits under it;
 * until every hit is counted they stand in the index's order, and once
 * counted the query layer orders them (by date, or by relevance with o)
 * and they are laid out again, the selected hit kept.  Laying out is
 * bounded too: with a filter each hit's details are read to test it.
 */
#include "tui/browser.h"
#include "base/util.h"
#include "report/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The first step's budget (Enter to first screen) and an idle step's, in ms. */
#define FIRST_STEP_MS 1.0
#define IDLE_STEP_MS 4.0

/* Does hit H pass the results' filter F (its authority, report, section)? */
static bool hit_passes(const struct search_hit *h, const char *f)
{
	char year[16];
	snprintf(year, sizeof year, "%d", h->year);
	const char *words[] = { h->authority, year, report_type_abbrev(h->type), report_type_label(h->type),
				h->heading, h->section_key, section_key_label(h->section_key) };
	return browser_filter_match(words, sizeof words / sizeof words[0], f);
}

static void add_line(struct results *r, struct result_line l)
{
	ARRAY_RESERVE(r->lines, r->nlines, r->cap);
	r->lines[r->nlines++] = l;
}

/* The selected hit's row id, to find it again after the hits are ordered; -1 none. */
static long long selected_rowid(const struct browser *b)
{
	const struct search_hit *h = browser_hit_selected(b);
	return h ? h->rowid : -1;
}

/* Start the layout again (the order or the filter changed), to select the hit of row id ROWID. */
static void relayout(struct browser *b, long long rowid)
{
	struct results *r = &b->results;
	r->want_rowid = rowid;
	r->nlines = r->laid = r->listed = r->heading = 0;
	r->pos.sel = r->pos.top = 0;
}

/*
 * Lay out the hits counted but not yet looked at, for up to BUDGET_MS
 * (0: all): those that pass the filter get a line, and a heading first
 * where their report differs from the line above's.  A hit wanted
 * selected (relayout) is selected when its line is made.
 */
static void lay_out(struct browser *b, double budget_ms)
{
	struct results *r = &b->results;
	const char *f = b->filters.results;
	double end = budget_ms > 0 ? monotonic_seconds() + budget_ms / 1e3 : 0;
	size_t n = search_count(r->s);
	for (size_t k = 0; r->laid < n; k++) {
		if (end && (k & 15) == 15 && monotonic_seconds() >= end)
			break;
		size_t i = r->laid++;
		if (f[0]) { /* the details a filter needs: read from the index, a hit at a time */
			const struct search_hit *h = search_hit(r->s, i);
			if (!h || !hit_passes(h, f))
				continue;
		}
		const struct search_hit *h = search_hit_peek(r->s, i);
		if (!r->nlines || search_hit_peek(r->s, r->lines[r->heading].hit)->report_id != h->report_id) {
			r->heading = r->nlines;
			add_line(r, (struct result_line){ i, r->listed, 0, true });
		}
		r->lines[r->heading].count++;
		if (h->rowid == r->want_rowid) {
			r->pos.sel = (int)r->nlines;
			r->want_rowid = -1;
		}
		add_line(r, (struct result_line){ i, r->listed++, 0, false });
	}
	if (r->laid == n && search_done(r->s))
		r->want_rowid = -1; /* filtered out: the selection stays where it is */
	if (r->nlines && (r->pos.sel >= (int)r->nlines || r->lines[r->pos.sel].heading))
		browser_results_select(b, r->pos.sel, 1);
}

/* One counting step of BUDGET_MS, and the layout of what it found (again from the top when now ordered). */
static void count_step(struct browser *b, double budget_ms)
{
	struct results *r = &b->results;
	bool was_done = search_done(r->s);
	/* read before the hits move; on the first hit, where every search starts, the first in order */
	long long sel = r->pos.sel <= 1 ? -1 : selected_rowid(b);
	search_step(r->s, budget_ms, r->step_rows);
	if (!was_done && search_done(r->s))
		relayout(b, sel);
	lay_out(b, budget_ms);
}

void browser_results_free(struct browser *b)
{
	search_free(b->results.s);
	free(b->results.lines);
	struct results keep = { .step_rows = b->results.step_rows, .order = b->results.order, .want_rowid = -1 };
	b->results = keep;
}

void browser_search_run(struct browser *b)
{
	browser_history_add(b, b->query);
	char *err = NULL, *note = NULL;
	struct search *s;
	if (search_start(b->db, b->query, b->results.order, &s, &err, &note) != 0) {
		browser_notice(b, ROLE_ERROR, "%s", err);
		free(err);
		b->mode = MODE_BROWSE;
		if (b->results.s) { /* the last search's results stay, for n and N */
			snprintf(b->query, sizeof b->query, "%s", search_query(b->results.s));
			search_terms_free(&b->terms);
			search_terms_parse_for(b->query, db_search_stems(b->db), &b->terms);
		}
		return;
	}
	browser_results_free(b);
	b->results.s = s;
	b->filters.results[0] = '\0'; /* a new search's results are not filtered */
	b->message[0] = '\0';
	count_step(b, FIRST_STEP_MS);
	if (search_done(b->results.s) && !search_count(b->results.s)) {
		browser_notice(b, ROLE_NOTICE, "no matches for \"%s\"", b->query);
		b->mode = MODE_BROWSE;
	} else {
		b->mode = MODE_RESULTS;
	}
	if (note) {
		browser_notice(b, ROLE_NOTICE, "%s", note);
		free(note);
	} else if (!db_search_stems(b->db) && !b->said_old_index) { /* said once a session */
		b->said_old_index = true;
		browser_notice(b, ROLE_NOTICE, "an index made by an older ecmr: rebuild it for better search");
	}
}

/* Is line I of the results (CTX) a report's heading? */
static bool result_is_heading(const void *ctx, int i)
{
	return ((const struct results *)ctx)->lines[i].heading;
}

void browser_results_select(struct browser *b, int sel, int dir)
{
	struct results *r = &b->results;
	r->pos.sel = list_pick_line(sel, dir, (int)r->nlines, result_is_heading, r);
}

const struct search_hit *browser_hit_selected(const struct browser *b)
{
	const struct results *r = &b->results;
	if (!r->s || r->pos.sel < 0 || (size_t)r->pos.sel >= r->nlines)
		return NULL;
	return search_hit_peek(r->s, r->lines[r->pos.sel].hit);
}

bool browser_has_hits(const struct browser *b)
{
	return b->results.s && b->results.listed;
}

void browser_search_open(struct browser *b, size_t line)
{
	struct results *r = &b->results;
	if (line >= r->nlines)
		return;
	if (r->lines[line].heading && line + 1 < r->nlines)
		line++;
	r->pos.sel = (int)line;
	const struct search_hit *h = search_hit(r->s, r->lines[line].hit);
	if (!h) {
		browser_notice(b, ROLE_ERROR, "cannot read that hit from the index");
		return;
	}
	int auth = db_report_authority(b->db, h->report_id);
	browser_set_filter(b, "");
	for (size_t a = 0; a < b->nshown; a++)
		if (b->authorities[b->shown[a]].id == auth)
			browser_select_authority(b, (int)a);
	for (size_t i = 0; i < b->nreports; i++)
		if (b->reports[i].id == h->report_id)
			browser_select_report(b, (int)i);
	for (size_t s = 0; s < b->nsections; s++) {
		const struct section *sec = &b->report.sections[b->section_order[s]];
		if (strcmp(sec->key, h->section_key) == 0 && strcmp(sec->scope, h->scope) == 0) {
			browser_select_section(b, (int)s);
			break;
		}
	}
	b->mode = MODE_BROWSE;
	b->focus = PANE_SECTION;
	b->pos[PANE_SECTION].top = 0;
	b->jump_to_hit = true;
	browser_notice(b, ROLE_NOTICE, "hit %zu of %zu%s for \"%s\" (n next, N previous)", r->lines[line].nth + 1,
		       r->listed, search_done(r->s) && r->laid == search_count(r->s) ? "" : " so far", b->query);
}

void browser_search_step(struct browser *b, int delta)
{
	struct results *r = &b->results;
	if (!browser_has_hits(b)) {
		browser_notice(b, ROLE_NOTICE, "no search yet: press / to search");
		return;
	}
	int i = r->pos.sel + delta;
	while (i >= 0 && (size_t)i < r->nlines && r->lines[i].heading)
		i += delta;
	if (b->mode == MODE_RESULTS) {
		browser_results_select(b, i, delta);
		return;
	}
	if (i < 0 || (size_t)i >= r->nlines) {
		bool more = delta > 0 && browser_busy(b);
		browser_notice(b, ROLE_NOTICE, delta < 0 ? "no earlier hit" : more ? "no more hits yet: still counting"
											  : "no more hits");
		return;
	}
	browser_search_open(b, (size_t)i);
}

void browser_results_toggle_order(struct browser *b)
{
	struct results *r = &b->results;
	r->order = r->order == ORDER_DATE ? ORDER_RELEVANCE : ORDER_DATE;
	if (!r->s)
		return;
	long long sel = selected_rowid(b);
	search_set_order(r->s, r->order);
	if (search_done(r->s)) { /* else ordered when counted */
		relayout(b, sel);
		lay_out(b, FIRST_STEP_MS);
	}
	browser_notice(b, ROLE_NOTICE, r->order == ORDER_DATE ? "ordered by date: reports oldest first"
				       : "ordered by relevance: the reports with the best hits first");
}

void browser_results_refilter(struct browser *b)
{
	if (!b->results.s)
		return;
	relayout(b, selected_rowid(b));
	lay_out(b, FIRST_STEP_MS);
}

void browser_results_screen(struct browser *b, int rows)
{
	struct results *r = &b->results;
	if (r->s && r->pos.top > 0 && r->pos.sel == r->pos.top && r->lines[r->pos.top - 1].heading)
		r->pos.top--; /* the first hit of a report shows its heading */
	for (int i = 0; r->s && i < rows && (size_t)(r->pos.top + i) < r->nlines; i++) {
		struct search_hit *h = search_hit(r->s, r->lines[r->pos.top + i].hit);
		if (h && !r->lines[r->pos.top + i].heading)
			db_hit_snippet(b->db, h);
	}
}

bool browser_busy(const struct browser *b)
{
	const struct results *r = &b->results;
	return (r->s && (!search_done(r->s) || r->laid < search_count(r->s))) || b->history.dirty;
}

bool browser_idle(struct browser *b)
{
	struct results *r = &b->results;
	if (r->s && (!search_done(r->s) || r->laid < search_count(r->s)))
		count_step(b, IDLE_STEP_MS);
	else if (b->history.dirty)
		browser_history_save(b); /* clears dirty, written or not */
	return browser_busy(b);
}
