/*
 * grids.c: what the judgement grids have in common (see grids.h and
 * browser_grids.h): their keys, the words of a cell, opening a cell in the
 * panes, the grid as a plain-text table, and keeping the cursor in view.
 * The two grids are built in grids_history.c and grids_compare.c.
 */
#include "tui/browser_grids.h"
#include "grids_build.h"
#include "tui/view.h"
#include "base/display.h"
#include "base/util.h"
#include "report/vocab.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void gtable_free(struct gtable *t)
{
	for (size_t i = 0; i < t->nrows; i++) {
		free(t->rows[i].label);
		free(t->rows[i].note);
	}
	free(t->rows);
	free(t->cols);
	free(t->cells);
	db_free_grades(t->grades, t->ngrades);
	memset(t, 0, sizeof *t);
}

void grids_free(struct grids *g)
{
	gtable_free(&g->history);
	gtable_free(&g->compare);
	free(g->type_reports);
	db_free_grades(g->type_grades, g->ntype_grades);
	free(g->type_spans);
	memset(g, 0, sizeof *g);
}

void gtable_filter_rows(struct gtable *t, const char *filter)
{
	if (!filter[0])
		return;
	size_t kept = 0;
	bool parent = false;
	int cur = -1;
	for (size_t r = 0; r < t->nrows; r++) {
		struct grow *row = &t->rows[r];
		const char *fields[] = { row->label };
		bool pass = row->sub ? parent : browser_filter_match(fields, 1, filter);
		if (!row->sub)
			parent = pass;
		if (!pass) {
			free(row->label);
			free(row->note);
			continue;
		}
		if ((int)r == t->cur_row)
			cur = (int)kept;
		t->rows[kept] = *row;
		memmove(&t->cells[kept * t->ncols], &t->cells[r * t->ncols], t->ncols * sizeof *t->cells);
		kept++;
	}
	t->nrows = kept;
	t->cur_row = cur >= 0 ? cur : 0;
	t->top_row = 0;
	gtable_clamp(t);
}

void gtable_alloc_cells(struct gtable *t)
{
	t->cells = xcalloc(t->nrows * t->ncols + 1, sizeof *t->cells);
}

void gtable_clamp(struct gtable *t)
{
	if (t->cur_row >= (int)t->nrows)
		t->cur_row = (int)t->nrows - 1;
	if (t->cur_col >= (int)t->ncols)
		t->cur_col = (int)t->ncols - 1;
	if (t->cur_row < 0)
		t->cur_row = 0;
	if (t->cur_col < 0)
		t->cur_col = 0;
}

const char *compare_group_name(enum compare_group g)
{
	static const char *const names[GROUP_COUNT] = {
		[GROUP_NEIGHBOURS] = "statistical neighbours", [GROUP_REGION] = "region",
		[GROUP_ALL] = "all authorities", [GROUP_MARKED] = "marked authorities",
	};
	return g < GROUP_COUNT ? names[g] : "";
}

const struct gtable *grids_current(const struct browser *b)
{
	enum mode m = browser_shown_mode(b); /* also under the filter prompt (f) */
	return m == MODE_HISTORY ? &b->grids.history : m == MODE_COMPARE ? &b->grids.compare : NULL;
}

static struct gtable *current(struct browser *b)
{
	return (struct gtable *)grids_current(b);
}

void gcell_parts(const struct gcell *c, int level, bool ascii, char word[32], char mark[8], char counts[24])
{
	mark[0] = counts[0] = '\0';
	if (c->j == J_NONE) {
		snprintf(word, 32, "%s", c->split ? "" : ascii ? "-" : "\xe2\x80\x93");
		return;
	}
	snprintf(word, 32, "%s%s", judgement_in_words(c->j, level > 2 ? 2 : level), c->proxy ? "*" : "");
	if (c->move)
		snprintf(mark, 8, "%s", c->move > 0 ? (ascii ? "^" : "\xe2\x96\xb2") : (ascii ? "v" : "\xe2\x96\xbc"));
	if (level >= 3 && (c->nstrengths || c->nimprovements))
		snprintf(counts, 24, "+%d -%d", c->nstrengths, c->nimprovements);
}

