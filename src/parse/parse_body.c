/*
 * parse_body.c: the report's body, block by block, into sections and items.
 *
 * A block is a run of non-blank lines.  Each block (or each line, where a
 * layout puts no blank line after a heading) is asked in turn: is it a
 * heading (headings.c decides what kind)?  a grade line?  a row of the
 * table we are in?  an item of the list we are in?  Otherwise it is text of
 * the current section.  Tables and lists that name their section (a
 * summary of grades, a "Key strengths" table) are held as pending and
 * applied in parse_finish_sections() once every section exists.
 */
#include "parse_internal.h"
#include "parse/clean.h"
#include "parse/grade.h"
#include "parse/headings.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum body_mode {
	MODE_TEXT,     /* paragraphs of the current section */
	MODE_LIST,     /* items of LIST_KIND for the current section */
	MODE_CONTENTS, /* the next block is a contents page */
	MODE_GRADES,   /* rows of a summary table of grades */
	MODE_PAIRS,    /* rows of a strengths | areas for improvement table */
	MODE_SKIP,     /* closing boilerplate: drop until the next heading */
};

struct body {
	struct parser *ps;
	int cur;                 /* current section, -1 for none */
	const char *scope;
	enum body_mode mode;
	enum item_kind list_kind;
	char *timeframe, *actor;
	bool actor_unused;       /* the actor line came after the last item: a timeframe keeps it */
	bool list_bullets;       /* the current list has had a bulleted item */
	int item_sec;            /* section of the last item, -1 for none */
	bool item_subs;          /* the last item has had sub-items joined on */
	bool annex;
	const char *table_scope;
	bool fresh;              /* nothing added to the section since its heading */
	bool contents_started;   /* a block of the contents page has been skipped */
	char *row_prefix;        /* a grades-table line that may be the start of the next row's label */
	bool pair_half;          /* the last strengths-table line was a left-hand cell on its own */
	char *pair_key;          /* ... and the section its label named, or NULL */
	bool dash_paragraphs;    /* this report prefixes ordinary paragraphs with "- " */
	bool known_seen;         /* a heading from the table has been seen (front matter is over) */
	struct strbuf para;      /* the paragraph being built */
	bool para_bullet;
	bool para_last;          /* the last line read went into PARA (not into an item) */
};

/* ---- sections and paragraphs ------------------------------------------ */

static void flush_paragraph(struct body *b);

static int start_section(struct body *b, const char *key, const char *heading, int line, bool judged)
{
	struct parser *ps = b->ps;
	flush_paragraph(b);
	report_add_section(ps->r, key, ps->r->type == RT_SLAC ? b->scope : "all", heading, line);
	if (ps->nraw < ps->r->nsections) {
		ps->raw = xrealloc(ps->raw, ps->r->nsections * sizeof *ps->raw);
		ps->judged = xrealloc(ps->judged, ps->r->nsections * sizeof *ps->judged);
		for (size_t i = ps->nraw; i < ps->r->nsections; i++) {
			memset(&ps->raw[i], 0, sizeof ps->raw[i]);
			ps->judged[i] = false;
		}
		ps->nraw = ps->r->nsections;
	}
	b->cur = (int)ps->r->nsections - 1;
	ps->judged[b->cur] = judged;
	b->mode = MODE_TEXT;
	b->fresh = true;
	b->item_sec = -1;
	return b->cur;
}

static void end_section(struct body *b)
{
	flush_paragraph(b);
	b->cur = -1;
	b->mode = MODE_TEXT;
	b->annex = false;
}

static void add_paragraph(struct body *b, const char *text, bool bullet)
{
	struct parser *ps = b->ps;
	if (b->cur < 0) {
		/* an APA letter's opening paragraph, before its first heading */
		if (ps->r->type == RT_APA && ps->r->nsections == 0)
			start_section(b, "introduction", "", 0, false);
		else
			return;
	}
	struct strbuf *raw = &ps->raw[b->cur];
	if (raw->len)
		sb_addc(raw, '\n');
	if (bullet)
		sb_adds(raw, "\xE2\x80\xA2 ");
	sb_adds(raw, text);
	b->fresh = false;
}

