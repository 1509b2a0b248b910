/*
 * grids_compare.c: the compare grid (see grids.h): the selected authority
 * and a group, a row per authority, a column per judgement of one report
 * type, each authority's report of that type nearest the chosen year (its
 * year beside its name; none: a row of dashes).
 *
 * The reports of the type are listed once and kept (type_reports); a
 * build picks the grid's reports from them and fetches, in one query, the
 * judgements of those it has not fetched before, which are kept too
 * (type_grades): the first grid of a type costs a query over its group's
 * reports, and stepping back, changing authority or sorting none
 * (fetching every judgement of a type took 50 ms on the national corpus).
 */
#include "grids_build.h"
#include "tui/browser_grids.h"
#include "base/util.h"
#include "report/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The reports of the grid's type that judge something, listed when the type changes (dropping what was fetched). */
static void load_type_reports(struct browser *b)
{
	struct grids *g = &b->grids;
	if (g->type_reports && g->type_reports_of == g->type)
		return;
	free(g->type_reports);
	db_free_grades(g->type_grades, g->ntype_grades);
	free(g->type_spans);
	g->type_reports = NULL;
	g->type_grades = NULL;
	g->ntype_reports = g->ntype_grades = g->type_grades_cap = 0;
	if (db_judged_reports(b->db, g->type, &g->type_reports, &g->ntype_reports) != 0)
		browser_notice(b, ROLE_ERROR, "cannot read the judgements from the index");
	g->type_spans = xcalloc(g->ntype_reports + 1, sizeof *g->type_spans);
	g->type_reports_of = g->type;
}

/*
 * Fetch the judgements of the type_reports entries marked in PICKED that
 * were not fetched before, in one query, into type_grades.
 */
static void fetch_picked(struct browser *b, const bool *picked)
{
	struct grids *g = &b->grids;
	int *ids = xcalloc(g->ntype_reports + 1, sizeof *ids);
	size_t nids = 0;
	for (size_t i = 0; i < g->ntype_reports; i++)
		if (picked[i] && !g->type_spans[i].fetched)
			ids[nids++] = g->type_reports[i].report_id;
	struct grade_row *rows = NULL;
	size_t n = 0;
	if (nids && db_report_grades(b->db, ids, nids, &rows, &n) != 0) {
		browser_notice(b, ROLE_ERROR, "cannot read the judgements from the index");
		db_free_grades(rows, n);
		free(ids);
		return; /* none marked fetched: the next build asks again */
	}
	/*
	 * Rows come in IDS' order, which is type_reports' order: one pass
	 * gives each report its span and takes every row (each is of one of
	 * IDS), so only the array itself is left to free.
	 */
	size_t r = 0;
	for (size_t i = 0; nids && i < g->ntype_reports; i++) {
		if (!picked[i] || g->type_spans[i].fetched)
			continue;
		struct grade_span *sp = &g->type_spans[i];
		*sp = (struct grade_span){ .first = g->ntype_grades, .fetched = true };
		for (; r < n && rows[r].report_id == g->type_reports[i].report_id; r++, sp->n++) {
			ARRAY_RESERVE(g->type_grades, g->ntype_grades, g->type_grades_cap);
			g->type_grades[g->ntype_grades++] = rows[r];
		}
	}
	free(rows);
	free(ids);
}

/* Add ID to IDS unless it is there. */
static void add_id(int **ids, size_t *n, size_t *cap, int id)
{
	for (size_t i = 0; i < *n; i++)
		if ((*ids)[i] == id)
			return;
	ARRAY_RESERVE(*ids, *n, *cap);
	(*ids)[(*n)++] = id;
}

