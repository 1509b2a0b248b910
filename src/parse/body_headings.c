/*
 * body_headings.c: headings and grade lines in the body, and what each
 * heading does to the reader's state.
 *
 * A heading is a short block of its own (one line, or two when it wraps),
 * a line followed by its grade ("Grade 3"), or a first line that a rule
 * of headings.c names exactly; its grade may be fused on ("Being healthy
 * Grade 3") or stand after a TAB.  The rule's kind decides what happens:
 * a section starts, a list or a table follows, the scope changes, the
 * body ends (handle_heading's table of actions).
 */
#include "body.h"
#include "parse/clean.h"
#include "parse/grade.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* LINE without HTML tags, markdown emphasis, a leading paragraph number or extra spaces; malloc'd. */
static char *markup_free(const char *line)
{
	/* most lines hold no '<' or '&', and strip_html would only copy them */
	if (!line[strcspn(line, "<&")])
		return clean_paragraph(line);
	char *plain = strip_html(line);
	char *t = clean_paragraph(plain);
	free(plain);
	return t;
}

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

/*
 * A heading no rule names: a short capitalised title of two to twelve
 * words, not a sentence, caption, table row or lone judgement.
 */
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
	/* a lone judgement, or a row of the grade scale's legend ("Adequate (Grade 3)") */
	size_t jn;
	if (judgement_word(h, &jn) != J_NONE && (words <= 2 || str_starts_ci(h + jn + (h[jn] == ' '), "(grade")))
		return false;
	return true;
}

/*
 * The judgement a later report's heading states in words after its title
 * ("... who need help and protection: good", "... in care and care leavers
 * requires improvement to be good", "... with children and families is
 * good"), or J_NONE.  The words must end the heading and follow a colon,
 * "is" or "are", or be "requires improvement" (a verb of its own).  *START
 * gets where they begin, *CUT where the title before them ends.
 */
static enum judgement judgement_after_title(const char *t, size_t *start, size_t *cut)
{
	for (const char *p = strchr(t, ' '); p; p = strchr(p + 1, ' ')) {
		const char *w = p + 1;
		size_t n;
		enum judgement j = judgement_word(w, &n);
		if (j == J_NONE)
			continue;
		const char *rest = w + n;
		if (j == J_REQUIRES_IMPROVEMENT && str_starts_ci(rest, " to be good"))
			rest += strlen(" to be good");
		if (*rest)
			continue;
		const char *e = p;
		while (e > t && e[-1] == ' ')
			e--;
		bool verb = j == J_REQUIRES_IMPROVEMENT;
		if (e > t && e[-1] == ':') {
			e--;
			verb = true;
		} else if (e - t > 3 && (strncmp(e - 3, " is", 3) == 0 || strncmp(e - 4, " are", 4) == 0)) {
			e -= e[-1] == 's' ? 3 : 4;
			verb = true;
		}
		if (!verb)
			return J_NONE;
		while (e > t && e[-1] == ' ')
			e--;
		*start = (size_t)(w - t);
		*cut = (size_t)(e - t);
		return e > t ? j : J_NONE;
	}
	return J_NONE;
}

bool lone_judgement_words(const char *line, enum judgement *j)
{
	while (*line == ' ')
		line++;
	size_t n = 0;
	*j = judgement_word(line, &n);
	if (*j == J_NONE && str_starts_ci(line, "require improvement"))
		*j = J_REQUIRES_IMPROVEMENT, n = strlen("require improvement");
	if (*j == J_NONE)
		return false;
	const char *rest = line + n;
	if (*j == J_REQUIRES_IMPROVEMENT && str_starts_ci(rest, " to be good"))
		rest += strlen(" to be good");
	return !*rest;
}

/*
 * The words that lead from a SIF's heading to its judgement and are no
 * part of its title ("The graded judgement for adoption performance is
 * that it" ... "is good"), removed from the end of T.
 */
static void drop_judgement_lead(char *t)
{
	static const char *const leads[] = { " is that it is", " is that it", " is that they are", " is" };
	size_t n = strlen(t);
	for (size_t k = 0; k < sizeof leads / sizeof leads[0]; k++) {
		size_t w = strlen(leads[k]);
		if (n > w && strcmp(t + n - w, leads[k]) == 0) {
			t[n - w] = '\0';
			return;
		}
	}
}

