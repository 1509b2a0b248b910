/*
 * body_lists.c: lists of items (strengths, areas for improvement,
 * recommendations) under the current section.
 *
 * A list is bulleted, unbulleted (one item a line), or both; a bullet's
 * text may wrap onto the next lines and carry indented sub-items.
 * Recommendations may be split by timeframe ("Within three months:") and
 * by who acts ("The local partnership should:"); both are kept on each item.
 */
#include "body.h"
#include "parse/clean.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void list_start(struct body *b, enum item_kind kind)
{
	b->mode = MODE_LIST;
	b->list_kind = kind;
	b->list_bullets = false;
	b->item_sec = -1;
	free(b->timeframe);
	free(b->actor);
	b->timeframe = b->actor = NULL;
	b->actor_unused = false;
}

void list_timeframe(struct body *b, const char *heading)
{
	free(b->timeframe);
	/* "The council should:" / "Within six months:" names who acts
	 * for what follows; an actor from an earlier timeframe does not */
	if (!b->actor_unused) {
		free(b->actor);
		b->actor = NULL;
	}
	b->timeframe = xstrdup(heading);
	size_t n = strlen(b->timeframe);
	while (n && (b->timeframe[n - 1] == ':' || b->timeframe[n - 1] == ' '))
		b->timeframe[--n] = '\0';
	b->list_bullets = false;
}

/* A new item of the current list, with its timeframe and actor. */
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

/* Does the last item take sub-items: it ends in a colon or has some already? */
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

bool wrapped_actor_line(struct body *b, const char *line, const char *next)
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
bool list_line(struct body *b, const char *line, bool block_start)
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
	/*
	 * the rest of an item a page break cut off: its sentence is unfinished and this goes on in
	 * lowercase, perhaps indented under the item's text as a layout-preserving extraction sets it
	 */
	const char *cont = line + strspn(line, " \t");
	if (block_start && b->item_sec >= 0 && islower((unsigned char)*cont) && !last_item_ended(b)) {
		extend_item(b, cont, false);
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
