/*
 * parse.c: parse_report(): bytes in, struct report out.
 *
 * The pipeline: decode and normalise characters (text.c); drop page
 * furniture (running headers, footers, page numbers); decide which grade
 * numbering the report uses; read the header (parse_header.c); read the
 * body (parse_body.c); then finish each section: clean its text, clean and
 * split its items, apply judgements from summary tables and prose.
 */
#include "parse/parse.h"
#include "parse/clean.h"
#include "parse/grade.h"
#include "parse_internal.h"
#include "base/sha256.h"
#include "report/vocab.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- page furniture ----------------------------------------------------- */

/* "Page 3", "Page 3 of 12", "- 3 -", "3": a line that is only a page number. */
static bool page_number_line(const char *l)
{
	while (*l == ' ' || *l == '-')
		l++;
	if (str_starts_ci(l, "page "))
		l += 5;
	if (!isdigit((unsigned char)*l))
		return false;
	int digits = 0;
	while (isdigit((unsigned char)*l))
		l++, digits++;
	if (digits > 3)
		return false;
	while (*l == ' ')
		l++;
	if (str_starts_ci(l, "of ")) {
		l += 3;
		while (isdigit((unsigned char)*l))
			l++;
	}
	while (*l == ' ' || *l == '-')
		l++;
	return *l == '\0';
}

