/*
 * body_text.c: the body's running text: opening and ending sections,
 * building paragraphs from hard-wrapped lines, and table rows met in text.
 *
 * A paragraph is built line by line in b->para and handed to the section
 * builder (sections.c) when the next one starts; cleaning it waits until
 * the section is finished.
 */
#include "body.h"
#include "parse/clean.h"
#include "parse/headings.h"

#include <stdlib.h>
#include <string.h>

int start_section(struct body *b, const char *key, const char *heading, int line, bool judged)
{
	struct parser *ps = b->ps;
	flush_paragraph(b);
	b->cur = section_open(ps, key, type_has_scopes(ps->r->type) ? b->scope : "all", heading, line, judged);
	b->mode = MODE_TEXT;
	b->fresh = true;
	b->sub_last = false;
	b->item_sec = -1;
	cite_section(b);
	return b->cur;
}

void end_section(struct body *b)
{
	flush_paragraph(b);
	b->cur = -1;
	b->mode = MODE_TEXT;
	b->annex = false;
}

/* Add a whole paragraph, citable by CITE, to the current section (see add_paragraph). */
static void add_cited(struct body *b, const char *text, bool bullet, struct para_cite cite)
{
	struct parser *ps = b->ps;
	if (b->cur < 0) {
		/* an APA letter's opening paragraph, before its first heading */
		if (ps->r->type == RT_APA && ps->r->nsections == 0) {
			start_section(b, "introduction", "", 0, false);
		} else if (b->part) {
			/* a later report's text under a part heading and no section's: a section of the part */
			char *key = heading_slug(b->part), *part = b->part;
			b->part = NULL; /* one section for the part: detached first, as start_section flushes */
			start_section(b, key, part, b->part_line, false);
			free(key);
			free(part);
		} else {
			return;
		}
	}
	section_add_cited_paragraph(ps, b->cur, text, bullet, cite);
	b->fresh = false;
	b->sub_last = cite.heading;
}

void add_paragraph(struct body *b, const char *text, bool bullet)
{
	add_cited(b, text, bullet, (struct para_cite){ 0, cite_page(b) });
}

void add_sub_heading(struct body *b, const char *text)
{
	flush_paragraph(b);
	add_cited(b, text, false, (struct para_cite){ 0, cite_page(b), true });
	/* the report's numbering may have run on in a list read apart (later_lists.c) */
	b->number_may_jump = true;
}

void flush_paragraph(struct body *b)
{
	if (!b->para.len)
		return;
	/* detach first: add_paragraph may start a section, which flushes again */
	char *text = sb_take(&b->para);
	bool bullet = b->para_bullet;
	b->para_bullet = false;
	cite_paragraph_end(b, text);
	struct para_cite cite = { b->para_num, b->para_page };
	b->para_num = b->para_page = 0;
	add_cited(b, text, bullet, cite);
	free(text);
}

int split_cells(const char *line, char **cells, int max)
{
	int n = 0;
	const char *p = line;
	for (;;) {
		const char *e = strchr(p, '\t');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (n < max)
			cells[n++] = str_trim(xstrndup(p, len));
		if (!e)
			break;
		p = e + 1;
	}
	return n;
}

void free_cells(char **cells, int n)
{
	for (int i = 0; i < n; i++)
		free(cells[i]);
}

/* A table row in running text: cells joined by " | ", empty cells dropped. */
static void add_table_row(struct body *b, const char *line)
{
	flush_paragraph(b);
	struct strbuf row = {0};
	const char *p = line;
	while (*p) {
		const char *e = strchr(p, '\t');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char *cell = str_trim(xstrndup(p, n));
		if (*cell) {
			if (row.len)
				sb_adds(&row, " | ");
			sb_adds(&row, cell);
		}
		free(cell);
		p += n + (e ? 1 : 0);
	}
	if (row.len)
		add_paragraph(b, row.s, false);
	sb_free(&row);
}

void add_text_line(struct body *b, const char *line, bool block_start)
{
	const char *rest;
	if (strchr(line, '\t')) {
		add_table_row(b, line);
		return;
	}
	b->para_last = true;
	if (is_bullet_line(line, &rest)) {
		flush_paragraph(b);
		b->para_bullet = !b->dash_paragraphs && !starts_with_paragraph_number(rest);
		cite_paragraph_start(b, rest);
		sb_adds(&b->para, rest);
		return;
	}
	/*
	 * a numbered paragraph after a finished sentence starts afresh, blank
	 * line or not; so does the very next number of the report's numbering
	 * after a line that is no sentence (a heading the body took for text)
	 */
	if (block_start || !b->para.len ||
	    (starts_with_paragraph_number(line) && (ends_sentence(b->para.s) || cite_number_due(b, line)))) {
		flush_paragraph(b);
		cite_paragraph_start(b, line);
		sb_adds(&b->para, line);
		return;
	}
	sb_adds(&b->para, wrap_joiner(sb_str(&b->para), b->para.len, line));
	sb_adds(&b->para, line);
}
