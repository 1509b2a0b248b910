/*
 * parse_body.c: the report's body, block by block, into sections and items.
 *
 * A block is a run of non-blank lines.  Each line of a block (or two,
 * where a heading wraps) is asked in turn, by the steps of line_steps[]:
 * is it a grade line?  a row of the summary table we are in?  a heading
 * (body_headings.c)?  a graphic scale whose grade was lost?  the letter's
 * closing paragraph?  a row of the table or an item of the list we are in
 * (body_grades.c, body_strengths.c, body_lists.c)?  Otherwise it is text
 * of the current section (body_text.c).  Tables and lists that name their
 * section (a summary of grades, a "Key strengths" table) are held as
 * pending and applied by finish_sections() (sections.c) once every
 * section exists.
 */
#include "body.h"
#include "parse/clean.h"
#include "parse/grade.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- the lost graphic scale, the closing, the contents page ------------ */

/* Is line I a lone judgement word ("Good")? */
static bool lone_grade_word(struct parser *ps, size_t i)
{
	const char *l = ps->line[i];
	if (!l)
		return false;
	while (*l == ' ')
		l++;
	size_t n;
	enum judgement j = judgement_word(l, &n);
	/* a later report's heading may go on with its judgement on the next line, "require improvement" too */
	return (j != J_NONE && l[n] == '\0') || (type_grades_in_words(ps->r->type) && lone_judgement_words(l, &j));
}

/*
 * A graphic scale extracted as four lines "Inadequate / Adequate / Good /
 * Outstanding" with the chosen grade lost: three or more lone judgement
 * words within the next few non-blank lines.  Returns how many lines from I
 * to skip (0 if this is not one).
 */
static size_t graphic_scale_at(struct parser *ps, size_t i)
{
	size_t words = 0, last = i, seen = 0;
	for (size_t j = i; j < ps->n && seen < 6; j++) {
		if (!ps->line[j] || !ps->line[j][0])
			continue;
		seen++;
		if (!lone_grade_word(ps, j))
			break;
		words++;
		last = j;
	}
	return words >= 3 ? last - i + 1 : 0;
}

/* The APA letters' statutory closing paragraph, which belongs to no section. */
static bool closing_paragraph(struct parser *ps, const char *line)
{
	if (ps->r->type != RT_APA)
		return false;
	/* every line of a letter is asked: both phrases hold the word, and looking for it is cheap */
	if (!str_find_ci(line, "grade"))
		return false;
	char norm[96];
	heading_normalize(line, norm, sizeof norm);
	return strncmp(norm, "childrens services grade", 24) == 0 ||
	       strncmp(norm, "we confirm that the childrens services grade", 44) == 0;
}

/* A line of a contents page: a title and a page number ("Service information   3"). */
static bool contents_entry(const char *line)
{
	size_t n = strlen(line), d = 0;
	while (d < n && isdigit((unsigned char)line[n - 1 - d]))
		d++;
	if (d < 1 || d > 3 || d == n || n > 200)
		return false;
	char before = line[n - 1 - d];
	if (before != ' ' && before != '\t')
		return false;
	for (const char *p = line; *p; p++)
		if (isalpha((unsigned char)*p))
			return true;
	return false;
}

/* ---- the steps each line is asked ------------------------------------- */

/* A block being read: its lines L[0..COUNT) at IDX in ps->line. */
struct block {
	char **L;
	size_t *idx;
	int count;
	bool stop;   /* the rest of the block is skipped */
	bool go_on;  /* false once the body has ended */
};

/*
 * A step looks at line K of BL: it returns how many lines it used, or 0
 * when the line is not for it (the next step is asked).
 */
typedef int line_step(struct body *b, struct block *bl, int k);

/* The line after K in the block, or NULL. */
static const char *next_line(const struct block *bl, int k)
{
	return k + 1 < bl->count ? bl->L[k + 1] : NULL;
}

