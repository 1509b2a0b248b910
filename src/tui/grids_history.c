/*
 * grids_history.c: the history grid of one authority (see grids.h): a
 * column per report in date order, a row per judgement.
 *
 * A row is an outcome (section_outcome: the five outcome keys in any
 * scope, a JAR's Safeguarding as Staying safe) or else a section key,
 * ordered by section_rank: overall effectiveness, the five outcomes,
 * capacity to improve, then the others as they first come.  Where one
 * report judges a row more than once (a 2009-12 inspection's safeguarding
 * and looked after children scopes), the row opens into a sub-row per
 * scope, and that report's cells sit in the sub-rows.
 */
#include "grids_build.h"
#include "tui/browser_grids.h"
#include "base/util.h"
#include "report/vocab.h"

#include <stdlib.h>
#include <string.h>

/* A main row while building: what it stands for and where it sorts. */
struct hrow {
	const char *id;   /* an outcome's key, or the section key */
	int rank;
	size_t first;     /* the first grade in it */
	bool split;       /* opens into sub-rows by scope */
};

/* The row a grade belongs to: its outcome's key when it judges one, else its own key. */
static const char *row_id(const struct grade_row *g)
{
	int outcome = section_outcome(g->type, g->key);
	return outcome ? outcome_key(outcome) : g->key;
}

static int hrow_cmp(const void *a, const void *b)
{
	const struct hrow *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank - y->rank;
	return x->first < y->first ? -1 : x->first > y->first;
}

/* The main rows of GRADES, in order. */
static struct hrow *main_rows(const struct grade_row *grades, size_t n, size_t *nrows)
{
	struct hrow *rows = NULL;
	size_t cap = 0;
	*nrows = 0;
	for (size_t i = 0; i < n; i++) {
		const char *id = row_id(&grades[i]);
		size_t r = 0;
		while (r < *nrows && strcmp(rows[r].id, id) != 0)
			r++;
		if (r < *nrows)
			continue;
		ARRAY_RESERVE(rows, *nrows, cap);
		rows[(*nrows)++] = (struct hrow){ id, section_rank(id), i, false };
	}
	if (*nrows)
		qsort(rows, *nrows, sizeof *rows, hrow_cmp);
	return rows;
}

/* Does some report judge row ID more than once (so that the row opens into scopes)? */
static bool row_splits(const struct grade_row *g, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		for (size_t k = i + 1; k < n && g[k].report_id == g[i].report_id; k++)
			if (strcmp(row_id(&g[i]), id) == 0 && strcmp(row_id(&g[k]), id) == 0)
				return true;
	return false;
}

/* How a scope is named in a sub-row. */
static const char *scope_label(const char *scope)
{
	return strcmp(scope, "looked-after") == 0 ? "looked after children" : scope;
}

/* The label of a main row: its key's label, else the heading of its first grade. */
static char *row_label_of(const struct hrow *r, const struct grade_row *grades)
{
	const char *label = section_key_label(r->id);
	const char *heading = grades[r->first].heading;
	return xstrdup(label ? label : heading && *heading ? heading : r->id);
}

/* What each table row stands for while the cells are placed. */
struct hslot {
	const char *id;
	const char *scope; /* a sub-row's scope; NULL for a main row */
	bool split;
};

/* Add a row to T (and its slot to SLOTS). */
static void add_row(struct gtable *t, struct hslot **slots, size_t *cap, char *label, bool sub, struct hslot s)
{
	size_t n = t->nrows;
	ARRAY_RESERVE(*slots, n, *cap);
	t->rows = xrealloc(t->rows, *cap * sizeof *t->rows);
	t->rows[t->nrows] = (struct grow){ label, NULL, sub };
	(*slots)[t->nrows++] = s;
}

/* The rows of T: each main row, and beneath a split one a sub-row per scope other than "all". */
static struct hslot *make_rows(struct gtable *t)
{
	size_t nmain, cap = 0;
	struct hrow *rows = main_rows(t->grades, t->ngrades, &nmain);
	struct hslot *slots = NULL;
	for (size_t r = 0; r < nmain; r++) {
		bool split = row_splits(t->grades, t->ngrades, rows[r].id);
		add_row(t, &slots, &cap, row_label_of(&rows[r], t->grades), false,
			(struct hslot){ rows[r].id, NULL, split });
		for (size_t i = 0; split && i < t->ngrades; i++) {
			const struct grade_row *g = &t->grades[i];
			if (strcmp(row_id(g), rows[r].id) != 0 || strcmp(g->scope, "all") == 0)
				continue;
			size_t k = t->nrows;
			while (k > 0 && slots[k - 1].scope && strcmp(slots[k - 1].scope, g->scope) != 0)
				k--;
			if (k > 0 && slots[k - 1].scope)
				continue; /* this scope has its sub-row already */
			add_row(t, &slots, &cap, xstrdup(scope_label(g->scope)), true,
				(struct hslot){ rows[r].id, g->scope, false });
		}
	}
	free(rows);
	return slots;
}