/* The line with every digit run replaced by '#', for spotting "Page 3"/"Page 4". */
static char *digit_shape(const char *l)
{
	struct strbuf b = {0};
	for (; *l; l++) {
		if (isdigit((unsigned char)*l)) {
			sb_addc(&b, '#');
			while (isdigit((unsigned char)l[1]))
				l++;
		} else {
			sb_addc(&b, *l);
		}
	}
	return sb_take(&b);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A line and its digit shape, sorted by shape and then by position. */
struct shaped_line {
	char *shape;
	size_t line;
};

static int cmp_shaped(const void *a, const void *b)
{
	const struct shaped_line *x = a, *y = b;
	int c = strcmp(x->shape, y->shape);
	if (c)
		return c;
	return x->line < y->line ? -1 : x->line > y->line;
}

/*
 * Could line l be a running header or footer with a page number in it?
 * Short, has a digit, no TAB (a table row), and is not body text whose
 * numbers merely count something: a list item ("- Improve assessment 12.")
 * or a numbered paragraph ("11. Taken as a whole, ...") is the report's
 * own words, even when several share their opening.
 */
static bool furniture_candidate(const char *l)
{
	if (!l[0] || strlen(l) >= 100 || !strpbrk(l, "0123456789") || strchr(l, '\t'))
		return false;
	if (strncmp(l, "Grade ", 6) == 0)
		return false;
	const char *p = l;
	if ((*p == '-' || *p == '*') && p[1] == ' ')
		p += 2;
	else if (strncmp(p, "\xe2\x80\xa2 ", 4) == 0) /* U+2022 bullet */
		p += 4;
	else if (isdigit((unsigned char)*p)) {
		while (isdigit((unsigned char)*p))
			p++;
		if (*p != '.' || p[1] != ' ')
			return true;
		p += 2;
	} else
		return true;
	while (*p == ' ')
		p++;
	return !isalpha((unsigned char)*p);
}

/*
 * Running headers and footers are lines that recur three or more times with
 * the same shape but different numbers ("Greyford APA 2007 - page 3"), each
 * on a page of its own: two of them within RUNNING_GAP lines of each other
 * with no page break between (a footer and the next page's header have one)
 * are a list or a table of the report's, not furniture.
 */
#define RUNNING_GAP 3
static bool page_break_between(const struct parser *ps, size_t from, size_t to)
{
	for (size_t k = from + 1; k <= to; k++)
		if (ps->tl->v[k].page_break)
			return true;
	return false;
}

static void drop_running_lines(struct parser *ps)
{
	struct shaped_line *sl = xcalloc(ps->n + 1, sizeof *sl);
	size_t ns = 0;
	for (size_t i = 0; i < ps->n; i++)
		if (ps->line[i] && furniture_candidate(ps->line[i]))
			sl[ns++] = (struct shaped_line){digit_shape(ps->line[i]), i};
	qsort(sl, ns, sizeof *sl, cmp_shaped);
	for (size_t i = 0; i < ns;) {
		size_t j = i + 1, distinct = 1;
		bool spread = true;
		for (; j < ns && strcmp(sl[i].shape, sl[j].shape) == 0; j++) {
			if (sl[j].line - sl[j - 1].line <= RUNNING_GAP &&
			    !page_break_between(ps, sl[j - 1].line, sl[j].line))
				spread = false;
			if (strcmp(ps->line[sl[j].line], ps->line[sl[j - 1].line]) != 0)
				distinct++;
		}
		if (spread && distinct >= 3)
			for (size_t k = i; k < j; k++)
				ps->line[sl[k].line] = NULL;
		i = j;
	}
	for (size_t i = 0; i < ns; i++)
		free(sl[i].shape);
	free(sl);
}

/*
 * Remove page furniture: lone page numbers everywhere; running headers and
 * footers with page numbers (drop_running_lines); and, where the text has
 * form feeds, identical short lines that open or close most pages.
 */
static void drop_furniture(struct parser *ps)
{
	size_t pages = 1;
	for (size_t i = 0; i < ps->n; i++) {
		if (ps->tl->v[i].page_break)
			pages++;
		if (ps->line[i] && page_number_line(ps->line[i]))
			ps->line[i] = NULL;
	}
	drop_running_lines(ps);

	if (pages < 3)
		return;
	/* with form feeds: identical short lines at the top or bottom of many pages */
	char **edges = xcalloc(2 * pages + 2, sizeof *edges);
	size_t ne = 0;
	for (size_t i = 0; i < ps->n; i++) {
		if (i != 0 && !ps->tl->v[i].page_break)
			continue;
		size_t j = i;
		while (j < ps->n && (!ps->line[j] || !ps->line[j][0]))
			j++;
		if (j < ps->n && strlen(ps->line[j]) < 100 && ne < 2 * pages)
			edges[ne++] = ps->line[j];
		/* the last line before the next page break */
		size_t k = i + 1;
		while (k < ps->n && !ps->tl->v[k].page_break)
			k++;
		while (k > i && (!ps->line[k - 1] || !ps->line[k - 1][0]))
			k--;
		if (k > i && strlen(ps->line[k - 1]) < 100 && ne < 2 * pages)
			edges[ne++] = ps->line[k - 1];
	}
	qsort(edges, ne, sizeof *edges, cmp_str);
	for (size_t i = 0; i < ne;) {
		size_t j = i;
		while (j < ne && strcmp(edges[i], edges[j]) == 0)
			j++;
		if (j - i >= 3 && (j - i) * 3 >= pages) {
			char *victim = xstrdup(edges[i]);
			for (size_t k = 0; k < ps->n; k++)
				if (ps->line[k] && strcmp(ps->line[k], victim) == 0)
					ps->line[k] = NULL;
			free(victim);
		}
		i = j;
	}
	free(edges);
}

/* ---- finishing sections ------------------------------------------------- */

static struct section *find_or_add(struct parser *ps, const char *key, const char *scope,
				   const char *heading, int line)
{
	struct section *s = NULL;
	for (size_t i = 0; i < ps->r->nsections; i++)
		if (strcmp(ps->r->sections[i].key, key) == 0 &&
		    (strcmp(scope, "all") == 0 || strcmp(ps->r->sections[i].scope, scope) == 0)) {
			s = &ps->r->sections[i];
			break;
		}
	if (!s) {
		s = report_add_section(ps->r, key, scope, heading, line);
		ps->raw = xrealloc(ps->raw, ps->r->nsections * sizeof *ps->raw);
		ps->judged = xrealloc(ps->judged, ps->r->nsections * sizeof *ps->judged);
		memset(&ps->raw[ps->r->nsections - 1], 0, sizeof *ps->raw);
		ps->judged[ps->r->nsections - 1] = true;
		ps->nraw = ps->r->nsections;
	}
	return s;
}

static void apply_pending(struct parser *ps)
{
	for (size_t i = 0; i < ps->npj; i++) {
		struct pending_judgement *p = &ps->pj[i];
		const char *label = section_key_label(p->key);
		struct section *s = find_or_add(ps, p->key, p->scope, label ? label : p->label, p->line);
		if (s->judgement == J_NONE) {
			s->judgement = p->j;
			s->scale = p->scale;
			s->source = FROM_TABLE;
			free(s->grade_raw);
			s->grade_raw = xstrdup(p->raw);
		} else if (s->judgement != p->j) {
			report_warn(ps->r, p->line, "the summary table grades \"%s\" %s, but its section says %s; keeping the section's",
				    p->label, judgement_name(p->j), judgement_name(s->judgement));
		}
	}
	for (size_t i = 0; i < ps->npi; i++) {
		struct pending_item *p = &ps->pi[i];
		const char *label = section_key_label(p->key);
		struct section *s = find_or_add(ps, p->key, "all", label ? label : p->key, p->line);
		section_add_item(s, p->kind, p->text, NULL, NULL);
	}
}

/* Join paragraphs that a page break split mid-sentence, and clean each. */
static char *finish_text(const char *raw)
{
	struct strbuf out = {0};
	char *prev = NULL;
	bool prev_bullet = false;
	const char *p = raw;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char *para = xstrndup(p, n);
		p += n + (e ? 1 : 0);
		bool bullet = strncmp(para, "\xE2\x80\xA2 ", 4) == 0;
		char *c = clean_paragraph(bullet ? para + 4 : para);
		free(para);
		if (!*c) {
			free(c);
			continue;
		}
		bool table_row = strstr(c, " | ") != NULL;
		if (prev && !prev_bullet && !bullet && !table_row && !ends_sentence(prev) &&
		    !strstr(prev, " | ") && strchr(prev, ' ') && strlen(prev) > 40) {
			char *joined = xasprintf("%s%s%s", prev, wrap_joiner(prev, strlen(prev), c), c);
			free(prev);
			free(c);
			prev = joined;
			continue;
		}
		if (prev) {
			if (out.len)
				sb_addc(&out, '\n');
			if (prev_bullet)
				sb_adds(&out, "\xE2\x80\xA2 ");
			sb_adds(&out, prev);
			free(prev);
		}
		prev = c;
		prev_bullet = bullet;
	}
	if (prev) {
		if (out.len)
			sb_addc(&out, '\n');
		if (prev_bullet)
			sb_adds(&out, "\xE2\x80\xA2 ");
		sb_adds(&out, prev);
		free(prev);
	}
	return sb_take(&out);
}

