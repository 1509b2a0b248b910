/*
 * sections.c: the section builder, the one place that creates and fills
 * a report's sections.
 *
 * While the body is read, each section collects raw paragraphs (cleaned
 * only at the end, when a page break's halves of a sentence can be
 * joined), items, and a judgement from its heading or grade line.
 * Summary tables and strengths tables that name their section are held as
 * pending and applied here once every section exists.  Finishing cleans
 * text and items, judges from prose where nothing else did, and drops
 * headings with nothing under them.
 */
#include "parse_internal.h"
#include "parse/clean.h"
#include "parse/grade.h"
#include "report/vocab.h"

#include <stdlib.h>
#include <string.h>

/* ---- creating and filling --------------------------------------------- */

int section_open(struct parser *ps, const char *key, const char *scope, const char *heading, int line,
		 bool judged)
{
	report_add_section(ps->r, key, scope, heading, line);
	ARRAY_RESERVE(ps->raw, ps->nraw, ps->raw_cap);
	ARRAY_RESERVE(ps->judged, ps->nraw, ps->judged_cap);
	ARRAY_RESERVE(ps->cites, ps->nraw, ps->cites_cap);
	memset(&ps->raw[ps->nraw], 0, sizeof ps->raw[ps->nraw]);
	memset(&ps->cites[ps->nraw], 0, sizeof ps->cites[ps->nraw]);
	ps->judged[ps->nraw] = judged;
	ps->nraw++;
	return (int)ps->r->nsections - 1;
}

void section_add_cited_paragraph(struct parser *ps, int sec, const char *text, bool bullet,
				 struct para_cite cite)
{
	struct strbuf *raw = &ps->raw[sec];
	struct para_cites *c = &ps->cites[sec];
	/* a raw paragraph is one line of RAW: one citation for each "\n"-separated part */
	size_t parts = 1;
	for (const char *p = text; (p = strchr(p, '\n')) != NULL; p++)
		parts++;
	for (size_t k = 0; k < parts; k++) {
		ARRAY_RESERVE(c->v, c->n, c->cap);
		c->v[c->n++] = k ? (struct para_cite){ 0, cite.page } : cite;
	}
	if (raw->len)
		sb_addc(raw, '\n');
	if (bullet)
		sb_adds(raw, "\xE2\x80\xA2 ");
	sb_adds(raw, text);
}

void section_add_paragraph(struct parser *ps, int sec, const char *text, bool bullet)
{
	section_add_cited_paragraph(ps, sec, text, bullet, (struct para_cite){ 0, 0 });
}

void section_pend_judgement(struct parser *ps, char *key, const char *scope, char *label, const char *raw,
			    enum judgement j, enum grade_scale scale, int line)
{
	ARRAY_RESERVE(ps->pj, ps->npj, ps->pj_cap);
	ps->pj[ps->npj++] = (struct pending_judgement){
		.key = key, .scope = xstrdup(scope), .label = label, .raw = xstrdup(raw),
		.j = j, .scale = scale, .line = line,
	};
}

void section_pend_item(struct parser *ps, const char *key, enum item_kind kind, char *text, int line)
{
	ARRAY_RESERVE(ps->pi, ps->npi, ps->pi_cap);
	ps->pi[ps->npi++] = (struct pending_item){ xstrdup(key), kind, text, NULL, line };
}

/* Has section I anything under its heading yet (text or items)? */
static bool section_filled(const struct parser *ps, size_t i)
{
	return (i < ps->nraw && ps->raw[i].len) || ps->r->sections[i].nitems;
}

/*
 * The section KEY in SCOPE ("all" matches any scope), opened (judged, at
 * the end of the report) when the body had no heading for it.  Of several,
 * the first with something under it: a heading with nothing under it (a
 * contents page's entry) is dropped at the end unless a judgement given
 * here kept it, an empty twin of the section that has the text.
 */
