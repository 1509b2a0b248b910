/*
 * browser_place.c: opening the browser at a place (`ecmr AUTHORITY
 * [REPORT] [SECTION]`, resolved by ids) and going back to where the user
 * was (`ecmr --resume`, remembered by names, since ids change when the
 * index is rebuilt).  See browser.h.
 */
#include "tui/browser.h"
#include "base/util.h"

#include <stdio.h>
#include <string.h>

void browser_place_get(const struct browser *b, struct browser_place *p)
{
	memset(p, 0, sizeof *p);
	const struct authority_row *a = browser_authority(b);
	const struct report_row *r = browser_report_row(b);
	const struct section *s = browser_section(b);
	if (a)
		snprintf(p->authority, sizeof p->authority, "%s", a->short_name);
	if (a && r) {
		p->year = r->year;
		snprintf(p->type, sizeof p->type, "%s", report_type_name(r->type));
	}
	if (a && r && s) {
		snprintf(p->key, sizeof p->key, "%s", s->key);
		snprintf(p->scope, sizeof p->scope, "%s", s->scope);
	}
	p->focus = (int)b->focus;
	p->top = b->pos[PANE_SECTION].top;
}

/* Select the authority that MATCHES (by id or by name) on the unfiltered list; false if none does. */
static bool select_authority_where(struct browser *b, int id, const char *name)
{
	browser_set_filter(b, "");
	for (size_t i = 0; i < b->nshown; i++) {
		const struct authority_row *a = &b->authorities[b->shown[i]];
		if (name ? strcmp(a->short_name, name) == 0 : a->id == id) {
			/* nothing wanted from the report shown before: no stand-in, no notice */
			memset(&b->want, 0, sizeof b->want);
			browser_select_authority(b, (int)i);
			return true;
		}
	}
	return false;
}

/* Select the section KEY in SCOPE of the report shown; false if it has none. */
static bool select_section_named(struct browser *b, const char *key, const char *scope)
{
	for (size_t i = 0; i < b->nsections; i++) {
		const struct section *s = &b->report.sections[b->section_order[i]];
		if (strcmp(s->key, key) == 0 && strcmp(s->scope, scope) == 0) {
			browser_select_section(b, (int)i);
			return true;
		}
	}
	return false;
}

bool browser_open_place(struct browser *b, int authority_id, int report_id, const char *key, const char *scope)
{
	if (!select_authority_where(b, authority_id, NULL))
		return false;
	b->focus = PANE_REPORTS;
	if (!report_id)
		return true;
	size_t r = 0;
	while (r < b->nreports && b->reports[r].id != report_id)
		r++;
	if (r == b->nreports)
		return false;
	browser_select_report(b, (int)r);
	b->focus = PANE_SECTIONS;
	if (!key)
		return true;
	if (!select_section_named(b, key, scope))
		return false;
	b->focus = PANE_SECTION;
	return true;
}

bool browser_place_go(struct browser *b, const struct browser_place *p)
{
	if (!p->authority[0])
		return true;
	if (!select_authority_where(b, 0, p->authority)) {
		browser_notice(b, ROLE_NOTICE, "where you were last, %s, is no longer in this index", p->authority);
		return false;
	}
	b->focus = PANE_REPORTS;
	if (!p->type[0])
		return true;
	size_t r = 0;
	while (r < b->nreports &&
	       (b->reports[r].year != p->year || strcmp(report_type_name(b->reports[r].type), p->type) != 0))
		r++;
	if (r == b->nreports) {
		browser_notice(b, ROLE_NOTICE, "%s's %d %s report, where you were last, is no longer in this index",
			       p->authority, p->year, p->type);
		return false;
	}
	browser_select_report(b, (int)r);
	b->focus = PANE_SECTIONS;
	if (!p->key[0])
		return true;
	if (!select_section_named(b, p->key, p->scope)) {
		browser_notice(b, ROLE_NOTICE, "the section you were reading (%s) is no longer in this report", p->key);
		return false;
	}
	b->focus = p->focus >= 0 && p->focus < PANE_COUNT ? (enum pane)p->focus : PANE_SECTION;
	b->pos[PANE_SECTION].top = p->top > 0 ? p->top : 0; /* kept within the text when it is next drawn */
	return true;
}