/* Clean each item; split items that hold several run together. */
static void finish_items(struct section *s)
{
	size_t n = s->nitems;
	struct item *old = s->items;
	s->items = NULL;
	s->nitems = s->items_cap = 0;
	for (size_t i = 0; i < n; i++) {
		char *c = clean_item(old[i].text);
		char *parts[16];
		int np = 1;
		parts[0] = c;
		if (old[i].kind != ITEM_STRENGTH) {
			np = split_run_together(c, parts, 16);
			free(c);
		}
		for (int k = 0; k < np; k++) {
			if (*parts[k] && !item_says_none(parts[k]))
				section_add_item(s, old[i].kind, parts[k], old[i].timeframe, old[i].actor);
			free(parts[k]);
		}
		free(old[i].text);
		free(old[i].timeframe);
		free(old[i].actor);
	}
	free(old);
}

/* What a prose judgement in this section must be about, when it says several things. */
static const char *prose_focus(const char *key)
{
	if (strcmp(key, "capacity") == 0)
		return "capacity";
	if (strcmp(key, "service-management") == 0)
		return "management";
	return NULL;
}

/*
 * Judge S from the first real paragraph of TEXT (its own, or, with STRICT,
 * the next section's, where only a sentence about S's focus counts).
 */
static void judge_from_prose(struct section *s, const char *text, bool strict)
{
	const char *p = text;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n >= 40) {
			char *para = xstrndup(p, n);
			char *raw = NULL;
			enum judgement j = strict ? prose_judgement_about(para, prose_focus(s->key), 3, &raw)
						  : prose_judgement(para, prose_focus(s->key), 3, &raw);
			free(para);
			if (j != J_NONE) {
				s->judgement = j;
				s->scale = SCALE_WORDS;
				s->source = FROM_PROSE;
				free(s->grade_raw);
				s->grade_raw = raw;
			}
			return;
		}
		p += n + (e ? 1 : 0);
	}
}