static struct section *find_or_open(struct parser *ps, const char *key, const char *scope,
				    const char *heading, int line)
{
	struct section *first = NULL;
	for (size_t i = 0; i < ps->r->nsections; i++) {
		struct section *s = &ps->r->sections[i];
		if (strcmp(s->key, key) != 0 || (strcmp(scope, "all") != 0 && strcmp(s->scope, scope) != 0))
			continue;
		if (section_filled(ps, i))
			return s;
		if (!first)
			first = s;
	}
	if (first)
		return first;
	/* opened first: section_open may move the array, so its address is taken after */
	int sec = section_open(ps, key, scope, heading, line, true);
	return &ps->r->sections[sec];
}

/*
 * The page input line LINE (1-based) is on (pages.c); 0 when the input
 * has no form feeds.  A table of strengths is applied after the body, so
 * its items are given their page here.
 */
static int page_of_line(const struct parser *ps, int line)
{
	int *pages = text_pages(ps->tl), page = 0;
	for (size_t i = 0; pages && i < ps->tl->n && ps->tl->v[i].no <= line; i++)
		page = pages[i];
	free(pages);
	return page;
}

/* Summary-table judgements fill sections the body left unjudged; strengths-table items join theirs. */
static void apply_pending(struct parser *ps)
{
	for (size_t i = 0; i < ps->npj; i++) {
		struct pending_judgement *p = &ps->pj[i];
		const char *label = section_key_label(p->key);
		struct section *s = find_or_open(ps, p->key, p->scope, label ? label : p->label, p->line);
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
		struct section *s = find_or_open(ps, p->key, "all", label ? label : p->key, p->line);
		section_add_item(s, p->kind, p->text, NULL, NULL)->page = page_of_line(ps, p->line);
	}
}

/* ---- finishing ---------------------------------------------------------- */

/* Append paragraph PARA (with a bullet first, with BULLET) to OUT, one paragraph a line. */
static void put_paragraph(struct strbuf *out, const char *para, bool bullet)
{
	if (out->len)
		sb_addc(out, '\n');
	if (bullet)
		sb_adds(out, "\xE2\x80\xA2 ");
	sb_adds(out, para);
}

/*
 * Does paragraph C go on from PREV, which a page break cut off
 * mid-sentence?  Neither is a bullet or a table row, and PREV is long
 * enough to be a sentence.
 */
static bool continues_cut_paragraph(const char *prev, bool prev_bullet, const char *c, bool bullet)
{
	return prev && !prev_bullet && !bullet && !strstr(c, " | ") && !ends_sentence(prev) &&
	       !strstr(prev, " | ") && strchr(prev, ' ') && strlen(prev) > 40;
}

/* The citations of a section's finished paragraphs, growing with them. */
struct cite_out {
	int *num, *page;
	size_t n, num_cap, page_cap;
};

/* Append paragraph PARA (BULLET) with citation CITE to OUT and CO. */
static void put_cited(struct strbuf *out, struct cite_out *co, const char *para, bool bullet,
		      struct para_cite cite)
{
	put_paragraph(out, para, bullet);
	ARRAY_RESERVE(co->num, co->n, co->num_cap);
	ARRAY_RESERVE(co->page, co->n, co->page_cap);
	co->num[co->n] = cite.num;
	co->page[co->n] = cite.page;
	co->n++;
}

/*
 * Join paragraphs that a page break split mid-sentence, and clean each,
 * into S's text; S's citations follow the paragraphs (RAW's N citations
 * CITES, one per line of RAW): a joined paragraph keeps its first half's,
 * and a paragraph the report numbers is never joined to the one before,
 * nor any paragraph to a sub-heading.
 */