/* The authorities of the grid: the selected one first, then its group in the group's order (marked: those marked with m). */
static int *group_ids(struct browser *b, const struct authority_row *a, size_t *n)
{
	int *ids = NULL;
	size_t cap = 0;
	*n = 0;
	add_id(&ids, n, &cap, a->id);
	if (b->grids.group == GROUP_NEIGHBOURS) {
		int *nb;
		size_t nn;
		if (db_neighbour_ids(b->db, a->la_code, &nb, &nn) == 0)
			for (size_t i = 0; i < nn; i++)
				add_id(&ids, n, &cap, nb[i]);
		free(nb);
		return ids;
	}
	for (size_t i = 0; i < b->nauthorities; i++) {
		const struct authority_row *o = &b->authorities[i];
		if (b->grids.group == GROUP_MARKED ? browser_authority_marked(b, o) :
		    b->grids.group == GROUP_ALL || (*a->region && strcmp(o->region, a->region) == 0))
			add_id(&ids, n, &cap, o->id);
	}
	return ids;
}

/* Short column heads for the common judgements; others take their label's first word. */
static const struct {
	const char *key, *head;
} heads[] = {
	{ "overall", "Overall" }, { "being-healthy", "Healthy" }, { "staying-safe", "Safe" },
	{ "enjoying-achieving", "Enjoying" }, { "positive-contribution", "Contrib" },
	{ "economic-wellbeing", "Economic" }, { "capacity", "Capacity" }, { "safeguarding", "Safeguard" },
	{ "looked-after-children", "LAC" }, { "ldd", "LDD" }, { "service-management", "Service" },
};

/* The two header lines of the column for KEY in SCOPE (HEADING: its heading, for other keys). */
static void column_head(struct gcol *c, const char *key, const char *scope, const char *heading)
{
	const char *head = NULL;
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
		if (strcmp(heads[i].key, key) == 0)
			head = heads[i].head;
	const char *label = section_key_label(key);
	const char *from = head ? head : label ? label : heading && *heading ? heading : key;
	if (str_starts_ci(from, "the ") && from[4])
		from += 4; /* "The contribution of health agencies ..." */
	size_t len = strcspn(from, " ");
	snprintf(c->head[0], sizeof c->head[0], "%.*s", (int)(len < 8 ? len : 8), from);
	snprintf(c->head[1], sizeof c->head[1], "%s", strcmp(scope, "safeguarding") == 0 ? "SG" :
		 strcmp(scope, "looked-after") == 0 ? "LAC" : "");
}

/* A judgement column while building: its section, where it sorts. */
struct ccol {
	const char *key, *scope, *heading;
	int rank;
	size_t first;
};

static int ccol_cmp(const void *a, const void *b)
{
	const struct ccol *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank - y->rank;
	return x->first < y->first ? -1 : x->first > y->first;
}

/* The grid's rows while building: the authorities and each one's report nearest the year. */
struct pick {
	const int *ids;
	size_t n;
	int *row_by_authority; /* by authority id: its row, or -1 */
	int maxid;
	int *report, *year;    /* by row: the report picked (0 none) and its year */
};

/* The row of authority ID; -1 when it is not in the grid. */
static int row_of_authority(const struct pick *p, int id)
{
	return id >= 0 && id <= p->maxid ? p->row_by_authority[id] : -1;
}

/* Is grade G of one of the picked reports?  Its row, or -1. */
static int row_of_grade(const struct pick *p, const struct grade_row *g)
{
	int r = row_of_authority(p, g->authority_id);
	return r >= 0 && p->report[r] == g->report_id ? r : -1;
}

/* Each authority's report nearest the year (the earlier of two as near). */
static void pick_reports(const struct grids *g, struct pick *p)
{
	for (size_t i = 0; i < g->ntype_reports; i++) {
		const struct judged_report *gr = &g->type_reports[i];
		int r = row_of_authority(p, gr->authority_id);
		if (r < 0)
			continue;
		int d = abs(gr->year - g->year), best = abs(p->year[r] - g->year);
		if (!p->report[r] || d < best || (d == best && gr->year < p->year[r])) {
			p->report[r] = gr->report_id;
			p->year[r] = gr->year;
		}
	}
}