/* "Grade 3" judges the current section. */
static int step_grade_line(struct body *b, struct block *bl, int k)
{
	int num;
	enum judgement word;
	char *raw;
	if (!grade_line(bl->L[k], &num, &word, &raw))
		return 0;
	if (b->cur >= 0)
		apply_grade(b, b->cur, num, word, raw, FROM_GRADE_LINE);
	free(raw);
	return 1;
}

/* Inside a summary table, its scope and group rows are rows, not headings. */
static int step_grades_row(struct body *b, struct block *bl, int k)
{
	if (b->mode != MODE_GRADES)
		return 0;
	/* no row: the line is asked the other questions; step_table_or_skip ends the table */
	return grades_row(b, bl->L[k], next_line(bl, k), b->ps->tl->v[bl->idx[k]].no);
}

/* A heading: what it does is handle_heading's; a contents page sharing its block ends the block. */
static int step_heading(struct body *b, struct block *bl, int k)
{
	struct heading h;
	/* a summary table's header row laid out with spaces is no heading (step_text starts the table) */
	if (column_gap(bl->L[k]) && grades_header(bl->L[k]))
		return 0;
	bool after = k > 0 && b->after_heading == bl->idx[k];
	if (!find_heading(b, bl->L, k, bl->count, after, &h))
		return 0;
	bl->go_on = handle_heading(b, &h, b->ps->tl->v[bl->idx[k]].no);
	/* a heading may follow in the same block: "The local authority" / "Summary of findings" */
	b->after_heading = k + h.consumed < bl->count ? bl->idx[k + h.consumed] : 0;
	heading_free(&h);
	if (b->mode == MODE_CONTENTS && k + h.consumed < bl->count) {
		/* the contents page shares the block; blocks of entries may follow */
		b->contents_started = true;
		bl->stop = true;
	}
	return h.consumed;
}

/* A lost graphic scale is dropped; a lone judgement word under a heading judges its section. */
static int step_grade_word(struct body *b, struct block *bl, int k)
{
	struct parser *ps = b->ps;
	size_t i = bl->idx[k];
	if (!lone_grade_word(ps, i))
		return 0;
	size_t skip = graphic_scale_at(ps, i);
	if (skip) {
		/* mark the whole scale as gone; later blocks will find nothing */
		for (size_t j = i; j < i + skip; j++)
			if (ps->line[j] && lone_grade_word(ps, j))
				ps->line[j][0] = '\0';
		return 1;
	}
	if (b->cur >= 0 && b->fresh) {
		enum judgement j;
		size_t n;
		if (!lone_judgement_words(str_trim(bl->L[k]), &j))
			j = judgement_word(bl->L[k], &n);
		apply_grade(b, b->cur, 0, j, bl->L[k], FROM_GRADE_LINE);
		return 1;
	}
	return 0;
}

/*
 * "Not judged" alone under a later report's judged heading ("The
 * experiences and progress of children looked after ..." / "Not Judged"):
 * what the report says of the section, not a heading of its own.
 */
static int step_not_judged(struct body *b, struct block *bl, int k)
{
	if (b->cur < 0 || !b->fresh || !type_grades_in_words(b->ps->r->type) || !b->ps->judged[b->cur])
		return 0;
	char *t = str_trim(xstrdup(bl->L[k]));
	bool not_judged = str_eq_ci(t, "not judged");
	if (not_judged)
		apply_grade(b, b->cur, 0, J_NONE, t, FROM_GRADE_LINE);
	free(t);
	return not_judged;
}

/* A line blanked by step_grade_word, or the statutory closing paragraph (the rest is skipped). */
static int step_blank_or_closing(struct body *b, struct block *bl, int k)
{
	if (!bl->L[k][0])
		return 1;
	if (!closing_paragraph(b->ps, bl->L[k]))
		return 0;
	end_section(b);
	b->mode = MODE_SKIP;
	bl->stop = true;
	return 1;
}

/*
 * A line of closing boilerplate; a row of the strengths table we are in;
 * or the line that ends the table (step_grades_row found no row in it).
 */