static void finish_text(struct section *s, const char *raw, const struct para_cite *cites, size_t n)
{
	struct strbuf out = {0};
	struct cite_out co = {0};
	char *prev = NULL;
	bool prev_bullet = false;
	struct para_cite prev_cite = {0};
	const char *p = raw;
	for (size_t k = 0; *p; k++) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		struct para_cite cite = k < n ? cites[k] : (struct para_cite){0};
		char *para = xstrndup(p, len);
		p += len + (e ? 1 : 0);
		bool bullet = strncmp(para, "\xE2\x80\xA2 ", 4) == 0;
		char *c = clean_paragraph(bullet ? para + 4 : para);
		free(para);
		if (!*c) {
			free(c);
			continue;
		}
		if (!cite.num && !prev_cite.heading && continues_cut_paragraph(prev, prev_bullet, c, bullet)) {
			char *joined = xasprintf("%s%s%s", prev, wrap_joiner(prev, strlen(prev), c), c);
			free(prev);
			free(c);
			prev = joined;
			continue;
		}
		if (prev)
			put_cited(&out, &co, prev, prev_bullet, prev_cite);
		free(prev);
		prev = c;
		prev_bullet = bullet;
		prev_cite = cite;
	}
	if (prev)
		put_cited(&out, &co, prev, prev_bullet, prev_cite);
	free(prev);
	free(s->text);
	s->text = sb_take(&out);
	free(s->para_num);
	free(s->para_page);
	s->para_num = co.num;
	s->para_page = co.page;
	s->nparas = co.n;
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
			if (*parts[k] && !item_says_none(parts[k])) {
				struct item *it = section_add_item(s, old[i].kind, parts[k], old[i].timeframe,
								   old[i].actor);
				it->paragraph = old[i].paragraph;
				it->page = old[i].page;
			}
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

/*
 * Two headings in a row share the paragraph after them ("Service
 * management", "Capacity to improve", then "The management ... is good.
 * Capacity to improve further is adequate."): the empty first one takes
 * the judgement of the sentence about it.
 */
static void judge_shared_paragraphs(struct parser *ps)
{
	struct report *r = ps->r;
	for (size_t i = 0; i + 1 < r->nsections && i + 1 < ps->nraw; i++) {
		struct section *s = &r->sections[i], *next = &r->sections[i + 1];
		if (s->judgement == J_NONE && ps->judged[i] && !*s->text && !s->nitems && prose_focus(s->key) &&
		    s->line > 0 && next->line > s->line && strcmp(s->scope, next->scope) == 0)
			judge_from_prose(s, next->text, true);
	}
}

/* Give headingless sections their key's label; drop sections with nothing in them. */
static void drop_empty_sections(struct report *r)
{
	size_t keep = 0;
	for (size_t i = 0; i < r->nsections; i++) {
		struct section *s = &r->sections[i];
		if (!*s->heading) {
			const char *label = section_key_label(s->key);
			free(s->heading);
			s->heading = xstrdup(label ? label : s->key);
		}
		/* a heading with nothing under it and no judgement is no section; a row "Not judged" is one */
		bool not_judged = s->grade_raw && str_find_ci(s->grade_raw, "not judged");
		if (!*s->text && !s->nitems && s->judgement == J_NONE && !not_judged) {
			free(s->key);
			free(s->scope);
			free(s->heading);
			free(s->grade_raw);
			free(s->text);
			free(s->items);
			free(s->para_num);
			free(s->para_page);
			continue;
		}
		r->sections[keep++] = *s;
	}
	r->nsections = keep;
}

void finish_sections(struct parser *ps)
{
	struct report *r = ps->r;
	apply_pending(ps);
	for (size_t i = 0; i < r->nsections; i++) {
		struct section *s = &r->sections[i];
		if (i < ps->nraw)
			finish_text(s, sb_str(&ps->raw[i]), ps->cites[i].v, ps->cites[i].n);
		else
			finish_text(s, "", NULL, 0);
		finish_items(s);
		if (s->judgement == J_NONE && i < ps->nraw && ps->judged[i])
			judge_from_prose(s, s->text, false);
	}
	judge_shared_paragraphs(ps);
	drop_empty_sections(r);
}

void sections_free(struct parser *ps)
{
	for (size_t i = 0; i < ps->nraw; i++)
		sb_free(&ps->raw[i]);
	free(ps->raw);
	free(ps->judged);
	for (size_t i = 0; i < ps->nraw; i++)
		free(ps->cites[i].v);
	free(ps->cites);
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
}