void browser_open_at(struct browser *b, int authority_id, int report_id, const char *key, const char *scope)
{
	browser_set_filter(b, "");
	for (size_t a = 0; a < b->nshown; a++)
		if (b->authorities[b->shown[a]].id == authority_id)
			browser_select_authority(b, (int)a);
	for (size_t r = 0; r < b->nreports; r++)
		if (b->reports[r].id == report_id)
			browser_select_report(b, (int)r);
	for (size_t s = 0; key && s < b->nsections; s++) {
		const struct section *sec = &b->report.sections[b->section_order[s]];
		if (strcmp(sec->key, key) == 0 && (!scope || strcmp(sec->scope, scope) == 0)) {
			browser_select_section(b, (int)s);
			break;
		}
	}
	b->mode = MODE_BROWSE;
	b->focus = PANE_SECTION;
}

/* Enter: the cell's report at the cell's section; the column's report where the cell is not judged. */
static void open_cell(struct browser *b)
{
	const struct gtable *t = grids_current(b);
	if (!t->nrows || !t->ncols)
		return;
	const struct gcell *c = gtable_cell(t, (size_t)t->cur_row, (size_t)t->cur_col);
	int authority = c->report_id ? c->authority_id : t->cols[t->cur_col].authority_id;
	int report = c->report_id ? c->report_id : t->cols[t->cur_col].report_id;
	if (!report) {
		browser_notice(b, ROLE_NOTICE, "no report here to open");
		return;
	}
	bool judged = c->key != NULL;
	browser_open_at(b, authority, report, c->key, c->scope);
	if (!judged)
		browser_notice(b, ROLE_NOTICE, "that report does not judge %s", t->rows[t->cur_row].label);
}

void grids_open_history(struct browser *b)
{
	if (!browser_authority(b)) {
		browser_notice(b, ROLE_NOTICE, "no authority selected");
		return;
	}
	b->mode = MODE_HISTORY;
	history_build(b);
}

void grids_open_compare(struct browser *b)
{
	const struct authority_row *a = browser_authority(b);
	if (!a) {
		browser_notice(b, ROLE_NOTICE, "no authority selected");
		return;
	}
	const struct report_row *r = browser_report_row(b);
	if (b->grids.compare_of != a->id || !b->grids.type) {
		b->grids.type = r ? r->type : RT_APA;
		b->grids.year = r ? r->year : a->latest_year;
		b->grids.sort_col = -1;
	}
	b->mode = MODE_COMPARE;
	compare_build(b);
}

void grids_rebuild(struct browser *b)
{
	if (browser_shown_mode(b) == MODE_HISTORY)
		history_build(b);
	else if (browser_shown_mode(b) == MODE_COMPARE)
		compare_build(b);
}

/* Move the cursor by DROW rows and DCOL columns, staying inside the table. */
static void move_cursor(struct browser *b, int drow, int dcol)
{
	struct gtable *t = current(b);
	t->cur_row += drow;
	t->cur_col += dcol;
	gtable_clamp(t);
}

/* c, t, [ and ]: the compare grid's group, type and year. */
static void compare_change(struct browser *b, enum action a)
{
	struct grids *g = &b->grids;
	if (a == ACT_GROUP) {
		g->group = (enum compare_group)((g->group + 1) % GROUP_COUNT);
	} else if (a == ACT_GRID_TYPE) {
		enum report_type *types;
		size_t n;
		if (db_report_types(b->db, &types, &n) != 0 || !n) {
			free(types);
			return;
		}
		size_t i = 0;
		while (i < n && types[i] != g->type)
			i++;
		g->type = types[i < n ? (i + 1) % n : 0];
		free(types);
		g->sort_col = -1;
	} else {
		g->year += a == ACT_PREV_REPORT ? -1 : 1;
	}
	compare_build(b);
}

/* o: sort by the cursor's column, or again on the same column, back to the group's order. */
static void compare_sort(struct browser *b)
{
	struct grids *g = &b->grids;
	g->sort_col = g->sort_col == g->compare.cur_col ? -1 : g->compare.cur_col;
	compare_build(b);
}

/* The actions only the compare grid has; false if A is none of them. */
static bool compare_act(struct browser *b, enum action a)
{
	switch (a) {
	case ACT_GROUP: case ACT_GRID_TYPE: case ACT_PREV_REPORT: case ACT_NEXT_REPORT:
		compare_change(b, a);
		return true;
	case ACT_SORT:
		compare_sort(b);
		return true;
	default:
		return false;
	}
}