static void finish_sections(struct parser *ps)
{
	struct report *r = ps->r;
	apply_pending(ps);
	for (size_t i = 0; i < r->nsections; i++) {
		struct section *s = &r->sections[i];
		free(s->text);
		s->text = finish_text(i < ps->nraw ? sb_str(&ps->raw[i]) : "");
		finish_items(s);
		if (s->judgement == J_NONE && i < ps->nraw && ps->judged[i])
			judge_from_prose(s, s->text, false);
	}
	/*
	 * Two headings in a row share the paragraph after them ("Service
	 * management", "Capacity to improve", then "The management ... is good.
	 * Capacity to improve further is adequate."): the empty first one takes
	 * the judgement of the sentence about it.
	 */
	for (size_t i = 0; i + 1 < r->nsections && i + 1 < ps->nraw; i++) {
		struct section *s = &r->sections[i], *next = &r->sections[i + 1];
		if (s->judgement == J_NONE && ps->judged[i] && !*s->text && !s->nitems && prose_focus(s->key) &&
		    s->line > 0 && next->line > s->line && strcmp(s->scope, next->scope) == 0)
			judge_from_prose(s, next->text, true);
	}
	size_t keep = 0;
	for (size_t i = 0; i < r->nsections; i++) {
		struct section *s = &r->sections[i];
		if (!*s->heading) {
			const char *label = section_key_label(s->key);
			free(s->heading);
			s->heading = xstrdup(label ? label : s->key);
		}
		/* a heading with nothing under it and no judgement is no section */
		if (!*s->text && !s->nitems && s->judgement == J_NONE) {
			free(s->key);
			free(s->scope);
			free(s->heading);
			free(s->grade_raw);
			free(s->text);
			free(s->items);
			continue;
		}
		r->sections[keep++] = *s;
	}
	r->nsections = keep;
}

/* ---- the entry point ---------------------------------------------------- */

/* The numbering of the first grade legend in the text; *LINE gets its line. */
static enum grade_scale detect_scale(struct parser *ps, int *line)
{
	for (size_t i = 0; i < ps->n; i++) {
		if (!ps->line[i])
			continue;
		enum grade_scale s = scale_hint(ps->line[i]);
		if (s != SCALE_NONE) {
			*line = ps->tl->v[i].no;
			return s;
		}
	}
	return SCALE_NONE;
}

/*
 * The numbering this report's grades use.  Each known report type has one
 * (FORMATS.md), whatever a stray legend-like line says; a legend decides
 * only for a text of unknown type.
 */
static enum grade_scale report_scale(struct parser *ps)
{
	struct report *r = ps->r;
	int line = 0;
	enum grade_scale hint = detect_scale(ps, &line);
	enum grade_scale typed = r->type == RT_SLAC ? SCALE_ONE_HIGH
				 : r->type == RT_APA || r->type == RT_JAR ? SCALE_FOUR_HIGH : SCALE_NONE;
	if (typed == SCALE_NONE)
		return hint != SCALE_NONE ? hint : r->year >= 2009 ? SCALE_ONE_HIGH : SCALE_FOUR_HIGH;
	if (hint != SCALE_NONE && hint != typed)
		report_warn(r, line, "this grade legend numbers grades from %s, but %s reports number them from %s; "
				     "using the latter", hint == SCALE_ONE_HIGH ? "1 = outstanding" : "4 = outstanding",
			    report_type_label(r->type), typed == SCALE_ONE_HIGH ? "1 = outstanding" : "4 = outstanding");
	return typed;
}

