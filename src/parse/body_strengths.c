/*
 * body_strengths.c: two-column tables of strengths and areas for
 * improvement ("Key strengths | Key areas for improvement", "Major
 * strengths | Important weaknesses").
 *
 * A row's cells hold items as HTML fragments ("<p>...</p>", "<li>") or
 * bullets; a cell may open with the label of the section it is about
 * ("<i>Being healthy:</i>"), and then its items are held as pending
 * (sections.c) for that section, else they go to the current section.
 */
#include "body.h"
#include "parse/clean.h"

#include <stdlib.h>
#include <string.h>

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
				section_pend_item(ps, key, kind, item, line);
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

bool pairs_header(const char *line)
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

void pairs_reset(struct body *b)
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
bool pairs_row(struct body *b, const char *line, int lineno)
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