struct reaction grids_key(struct browser *b, int key)
{
	enum action a = key_action(key, b->mode == MODE_HISTORY ? CTX_HISTORY : CTX_COMPARE);
	if (a != ACT_NONE && a != ACT_REDRAW)
		b->message[0] = '\0';
	int page = b->screen.grid_rows > 1 ? b->screen.grid_rows - 1 : 1;
	switch (a) {
	case ACT_UP: move_cursor(b, -1, 0); break;
	case ACT_DOWN: move_cursor(b, 1, 0); break;
	case ACT_PAGE_UP: move_cursor(b, -page, 0); break;
	case ACT_PAGE_DOWN: move_cursor(b, page, 0); break;
	case ACT_FIRST: move_cursor(b, -(1 << 28), 0); break;
	case ACT_LAST: move_cursor(b, 1 << 28, 0); break;
	case ACT_LEFT: move_cursor(b, 0, -1); break;
	case ACT_RIGHT: move_cursor(b, 0, 1); break;
	case ACT_ENTER: open_cell(b); break;
	case ACT_BACK: b->mode = MODE_BROWSE; break;
	case ACT_HISTORY: grids_open_history(b); break;
	case ACT_COMPARE: grids_open_compare(b); break;
	case ACT_HELP: b->mode = MODE_HELP; b->help_top = 0; break;
	case ACT_FILTER: browser_filter_start(b); break;
	case ACT_PAGER: case ACT_SAVE: case ACT_PIPE: case ACT_COPY: return browser_hand_out(b, a);
	case ACT_MARKS: browser_marks_open(b); break;
	case ACT_BRIEF: browser_brief_open(b); break;
	case ACT_RELOAD:
		if (b->index_replaced || db_replaced(b->db)) {
			browser_reload(b);
			grids_rebuild(b);
		} else {
			browser_notice(b, ROLE_NOTICE, "the index has not changed");
		}
		break;
	default: compare_act(b, a); break;
	}
	return (struct reaction){ REACT_DRAW, NULL };
}

void grids_screen(struct browser *b, const struct screen_facts *f)
{
	struct gtable *t = current(b);
	if (!t)
		return;
	gtable_clamp(t);
	if (f->grid_rows > 0) {
		if (t->cur_row < t->top_row)
			t->top_row = t->cur_row;
		if (t->cur_row >= t->top_row + f->grid_rows)
			t->top_row = t->cur_row - f->grid_rows + 1;
	}
	if (f->grid_cols > 0) {
		if (t->cur_col < t->left_col)
			t->left_col = t->cur_col;
		if (t->cur_col >= t->left_col + f->grid_cols)
			t->left_col = t->cur_col - f->grid_cols + 1;
		if (t->left_col > (int)t->ncols - f->grid_cols)
			t->left_col = (int)t->ncols - f->grid_cols;
	}
	if (t->top_row < 0)
		t->top_row = 0;
	if (t->left_col < 0)
		t->left_col = 0;
}

char *grids_crumb(const struct browser *b)
{
	if (browser_shown_mode(b) == MODE_HISTORY)
		return xstrdup("history");
	return xasprintf("compare: %s, %s %d", compare_group_name(b->grids.group),
			 report_type_abbrev(b->grids.type), b->grids.year);
}

void gtable_spread(const struct gtable *t, size_t col, int counts[J_INADEQUATE + 1])
{
	memset(counts, 0, sizeof *counts * (J_INADEQUATE + 1));
	for (size_t r = 0; r < t->nrows; r++)
		counts[gtable_cell(t, r, col)->j]++;
}

bool gtable_spread_shows(const struct gtable *t, enum judgement j)
{
	if (j != J_REQUIRES_IMPROVEMENT)
		return j != J_NONE;
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		if (t->cells[i].j == j)
			return true;
	return false; /* "requires improvement" only where some report used it */
}

/* Append S to B padded with spaces to W columns. */
static void add_padded(struct strbuf *sb, const char *s, int w, bool ascii)
{
	char *d = display_string(s, ascii, false);
	sb_adds(sb, d);
	for (int n = display_width(d, ascii); n < w; n++)
		sb_addc(sb, ' ');
	free(d);
}

/* Cell (R, C) of T in full words, with marks and counts, as one string. */
static void cell_string(const struct gtable *t, size_t r, size_t c, bool ascii, char out[80])
{
	char word[32], mark[8], counts[24];
	gcell_parts(gtable_cell(t, r, c), 3, ascii, word, mark, counts);
	snprintf(out, 80, "%s%s%s%s%s", word, *mark ? " " : "", mark, *counts ? " " : "", counts);
}