static void parser_free(struct parser *ps)
{
	for (size_t i = 0; i < ps->nraw; i++)
		sb_free(&ps->raw[i]);
	free(ps->raw);
	free(ps->judged);
	for (size_t i = 0; i < ps->npj; i++) {
		free(ps->pj[i].key);
		free(ps->pj[i].scope);
		free(ps->pj[i].label);
		free(ps->pj[i].raw);
	}
	free(ps->pj);
	for (size_t i = 0; i < ps->npi; i++) {
		free(ps->pi[i].key);
		free(ps->pi[i].text);
		free(ps->pi[i].label);
	}
	free(ps->pi);
	free(ps->line);
	free(ps->authority_raw);
}

static void check_outcomes(struct report *r)
{
	if (r->type != RT_APA)
		return;
	int found = 0;
	for (size_t i = 0; i < r->nsections; i++)
		if (outcome_index(r->sections[i].key))
			found++;
	if (!found)
		report_warn(r, 0, "no Every Child Matters outcome headings found in this letter");
}

enum parse_status parse_report(const char *data, size_t len, const char *source,
			       struct report *out, char **error)
{
	char hash[65];
	sha256_hex(data, len, hash);
	return parse_report_hashed(data, len, source, hash, out, error);
}

enum parse_status parse_report_hashed(const char *data, size_t len, const char *source,
				      const char hash[65], struct report *out, char **error)
{
	memset(out, 0, sizeof *out);
	out->source = xstrdup(source ? source : "");
	memcpy(out->hash, hash, 65);
	if (error)
		*error = NULL;

	/* UTF-16 (with its byte order mark) is read as the text it is */
	size_t u8len;
	char *u8 = text_from_utf16(data, len, &u8len);
	if (u8) {
		data = u8;
		len = u8len;
	}
	int bad_line;
	if (text_is_binary(data, len, &bad_line)) {
		if (error)
			*error = xasprintf("binary data (a NUL or control byte at line %d), not a report text", bad_line);
		free(u8);
		return PARSE_BINARY;
	}
	struct text_lines tl;
	text_decode(data, len, &tl);
	free(u8);
	bool blank = true;
	for (size_t i = 0; i < tl.n && blank; i++)
		for (const char *p = tl.v[i].s; *p && blank; p++)
			if (!isspace((unsigned char)*p))
				blank = false;
	if (blank) {
		text_lines_free(&tl);
		if (error)
			*error = xstrdup(len ? "holds only white space" : "empty file");
		return PARSE_EMPTY;
	}
	if (tl.was_cp1252)
		report_warn(out, 0, "not valid UTF-8; bytes outside UTF-8 sequences read as Windows-1252");
	if (tl.control_bytes)
		report_warn(out, tl.first_control_line, "%zu control character%s removed", tl.control_bytes,
			    tl.control_bytes == 1 ? "" : "s");

	struct parser ps = { .r = out, .tl = &tl, .n = tl.n };
	ps.line = xmalloc((tl.n + 1) * sizeof *ps.line);
	for (size_t i = 0; i < tl.n; i++)
		ps.line[i] = tl.v[i].s;
	drop_furniture(&ps);
	parse_header(&ps);
	ps.scale = report_scale(&ps);
	ps.body_end = ps.n;
	parse_body(&ps);
	finish_sections(&ps);
	check_outcomes(out);
	if (out->type == RT_UNKNOWN)
		report_warn(out, 0, "not recognised as an APA letter, joint area review or safeguarding and "
				    "looked after children inspection; indexed as full text");
	else if (!out->authority)
		report_warn(out, 0, "no authority name found");
	parser_free(&ps);
	text_lines_free(&tl);
	return out->type == RT_UNKNOWN ? PARSE_UNRECOGNISED : PARSE_OK;
}