/*
 * A later report's judged heading stating its judgement in words (see
 * judgement_after_title): H gets the judgement, and T (a malloc'd heading)
 * loses it, so that the section is named by its title alone.
 */
static void take_words_judgement(struct parser *ps, const struct heading_rule *r, char *t, struct heading *h)
{
	if (!r || (r->kind != HK_SECTION && r->kind != HK_SCOPE) || !r->judged || h->grade_raw ||
	    !type_grades_in_words(ps->r->type))
		return;
	size_t start, cut;
	enum judgement j = judgement_after_title(t, &start, &cut);
	if (j != J_NONE) {
		h->word = j;
		h->num = 0;
		h->grade_raw = xstrdup(t + start);
		t[cut] = '\0';
	}
	drop_judgement_lead(t);
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
	take_words_judgement(ps, r, t, h);
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

void heading_free(struct heading *h)
{
	free(h->text);
	free(h->grade_raw);
}

/* A line that is only a grade ("Grade 3", "**Grade 2 (good)**"); *RAW (if given) gets it without markup. */
bool grade_line(const char *line, int *num, enum judgement *word, char **raw)
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

/* grade_line, asked only whether. */
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
 * A later report's heading wrapped over three lines that make up its
 * block ("The experiences and progress of" / "children looked after and
 * achieving" / "permanence"), its judgement in the block after: a heading
 * a rule names, joined, that reads as no prose.  *H gets it.
 */
static bool three_line_heading(struct parser *ps, char **L, int k, int count, struct heading *h)
{
	if (k != 0 || count != 3 || !type_grades_in_words(ps->r->type) ||
	    strlen(L[0]) + strlen(L[1]) + strlen(L[2]) >= 200)
		return false;
	char *three = xasprintf("%s %s %s", L[0], L[1], L[2]);
	bool ok = !two_lines_are_prose(L[0], three) && heading_from(ps, three, h, false, false);
	free(three);
	if (ok && !h->rule) {
		heading_free(h);
		return false;
	}
	if (ok)
		h->consumed = 3;
	return ok;
}

/*
 * Is there a heading at line K of the block L[0..COUNT)?  A heading is a
 * whole short block (one or two lines: a heading may wrap), or, where the
 * layout put no blank line after it, a first line that a rule names exactly
 * (first in the block, after a sentence's end, or after another heading).
 */
bool find_heading(struct body *b, char **L, int k, int count, bool after_heading, struct heading *h)
{
	struct parser *ps = b->ps;
	if (b->mode == MODE_CONTENTS)
		return false;
	bool listy = b->mode == MODE_LIST || b->mode == MODE_PAIRS || b->mode == MODE_GRADES;
	if (k > 0 && !ends_sentence(L[k - 1]) && !after_heading)
		return false;
	/*
	 * A "Grade 3" line right after it vouches for a heading as much as a
	 * block of its own does: hard-wrapped text has no blank lines.
	 */
	bool later = type_grades_in_words(ps->r->type);
	enum judgement lone;
	bool graded1 = k + 1 < count && is_grade_line(L[k + 1]);
	/* a later report's judgement alone on the next line vouches only for a heading a rule names */
	bool worded1 = !graded1 && later && k + 1 < count && lone_judgement_words(L[k + 1], &lone);
	/*
	 * a SIF's heading wrapped round its judgement, set beside it on the page: "The experiences
	 * and progress of" / "Good" / "children who need help and protection" (its rest in lowercase)
	 */
	if (worded1 && k + 2 < count && !ends_sentence(L[k]) && islower((unsigned char)L[k + 2][0]) &&
	    strlen(L[k]) + strlen(L[k + 2]) < 200) {
		char *two = xasprintf("%s %s", L[k], L[k + 2]);
		memset(h, 0, sizeof *h);
		bool ok = heading_from(ps, two, h, false, false) && h->rule && h->rule->judged && !h->grade_raw;
		free(two);
		if (ok) {
			h->word = lone;
			h->grade_raw = str_trim(xstrdup(L[k + 1]));
			h->consumed = 3;
			return true;
		}
		if (h->text)
			heading_free(h);
		memset(h, 0, sizeof *h);
	}
	bool graded2 = k + 2 < count && is_grade_line(L[k + 2]);
	/*
	 * a heading wrapped over two lines makes up the whole block, or is followed by its grade,
	 * or (in a later report) ends in its judgement in words, its text right under it
	 */
	size_t at, cut;
	bool worded2 = !graded2 && k + 1 < count && type_grades_in_words(ps->r->type) &&
		       judgement_after_title(L[k + 1], &at, &cut) != J_NONE;
	/* a bullet alone under a line ("Children living in this area" / a lost glyph) is no wrapped heading's rest */
	if (((k == 0 && count == 2) || graded2 || worded2) && strlen(L[k]) + strlen(L[k + 1]) < 200 &&
	    !is_bullet_line(L[k + 1], NULL)) {
		char *two = xasprintf("%s %s", L[k], L[k + 1]);
		bool ok = !two_lines_are_prose(L[k], two) &&
			  heading_from(ps, two, h, false, worded2 && !(k == 0 && count == 2));
		free(two);
		if (ok) {
			h->consumed = 2;
			return true;
		}
	}
	if (three_line_heading(ps, L, k, count, h))
		return true;
	/* a heading no rule names is trusted only once the front matter is over */
	bool whole = (k == 0 && count == 1) || graded1 || worded1;
	bool generic = whole && !worded1 && !listy && (b->known_seen || ps->r->type == RT_APA);
	char *untabbed = grade_after_tab(L[k]);
	bool ok = heading_from(ps, untabbed ? untabbed : L[k], h, generic, !whole);
	free(untabbed);
	/* "The Local Safeguarding Children Board requires improvement" / "because:" is a sentence */
	if (ok && later && !whole && k + 1 < count && islower((unsigned char)L[k + 1][0])) {
		heading_free(h);
		return false;
	}
	if (ok)
		h->consumed = 1;
	return ok;
}

void apply_grade(struct body *b, int sec, int num, enum judgement word, const char *raw,
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

/* ---- what a heading does ----------------------------------------------- */

/* The end of the letter's body: handle_heading then stops the body. */
static void on_closing(struct body *b, struct heading *h, int line)
{
	(void)h, (void)line;
	end_section(b);
}

/* A contents page: the block after it is skipped. */
static void on_contents(struct body *b, struct heading *h, int line)
{
	(void)h, (void)line;
	end_section(b);
	b->mode = MODE_CONTENTS;
	b->contents_started = false;
}

/* A summary table of grades follows. */
static void on_grades_table(struct body *b, struct heading *h, int line)
{
	(void)h, (void)line;
	end_section(b);
	grades_start(b);
}

/* A strengths | areas for improvement table follows. */
static void on_strengths_table(struct body *b, struct heading *h, int line)
{
	(void)h, (void)line;
	end_section(b);
	b->mode = MODE_PAIRS;
	pairs_reset(b);
}

/*
 * A sub-heading: dropped, but the paragraph before it is over.  A later
 * report's part heading ("The local authority") is kept: text under it
 * before any section's heading goes in a section of that name.  Right
 * under a sub-heading kept in the text ("What the inspection judgements
 * mean" / "The local authority") it is one too, and a line of the text.
 */
static void on_sub(struct body *b, struct heading *h, int line)
{
	flush_paragraph(b);
	if (!type_grades_in_words(b->ps->r->type))
		return;
	if (b->cur >= 0 && b->sub_last)
		add_sub_heading(b, h->text);
	free(b->part);
	b->part = xstrdup(h->text);
	b->part_line = line;
}

/*
 * A sub-heading inside a section ("Summary", "Inspection findings"): a
 * line of its own in the section's text, neither glued onto the paragraph
 * under it nor a section of its own.  It ends a list or table it follows.
 */
static void on_inner(struct body *b, struct heading *h, int line)
{
	(void)line;
	b->mode = MODE_TEXT;
	add_sub_heading(b, h->text);
}

/* A group heading has no section of its own. */
static void on_group(struct body *b, struct heading *h, int line)
{
	(void)h, (void)line;
	end_section(b);
}

/* The judgement a heading states in words at its end ("... Board is good"), or J_NONE; *AT gets where. */
static enum judgement heading_words_judgement(const char *text, const char **at)
{
	enum judgement last = J_NONE;
	for (const char *p = text; *p; p++) {
		if (p != text && p[-1] != ' ')
			continue;
		size_t n;
		enum judgement j = judgement_word(p, &n);
		if (j != J_NONE && !p[n]) {
			last = j;
			*at = p;
		}
	}
	return last;
}

/*
 * "Safeguarding services", "Services for looked after children": the
 * scope of what follows.  A judged scope (a later report's "The Local
 * Safeguarding Children Board is good") is also a section of its own,
 * judged by its heading's words.
 */
static void on_scope(struct body *b, struct heading *h, int line)
{
	end_section(b);
	b->scope = h->rule->key;
	if (!h->rule->judged)
		return;
	int sec = start_section(b, h->rule->key, h->text, line, true);
	if (h->grade_raw) {
		/* the judgement the heading ended in, taken off it (take_words_judgement) */
		apply_grade(b, sec, 0, h->word, h->grade_raw, FROM_HEADING);
		return;
	}
	const char *at = NULL;
	enum judgement j = heading_words_judgement(h->text, &at);
	if (j != J_NONE)
		apply_grade(b, sec, 0, j, at, FROM_HEADING);
}

/* A list of items for the current section. */
static void on_list(struct body *b, struct heading *h, int line)
{
	(void)line;
	flush_paragraph(b);
	list_start(b, h->rule->item_kind);
}

/* A section that is a list ("Recommendations"). */
static void on_list_section(struct body *b, struct heading *h, int line)
{
	start_section(b, h->rule->key, h->text, line, false);
	list_start(b, h->rule->item_kind);
}

/* "Within three months:": the timeframe of the items after it, or text outside a list. */
static void on_timeframe(struct body *b, struct heading *h, int line)
{
	(void)line;
	if (b->mode == MODE_LIST) {
		list_timeframe(b, h->text);
	} else {
		flush_paragraph(b);
		add_paragraph(b, h->text, false);
	}
}

/* "annex-a" for "Annex A: ...", else "annex"; malloc'd. */
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

/* An annex: a section whose sub-headings stay inside it. */
static void on_annex(struct body *b, struct heading *h, int line)
{
	char *key = annex_key(h->text);
	start_section(b, key, h->text, line, false);
	free(key);
	b->annex = true;
}

/* A section, judged by the grade fused onto its heading when there is one. */
static void on_section(struct body *b, struct heading *h, int line)
{
	const struct heading_rule *r = h->rule;
	char *key = r && r->key ? xstrdup(r->key) : heading_slug(h->text);
	int sec = start_section(b, key, h->text, line, r ? r->judged : true);
	free(key);
	if (h->grade_raw)
		apply_grade(b, sec, h->num, h->word, h->grade_raw, FROM_HEADING);
}

typedef void heading_action(struct body *b, struct heading *h, int line);

static heading_action *const heading_actions[] = {
	[HK_NONE] = NULL,
	[HK_SECTION] = on_section,
	[HK_SCOPE] = on_scope,
	[HK_GROUP] = on_group,
	[HK_SUB] = on_sub,
	[HK_INNER] = on_inner,
	[HK_LIST] = on_list,
	[HK_LIST_SECTION] = on_list_section,
	[HK_CONTENTS] = on_contents,
	[HK_GRADES_TABLE] = on_grades_table,
	[HK_STRENGTHS_TABLE] = on_strengths_table,
	[HK_ANNEX] = on_annex,
	[HK_TIMEFRAME] = on_timeframe,
	[HK_CLOSING] = on_closing,
};

bool handle_heading(struct body *b, struct heading *h, int line)
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
	if (heading_actions[kind])
		heading_actions[kind](b, h, line);
	return kind != HK_CLOSING;
}