/* The table row grade G goes in. */
static size_t slot_of(const struct hslot *slots, size_t n, const struct grade_row *g)
{
	const char *id = row_id(g);
	for (size_t r = 0; r < n; r++) {
		if (slots[r].scope || strcmp(slots[r].id, id) != 0)
			continue;
		if (!slots[r].split || strcmp(g->scope, "all") == 0)
			return r;
		for (size_t s = r + 1; s < n && slots[s].scope; s++)
			if (strcmp(slots[s].scope, g->scope) == 0)
				return s;
		return r;
	}
	return 0;
}

/* The column of report ID in T; -1 if none. */
static int col_of(const struct gtable *t, int report_id)
{
	for (size_t c = 0; c < t->ncols; c++)
		if (t->cols[c].report_id == report_id)
			return (int)c;
	return -1;
}

/* Put each grade in its cell (a report's first judgement of a cell counts). */
static void place_cells(struct gtable *t, const struct hslot *slots)
{
	gtable_alloc_cells(t);
	for (size_t i = 0; i < t->ngrades; i++) {
		const struct grade_row *g = &t->grades[i];
		int c = col_of(t, g->report_id);
		if (c < 0)
			continue;
		size_t r = slot_of(slots, t->nrows, g);
		struct gcell *cell = gtable_cell(t, r, (size_t)c);
		if (cell->j != J_NONE)
			continue;
		*cell = (struct gcell){ .j = g->judgement, .proxy = section_outcome_is_proxy(g->type, g->key),
					.outcome = section_outcome(g->type, g->key), .nstrengths = g->nstrengths,
					.nimprovements = g->nimprovements, .authority_id = g->authority_id,
					.report_id = g->report_id, .key = g->key, .scope = g->scope };
		if (slots[r].scope) {
			size_t m = r;
			while (m > 0 && slots[m].scope)
				m--;
			struct gcell *main = gtable_cell(t, m, (size_t)c);
			if (main->j == J_NONE)
				main->split = true;
		}
	}
}

/*
 * Each cell's move: up or down from the judgement before it on its row;
 * a sub-row with none before it looks at its main row (so a 2009-12
 * inspection's staying safe is set against the letter before it).
 */
static void mark_moves(struct gtable *t)
{
	size_t main = 0;
	for (size_t r = 0; r < t->nrows; r++) {
		if (!t->rows[r].sub)
			main = r;
		enum judgement prev = J_NONE, prev_main = J_NONE;
		for (size_t c = 0; c < t->ncols; c++) {
			struct gcell *cell = gtable_cell(t, r, c);
			enum judgement before = prev != J_NONE ? prev : prev_main;
			if (cell->j != J_NONE && before != J_NONE && cell->j != before)
				cell->move = cell->j < before ? 1 : -1;
			if (cell->j != J_NONE)
				prev = cell->j;
			enum judgement m = gtable_cell(t, main, c)->j;
			if (t->rows[r].sub && m != J_NONE)
				prev_main = m;
		}
	}
}

/* A column per report of the authority, in date order (db_reports' order). */
static void make_cols(struct gtable *t, struct db *db, int authority_id)
{
	struct report_row *reports;
	size_t n;
	if (db_reports(db, authority_id, &reports, &n) != 0)
		n = 0;
	t->cols = xcalloc(n ? n : 1, sizeof *t->cols);
	t->ncols = n;
	for (size_t i = 0; i < n; i++) {
		struct gcol *c = &t->cols[i];
		snprintf(c->head[0], sizeof c->head[0], "%d", reports[i].year);
		snprintf(c->head[1], sizeof c->head[1], "%s", report_type_abbrev(reports[i].type));
		c->authority_id = authority_id;
		c->report_id = reports[i].id;
	}
	db_free_reports(reports, n);
}

/* The cursor on the report and the section being read, where the grid has them. */
static void place_cursor(struct gtable *t, const struct browser *b)
{
	const struct report_row *rr = browser_report_row(b);
	const struct section *s = browser_section(b);
	t->cur_row = t->cur_col = t->top_row = t->left_col = 0;
	if (rr && col_of(t, rr->id) >= 0)
		t->cur_col = col_of(t, rr->id);
	for (size_t r = 0; s && r < t->nrows; r++) {
		const struct gcell *c = gtable_cell(t, r, (size_t)t->cur_col);
		if (c->key && strcmp(c->key, s->key) == 0 && strcmp(c->scope, s->scope) == 0) {
			t->cur_row = (int)r;
			break;
		}
	}
}

void history_build(struct browser *b)
{
	struct gtable *t = &b->grids.history;
	gtable_free(t);
	const struct authority_row *a = browser_authority(b);
	if (!a)
		return;
	b->grids.history_of = a->id;
	t->counts = true;
	struct grade_filter f = { .authority_id = a->id, .counts = true };
	if (db_grades(b->db, &f, &t->grades, &t->ngrades) != 0)
		browser_notice(b, ROLE_ERROR, "cannot read the judgements of %s from the index", a->short_name);
	make_cols(t, b->db, a->id);
	struct hslot *slots = make_rows(t);
	place_cells(t, slots);
	mark_moves(t);
	place_cursor(t, b);
	gtable_filter_rows(t, b->filters.history);
	free(slots);
}