static void pick_init(struct pick *p, const int *ids, size_t n)
{
	*p = (struct pick){ .ids = ids, .n = n };
	for (size_t i = 0; i < n; i++)
		p->maxid = ids[i] > p->maxid ? ids[i] : p->maxid;
	p->row_by_authority = xmalloc(((size_t)p->maxid + 1) * sizeof *p->row_by_authority);
	for (int i = 0; i <= p->maxid; i++)
		p->row_by_authority[i] = -1;
	for (size_t i = 0; i < n; i++)
		p->row_by_authority[ids[i]] = (int)i;
	p->report = xcalloc(n ? n : 1, sizeof *p->report);
	p->year = xcalloc(n ? n : 1, sizeof *p->year);
}

static void pick_free(struct pick *p)
{
	free(p->row_by_authority);
	free(p->report);
	free(p->year);
}

/* The columns: every (key, scope) the picked reports judge, in section_rank order. */
static struct ccol *make_cols(const struct grade_row *const *grades, size_t ngrades, const struct pick *p,
			      size_t *ncols)
{
	struct ccol *cols = NULL;
	size_t cap = 0;
	*ncols = 0;
	for (size_t i = 0; i < ngrades; i++) {
		const struct grade_row *gr = grades[i];
		if (row_of_grade(p, gr) < 0)
			continue;
		size_t c = 0;
		while (c < *ncols && (strcmp(cols[c].key, gr->key) != 0 || strcmp(cols[c].scope, gr->scope) != 0))
			c++;
		if (c < *ncols)
			continue;
		ARRAY_RESERVE(cols, *ncols, cap);
		cols[(*ncols)++] = (struct ccol){ gr->key, gr->scope, gr->heading, section_rank(gr->key), i };
	}
	if (*ncols)
		qsort(cols, *ncols, sizeof *cols, ccol_cmp);
	return cols;
}

/*
 * The judgements of the picked reports, fetched if need be, in the
 * export's order (type_reports' order, then each report's reading order),
 * as pointers into type_grades; *N gets how many.
 */
static const struct grade_row **picked_grades(struct browser *b, const struct pick *p, size_t *n)
{
	struct grids *g = &b->grids;
	bool *picked = xcalloc(g->ntype_reports + 1, sizeof *picked);
	for (size_t i = 0; i < g->ntype_reports; i++) {
		int r = row_of_authority(p, g->type_reports[i].authority_id);
		picked[i] = r >= 0 && p->report[r] == g->type_reports[i].report_id;
	}
	fetch_picked(b, picked);
	size_t total = 0;
	for (size_t i = 0; i < g->ntype_reports; i++)
		total += picked[i] ? g->type_spans[i].n : 0;
	const struct grade_row **rows = xcalloc(total + 1, sizeof *rows);
	*n = 0;
	for (size_t i = 0; i < g->ntype_reports; i++)
		for (size_t k = 0; picked[i] && k < g->type_spans[i].n; k++)
			rows[(*n)++] = &g->type_grades[g->type_spans[i].first + k];
	free(picked);
	return rows;
}

/* The short name of authority ID. */
static const char *authority_name(const struct browser *b, int id)
{
	for (size_t i = 0; i < b->nauthorities; i++)
		if (b->authorities[i].id == id)
			return b->authorities[i].short_name;
	return "?";
}