static void flush_paragraph(struct body *b)
{
	if (!b->para.len)
		return;
	/* detach first: add_paragraph may start a section, which flushes again */
	char *text = sb_take(&b->para);
	bool bullet = b->para_bullet;
	b->para_bullet = false;
	add_paragraph(b, text, bullet);
	free(text);
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

static void text_line(struct body *b, const char *line, bool block_start)
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
		sb_adds(&b->para, rest);
		return;
	}
	/* a numbered paragraph after a finished sentence starts afresh, blank line or not */
	if (block_start || !b->para.len || (starts_with_paragraph_number(line) && ends_sentence(b->para.s))) {
		flush_paragraph(b);
		sb_adds(&b->para, line);
		return;
	}
	sb_adds(&b->para, wrap_joiner(sb_str(&b->para), b->para.len, line));
	sb_adds(&b->para, line);
}

/* ---- items -------------------------------------------------------------- */

static void add_item(struct body *b, const char *text)
{
	struct parser *ps = b->ps;
	if (b->cur < 0)
		return;
	section_add_item(&ps->r->sections[b->cur], b->list_kind, text, b->timeframe, b->actor);
	b->actor_unused = false;
	b->item_sec = b->cur;
	b->item_subs = false;
	b->fresh = false;
	b->para_last = false;
}

/* Join a wrapped line (or a sub-item, with SUB) onto the last item. */
static void extend_item(struct body *b, const char *text, bool sub)
{
	struct section *s = &b->ps->r->sections[b->item_sec];
	struct item *it = &s->items[s->nitems - 1];
	struct strbuf t = {0};
	sb_adds(&t, it->text);
	while (t.len && t.s[t.len - 1] == ' ')
		t.s[--t.len] = '\0';
	if (sub && b->item_subs) {
		while (t.len && (t.s[t.len - 1] == ';' || t.s[t.len - 1] == ','))
			t.s[--t.len] = '\0';
		sb_adds(&t, "; ");
	} else {
		sb_adds(&t, wrap_joiner(sb_str(&t), t.len, text));
	}
	sb_adds(&t, text);
	free(it->text);
	it->text = sb_take(&t);
	if (sub)
		b->item_subs = true;
	b->para_last = false;
}

static bool last_item_open(struct body *b)
{
	if (b->item_sec < 0)
		return false;
	struct section *s = &b->ps->r->sections[b->item_sec];
	const char *t = s->items[s->nitems - 1].text;
	size_t n = strlen(t);
	return b->item_subs || (n && t[n - 1] == ':');
}

/* Does the last item end a sentence (or a list of sub-items)? */
static bool last_item_ended(struct body *b)
{
	struct section *s = &b->ps->r->sections[b->item_sec];
	const char *t = s->items[s->nitems - 1].text;
	return ends_sentence(t) || t[strlen(t) - 1] == ';';
}

/* "The local partnership should:" names who acts on the items after it. */
static bool actor_line(struct body *b, const char *line)
{
	size_t n = strlen(line);
	if (n > 100 || n < 8 || strcmp(line + n - 7, "should:") != 0)
		return false;
	/* a numbered paragraph ("4. To make services better, the council should:") is prose */
	if (starts_with_paragraph_number(line))
		return false;
	free(b->actor);
	b->actor = str_trim(xstrndup(line, n - 7));
	b->actor_unused = true;
	return true;
}

/* An actor line wrapped over LINE and NEXT ("The council and the police" / "should:"). */
static bool wrapped_actor_line(struct body *b, const char *line, const char *next)
{
	if (is_bullet_line(line, NULL) || ends_sentence(line) || is_bullet_line(next, NULL))
		return false;
	char *joined = xasprintf("%s %s", line, next);
	bool ok = actor_line(b, joined);
	free(joined);
	return ok;
}

/*
 * Does LINE, inside a block, go on from the paragraph the line before it
 * began?  A hard-wrapped introduction to a list ("9. To raise ... the
 * council and its" / "partners should act on the points below.") is one
 * paragraph until its sentence ends; its second line is no unbulleted item.
 */
static bool continues_paragraph(struct body *b, const char *line, bool block_start)
{
	return !block_start && b->para.len && b->para_last && !ends_sentence(b->para.s) &&
	       !is_bullet_line(line, NULL);
}

/*
 * One line in a list.  Returns false when the line is not part of the list
 * (the caller then treats it as text).
 */
