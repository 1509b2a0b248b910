/*
 * marked.c: the user's marks found in an index (see marked.h).  A mark
 * names its report by digest, so each is looked up by that, then its item
 * among the authority's items (db_items, so it carries what the items list
 * shows) or its section in the loaded report.  The marks are few (a
 * person's), so each authority's items are fetched once and kept while
 * consecutive marks use them.
 */
#include "index/marked.h"
#include "index/items.h"
#include "base/util.h"
#include "report/vocab.h"

#include <stdlib.h>
#include <string.h>

/* What the lookups share: the authorities, and the last authority's items. */
struct lookup {
	struct db *db;
	struct authority_row *auths;
	size_t nauths;
	int items_of;
	struct item_row *items;
	size_t nitems;
	int failed;
};

static const struct authority_row *authority_by_id(const struct lookup *l, int id)
{
	for (size_t i = 0; i < l->nauths; i++)
		if (l->auths[i].id == id)
			return &l->auths[i];
	return NULL;
}

/* A deep copy of item row R. */
static struct item_row row_copy(const struct item_row *r)
{
	struct item_row c = *r;
	c.date = xstrdup(r->date);
	c.sha256 = xstrdup(r->sha256);
	c.section_key = xstrdup(r->section_key);
	c.scope = xstrdup(r->scope);
	c.heading = xstrdup(r->heading);
	c.text = xstrdup(r->text);
	return c;
}

/* Free ROW's strings. */
static void row_free(struct item_row *row)
{
	free(row->date);
	free(row->sha256);
	free(row->section_key);
	free(row->scope);
	free(row->heading);
	free(row->text);
}

/* Empty strings in every string field of ROW, so every row can be freed alike. */
static void row_blank(struct item_row *row)
{
	*row = (struct item_row){ .date = xstrdup(""), .sha256 = xstrdup(""), .section_key = xstrdup(""),
				  .scope = xstrdup(""), .heading = xstrdup(""), .text = xstrdup("") };
}

/* Item mark MK of report REPORT_ID of authority AUTH_ID into OUT; false when the report no longer has it. */
static bool find_item(struct lookup *l, const struct mark *mk, int auth_id, struct marked *out)
{
	if (l->items_of != auth_id) {
		db_free_items(l->items, l->nitems);
		l->items = NULL;
		l->nitems = 0;
		l->items_of = auth_id;
		if (db_items(l->db, auth_id, &l->items, &l->nitems) != 0)
			l->failed = -1;
	}
	for (size_t i = 0; i < l->nitems; i++) {
		const struct item_row *r = &l->items[i];
		if (r->kind == mk->item && strcmp(r->sha256, mk->sha256) == 0 && strcmp(r->section_key, mk->key) == 0 &&
		    strcmp(r->scope, mk->scope) == 0 && strcmp(r->text, mk->text) == 0) {
			row_free(&out->row);
			out->row = row_copy(r);
			return true;
		}
	}
	return false;
}

/* Section mark MK of report REPORT_ID of authority AUTH_ID into OUT; false when the report no longer has it. */
static bool find_section(struct lookup *l, const struct mark *mk, int report_id, int auth_id, struct marked *out)
{
	struct report rep;
	if (db_load_report(l->db, report_id, &rep) != 0) {
		l->failed = -1;
		return false;
	}
	bool found = false;
	for (size_t i = 0; i < rep.nsections && !found; i++) {
		const struct section *s = &rep.sections[i];
		if (strcmp(s->key, mk->key) != 0 || strcmp(s->scope, mk->scope) != 0)
			continue;
		found = true;
		free(out->row.section_key);
		free(out->row.scope);
		free(out->row.heading);
		free(out->row.sha256);
		out->row.section_key = xstrdup(s->key);
		out->row.scope = xstrdup(s->scope);
		out->row.heading = xstrdup(s->heading ? s->heading : "");
		out->row.sha256 = xstrdup(mk->sha256);
		out->row.judgement = s->judgement;
		out->row.section_ord = (int)i;
		out->row.report_id = report_id;
	}
	report_free(&rep);
	struct report_row *reports;
	size_t nreports;
	if (found && db_reports(l->db, auth_id, &reports, &nreports) == 0) {
		for (size_t r = 0; r < nreports; r++)
			if (reports[r].id == report_id) {
				out->row.type = reports[r].type;
				out->row.year = reports[r].year;
				free(out->row.date);
				out->row.date = xstrdup(reports[r].date ? reports[r].date : "");
			}
		db_free_reports(reports, nreports);
	}
	return found;
}

/* Authority mark MK: by its DfE code where it has one, else its short name. */
static const struct authority_row *find_authority(const struct lookup *l, const struct mark *mk)
{
	for (size_t i = 0; i < l->nauths; i++) {
		const struct authority_row *a = &l->auths[i];
		if (*mk->la_code ? a->la_code && strcmp(a->la_code, mk->la_code) == 0
				 : strcmp(a->short_name, mk->authority) == 0)
			return a;
	}
	return NULL;
}

/* Find mark MK (number I) into OUT. */
static void find_mark(struct lookup *l, const struct mark *mk, size_t i, struct marked *out)
{
	*out = (struct marked){ .mark = i, .kind = mk->kind };
	row_blank(&out->row);
	const struct authority_row *a = NULL;
	if (mk->kind == MARK_AUTHORITY) {
		a = find_authority(l, mk);
	} else {
		int auth_id = 0, report_id = db_report_by_digest(l->db, mk->sha256, &auth_id);
		if (report_id && (mk->kind == MARK_ITEM ? find_item(l, mk, auth_id, out)
							: find_section(l, mk, report_id, auth_id, out)))
			a = authority_by_id(l, auth_id);
	}
	out->found = a != NULL;
	out->authority_id = a ? a->id : 0;
	out->authority = xstrdup(a ? a->name : mk->kind == MARK_AUTHORITY ? mk->authority : mk->where);
	out->authority_short = xstrdup(a ? a->short_name : "");
	if (out->found && mk->kind != MARK_AUTHORITY)
		out->outcome = section_outcome(out->row.type, out->row.section_key);
}

int db_marked(struct db *db, const struct marks *m, struct marked **out, size_t *n)
{
	struct lookup l = { .db = db };
	if (db_authorities(db, &l.auths, &l.nauths) != 0)
		l.failed = -1;
	*n = m->n;
	*out = xcalloc(m->n ? m->n : 1, sizeof **out);
	for (size_t i = 0; i < m->n; i++)
		find_mark(&l, &m->v[i], i, &(*out)[i]);
	db_free_items(l.items, l.nitems);
	db_free_authorities(l.auths, l.nauths);
	return l.failed;
}

void db_free_marked(struct marked *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].authority);
		free(v[i].authority_short);
		row_free(&v[i].row);
	}
	free(v);
}
