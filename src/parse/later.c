/*
 * later.c: the judgements at the head of a report of the frameworks after
 * 2013 (SIF, ILACS and its visits).
 *
 * pdftotext gives their judgement table as a column of row labels, each
 * wrapped over a line or three, each followed by its judgement, itself
 * wrapped ("Requires" / "Improvement", "Requires improvement" / "to be
 * good", "Not Judged").  A SIF states its overall judgement in a sentence
 * above the table ("The overall judgement is that children's services
 * require improvement", "Children's services in X are good").  Each is
 * held as a pending judgement (sections.c applies them), so the body's
 * section of the same key takes it.
 */
#include "parse_internal.h"
#include "parse/grade.h"
#include "parse/headings.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* How far below the title the table and the overall sentence may stand. */
#define TABLE_LINES 80

/* Row labels (normalized, the first that the label contains wins) and the section each judges. */
static const struct {
	const char *label, *key, *scope;
} row_keys[] = {
	{ "impact of leaders", "leadership-and-management", "all" },
	{ "leadership management and governance", "leadership-and-management", "all" },
	{ "need help and protection", "help-and-protection", "all" },
	{ "looked after and achieving permanence", "in-care", "all" },
	{ "children in care", "in-care", "all" },
	{ "adoption performance", "adoption", "all" },
	{ "care leavers", "care-leavers", "all" },
	{ "overall effectiveness", "overall", "all" },
	{ "local safeguarding children board", "lscb", "lscb" },
};

/*
 * The judgement a line of the table opens with, "not judged" too (then
 * J_NONE and *NOT_JUDGED); false when the line is no judgement.
 */
static bool judgement_cell(const char *line, enum judgement *j, bool *not_judged)
{
	while (*line == ' ')
		line++;
	*not_judged = str_starts_ci(line, "not judged");
	size_t n;
	*j = judgement_word(line, &n);
	if (*j == J_NONE && str_starts_ci(line, "requires"))
		*j = J_REQUIRES_IMPROVEMENT, n = 8; /* "Requires" / "Improvement" wrapped */
	if (*not_judged)
		n = 10;
	else if (*j == J_NONE)
		return false;
	/* a cell holds the judgement and nothing else ("to be good" may follow) */
	const char *rest = line + n;
	while (*rest == ' ')
		rest++;
	return !*rest || str_starts_ci(rest, "improvement") || str_starts_ci(rest, "to be good");
}

/* A line that only finishes the judgement above it: "Improvement", "to be good". */
static bool judgement_tail(const char *line)
{
	while (*line == ' ')
		line++;
	return str_eq_ci(line, "improvement") || str_eq_ci(line, "to be good") || str_eq_ci(line, "improvement to be good");
}

/* The section a row's LABEL names: its index in row_keys, or -1. */
static int row_key(const char *label)
{
	char norm[512];
	heading_normalize(label, norm, sizeof norm);
	for (size_t k = 0; k < sizeof row_keys / sizeof row_keys[0]; k++)
		if (strstr(norm, row_keys[k].label))
			return (int)k;
	return -1;
}

/* Hold the judgement RAW (J, or not judged) of the row LABEL, if it names a section. */
static void pend_row(struct parser *ps, const char *label, const char *raw, enum judgement j, int line)
{
	int k = row_key(label);
	if (k < 0)
		return;
	char *lab = str_trim(xstrdup(label));
	section_pend_judgement(ps, xstrdup(row_keys[k].key), row_keys[k].scope, lab, raw, j, SCALE_WORDS, line);
}

/* Does LINE end the table: a sentence, or a footnote's lone number, once rows were read? */
static bool table_over(const char *line)
{
	size_t n = strlen(line);
	return n > 90 || (n && (line[n - 1] == '.' || line[n - 1] == ':'));
}

/* The table's rows from line FROM on; returns how many were read, *LAST the line of the last. */
static int read_table(struct parser *ps, size_t from, size_t to, size_t *last)
{
	struct strbuf label = {0};
	int rows = 0;
	for (size_t i = from; i < to; i++) {
		const char *l = ps->line[i];
		if (!l || !l[0])
			continue;
		enum judgement j;
		bool not_judged;
		if (label.len && judgement_cell(l, &j, &not_judged)) {
			struct strbuf raw = {0};
			sb_adds(&raw, l);
			while (i + 1 < to && ps->line[i + 1] && judgement_tail(ps->line[i + 1])) {
				sb_addc(&raw, ' ');
				sb_adds(&raw, ps->line[++i]);
			}
			/* "Requires" alone, or with its tail, is requires improvement */
			pend_row(ps, sb_str(&label), str_trim(raw.s), j, ps->tl->v[i].no);
			sb_free(&raw);
			label.len = 0;
			label.s[0] = '\0';
			rows++;
			*last = i;
			continue;
		}
		if (table_over(l) || (isdigit((unsigned char)l[0]) && strlen(l) <= 2 && !isdigit((unsigned char)l[1]) && rows)) {
			if (rows)
				break;
			label.len = 0;
			if (label.s)
				label.s[0] = '\0';
			continue;
		}
		if (label.len)
			sb_addc(&label, ' ');
		sb_adds(&label, l);
	}
	sb_free(&label);
	return rows;
}