static bool list_line(struct body *b, const char *line, bool block_start)
{
	const char *rest;
	if (continues_paragraph(b, line, block_start))
		return false;
	if (actor_line(b, line))
		return true;
	if (is_bullet_line(line, &rest)) {
		bool indented = line[0] == ' ' || line[0] == '\t';
		if (indented && last_item_open(b)) {
			extend_item(b, rest, true);
			return true;
		}
		if (starts_with_paragraph_number(rest))
			return false;
		add_item(b, rest);
		b->list_bullets = true;
		return true;
	}
	if (!block_start && b->item_sec >= 0) {
		extend_item(b, line, false);
		return true;
	}
	/* the rest of an item a page break cut off: its sentence is unfinished and this goes on in lowercase */
	if (block_start && b->item_sec >= 0 && islower((unsigned char)line[0]) && !last_item_ended(b)) {
		extend_item(b, line, false);
		return true;
	}
	/* an unbulleted item is short; a line indented as if its bullet was lost may be long */
	if (starts_with_paragraph_number(line) || strlen(line) > (line[0] == ' ' ? 2000u : 400u))
		return false;
	if (b->list_bullets && line[0] != ' ')
		return false;
	add_item(b, line);
	return true;
}

/* ---- tables ------------------------------------------------------------- */

/* Split LINE at TABs into trimmed cells (empty ones kept). Returns the count. */
static int split_cells(const char *line, char **cells, int max)
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

