/*
 * body_grades.c: summary tables of grades ("Areas for judgement | Grade
 * awarded", "Record of main findings", "Grades").
 *
 * A row is a label and a grade, in TAB-separated cells or with its TABs
 * lost ("Overall effectiveness Good"); a label may wrap over two lines.
 * Scope rows ("Safeguarding") switch the scope of the rows after them,
 * and a legend ("4: outstanding; 3: good; ...") is no row.  Each row's
 * judgement is held as pending (sections.c) and applied to its section
 * once every section exists.
 */
#include "body.h"
#include "parse/clean.h"
#include "parse/grade.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/*
 * A row whose TABs were lost, held back until the line after it is read:
 * a label may wrap past its grade ("... services for children   2" /
 * "and young people").
 */
struct held_row {
	char *label, *raw;
	const char *scope;
	enum judgement j;
	enum grade_scale scale;
	int line;  /* the row's line */
	int last;  /* the last line of its label */
};

void grades_start(struct body *b)
{
	b->mode = MODE_GRADES;
	b->table_scope = "all";
	free(b->row_prefix);
	b->row_prefix = NULL;
}

/* A grade cell: "3", "Good", "Grade 2", "4: outstanding", "Outstanding (Grade 1)". */
static enum judgement grade_cell(struct parser *ps, const char *cell, enum grade_scale *scale)
{
	int num;
	enum judgement word;
	if (cell[0] >= '1' && cell[0] <= '4' && cell[1] == '\0') {
		*scale = ps->scale;
		return grade_number(cell[0] - '0', ps->scale);
	}
	if (grade_text(cell, GRADE_TEXT_WHOLE, &num, &word, NULL)) {
		*scale = word != J_NONE ? SCALE_WORDS : ps->scale;
		return word != J_NONE ? word : grade_number(num, ps->scale);
	}
	if (grade_pair(cell, &num, &word)) {
		*scale = SCALE_WORDS;
		return word;
	}
	size_t n;
	enum judgement j = judgement_word(cell, &n);
	if (j != J_NONE) {
		*scale = SCALE_WORDS;
		return j;
	}
	return J_NONE;
}

/* Hold the judgement J of the row labelled LABEL (in SCOPE) for its section; scope and group rows have none. */
static void add_pending_judgement(struct parser *ps, const char *label, const char *scope,
				  enum judgement j, const char *raw, enum grade_scale scale, int line)
{
	char norm[512];
	char *clean = strip_html(label);
	char *folded = clean_paragraph(clean);
	free(clean);
	heading_normalize(folded, norm, sizeof norm);
	const struct heading_rule *rule = heading_match(norm, ps->r->type, true);
	if (rule && (rule->kind == HK_SCOPE || rule->kind == HK_GROUP)) {
		free(folded);
		return;
	}
	char *key = rule && rule->kind == HK_SECTION && rule->key ? xstrdup(rule->key) : heading_slug(folded);
	section_pend_judgement(ps, key, type_has_scopes(ps->r->type) ? scope : "all", folded, raw, j, scale, line);
}

void grades_flush(struct body *b)
{
	struct held_row *h = b->held;
	if (!h)
		return;
	b->held = NULL;
	add_pending_judgement(b->ps, h->label, h->scope, h->j, h->raw, h->scale, h->line);
	free(h->label);
	free(h->raw);
	free(h);
}

/* Hold the row at LINE labelled LABEL (taken over) with grade J printed as RAW. */
static void hold_row(struct body *b, char *label, const char *raw, enum judgement j, enum grade_scale scale,
		     int line)
{
	grades_flush(b);
	b->held = xmalloc(sizeof *b->held);
	*b->held = (struct held_row){ label, xstrdup(raw), b->table_scope, j, scale, line, line };
}

bool grades_header(const char *line)
{
	/* every line of prose is asked: a TAB or a column gap, which it lacks, is quicker to look for */
	bool tab = strchr(line, '\t') != NULL;
	const char *gap = tab ? NULL : column_gap(line);
	if (!tab && !gap)
		return false;
	const char *g = str_find_ci(line, "grade awarded");
	return g && (tab || gap < g);
}

/*
 * The grade at the end of a row whose TABs were lost: "Overall
 * effectiveness Good", "Safeguarding 4: outstanding", "Looked after
 * children Grade 2 (good)".  The grade may be several words, so the longest
 * one that ends the line is taken.  *LAST gets the space before it (NULL
 * when there is none).
 */
static enum judgement trailing_grade(struct parser *ps, const char *line, const char **last,
				     enum grade_scale *scale)
{
	*last = NULL;
	if (strlen(line) >= 150)
		return J_NONE;
	int num;
	enum judgement word;
	for (const char *p = strchr(line, ' '); p; p = strchr(p + 1, ' ')) {
		/* only a grade of several words: a lone judgement word may start a label's last words */
		bool several = p[1] != ' ' && (str_starts_ci(p + 1, "grade") || grade_pair(p + 1, &num, &word));
		enum judgement j = several ? grade_cell(ps, p + 1, scale) : J_NONE;
		if (j != J_NONE) {
			*last = p;
			return j;
		}
	}
	const char *sp = strrchr(line, ' ');
	enum judgement j = sp ? grade_cell(ps, sp + 1, scale) : J_NONE;
	if (j != J_NONE)
		*last = sp;
	return j;
}