static int step_table_or_skip(struct body *b, struct block *bl, int k)
{
	if (b->mode == MODE_SKIP)
		return 1;
	if (b->mode == MODE_GRADES)
		b->mode = MODE_TEXT;
	if (b->mode != MODE_PAIRS)
		return 0;
	if (pairs_header(bl->L[k]) || pairs_row(b, bl->L[k], b->ps->tl->v[bl->idx[k]].no))
		return 1;
	b->mode = MODE_TEXT;
	return 0;
}

/* A line of the list we are in: an item, a wrapped item, who acts, or the text that ends the list. */
static int step_list(struct body *b, struct block *bl, int k)
{
	if (b->mode != MODE_LIST)
		return 0;
	if (k + 1 < bl->count && wrapped_actor_line(b, bl->L[k], bl->L[k + 1]))
		return 2;
	if (list_line(b, bl->L[k], k == 0))
		return 1;
	/* an introduction before the first item keeps the list open */
	if (b->item_sec >= 0 || b->cur < 0 || b->ps->r->sections[b->cur].nitems)
		b->mode = MODE_TEXT;
	add_text_line(b, bl->L[k], k == 0);
	return 1;
}

/* Text; a table's header row in it starts the table. */
static int step_text(struct body *b, struct block *bl, int k)
{
	const char *l = bl->L[k];
	if (pairs_header(l)) {
		flush_paragraph(b);
		b->mode = MODE_PAIRS;
		pairs_reset(b);
	} else if (grades_header(l)) {
		flush_paragraph(b);
		grades_start(b);
	} else {
		add_text_line(b, l, k == 0);
	}
	return 1;
}

static line_step *const line_steps[] = {
	step_grade_line, step_grades_row, step_not_judged, step_heading, step_grade_word,
	step_blank_or_closing, step_table_or_skip, step_list, step_text,
};

/* ---- the block loop ----------------------------------------------------- */

/*
 * In MODE_CONTENTS: is the block of lines IDX[0..COUNT) part of the
 * contents page (and so skipped)?  The block after "Contents" is its
 * page; more blocks of entries may follow.
 */
/* Is LINE a page number alone ("14")? */
static bool lone_page_number(const char *line)
{
	size_t d = 0;
	while (isdigit((unsigned char)line[d]))
		d++;
	return d >= 1 && d <= 3 && !line[d];
}

/*
 * A later report's contents page as pdftotext gives it: each title a
 * block of one line, its page number the next block.  Is the one-line
 * block at IDX such a title, or the number?  The number is looked for in
 * the text as decoded: drop_furniture took it for a page's number and
 * removed it.
 */
static bool spread_contents_line(struct parser *ps, size_t idx)
{
	if (lone_page_number(ps->line[idx]))
		return true;
	/* the next line is the number; or, where a number was lost, the next title and then its number */
	int titles = 0;
	for (size_t j = idx + 1; j < ps->body_end; j++) {
		const char *l = ps->tl->v[j].s;
		if (!l[0] || (!ps->line[j] && !lone_page_number(l)))
			continue;
		if (lone_page_number(l))
			return true;
		size_t n = strlen(l);
		if (titles++ || n > 100 || ends_sentence(l))
			return false;
	}
	return false;
}

/*
 * Is the block IDX[0..COUNT) of a later report's contents page titles and
 * their page numbers packed with no blank line between (a title wrapped,
 * its number under it, the next title)?  Short lines that end no sentence,
 * one of them a page number (as decoded: drop_furniture removed it).
 */
static bool titles_and_numbers(struct parser *ps, size_t *idx, int count)
{
	bool number = false;
	for (size_t j = idx[0]; j <= idx[count - 1]; j++) {
		const char *l = ps->tl->v[j].s;
		if (!l[0])
			continue;
		if (lone_page_number(l))
			number = true;
		else if (!ps->line[j] || strlen(l) > 100 || ends_sentence(l))
			return false;
	}
	return number;
}