static void free_cells(char **cells, int n)
{
	for (int i = 0; i < n; i++)
		free(cells[i]);
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
	ps->pj = xrealloc(ps->pj, (ps->npj + 1) * sizeof *ps->pj);
	struct pending_judgement *p = &ps->pj[ps->npj++];
	p->key = rule && rule->kind == HK_SECTION && rule->key ? xstrdup(rule->key) : heading_slug(folded);
	p->scope = xstrdup(ps->r->type == RT_SLAC ? scope : "all");
	p->label = folded;
	p->raw = xstrdup(raw);
	p->j = j;
	p->scale = scale;
	p->line = line;
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

static bool grades_row_after(struct body *b, const char *line, const char *next, int lineno,
			     const char *prefix);

/*
 * One line of a summary table of grades; NEXT is the line after it in the
 * same block, or NULL.  Returns false when the line is not a row (the
 * table has ended).
 */
static bool grades_row(struct body *b, const char *line, const char *next, int lineno)
{
	char *prefix = b->row_prefix;
	b->row_prefix = NULL;
	bool ok = grades_row_after(b, line, next, lineno, prefix);
	free(prefix);
	return ok;
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

/* grades_row, where PREFIX is the start of a label wrapped onto this line, or NULL. */
static bool grades_row_after(struct body *b, const char *line, const char *next, int lineno,
			     const char *prefix)
{
	struct parser *ps = b->ps;
	if (strchr(line, '\t')) {
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
		return true;
	}
	/* rows whose TABs were lost: "Overall effectiveness Good" */
	const char *last;
	enum grade_scale scale;
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
		char *label = row_label(prefix, cut);
		add_pending_judgement(ps, label, b->table_scope, j, last + 1, scale, lineno);
		free(label);
		free(cut);
		return true;
	}
	/*
	 * A group row no rule names ("Safeguarding outcomes"), its trailing
	 * TABs stripped, or the first line of a wrapped label: a short line
	 * that is no sentence, with more rows after it in the same block.  A
	 * row that goes on from it in lowercase takes it as its label's start.
	 */
	size_t n = strlen(line);
	if (next && n && n < 120 && line[n - 1] != '.' &&
	    (strchr(next, '\t') || trailing_grade(ps, next, &last, &scale) != J_NONE)) {
		b->row_prefix = row_label(prefix, line);
		return true;
	}
	return false;
}

/* P past spaces, TAG if it comes next, and the spaces after it. */
static const char *past_tag(const char *p, const char *tag)
{
	while (*p == ' ')
		p++;
	if (strncmp(p, tag, strlen(tag)) == 0)
		p += strlen(tag);
	while (*p == ' ')
		p++;
	return p;
}

/* The label of a strengths-table cell: "<i>Being healthy:</i>" or (*PLAIN) "Being healthy:". */
static char *cell_label(const char *cell, const char **after, bool *plain)
{
	*plain = false;
	/* only an italic that opens the cell labels it; one inside an item is emphasis */
	const char *i = past_tag(cell, "<p>");
	if (strncmp(i, "<i>", 3) == 0) {
		const char *e = strstr(i, "</i>");
		if (e) {
			char *label = xstrndup(i + 3, (size_t)(e - i - 3));
			*after = e + 4;
			size_t n = strlen(str_trim(label));
			while (n && (label[n - 1] == ':' || label[n - 1] == ' '))
				label[--n] = '\0';
			return label;
		}
	}
	/* a label whose italics were lost: "Being healthy:" before the items */
	const char *colon = strchr(i, ':');
	if (colon && colon - i <= 80 && colon > i) {
		const char *a = past_tag(colon + 1, "</p>");
		size_t n = (size_t)(colon - i);
		if ((*a == '\0' || *a == '<' || strncmp(a, "\xE2\x80\xA2", 3) == 0) && !memchr(i, '<', n) &&
		    !memchr(i, '.', n)) {
			*plain = true;
			*after = a;
			return str_trim(xstrndup(i, n));
		}
	}
	*after = cell;
	return NULL;
}

/* Split a cell's items: "<p>a.</p> <p>b.</p>" or "• a • b" or "<li>". */
static void cell_items(struct body *b, const char *cell, enum item_kind kind, const char *key, int line)
{
	struct parser *ps = b->ps;
	struct strbuf t = {0};
	/* turn every item boundary into a bullet, then strip the tags */
	for (const char *p = cell; *p;) {
		if (strncmp(p, "<p>", 3) == 0 || strncmp(p, "<li>", 4) == 0 || strncmp(p, "<li ", 4) == 0) {
			sb_adds(&t, "\xE2\x80\xA2 ");
			p = strchr(p, '>') + 1;
			continue;
		}
		sb_addc(&t, *p++);
	}
	char *plain = strip_html(t.s ? t.s : "");
	sb_free(&t);
	char *p = plain;
	for (;;) {
		char *bul = strstr(p, "\xE2\x80\xA2");
		if (bul)
			*bul = '\0';
		char *item = clean_item(p);
		if (*item && strlen(item) > 1) {
			if (key) {
				ps->pi = xrealloc(ps->pi, (ps->npi + 1) * sizeof *ps->pi);
				ps->pi[ps->npi++] = (struct pending_item){ xstrdup(key), kind, item, NULL, line };
				item = NULL;
			} else if (b->cur >= 0) {
				section_add_item(&ps->r->sections[b->cur], kind, item, NULL, NULL);
				b->fresh = false;
			}
		}
		free(item);
		if (!bul)
			break;
		p = bul + 3;
	}
	free(plain);
}

/* Is LINE the header row of a strengths | weaknesses table? */
static bool pairs_header(const char *line)
{
	const char *tab = strchr(line, '\t');
	if (!tab)
		return false;
	char left[128], right[128];
	char *l = xstrndup(line, (size_t)(tab - line));
	heading_normalize(l, left, sizeof left);
	heading_normalize(tab + 1, right, sizeof right);
	free(l);
	size_t ln = strlen(left);
	return ln >= 9 && strcmp(left + ln - 9, "strengths") == 0 &&
	       (strstr(right, "weakness") || strstr(right, "improvement") || strstr(right, "development"));
}

/* The section key a cell's label names, or NULL when it has none; *AFTER gets the text after the label. */
static char *label_key(struct body *b, const char *cell, const char **after)
{
	bool plain;
	char *label = cell_label(cell, after, &plain);
	if (!label)
		return NULL;
	char norm[256];
	heading_normalize(label, norm, sizeof norm);
	const struct heading_rule *r = heading_match(norm, b->ps->r->type, true);
	if (plain && (!r || r->kind != HK_SECTION)) {
		/* without italics only a heading the table of rules knows is a label */
		free(label);
		*after = cell;
		return NULL;
	}
	char *key = r && r->key ? xstrdup(r->key) : heading_slug(label);
	free(label);
	return key;
}

static void pairs_reset(struct body *b)
{
	b->pair_half = false;
	free(b->pair_key);
	b->pair_key = NULL;
}

/*
 * One row of a strengths | areas for improvement table.  A row whose TAB
 * was lost comes as two lines, one cell each: the second is the right-hand
 * cell when it has no label of its own or the same label as the first.
 */
static bool pairs_row(struct body *b, const char *line, int lineno)
{
	if (!strchr(line, '\t') && !strstr(line, "<p>") && !strstr(line, "\xE2\x80\xA2"))
		return false;
	char *cells[4];
	int n = split_cells(line, cells, 4);
	const char *after;
	char *first = label_key(b, cells[0], &after);
	bool right_half = n == 1 && b->pair_half && (!first || (b->pair_key && strcmp(first, b->pair_key) == 0));
	char *key = right_half && !first && b->pair_key ? xstrdup(b->pair_key) : NULL;
	for (int c = 0; c < n && c < 2; c++) {
		const char *text = after;
		char *label = c == 0 ? first : label_key(b, cells[c], &text);
		if (label) {
			free(key);
			key = label;
		}
		cell_items(b, text, c == 0 && !right_half ? ITEM_STRENGTH : ITEM_IMPROVEMENT, key, lineno);
	}
	pairs_reset(b);
	if (n == 1 && !right_half) {
		b->pair_half = true;
		b->pair_key = key;
		key = NULL;
	}
	free(key);
	free_cells(cells, n);
	return true;
}

/* ---- headings ----------------------------------------------------------- */

/* LINE without HTML tags, markdown emphasis, a leading paragraph number or extra spaces; malloc'd. */
static char *markup_free(const char *line)
{
	char *plain = strip_html(line);
	char *t = clean_paragraph(plain);
	free(plain);
	return t;
}

struct heading {
	const struct heading_rule *rule; /* NULL for a heading no rule names */
	char *text;                      /* as printed, fused grade removed */
	char *grade_raw;                 /* "Grade 2 (good)" when fused */
	int num;
	enum judgement word;
	int consumed;                    /* lines used */
};

/* "Figure 2: ...", "Table 1 ...", "Source: ...": a caption, not a heading. */
static bool is_caption(const char *h)
{
	static const char *const words[] = { "Figure", "Table", "Chart", "Graph", "Diagram", "Image", "Photo", "Source", "Note" };
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		size_t n = strlen(words[i]);
		if (strncmp(h, words[i], n) == 0 && (h[n] == ':' || (h[n] == ' ' && isdigit((unsigned char)h[n + 1]))))
			return true;
	}
	return false;
}