/* A row label, with PREFIX in front when the label goes on from it in lowercase (a wrapped label). */
static char *row_label(const char *prefix, const char *label)
{
	if (prefix && islower((unsigned char)label[0]))
		return xasprintf("%s %s", prefix, label);
	return xstrdup(label);
}

/*
 * Is the TAB-separated line CELLS[0..N) the table's legend rather than a
 * row?  A row is a label, which states no scale, and then one grade, however
 * its cells print it ("4<TAB>outstanding", "4: outstanding", "Grade 4
 * (outstanding)"): scale_hint() alone would read those as a legend.  A
 * legend opens with a number ("4<TAB>A service that ...") or a number and
 * its words, or pairs several grades with their words.
 */
static bool legend_cells(struct parser *ps, const char *line, char **cells, int n)
{
	if (isdigit((unsigned char)cells[0][0]) && strlen(cells[0]) == 1)
		return true;
	if (scale_hint(line) == SCALE_NONE)
		return false;
	if (!cells[0][0] || scale_hint(cells[0]) != SCALE_NONE)
		return true;
	enum judgement seen = J_NONE;
	for (int i = 1; i < n; i++) {
		enum grade_scale scale;
		enum judgement j = grade_cell(ps, cells[i], &scale);
		if (j != J_NONE && seen != J_NONE && j != seen)
			return true;
		if (j != J_NONE)
			seen = j;
	}
	return seen == J_NONE;
}

/*
 * Is the line with no TABs the legend ("4: outstanding; 3: good; ...")
 * rather than a row whose grade reads like one ("Safeguarding 4:
 * outstanding")?  LAST is where the row's trailing grade starts, or NULL
 * when it has none: the label before it must state no scale.
 */
static bool legend_line(const char *line, const char *last)
{
	if (scale_hint(line) == SCALE_NONE)
		return false;
	if (!last)
		return true;
	char *label = xstrndup(line, (size_t)(last - line));
	bool words = false; /* "4: outstanding" alone has no label */
	for (const char *p = label; *p && !words; p++)
		words = isalpha((unsigned char)*p);
	bool legend = !words || scale_hint(label) != SCALE_NONE;
	free(label);
	return legend;
}

/* A row in TAB-separated cells (always a row of the table); PREFIX as for grades_row_after. */
static void tab_row(struct body *b, const char *line, int lineno, const char *prefix)
{
	struct parser *ps = b->ps;
	char *cells[8];
	int n = split_cells(line, cells, 8);
	bool legend = legend_cells(ps, line, cells, n);
	if (!legend && cells[0][0]) {
		for (int i = 1; i < n; i++) {
			enum grade_scale scale;
			enum judgement j = grade_cell(ps, cells[i], &scale);
			if (j != J_NONE) {
				char *label = row_label(prefix, cells[0]);
				add_pending_judgement(ps, label, b->table_scope, j, cells[i], scale, lineno);
				free(label);
				break;
			}
		}
		if (n == 1 || (n > 1 && !cells[1][0])) {
			/* a row with no grade: a scope or group row */
			char norm[256];
			heading_normalize(cells[0], norm, sizeof norm);
			const struct heading_rule *r = heading_match(norm, ps->r->type, true);
			if (r && r->kind == HK_SCOPE)
				b->table_scope = r->key;
		}
	}
	free_cells(cells, n);
}

/*
 * Is LINE (at LINENO, no TABs, leading spaces skipped) the end of the held
 * row's label?  It comes right after it, goes on in lowercase, is short
 * and no sentence, and has no grade of its own.
 */
static bool label_goes_on(struct body *b, const char *line, int lineno)
{
	if (!b->held || lineno > b->held->last + 2 || !islower((unsigned char)line[0]))
		return false;
	size_t n = strlen(line);
	const char *last;
	enum grade_scale scale;
	return n < 120 && line[n - 1] != '.' && trailing_grade(b->ps, line, &last, &scale) == J_NONE;
}

/*
 * A line that is only a grade, between the lines of the label PREFIX
 * began ("... social care services in" / "4" / "keeping up ..."): not
 * one of a graphic scale's lone words, which come several in a row.
 */
static enum judgement lone_grade(struct parser *ps, const char *prefix, const char *line, const char *next,
				 enum grade_scale *scale)
{
	if (!prefix)
		return J_NONE;
	enum judgement j = grade_cell(ps, line, scale);
	if (j == J_NONE || !next)
		return j;
	while (*next == ' ')
		next++;
	enum grade_scale other;
	return grade_cell(ps, next, &other) == J_NONE ? j : J_NONE;
}