/* The table from the picked reports and the columns. */
static void fill_table(struct browser *b, struct gtable *t, const struct pick *p, const struct ccol *cols,
		       const struct grade_row *const *grades, size_t ngrades)
{
	t->rows = xcalloc(p->n ? p->n : 1, sizeof *t->rows);
	t->nrows = p->n;
	for (size_t r = 0; r < p->n; r++) {
		t->rows[r].label = xstrdup(authority_name(b, p->ids[r]));
		t->rows[r].note = p->report[r] ? xasprintf("%d", p->year[r]) : NULL;
	}
	t->cols = xcalloc(t->ncols ? t->ncols : 1, sizeof *t->cols);
	for (size_t c = 0; c < t->ncols; c++)
		column_head(&t->cols[c], cols[c].key, cols[c].scope, cols[c].heading);
	gtable_alloc_cells(t);
	for (size_t r = 0; r < p->n; r++)
		for (size_t c = 0; c < t->ncols; c++)
			gtable_cell(t, r, c)->authority_id = p->ids[r];
	for (size_t i = 0; i < ngrades; i++) {
		const struct grade_row *gr = grades[i];
		int r = row_of_grade(p, gr);
		if (r < 0)
			continue;
		for (size_t c = 0; c < t->ncols; c++) {
			struct gcell *cell = gtable_cell(t, (size_t)r, c);
			if (cell->j != J_NONE || strcmp(cols[c].key, gr->key) != 0 || strcmp(cols[c].scope, gr->scope) != 0)
				continue;
			*cell = (struct gcell){ .j = gr->judgement, .proxy = section_outcome_is_proxy(gr->type, gr->key),
						.outcome = section_outcome(gr->type, gr->key), .authority_id = gr->authority_id,
						.report_id = gr->report_id, .key = gr->key, .scope = gr->scope };
		}
	}
}

/* Sort T's rows by the judgement in column COL, best first, those without one last (stable). */
static void sort_rows(struct gtable *t, size_t col)
{
	size_t n = t->nrows;
	int *order = xcalloc(n ? n : 1, sizeof *order);
	size_t k = 0;
	for (int j = J_OUTSTANDING; j <= J_INADEQUATE + 1; j++)
		for (size_t r = 0; r < n; r++) {
			enum judgement cj = gtable_cell(t, r, col)->j;
			if ((j <= J_INADEQUATE && (int)cj == j) || (j > J_INADEQUATE && cj == J_NONE))
				order[k++] = (int)r;
		}
	struct grow *rows = xcalloc(n ? n : 1, sizeof *rows);
	struct gcell *cells = xcalloc(n * t->ncols + 1, sizeof *cells);
	for (size_t r = 0; r < n; r++) {
		rows[r] = t->rows[order[r]];
		memcpy(&cells[r * t->ncols], gtable_cell(t, (size_t)order[r], 0), t->ncols * sizeof *cells);
	}
	free(t->rows);
	free(t->cells);
	t->rows = rows;
	t->cells = cells;
	free(order);
}

void compare_build(struct browser *b)
{
	struct grids *g = &b->grids;
	struct gtable *t = &g->compare;
	const struct authority_row *a = browser_authority(b);
	bool same = a && g->compare_of == a->id;
	int row = same ? t->cur_row : 0, col = same ? t->cur_col : 0;
	gtable_free(t);
	if (!a)
		return;
	g->compare_of = a->id;
	t->spread = true;
	load_type_reports(b);
	size_t n;
	int *ids = group_ids(b, a, &n);
	if (n == 1 && g->group == GROUP_MARKED)
		browser_notice(b, ROLE_NOTICE, "no other authority is marked (m in the authorities list); c: the next group");
	else if (n == 1 && g->group != GROUP_ALL)
		browser_notice(b, ROLE_NOTICE, "the index holds none of %s's %s; c: the next group", a->short_name,
			       g->group == GROUP_NEIGHBOURS ? "statistical neighbours" : "region");
	struct pick p;
	pick_init(&p, ids, n);
	pick_reports(g, &p);
	size_t ngrades;
	const struct grade_row **grades = picked_grades(b, &p, &ngrades);
	struct ccol *cols = make_cols(grades, ngrades, &p, &t->ncols);
	fill_table(b, t, &p, cols, grades, ngrades);
	if (g->sort_col >= (int)t->ncols)
		g->sort_col = -1;
	if (g->sort_col >= 0)
		sort_rows(t, (size_t)g->sort_col);
	t->cur_row = row;
	t->cur_col = col;
	gtable_clamp(t);
	gtable_filter_rows(t, b->filters.compare);
	free(cols);
	free(grades);
	pick_free(&p);
	free(ids);
}
