/*
 * browser_filter.c: f filters whichever list has the focus: the
 * authorities, the reports, the sections, the items list or the search
 * results, a judgement grid's rows.  Each list keeps its own filter; typing one (MODE_FILTER) works
 * the same in each, with the list it filters still on screen.  See
 * browser.h.
 *
 * The authorities and the sections are filtered by index arrays over what
 * was loaded (shown, section_order), the items list and the search
 * results by their layouts (browser_search.c); the reports are loaded
 * again from the index and those that fail are dropped, so that every
 * other part of the browser sees a plain list.
 */
#include "tui/browser.h"
#include "tui/view.h"
#include "tui/browser_grids.h"
#include "base/util.h"
#include "report/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The buffer of list L's filter. */
static char *filter_buf(struct browser *b, enum filter_list l)
{
	switch (l) {
	case FILTER_REPORTS: return b->filters.reports;
	case FILTER_SECTIONS: return b->filters.sections;
	case FILTER_ITEMS: return b->items.filter;
	case FILTER_RESULTS: return b->filters.results;
	case FILTER_GRID: return browser_shown_mode(b) == MODE_HISTORY ? b->filters.history : b->filters.compare;
	default: return b->filter;
	}
}

const char *browser_filter_of(const struct browser *b, enum filter_list l)
{
	return filter_buf((struct browser *)b, l); /* read only here */
}

const char *browser_filter_label(const struct browser *b)
{
	static const char *const labels[] = {
		[FILTER_AUTHORITIES] = "Filter authorities: ", [FILTER_REPORTS] = "Filter reports: ",
		[FILTER_SECTIONS] = "Filter sections: ", [FILTER_ITEMS] = "Filter items: ",
		[FILTER_RESULTS] = "Filter results: ", [FILTER_GRID] = "Filter rows: ",
	};
	return labels[b->filters.typing];
}

enum mode browser_shown_mode(const struct browser *b)
{
	if (b->mode == MODE_FILTER)
		return b->filters.from;
	if (b->mode == MODE_LINE)
		return b->line.from;
	return b->mode;
}

void browser_filter_start(struct browser *b)
{
	enum filter_list l = FILTER_AUTHORITIES;
	if (b->mode == MODE_ITEMS)
		l = FILTER_ITEMS;
	else if (b->mode == MODE_RESULTS)
		l = FILTER_RESULTS;
	else if (b->mode == MODE_HISTORY || b->mode == MODE_COMPARE)
		l = FILTER_GRID;
	else if (b->focus == PANE_REPORTS)
		l = FILTER_REPORTS;
	else if (b->focus == PANE_SECTIONS)
		l = FILTER_SECTIONS;
	else
		b->focus = PANE_AUTHORITIES; /* from the text, as f always did */
	b->filters.typing = l;
	b->filters.from = b->mode;
	b->mode = MODE_FILTER;
	b->input_cut = 0;
}

/* Words, not the whole text: "2008 jar" finds a hit whose year is 2008 and whose report a JAR. */
bool browser_filter_match(const char *const *fields, size_t n, const char *filter)
{
	char words[64];
	snprintf(words, sizeof words, "%s", filter);
	char *save = NULL;
	for (char *w = strtok_r(words, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		bool found = false;
		for (size_t i = 0; i < n && !found; i++)
			found = fields[i] && str_find_ci(fields[i], w);
		if (!found)
			return false;
	}
	return true;
}

bool browser_item_passes(const struct items_view *v, const struct item_row *row)
{
	const char *fields[] = { row->text, row->heading, section_key_label(row->section_key) };
	return browser_filter_match(fields, sizeof fields / sizeof fields[0], v->filter);
}

bool browser_section_passes(const struct browser *b, const struct section *s)
{
	const char *f = b->filters.sections;
	const char *words[] = { s->key, s->heading, section_key_label(s->key) };
	return !f[0] || browser_filter_match(words, sizeof words / sizeof words[0], f);
}

/* Does report row R pass the reports' filter F ("2008", "jar", "Joint area")? */
static bool report_passes(const struct report_row *r, const char *f)
{
	char brief[200], full[200];
	report_row_name(r, true, brief, sizeof brief);
	report_row_name(r, false, full, sizeof full);
	const char *words[] = { brief, full, report_type_name(r->type) };
	return !f[0] || browser_filter_match(words, sizeof words / sizeof words[0], f);
}

void browser_filter_reports(struct browser *b)
{
	const char *f = b->filters.reports;
	size_t kept = 0;
	for (size_t i = 0; i < b->nreports; i++) {
		if (report_passes(&b->reports[i], f)) {
			b->reports[kept++] = b->reports[i];
			continue;
		}
		struct report_row *one = xmalloc(sizeof *one); /* its strings freed as the query layer frees them */
		*one = b->reports[i];
		db_free_reports(one, 1);
	}
	b->nreports = kept;
}

void browser_filter_set(struct browser *b, enum filter_list l, const char *text)
{
	char *buf = filter_buf(b, l);
	if (l == FILTER_AUTHORITIES) {
		browser_set_filter(b, text);
		return;
	}
	snprintf(buf, 64, "%s", text);
	switch (l) {
	case FILTER_REPORTS: browser_reports_refilter(b); break;
	case FILTER_SECTIONS: browser_sections_refilter(b); break;
	case FILTER_ITEMS: browser_items_relayout(b); break;
	case FILTER_RESULTS: browser_results_refilter(b); break;
	case FILTER_GRID: grids_rebuild(b); break;
	default: break;
	}
}