/* The first non-blank line of the body at or after I (removed furniture skipped), or ps->body_end. */
static size_t next_filled(const struct parser *ps, size_t i)
{
	while (i < ps->body_end && (!ps->line[i] || !ps->line[i][0]))
		i++;
	return i;
}

/*
 * A table laid out as a label, a blank line and the label's judgement
 * alone in words ("Capacity to improve" / "" / "Adequate"), as a 2012-13
 * inspection's record of main findings is: does the block of the line
 * being read end with it or the line after it (a label wrapped over two
 * lines), the next block hold only judgement words, and what follows it
 * (if anything) read as the next row's label, not as prose or another
 * lone word (a graphic scale, artifact-graphic-scale)?  Then the line
 * starts a row's label (lone_grade reads its judgement) rather than ending
 * the table, and is not taken for the heading of a section of its own.
 * A grade line ("Grade 3") under a lone line is a heading's, not a row's.
 */
static bool judgement_block_follows(struct body *b)
{
	struct parser *ps = b->ps;
	size_t i = b->at + 1;
	int rest = 0;
	/* removed furniture (NULL) breaks no block, as in parse_body */
	for (; i < ps->body_end && (!ps->line[i] || ps->line[i][0]); i++)
		if (ps->line[i] && ++rest > 1)
			return false;
	size_t g = next_filled(ps, i);
	if (g >= ps->body_end)
		return false;
	for (i = g + 1; i < ps->body_end && !ps->line[i]; i++)
		;
	enum judgement j;
	if ((i < ps->body_end && ps->line[i][0]) || !lone_judgement_words(ps->line[g], &j))
		return false;
	size_t after = next_filled(ps, i);
	if (after >= ps->body_end)
		return true;
	const char *l = ps->line[after];
	while (*l == ' ')
		l++;
	return strlen(l) < 120 && !ends_sentence(l) && !lone_judgement_words(l, &j);
}

/*
 * A row whose TABs were lost ("Overall effectiveness Good"); NEXT and
 * PREFIX as for grades_row_after.  Returns false when LINE is no row.
 */
static bool untabbed_row(struct body *b, const char *line, const char *next, int lineno, const char *prefix)
{
	struct parser *ps = b->ps;
	const char *last;
	enum grade_scale scale;
	while (*line == ' ')
		line++;
	enum judgement j = trailing_grade(ps, line, &last, &scale);
	if (legend_line(line, last))
		return true;
	char norm[512];
	heading_normalize(line, norm, sizeof norm);
	const struct heading_rule *r = heading_match(norm, ps->r->type, true);
	if (r && r->kind == HK_SCOPE) {
		b->table_scope = r->key;
		return true;
	}
	if (r && r->kind == HK_GROUP)
		return true;
	if (j != J_NONE) {
		char *cut = xstrndup(line, (size_t)(last - line));
		hold_row(b, row_label(prefix, cut), last + 1, j, scale, lineno);
		free(cut);
		return true;
	}
	if ((j = lone_grade(ps, prefix, line, next, &scale)) != J_NONE) {
		hold_row(b, xstrdup(prefix), line, j, scale, lineno);
		return true;
	}
	/*
	 * A group row no rule names ("Safeguarding outcomes"), its trailing
	 * TABs stripped, or the first line of a wrapped label: a short line
	 * that is no sentence, with more rows after it in the same block (or
	 * its judgement alone in the next block: judgement_block_follows).  A
	 * row that goes on from it in lowercase takes it as its label's start.
	 */
	size_t n = strlen(line);
	if (n && n < 120 && line[n - 1] != '.' &&
	    ((next && (strchr(next, '\t') || trailing_grade(ps, next, &last, &scale) != J_NONE)) ||
	     judgement_block_follows(b))) {
		b->row_prefix = row_label(prefix, line);
		return true;
	}
	return false;
}

/* grades_row, where PREFIX is the start of a label wrapped onto this line, or NULL. */
static bool grades_row_after(struct body *b, const char *line, const char *next, int lineno,
			     const char *prefix)
{
	if (strchr(line, '\t')) {
		tab_row(b, line, lineno, prefix);
		return true;
	}
	return untabbed_row(b, line, next, lineno, prefix);
}

/*
 * One line of a summary table of grades; NEXT is the line after it in the
 * same block, or NULL.  Returns false when the line is not a row (the
 * table has ended).
 */
bool grades_row(struct body *b, const char *line, const char *next, int lineno)
{
	const char *text = line;
	while (*text == ' ')
		text++;
	if (!strchr(line, '\t') && label_goes_on(b, text, lineno)) {
		char *label = xasprintf("%s %s", b->held->label, text);
		free(b->held->label);
		b->held->label = label;
		b->held->last = lineno;
		return true;
	}
	grades_flush(b);
	char *prefix = b->row_prefix;
	b->row_prefix = NULL;
	bool ok = grades_row_after(b, line, next, lineno, prefix);
	free(prefix);
	return ok;
}