static bool is_generic_heading(const char *h)
{
	size_t len = strlen(h);
	if (len < 4 || len > 90 || !isupper((unsigned char)h[0]) || is_caption(h))
		return false;
	char last = h[len - 1];
	if (last == '.' || last == ',' || last == ';' || last == ':' || last == '*')
		return false;
	int words = 1, lower = 0;
	for (const char *p = h; *p; p++) {
		if (*p == ' ')
			words++;
		if (islower((unsigned char)*p))
			lower++;
		if (*p == '\t' || *p == '|' || *p == '<' || *p == '@')
			return false;
	}
	if (words < 2 || words > 12 || !lower)
		return false;
	if (judgement_word(h, NULL) != J_NONE && words <= 2)
		return false;
	return true;
}

/* Try LINE (and NEXT, joined, when NEXT is given) as a heading. */
static bool heading_from(struct parser *ps, const char *text, struct heading *h, bool allow_generic,
			 bool strict)
{
	size_t len = strlen(text);
	if (len > 200 || strchr(text, '\t') || is_bullet_line(text, NULL))
		return false;
	memset(h, 0, sizeof *h);
	/* markup first, so that "**Staying safe Grade 2**" shows its grade */
	char *t = markup_free(text);
	size_t start;
	if (grade_text(t, GRADE_TEXT_SUFFIX, &h->num, &h->word, &start) && start > 0) {
		h->grade_raw = str_trim(xstrdup(t + start));
		t[start] = '\0';
		str_trim(t);
	}
	size_t n = strlen(t);
	bool sentence = n && (t[n - 1] == '.' || t[n - 1] == ',' || t[n - 1] == ';');
	char norm[512];
	heading_normalize(t, norm, sizeof norm);
	const struct heading_rule *r = sentence ? NULL : heading_match(norm, ps->r->type, false);
	if (r && strict && r->match != M_EXACT && !h->grade_raw)
		r = NULL;
	if (r || (h->grade_raw && !sentence && n > 2) || (allow_generic && is_generic_heading(t))) {
		h->rule = r;
		h->text = t;
		return true;
	}
	free(t);
	free(h->grade_raw);
	h->grade_raw = NULL;
	return false;
}

static void heading_free(struct heading *h)
{
	free(h->text);
	free(h->grade_raw);
}

/* A line that is only a grade ("Grade 3", "**Grade 2 (good)**"); *RAW (if given) gets it without markup. */
static bool grade_line(const char *line, int *num, enum judgement *word, char **raw)
{
	/* every line is asked this: removing markup costs far more than looking for the word */
	if (!str_find_ci(line, "grade"))
		return false;
	char *t = markup_free(line);
	bool ok = grade_text(t, GRADE_TEXT_WHOLE, num, word, NULL);
	if (ok && raw)
		*raw = t;
	else
		free(t);
	return ok;
}

static bool is_grade_line(const char *line)
{
	int num;
	enum judgement word;
	return grade_line(line, &num, &word, NULL);
}

/*
 * A heading whose grade stands in a column of its own ("Overall
 * effectiveness<TAB>Grade 3 (adequate)"): the line with the TABs made one
 * space, malloc'd; NULL when LINE is not one.
 */