/* The label column of row R: indented for a sub-row, the note after it. */
static void row_label(const struct gtable *t, size_t r, char out[160])
{
	const struct grow *g = &t->rows[r];
	snprintf(out, 160, "%s%s%s%s", g->sub ? "  " : "", g->label, g->note ? " " : "", g->note ? g->note : "");
}

/* The title of the current grid: what it shows. */
char *grids_title(const struct browser *b)
{
	const struct authority_row *a = browser_authority(b);
	const char *name = a ? a->short_name : "";
	const char *f = browser_filter_of(b, FILTER_GRID); /* f: the rows it keeps, said */
	char filtered[80] = "";
	if (f[0])
		snprintf(filtered, sizeof filtered, ", rows \"%s\"", f);
	if (browser_shown_mode(b) == MODE_HISTORY)
		return xasprintf("History of %s: %zu reports%s", name, b->grids.history.ncols, filtered);
	return xasprintf("%s %s nearest %d%s", name, report_type_abbrev(b->grids.type), b->grids.year, filtered);
}

/* The spread rows of T as text: a row per judgement, how many of each column have it. */
static void text_spread(const struct gtable *t, struct strbuf *sb, int labelw, const int *colw, bool ascii)
{
	for (int j = J_OUTSTANDING; j <= J_INADEQUATE; j++) {
		if (!gtable_spread_shows(t, (enum judgement)j))
			continue;
		add_padded(sb, judgement_in_words((enum judgement)j, 2), labelw, ascii);
		for (size_t c = 0; c < t->ncols; c++) {
			int counts[J_INADEQUATE + 1];
			char n[16];
			gtable_spread(t, c, counts);
			snprintf(n, sizeof n, "%d", counts[j]);
			add_padded(sb, n, colw[c], ascii);
		}
		sb_addc(sb, '\n');
	}
}

char *grids_text(const struct browser *b)
{
	const struct gtable *t = grids_current(b);
	if (!t)
		return NULL;
	bool ascii = b->ascii;
	char buf[160];
	int labelw = 0, *colw = xcalloc(t->ncols ? t->ncols : 1, sizeof *colw);
	for (size_t r = 0; r < t->nrows; r++) {
		row_label(t, r, buf);
		int w = display_width(buf, ascii) + 2;
		labelw = w > labelw ? w : labelw;
		for (size_t c = 0; c < t->ncols; c++) {
			cell_string(t, r, c, ascii, buf);
			int cw = display_width(buf, ascii) + 2;
			colw[c] = cw > colw[c] ? cw : colw[c];
		}
	}
	for (size_t c = 0; c < t->ncols; c++)
		for (int h = 0; h < 2; h++) {
			int hw = display_width(t->cols[c].head[h], ascii) + 2;
			colw[c] = hw > colw[c] ? hw : colw[c];
		}
	labelw = labelw < 14 ? 14 : labelw;
	struct strbuf sb = {0};
	char *title = grids_title(b);
	sb_addf(&sb, "%s\n\n", title);
	free(title);
	for (int h = 0; h < 2; h++) {
		add_padded(&sb, "", labelw, ascii);
		for (size_t c = 0; c < t->ncols; c++)
			add_padded(&sb, t->cols[c].head[h], colw[c], ascii);
		sb_addc(&sb, '\n');
	}
	for (size_t r = 0; r < t->nrows; r++) {
		row_label(t, r, buf);
		add_padded(&sb, buf, labelw, ascii);
		for (size_t c = 0; c < t->ncols; c++) {
			cell_string(t, r, c, ascii, buf);
			add_padded(&sb, buf, colw[c], ascii);
		}
		sb_addc(&sb, '\n');
	}
	if (t->spread) {
		sb_addc(&sb, '\n');
		text_spread(t, &sb, labelw, colw, ascii);
	}
	sb_addf(&sb, "\n%s\n", grids_legend(t, ascii));
	free(colw);
	/* trailing blanks of each line go */
	char *s = sb_take(&sb);
	char *w = s;
	for (char *p = s; *p; p++) {
		if (*p == '\n')
			while (w > s && w[-1] == ' ')
				w--;
		*w++ = *p;
	}
	*w = '\0';
	return s;
}

const char *grids_legend(const struct gtable *t, bool ascii)
{
	if (t->counts)
		return ascii ? "^ v up, down since the last  * as Safeguarding (JAR)  +N -N strengths, areas"
			     : "\xe2\x96\xb2 \xe2\x96\xbc up, down since the last  * as Safeguarding (JAR)  +N -N strengths, areas";
	return "* judged as Safeguarding (JAR); under the rows, how many have each judgement";
}