/* Phrases that open a SIF's sentence of its overall judgement. */
static const char *const overall_phrases[] = {
	"overall judgement is that childrens services ",
	"overall judgement is that children s services ",
	"overall judgement is ",
	"childrens services in ",
	"children s services in ",
};

/* The overall judgement a SIF states in a sentence above its table, held as pending. */
static void read_overall_sentence(struct parser *ps, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		if (!ps->line[i] || !ps->line[i][0])
			continue;
		char *two = xasprintf("%s %s", ps->line[i], i + 1 < to && ps->line[i + 1] ? ps->line[i + 1] : "");
		char norm[512];
		heading_normalize(two, norm, sizeof norm);
		free(two);
		for (size_t k = 0; k < sizeof overall_phrases / sizeof overall_phrases[0]; k++) {
			const char *p = strstr(norm, overall_phrases[k]);
			if (!p || p - norm > 8)
				continue;
			p += strlen(overall_phrases[k]);
			/* "in East Riding of Yorkshire are good": the words after " are " */
			const char *are = k >= 3 ? strstr(p, " are ") : NULL;
			if (k >= 3 && !are)
				continue;
			if (are)
				p = are + 5;
			if (str_starts_ci(p, "require improvement") || str_starts_ci(p, "requires improvement")) {
				section_pend_judgement(ps, xstrdup("overall"), "all", xstrdup("Overall effectiveness"),
						       "requires improvement", J_REQUIRES_IMPROVEMENT, SCALE_WORDS,
						       ps->tl->v[i].no);
				return;
			}
			size_t n;
			enum judgement j = judgement_word(p, &n);
			if (j != J_NONE) {
				char *raw = xstrndup(p, n);
				section_pend_judgement(ps, xstrdup("overall"), "all", xstrdup("Overall effectiveness"), raw, j,
						       SCALE_WORDS, ps->tl->v[i].no);
				free(raw);
				return;
			}
		}
	}
}

/*
 * Is NORM (a normalized line) the running title of a report titled TITLE
 * (normalized)?  The same words, or, where the title names the council in
 * full ("Inspection of London Borough of Hammersmith & Fulham local
 * authority children's services") and the running title by its short name,
 * the same opening and ending round another name.
 */
static bool running_title(const char *norm, const char *title)
{
	static const char open[] = "inspection of ", end[] = " local authority childrens services";
	if (strcmp(norm, title) == 0)
		return true;
	size_t n = strlen(norm), t = strlen(title), e = sizeof end - 1, o = sizeof open - 1;
	return n > o + e && t > o + e && strncmp(norm, open, o) == 0 && strncmp(title, open, o) == 0 &&
	       strcmp(norm + n - e, end) == 0 && strcmp(title + t - e, end) == 0;
}

/*
 * The title repeated at the top of each page ("Inspection of Barnsley
 * local authority children's services"): page furniture, removed.
 */
static void drop_running_title(struct parser *ps)
{
	char title[512], norm[512];
	heading_normalize(ps->r->title, title, sizeof title);
	for (size_t i = ps->body_start; i < ps->n && *title; i++) {
		if (!ps->line[i] || !ps->line[i][0])
			continue;
		heading_normalize(ps->line[i], norm, sizeof norm);
		if (running_title(norm, title))
			ps->line[i] = NULL;
	}
}

void read_later_judgements(struct parser *ps)
{
	if (!type_grades_in_words(ps->r->type))
		return;
	size_t from = ps->title_end, to = from + TABLE_LINES < ps->n ? from + TABLE_LINES : ps->n;
	read_overall_sentence(ps, from, to);
	size_t last = 0;
	/* the body starts under the table: its rows are no headings of the body */
	if (read_table(ps, from, to, &last) && last + 1 > ps->body_start)
		ps->body_start = last + 1;
	if (ps->r->title)
		drop_running_title(ps);
}