static char *grade_after_tab(const char *line)
{
	const char *tab = strchr(line, '\t');
	if (!tab || tab == line)
		return NULL;
	const char *g = tab;
	while (*g == '\t' || *g == ' ')
		g++;
	int num;
	enum judgement word;
	if (strchr(g, '\t') || !grade_text(g, GRADE_TEXT_WHOLE, &num, &word, NULL))
		return NULL;
	return xasprintf("%.*s %s", (int)(tab - line), line, g);
}

/* Does a sentence end inside S: a full stop after a lowercase word, then a space and a capital? */
static bool sentence_inside(const char *s)
{
	for (const char *p = s; *p; p++) {
		if (*p != '.' || p - s < 2 || p[1] != ' ' || !isupper((unsigned char)p[2]))
			continue;
		/* "St. Aldwyn" is an abbreviation; "is adequate. The" ends a sentence */
		if (islower((unsigned char)p[-1]) && islower((unsigned char)p[-2]))
			return true;
	}
	return false;
}

/*
 * Do the lines FIRST and TWO (FIRST and the next, joined) read as prose
 * rather than a heading wrapped over two lines?  A heading is a title: it
 * is not numbered as the report's paragraphs are ("19. The impact ..."),
 * and no sentence ends inside it.  Such a paragraph may well contain a
 * pattern a heading rule looks for ("14 19", "capacity to improve").
 */
static bool two_lines_are_prose(const char *first, const char *two)
{
	return starts_with_paragraph_number(first) || sentence_inside(two);
}

/*
 * Is there a heading at line K of the block L[0..COUNT)?  A heading is a
 * whole short block (one or two lines: a heading may wrap), or, where the
 * layout put no blank line after it, a first line that a rule names exactly.
 */
static bool find_heading(struct body *b, char **L, int k, int count, struct heading *h)
{
	struct parser *ps = b->ps;
	if (b->mode == MODE_CONTENTS)
		return false;
	bool listy = b->mode == MODE_LIST || b->mode == MODE_PAIRS || b->mode == MODE_GRADES;
	if (k > 0 && !ends_sentence(L[k - 1]))
		return false;
	/*
	 * A "Grade 3" line right after it vouches for a heading as much as a
	 * block of its own does: hard-wrapped text has no blank lines.
	 */
	bool graded1 = k + 1 < count && is_grade_line(L[k + 1]);
	bool graded2 = k + 2 < count && is_grade_line(L[k + 2]);
	/* a heading wrapped over two lines makes up the whole block, or is followed by its grade */
	if (((k == 0 && count == 2) || graded2) && strlen(L[k]) + strlen(L[k + 1]) < 200) {
		char *two = xasprintf("%s %s", L[k], L[k + 1]);
		bool ok = !two_lines_are_prose(L[k], two) && heading_from(ps, two, h, false, false);
		free(two);
		if (ok) {
			h->consumed = 2;
			return true;
		}
	}
	/* a heading no rule names is trusted only once the front matter is over */
	bool whole = (k == 0 && count == 1) || graded1;
	bool generic = whole && !listy && (b->known_seen || ps->r->type == RT_APA);
	char *untabbed = grade_after_tab(L[k]);
	bool ok = heading_from(ps, untabbed ? untabbed : L[k], h, generic, !whole);
	free(untabbed);
	if (ok)
		h->consumed = 1;
	return ok;
}

static void apply_grade(struct body *b, int sec, int num, enum judgement word, const char *raw,
			enum judgement_source from)
{
	struct parser *ps = b->ps;
	struct section *s = &ps->r->sections[sec];
	if (s->judgement != J_NONE)
		return;
	enum judgement byn = num ? grade_number(num, ps->scale) : J_NONE;
	if (word != J_NONE && byn != J_NONE && word != byn)
		report_warn(ps->r, s->line, "\"%s\" under \"%s\": the number and the words disagree; using the words",
			    raw, s->heading);
	s->judgement = word != J_NONE ? word : byn;
	s->scale = word != J_NONE && !num ? SCALE_WORDS : (num ? ps->scale : SCALE_WORDS);
	s->source = from;
	free(s->grade_raw);
	s->grade_raw = xstrdup(raw);
}

static char *annex_key(const char *heading)
{
	char norm[128];
	heading_normalize(heading, norm, sizeof norm);
	const char *p = norm + 5; /* after "annex" */
	while (*p == ' ')
		p++;
	size_t n = 0;
	while (p[n] && p[n] != ' ')
		n++;
	return n && n <= 3 ? xasprintf("annex-%.*s", (int)n, p) : xstrdup("annex");
}

