/*
 * brief.c: the meeting brief as text or Markdown (see brief.h).  The
 * entries are sorted into the brief's order (authority, outcome, year,
 * then the order they were marked) and each written by one function per
 * part, whose only difference between the formats is the markup taken
 * from a small table.
 */
#include "output/brief.h"
#include "output/items_text.h"
#include "base/utf8.h"
#include "base/util.h"
#include "report/vocab.h"

#include <stdlib.h>
#include <string.h>

/* The plain-text brief's lines are broken to this many characters: it prints and mails as it shows at 80 columns. */
#define BRIEF_WIDTH 78

/* The markup of each part of the brief, by format. */
static const struct brief_markup {
	const char *title, *authority, *group;     /* before the headings */
	char authority_rule, group_rule;           /* text: a line of these under the heading; 0 none */
	const char *item_open, *item_close;        /* around an item's kind */
	const char *where_open, *where_close;      /* around where it stands */
} markups[] = {
	[BRIEF_TEXT] = { "", "", "", '=', '-', "", "", "  ", "" },
	[BRIEF_MARKDOWN] = { "# ", "## ", "### ", 0, 0, "**", "**", "  *", "*" },
};

/* TEXT, safe to print, and in Markdown with the characters that are markup there escaped. */
static void add_text(struct strbuf *b, const char *text, enum brief_format f)
{
	char *safe = text_sanitize(text ? text : "", false);
	for (const char *p = safe; *p; p++) {
		if (f == BRIEF_MARKDOWN && strchr("\\`*_[]<>#|", *p))
			sb_addc(b, '\\');
		sb_addc(b, *p);
	}
	free(safe);
}

/* A heading: its markup, the text, and in plain text a rule under it. */
static void add_heading(struct strbuf *b, const char *mark, char rule, const char *text, enum brief_format f)
{
	bool blank = b->len >= 2 && b->s[b->len - 1] == '\n' && b->s[b->len - 2] == '\n';
	sb_addf(b, "%s%s", blank ? "" : "\n", mark);
	size_t start = b->len;
	add_text(b, text, f);
	size_t width = 0; /* characters, for the rule: the text is UTF-8 */
	for (const char *c = b->s + start; *c; c++)
		width += ((unsigned char)*c & 0xC0) != 0x80;
	sb_addc(b, '\n');
	for (size_t i = 0; rule && i < width; i++)
		sb_addc(b, rule);
	if (rule)
		sb_addc(b, '\n');
	if (f == BRIEF_MARKDOWN)
		sb_addc(b, '\n');
}

/* Where entry E stands: "2007 APA, 2007-12-04, Staying safe, para 4, p. 2; judged adequate". */
static void add_where(struct strbuf *b, const struct marked *e, const struct brief_markup *mu, enum brief_format f)
{
	const struct item_row *r = &e->row;
	char *title = item_section_title(r);
	sb_addf(b, "%s%d %s", mu->where_open, r->year, report_type_label(r->type));
	if (r->date && *r->date)
		sb_addf(b, ", %s", r->date);
	sb_adds(b, ", ");
	add_text(b, title, f);
	char cite[48];
	if (item_cite(r->paragraph, r->page, cite, sizeof cite)[0])
		sb_addf(b, ", %s", cite);
	sb_addf(b, "; %s%s%s\n", r->judgement == J_NONE ? "" : "judged ", r->judgement == J_NONE ? "not judged"
		: judgement_name(r->judgement), mu->where_close);
	free(title);
}

/* A found item or section mark. */
static void add_entry(struct strbuf *b, const struct marked *e, enum brief_format f)
{
	const struct brief_markup *mu = &markups[f];
	if (f == BRIEF_MARKDOWN)
		sb_adds(b, "- ");
	if (e->kind == MARK_ITEM) {
		if (f == BRIEF_TEXT)
			sb_addf(b, "%c ", item_marker(e->row.kind));
		sb_addf(b, "%s%s%s: ", mu->item_open, item_kind_label(e->row.kind), mu->item_close);
		add_text(b, e->row.text, f);
	} else {
		if (f == BRIEF_TEXT)
			sb_adds(b, "# ");
		char *title = item_section_title(&e->row);
		sb_addf(b, "%swhole section%s: ", mu->item_open, mu->item_close);
		add_text(b, title, f);
		free(title);
	}
	sb_adds(b, f == BRIEF_MARKDOWN ? "  \n" : "\n");
	add_where(b, e, mu, f);
}

/* Sort key: found item and section marks by authority, outcome (none last), year, date, mark order. */
static const struct marked *sort_base;

static int outcome_rank(int outcome)
{
	return outcome ? outcome : 6;
}

static int compare_entries(const void *pa, const void *pb)
{
	const struct marked *a = &sort_base[*(const size_t *)pa], *b = &sort_base[*(const size_t *)pb];
	int c = strcmp(a->authority, b->authority);
	if (c)
		return c;
	if (outcome_rank(a->outcome) != outcome_rank(b->outcome))
		return outcome_rank(a->outcome) - outcome_rank(b->outcome);
	if (a->row.year != b->row.year)
		return a->row.year - b->row.year;
	c = strcmp(a->row.date, b->row.date);
	return c ? c : (a->mark > b->mark) - (a->mark < b->mark);
}

/* The found item and section marks, in the brief's order; their count in *K. */
static size_t *brief_order(const struct marked *v, size_t n, size_t *k)
{
	size_t *order = xcalloc(n ? n : 1, sizeof *order);
	*k = 0;
	for (size_t i = 0; i < n; i++)
		if (v[i].found && v[i].kind != MARK_AUTHORITY)
			order[(*k)++] = i;
	sort_base = v;
	qsort(order, *k, sizeof *order, compare_entries);
	return order;
}

