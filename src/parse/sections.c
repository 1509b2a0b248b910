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
	memset(&ps->raw[ps->nraw], 0, sizeof ps->raw[ps->nraw]);
	ps->judged[ps->nraw] = judged;
	ps->nraw++;
	return (int)ps->r->nsections - 1;
}

void section_add_paragraph(struct parser *ps, int sec, const char *text, bool bullet)
{
	struct strbuf *raw = &ps->raw[sec];
	if (raw->len)
		sb_addc(raw, '\n');
	if (bullet)
		sb_adds(raw, "\xE2\x80\xA2 ");
	sb_adds(raw, text);
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

/*
 * The section KEY in SCOPE ("all" matches any scope), opened (judged, at
 * the end of the report) when the body had no heading for it.
 */
static struct section *find_or_open(struct parser *ps, const char *key, const char *scope,
				    const char *heading, int line)
{
	for (size_t i = 0; i < ps->r->nsections; i++)
		if (strcmp(ps->r->sections[i].key, key) == 0 &&
		    (strcmp(scope, "all") == 0 || strcmp(ps->r->sections[i].scope, scope) == 0))
			return &ps->r->sections[i];
	/* opened first: section_open may move the array, so its address is taken after */
	int sec = section_open(ps, key, scope, heading, line, true);
	return &ps->r->sections[sec];
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
		section_add_item(s, p->kind, p->text, NULL, NULL);
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
		if (continues_cut_paragraph(prev, prev_bullet, c, bullet)) {
			char *joined = xasprintf("%s%s%s", prev, wrap_joiner(prev, strlen(prev), c), c);
			free(prev);
			free(c);
			prev = joined;
			continue;
		}
		if (prev)
			put_paragraph(&out, prev, prev_bullet);
		free(prev);
		prev = c;
		prev_bullet = bullet;
	}
	if (prev)
		put_paragraph(&out, prev, prev_bullet);
	free(prev);
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
		free(s->text);
		s->text = finish_text(i < ps->nraw ? sb_str(&ps->raw[i]) : "");
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