/* Act on a heading.  Returns false when the body has ended. */
static bool handle_heading(struct body *b, struct heading *h, int line)
{
	const struct heading_rule *r = h->rule;
	enum heading_kind kind = r ? r->kind : HK_SECTION;
	if (r)
		b->known_seen = true;
	if (b->annex && kind != HK_ANNEX && kind != HK_CLOSING && kind != HK_LIST &&
	    kind != HK_TIMEFRAME) {
		/* inside an annex, headings are sub-headings of it */
		flush_paragraph(b);
		add_paragraph(b, h->text, false);
		b->mode = MODE_TEXT;
		return true;
	}
	switch (kind) {
	case HK_NONE:
		break;
	case HK_CLOSING:
		end_section(b);
		return false;
	case HK_CONTENTS:
		end_section(b);
		b->mode = MODE_CONTENTS;
		b->contents_started = false;
		break;
	case HK_GRADES_TABLE:
		end_section(b);
		b->mode = MODE_GRADES;
		b->table_scope = "all";
		free(b->row_prefix);
		b->row_prefix = NULL;
		break;
	case HK_STRENGTHS_TABLE:
		end_section(b);
		b->mode = MODE_PAIRS;
		pairs_reset(b);
		break;
	case HK_SUB:
		flush_paragraph(b);
		break;
	case HK_GROUP:
		end_section(b);
		break;
	case HK_SCOPE:
		end_section(b);
		b->scope = r->key;
		break;
	case HK_LIST:
		flush_paragraph(b);
		b->mode = MODE_LIST;
		b->list_kind = r->item_kind;
		b->list_bullets = false;
		b->item_sec = -1;
		free(b->timeframe);
		free(b->actor);
		b->timeframe = b->actor = NULL;
		b->actor_unused = false;
		break;
	case HK_LIST_SECTION:
		start_section(b, r->key, h->text, line, false);
		b->mode = MODE_LIST;
		b->list_kind = r->item_kind;
		b->list_bullets = false;
		free(b->timeframe);
		free(b->actor);
		b->timeframe = b->actor = NULL;
		b->actor_unused = false;
		break;
	case HK_TIMEFRAME:
		if (b->mode == MODE_LIST) {
			free(b->timeframe);
			/* "The council should:" / "Within six months:" names who acts
			 * for what follows; an actor from an earlier timeframe does not */
			if (!b->actor_unused) {
				free(b->actor);
				b->actor = NULL;
			}
			b->timeframe = xstrdup(h->text);
			size_t n = strlen(b->timeframe);
			while (n && (b->timeframe[n - 1] == ':' || b->timeframe[n - 1] == ' '))
				b->timeframe[--n] = '\0';
			b->list_bullets = false;
		} else {
			flush_paragraph(b);
			add_paragraph(b, h->text, false);
		}
		break;
	case HK_ANNEX: {
		char *key = annex_key(h->text);
		start_section(b, key, h->text, line, false);
		free(key);
		b->annex = true;
		break;
	}
	case HK_SECTION: {
		char *key = r && r->key ? xstrdup(r->key) : heading_slug(h->text);
		int sec = start_section(b, key, h->text, line, r ? r->judged : true);
		free(key);
		if (h->grade_raw)
			apply_grade(b, sec, h->num, h->word, h->grade_raw, FROM_HEADING);
		break;
	}
	}
	return true;
}

/* ---- the lost graphic scale -------------------------------------------- */

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
	return j != J_NONE && l[n] == '\0';
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

/* ---- the block loop ----------------------------------------------------- */

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