/* The title line: how many of each kind of mark. */
static void add_title(struct strbuf *b, const struct marked *v, size_t n, enum brief_format f)
{
	size_t count[3] = {0};
	for (size_t i = 0; i < n; i++)
		count[v[i].kind]++;
	sb_addf(b, "%sMeeting brief: %zu item%s, %zu section%s, %zu authorit%s marked\n", markups[f].title,
		count[MARK_ITEM], count[MARK_ITEM] == 1 ? "" : "s", count[MARK_SECTION],
		count[MARK_SECTION] == 1 ? "" : "s", count[MARK_AUTHORITY], count[MARK_AUTHORITY] == 1 ? "y" : "ies");
	if (!n)
		sb_adds(b, "\nNothing is marked yet: press m on an item (I), a section or an authority.\n");
}

/* The marked authorities, on one line. */
static void add_authorities(struct strbuf *b, const struct marked *v, size_t n, enum brief_format f)
{
	bool any = false;
	for (size_t i = 0; i < n; i++) {
		if (v[i].kind != MARK_AUTHORITY || !v[i].found)
			continue;
		sb_adds(b, any ? ", " : "\nAuthorities marked for comparison: ");
		add_text(b, v[i].authority, f);
		any = true;
	}
	if (any)
		sb_addc(b, '\n');
}

/* The marks not in this index, each with what the mark itself remembers. */
static void add_missing(struct strbuf *b, const struct marks *m, const struct marked *v, size_t n,
			enum brief_format f)
{
	bool any = false;
	for (size_t i = 0; i < n; i++) {
		if (v[i].found)
			continue;
		if (!any)
			add_heading(b, markups[f].authority, markups[f].authority_rule,
				    "Marks whose report is no longer in the index", f);
		any = true;
		const struct mark *mk = &m->v[v[i].mark];
		sb_adds(b, f == BRIEF_MARKDOWN ? "- " : mk->kind == MARK_ITEM ? "- " : "# ");
		if (mk->kind == MARK_AUTHORITY) {
			sb_adds(b, "authority ");
			add_text(b, mk->authority, f);
			sb_adds(b, ": not in this index\n");
			continue;
		}
		add_text(b, mk->kind == MARK_ITEM ? mk->text : "section", f);
		sb_adds(b, f == BRIEF_MARKDOWN ? "  \n" : "\n");
		sb_addf(b, "%s", markups[f].where_open);
		add_text(b, mk->where, f);
		sb_adds(b, ", ");
		add_text(b, section_key_label(mk->key) ? section_key_label(mk->key) : mk->key, f);
		sb_addf(b, " (report no longer in the index)%s\n", markups[f].where_close);
	}
}

/* Characters (not bytes) in S[0..LEN). */
static size_t chars(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/*
 * Line LINE (LEN bytes) into B, broken at spaces to at most BRIEF_WIDTH
 * characters where it can be; the lines it continues on are indented two
 * more than it (an item's marker line: two), so each entry reads as one.
 */
static void add_wrapped(struct strbuf *b, const char *line, size_t len)
{
	size_t lead = strspn(line, " ");
	size_t indent = lead ? lead + 2 : 2, at = 0, first = 1;
	while (at < len) {
		size_t room = BRIEF_WIDTH - (first ? 0 : indent), end = at, last_space = 0;
		while (end < len && chars(line + at, end - at) < room)
			end++;
		if (end < len) { /* break at the last space that fits, if any */
			for (size_t i = end; i > at + (first ? lead : 0); i--)
				if (line[i] == ' ') {
					last_space = i;
					break;
				}
			if (last_space)
				end = last_space;
		}
		if (!first)
			sb_addf(b, "%*s", (int)indent, "");
		sb_add(b, line + at, end - at);
		sb_addc(b, '\n');
		at = end;
		while (at < len && line[at] == ' ' && last_space)
			at++;
		first = 0;
	}
	if (!len)
		sb_addc(b, '\n');
}

/* TEXT broken into lines of at most BRIEF_WIDTH characters where it can be.  Malloc'd. */
static char *wrap_text(const char *text)
{
	struct strbuf b = {0};
	for (const char *p = text; *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		add_wrapped(&b, p, len);
		p += len + (nl != NULL);
	}
	return sb_take(&b);
}

char *brief_render(const struct marks *m, const struct marked *v, size_t n, enum brief_format format)
{
	const struct brief_markup *mu = &markups[format];
	struct strbuf b = {0};
	add_title(&b, v, n, format);
	size_t k;
	size_t *order = brief_order(v, n, &k);
	for (size_t j = 0; j < k; j++) {
		const struct marked *e = &v[order[j]], *prev = j ? &v[order[j - 1]] : NULL;
		bool new_authority = !prev || strcmp(prev->authority, e->authority) != 0;
		if (new_authority)
			add_heading(&b, mu->authority, mu->authority_rule, e->authority, format);
		if (new_authority || outcome_rank(prev->outcome) != outcome_rank(e->outcome))
			add_heading(&b, mu->group, mu->group_rule,
				    e->outcome ? section_key_label(outcome_key(e->outcome)) : "Other sections", format);
		add_entry(&b, e, format);
	}
	free(order);
	add_authorities(&b, v, n, format);
	add_missing(&b, m, v, n, format);
	if (format == BRIEF_MARKDOWN)
		return sb_take(&b);
	char *wrapped = wrap_text(sb_str(&b)); /* Markdown is left for its reader to flow */
	sb_free(&b);
	return wrapped;
}