static bool contents_block(struct body *b, size_t *idx, int count)
{
	bool entries = true;
	/* a title may wrap over two lines */
	if (count <= 2 && type_grades_in_words(b->ps->r->type) && spread_contents_line(b->ps, idx[count - 1]))
		return true;
	if (type_grades_in_words(b->ps->r->type) && titles_and_numbers(b->ps, idx, count))
		return true;
	for (int k = 0; k < count && entries; k++)
		entries = contents_entry(b->ps->line[idx[k]]);
	bool first = !b->contents_started;
	b->contents_started = true;
	if (!entries)
		b->mode = MODE_TEXT;
	return entries || first;
}

/* Process the block of lines IDX[0..COUNT).  Returns false when the body has ended. */
static bool process_block(struct body *b, size_t *idx, int count)
{
	struct parser *ps = b->ps;
	if (b->mode == MODE_CONTENTS && contents_block(b, idx, count))
		return true;
	struct block bl = { .L = xmalloc((size_t)count * sizeof *bl.L), .idx = idx, .count = count,
			    .go_on = true };
	for (int k = 0; k < count; k++)
		bl.L[k] = ps->line[idx[k]];
	for (int k = 0; k < count && bl.go_on && !bl.stop;) {
		int used = 0;
		b->at = idx[k];
		for (size_t s = 0; !used; s++)
			used = line_steps[s](b, &bl, k);
		cite_items(b);
		k += used;
	}
	flush_paragraph(b);
	free(bl.L);
	return bl.go_on;
}

/*
 * The reader's state for PS's body: do ordinary paragraphs carry "- 12."
 * in front (then "- " is no bullet here)?  Is it an inspection of looked
 * after children's services alone (no scope headings: all of it is that
 * scope)?
 */
static void body_init(struct body *b, struct parser *ps)
{
	*b = (struct body){ .ps = ps, .cur = -1, .scope = "all", .mode = MODE_TEXT, .item_sec = -1,
			    .table_scope = "all" };
	int dashed = 0;
	for (size_t i = ps->body_start; i < ps->body_end; i++) {
		const char *rest;
		if (ps->line[i] && is_bullet_line(ps->line[i], &rest) && starts_with_paragraph_number(rest))
			dashed++;
	}
	b->dash_paragraphs = dashed >= 3;
	cite_init(b);
	if (ps->r->type == RT_SLAC && ps->r->title &&
	    str_starts_ci(ps->r->title, "inspection of services for looked after children"))
		b->scope = "looked-after";
	/* the 2012-13 inspections each have one scope, the 2009-12 inspections' halves */
	if (ps->r->type == RT_LAC)
		b->scope = "looked-after";
	if (ps->r->type == RT_CP)
		b->scope = "safeguarding";
	if (ps->r->type == RT_UNKNOWN)
		start_section(b, "text", "", 0, false);
}

/* An unrecognised text is full text: every block is paragraphs. */
static void plain_block(struct body *b, size_t *idx, int count)
{
	for (int k = 0; k < count; k++) {
		b->at = idx[k];
		add_text_line(b, b->ps->line[idx[k]], k == 0);
	}
	flush_paragraph(b);
}

void parse_body(struct parser *ps)
{
	struct body b;
	body_init(&b, ps);
	size_t *idx = xmalloc((ps->body_end - ps->body_start + 1) * sizeof *idx);
	size_t i = ps->body_start;
	while (i < ps->body_end) {
		/* a block: non-blank lines; removed furniture (NULL) does not break it */
		while (i < ps->body_end && (!ps->line[i] || !ps->line[i][0]))
			i++;
		int count = 0;
		while (i < ps->body_end && (!ps->line[i] || ps->line[i][0])) {
			if (ps->line[i])
				idx[count++] = i;
			i++;
		}
		if (!count)
			continue;
		if (ps->r->type == RT_UNKNOWN)
			plain_block(&b, idx, count);
		else if (!process_block(&b, idx, count))
			break;
	}
	flush_paragraph(&b);
	grades_flush(&b);
	free(idx);
	sb_free(&b.para);
	free(b.timeframe);
	free(b.actor);
	free(b.part);
	free(b.pair_key);
	free(b.row_prefix);
	cite_free(&b);
}