/* Process the block of lines IDX[0..COUNT).  Returns false when the body has ended. */
static bool process_block(struct body *b, size_t *idx, int count)
{
	struct parser *ps = b->ps;
	if (b->mode == MODE_CONTENTS) {
		/* the block after "Contents" is its page; more blocks of entries may follow */
		bool entries = true;
		for (int k = 0; k < count && entries; k++)
			entries = contents_entry(ps->line[idx[k]]);
		bool first = !b->contents_started;
		b->contents_started = true;
		if (!entries)
			b->mode = MODE_TEXT;
		if (entries || first)
			return true;
	}
	char **L = xmalloc((size_t)count * sizeof *L);
	for (int k = 0; k < count; k++)
		L[k] = ps->line[idx[k]];
	bool go_on = true;
	for (int k = 0; k < count && go_on;) {
		int lineno = ps->tl->v[idx[k]].no;
		int num;
		enum judgement word;
		char *raw;
		if (grade_line(L[k], &num, &word, &raw)) {
			if (b->cur >= 0)
				apply_grade(b, b->cur, num, word, raw, FROM_GRADE_LINE);
			free(raw);
			k++;
			continue;
		}
		/* inside a summary table, its scope and group rows are rows, not headings */
		if (b->mode == MODE_GRADES && grades_row(b, L[k], k + 1 < count ? L[k + 1] : NULL, lineno)) {
			k++;
			continue;
		}
		struct heading h;
		if (find_heading(b, L, k, count, &h)) {
			go_on = handle_heading(b, &h, lineno);
			heading_free(&h);
			k += h.consumed;
			if (b->mode == MODE_CONTENTS && k < count) {
				/* the contents page shares the block; blocks of entries may follow */
				b->contents_started = true;
				break;
			}
			continue;
		}
		if (lone_grade_word(ps, idx[k])) {
			size_t skip = graphic_scale_at(ps, idx[k]);
			if (skip) {
				/* mark the whole scale as gone; later blocks will find nothing */
				for (size_t j = idx[k]; j < idx[k] + skip; j++)
					if (ps->line[j] && lone_grade_word(ps, j))
						ps->line[j][0] = '\0';
				k++;
				continue;
			}
			if (b->cur >= 0 && b->fresh) {
				size_t n;
				enum judgement j = judgement_word(str_trim(L[k]), &n);
				apply_grade(b, b->cur, 0, j, L[k], FROM_GRADE_LINE);
				k++;
				continue;
			}
		}
		if (!L[k][0]) { /* blanked above */
			k++;
			continue;
		}
		if (closing_paragraph(ps, L[k])) {
			end_section(b);
			b->mode = MODE_SKIP;
			break;
		}
		switch (b->mode) {
		case MODE_SKIP:
			k++;
			continue;
		case MODE_GRADES:
			if (grades_row(b, L[k], k + 1 < count ? L[k + 1] : NULL, lineno)) {
				k++;
				continue;
			}
			b->mode = MODE_TEXT;
			break;
		case MODE_PAIRS:
			if (pairs_header(L[k]) || pairs_row(b, L[k], lineno)) {
				k++;
				continue;
			}
			b->mode = MODE_TEXT;
			break;
		case MODE_LIST:
			if (k + 1 < count && wrapped_actor_line(b, L[k], L[k + 1])) {
				k += 2;
				continue;
			}
			if (list_line(b, L[k], k == 0)) {
				k++;
				continue;
			}
			/* an introduction before the first item keeps the list open */
			if (b->item_sec >= 0 || b->cur < 0 || ps->r->sections[b->cur].nitems)
				b->mode = MODE_TEXT;
			text_line(b, L[k], k == 0);
			k++;
			continue;
		default:
			break;
		}
		/* MODE_TEXT */
		if (pairs_header(L[k])) {
			flush_paragraph(b);
			b->mode = MODE_PAIRS;
			pairs_reset(b);
			k++;
			continue;
		}
		if (strchr(L[k], '\t') && str_find_ci(L[k], "grade awarded")) {
			flush_paragraph(b);
			b->mode = MODE_GRADES;
			b->table_scope = "all";
			free(b->row_prefix);
			b->row_prefix = NULL;
			k++;
			continue;
		}
		text_line(b, L[k], k == 0);
		k++;
	}
	flush_paragraph(b);
	free(L);
	return go_on;
}

void parse_body(struct parser *ps)
{
	struct body b = { .ps = ps, .cur = -1, .scope = "all", .mode = MODE_TEXT, .item_sec = -1,
			  .table_scope = "all" };
	/* do ordinary paragraphs carry "- 12." in front?  then "- " is no bullet here */
	int dashed = 0;
	for (size_t i = ps->body_start; i < ps->body_end; i++) {
		const char *rest;
		if (ps->line[i] && is_bullet_line(ps->line[i], &rest) && starts_with_paragraph_number(rest))
			dashed++;
	}
	b.dash_paragraphs = dashed >= 3;
	/* an inspection of looked after children's services alone has no scope headings: all of it is that scope */
	if (ps->r->type == RT_SLAC && ps->r->title &&
	    str_starts_ci(ps->r->title, "inspection of services for looked after children"))
		b.scope = "looked-after";

	if (ps->r->type == RT_UNKNOWN)
		start_section(&b, "text", "", 0, false);

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
		if (ps->r->type == RT_UNKNOWN) {
			for (int k = 0; k < count; k++)
				text_line(&b, ps->line[idx[k]], k == 0);
			flush_paragraph(&b);
			continue;
		}
		if (!process_block(&b, idx, count))
			break;
	}
	flush_paragraph(&b);
	free(idx);
	sb_free(&b.para);
	free(b.timeframe);
	free(b.actor);
	free(b.pair_key);
	free(b.row_prefix);
}
