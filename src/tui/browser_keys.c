/*
 * browser_keys.c: what each action does (the keys themselves are in
 * keys.c), in every mode: the panes, the filter and search prompts, the
 * results list and the help screen.
 */
#include "tui/browser.h"
#include "tui/browser_grids.h"
#include "output/section_text.h"
#include "base/util.h"
#include "report/vocab.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#define KEY_ESCAPE 27
#define CTRL(c) ((c) & 0x1f)

static struct list_pos *focused_pos(struct browser *b)
{
	switch (b->mode) {
	case MODE_RESULTS: return &b->results.pos;
	case MODE_ITEMS: return &b->items.pos;
	default: return &b->pos[b->focus];
	}
}

static int focused_len(const struct browser *b)
{
	if (b->mode == MODE_ITEMS)
		return (int)b->items.nlines;
	return b->mode == MODE_RESULTS ? (int)b->results.nlines : browser_list_len(b, b->focus);
}

/* Apply a new selection in the focused list and load what depends on it. */
static void select_row(struct browser *b, int sel)
{
	if (b->mode == MODE_ITEMS) {
		browser_items_select(b, sel, sel >= b->items.pos.sel ? 1 : -1);
		return;
	}
	if (b->mode == MODE_RESULTS) {
		browser_results_select(b, sel, sel >= b->results.pos.sel ? 1 : -1);
		return;
	}
	int n = focused_len(b);
	if (sel >= n)
		sel = n - 1;
	if (sel < 0)
		sel = 0;
	switch (b->focus) {
	case PANE_AUTHORITIES: browser_select_authority(b, sel); break;
	case PANE_REPORTS: browser_select_report(b, sel); break;
	case PANE_SECTIONS: browser_select_section(b, sel); break;
	case PANE_SECTION: break;
	default: break;
	}
}

/* Move by DELTA rows: the selection in a list, the scroll in the section text. */
static void move_by(struct browser *b, int delta)
{
	if (b->mode == MODE_HELP) {
		b->help_top += delta;
		if (b->help_top < 0)
			b->help_top = 0;
		return;
	}
	if (b->mode != MODE_RESULTS && b->mode != MODE_ITEMS && b->focus == PANE_SECTION) {
		struct list_pos *p = &b->pos[PANE_SECTION];
		int max = b->screen.section_lines - b->screen.section_rows;
		p->top += delta;
		if (p->top > max)
			p->top = max;
		if (p->top < 0)
			p->top = 0;
		return;
	}
	select_row(b, focused_pos(b)->sel + delta);
}

static void move_to(struct browser *b, bool last)
{
	int big = 1 << 28;
	move_by(b, last ? big : -big);
}

static void set_focus(struct browser *b, int pane)
{
	if (pane < 0 || pane >= PANE_COUNT)
		return;
	b->focus = (enum pane)pane;
}

/* 1..5: the outcome N, in the scope being read where the report has it there. */
static void jump_outcome(struct browser *b, int n)
{
	const struct section *cur = browser_section(b);
	int best = -1;
	for (size_t i = 0; i < b->nsections; i++) {
		const struct section *s = &b->report.sections[b->section_order[i]];
		if (outcome_index(s->key) != n)
			continue;
		if (best < 0 || (cur && strcmp(s->scope, cur->scope) == 0))
			best = (int)i;
	}
	if (best < 0) {
		browser_notice(b, ROLE_NOTICE, "this report has no section on %s",
			       section_key_label(outcome_key(n)));
		return;
	}
	browser_select_section(b, best);
	if (b->focus < PANE_SECTIONS)
		b->focus = PANE_SECTIONS;
}

/* [ and ]: the previous or next report of this authority, same section. */
static void step_report(struct browser *b, int delta)
{
	int sel = b->pos[PANE_REPORTS].sel + delta;
	if (sel < 0 || sel >= (int)b->nreports) {
		browser_notice(b, ROLE_NOTICE, delta < 0 ? "no earlier report" : "no later report");
		return;
	}
	browser_select_report(b, sel);
}

char *browser_view_text(const struct browser *b, bool whole_report)
{
	switch (b->mode) {
	case MODE_ITEMS:
		return browser_items_text(b);
	case MODE_HISTORY: case MODE_COMPARE: return grids_text(b);
	case MODE_MARKS: return browser_marks_text(b);
	case MODE_BRIEF: return b->marks.brief ? xstrdup(b->marks.brief) : NULL;
	default:
		if (!b->report_id)
			return NULL;
		return section_text_render(&b->report, whole_report ? NULL : browser_section(b), 78, b->ascii);
	}
}

static bool edit_line(char *buf, size_t cap, int key, int *cut);

/* Append S to B as a file-name part: lower case, runs of other characters as one '-'. */
static void add_name_part(struct strbuf *b, const char *s)
{
	if (b->len && b->s[b->len - 1] != '-')
		sb_addc(b, '-');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			sb_addc(b, (char)c);
		else if (c >= 'A' && c <= 'Z')
			sb_addc(b, (char)(c - 'A' + 'a'));
		else if (b->len && b->s[b->len - 1] != '-')
			sb_addc(b, '-');
	}
	while (b->len && b->s[b->len - 1] == '-')
		b->s[--b->len] = '\0';
}

char *browser_view_name(const struct browser *b, bool whole_report)
{
	struct strbuf name = {0};
	const struct authority_row *a = browser_authority(b);
	const struct report_row *r = browser_report_row(b);
	const struct section *s = whole_report ? NULL : browser_section(b);
	switch (b->mode) {
	case MODE_ITEMS:
		add_name_part(&name, a ? a->short_name : "ecmr");
		add_name_part(&name, "items");
		break;
	case MODE_MARKS: case MODE_BRIEF:
		add_name_part(&name, "ecmr");
		add_name_part(&name, b->mode == MODE_MARKS ? "marks" : "brief");
		break;
	case MODE_HISTORY:
		add_name_part(&name, a ? a->short_name : "ecmr");
		add_name_part(&name, "history");
		break;
	case MODE_COMPARE: {
		char year[16];
		snprintf(year, sizeof year, "%d", b->grids.year);
		add_name_part(&name, a ? a->short_name : "ecmr");
		add_name_part(&name, "compare");
		add_name_part(&name, year);
		add_name_part(&name, report_type_name(b->grids.type));
		add_name_part(&name, compare_group_name(b->grids.group));
		break;
	}
	default:
		add_name_part(&name, a ? a->short_name : "ecmr");
		if (r) {
			char year[16];
			snprintf(year, sizeof year, "%d", r->year);
			add_name_part(&name, year);
			add_name_part(&name, report_type_name(r->type));
		}
		if (s) {
			add_name_part(&name, s->key);
			if (strcmp(s->scope, "all") != 0)
				add_name_part(&name, s->scope);
		}
		break;
	}
	sb_adds(&name, ".txt");
	return sb_take(&name);
}

/* The search's words as a pattern for less ("care|leavers"); NULL when nothing is marked. */
static char *pager_pattern(const struct browser *b)
{
	if (!browser_has_hits(b) || !b->terms.n)
		return NULL;
	struct strbuf p = {0};
	for (size_t i = 0; i < b->terms.n; i++) {
		if (i)
			sb_addc(&p, '|');
		sb_adds(&p, b->terms.v[i].word); /* letters and digits only: nothing to escape */
	}
	return sb_take(&p);
}

/* What the view shows as a reaction of KIND (ARG its file name, path or command); a notice if nothing. */
static struct reaction give_view(struct browser *b, enum reaction_kind kind, bool whole_report, char *arg)
{
	char *text = browser_view_text(b, whole_report);
	if (!text) {
		browser_notice(b, ROLE_NOTICE, "nothing to %s: no report selected",
			       kind == REACT_PAGE ? "page" : kind == REACT_SAVE ? "save" :
			       kind == REACT_COPY ? "copy" : "pipe");
		free(arg);
		return (struct reaction){ REACT_DRAW, NULL, NULL, NULL };
	}
	return (struct reaction){ kind, text, arg, kind == REACT_PAGE ? pager_pattern(b) : NULL };
}


/* s and |: ask for a file name (offering the view's) or a command at the status line. */
static void start_line(struct browser *b, enum line_purpose purpose)
{
	b->line.purpose = purpose;
	b->line.from = b->mode;
	b->line.whole_report = false;
	b->line.text[0] = '\0';
	if (purpose == LINE_SAVE) {
		char *name = browser_view_name(b, false);
		snprintf(b->line.text, sizeof b->line.text, "%s", name);
		free(name);
	}
	b->mode = MODE_LINE;
}

struct reaction browser_hand_out(struct browser *b, enum action a)
{
	switch (a) {
	case ACT_PAGER: case ACT_PAGER_REPORT: {
		bool whole = a == ACT_PAGER_REPORT;
		return give_view(b, REACT_PAGE, whole, browser_view_name(b, whole));
	}
	case ACT_SAVE: start_line(b, LINE_SAVE); break;
	case ACT_PIPE: start_line(b, LINE_PIPE); break;
	case ACT_COPY: return give_view(b, REACT_COPY, false, NULL);
	default: break;
	}
	return (struct reaction){ REACT_DRAW, NULL, NULL, NULL };
}

/* A key while a file name or command is typed: Enter carries it out, Esc cancels. */
static struct reaction line_key(struct browser *b, int key)
{
	if (key == KEY_ESCAPE) {
		b->mode = b->line.from;
		b->message[0] = '\0';
	} else if (key == '\r' || key == '\n' || key == KEY_ENTER) {
		b->mode = b->line.from;
		if (!b->line.text[0])
			return (struct reaction){ REACT_DRAW, NULL, NULL, NULL };
		enum reaction_kind kind = b->line.purpose == LINE_SAVE ? REACT_SAVE : REACT_PIPE;
		return give_view(b, kind, b->line.whole_report, xstrdup(b->line.text));
	} else {
		int cut = 0;
		edit_line(b->line.text, sizeof b->line.text, key, &cut);
		if (cut)
			browser_notice(b, ROLE_NOTICE, "cut at %d characters: that is as long as a line can be here", cut);
	}
	return (struct reaction){ REACT_DRAW, NULL, NULL, NULL };
}

/* Does BUF (LEN bytes) end in a UTF-8 character whose lead byte is there but not all the rest? */
static bool ends_mid_character(const char *buf, size_t len)
{
	size_t i = len, have = 0;
	while (i > 0 && ((unsigned char)buf[i - 1] & 0xC0) == 0x80) {
		i--;
		have++;
	}
	unsigned char lead = i > 0 ? (unsigned char)buf[i - 1] : 0;
	size_t want = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
	return have < want;
}

/*
 * Typing into the filter or the search prompt (BUF, CAP bytes); true if
 * KEY was taken.  A character is added whole or not at all (a lead byte
 * only with room for its sequence, a continuation byte only after its
 * lead): one that does not fit sets *CUT, if not yet set, to the number
 * of characters kept, for the prompt to say the text was cut.
 */
static bool edit_line(char *buf, size_t cap, int key, int *cut)
{
	size_t len = strlen(buf);
	if (key == KEY_BACKSPACE || key == 127 || key == CTRL('h')) {
		while (len > 0 && ((unsigned char)buf[len - 1] & 0xC0) == 0x80)
			len--; /* a whole UTF-8 character */
		if (len > 0)
			len--;
		buf[len] = '\0';
		return true;
	}
	if (key == CTRL('u')) {
		buf[0] = '\0';
		*cut = 0;
		return true;
	}
	if (key < ' ' || key >= 256 || key == 127)
		return false;
	size_t need = key >= 0xF0 ? 4 : key >= 0xE0 ? 3 : key >= 0xC0 ? 2 : 1;
	bool fits = (key & 0xC0) == 0x80 ? ends_mid_character(buf, len) : len + need < cap;
	if (fits) {
		buf[len] = (char)key;
		buf[len + 1] = '\0';
	} else if (!*cut && (key & 0xC0) != 0x80) {
		for (const char *p = buf; *p; p++)
			*cut += ((unsigned char)*p & 0xC0) != 0x80;
	}
	return true;
}

/* A key while a filter is typed (f): Esc clears it, Enter keeps it (and in the panes moves on to
 * the next pane, if the list is not empty), Up and Down move in the list. */
static void filter_key(struct browser *b, int key)
{
	enum filter_list l = b->filters.typing;
	if (key == KEY_ESCAPE) {
		browser_filter_set(b, l, "");
		b->mode = b->filters.from;
	} else if (key == '\r' || key == '\n' || key == KEY_ENTER) {
		b->mode = b->filters.from;
		if (b->mode == MODE_BROWSE && (l == FILTER_AUTHORITIES || l == FILTER_REPORTS || l == FILTER_SECTIONS) &&
		    browser_list_len(b, b->focus))
			b->focus = (enum pane)(b->focus + 1);
	} else if (key == KEY_UP || key == KEY_DOWN) {
		b->mode = b->filters.from; /* moving in the list under the prompt, as there */
		struct reaction r = browser_key(b, key);
		reaction_free(&r);
		if (b->mode == b->filters.from)
			b->mode = MODE_FILTER;
	} else {
		char next[64];
		snprintf(next, sizeof next, "%s", browser_filter_of(b, l));
		if (edit_line(next, sizeof next, key, &b->input_cut))
			browser_filter_set(b, l, next);
	}
}

/* The words of the query as typed so far: the section pane marks them while there are hits. */
static void set_terms(struct browser *b)
{
	search_terms_free(&b->terms);
	search_terms_parse_for(b->query, db_search_stems(b->db), &b->terms);
}

/* A key in the search prompt: Enter searches, Esc goes back, Up and Down recall earlier searches. */
static void prompt_key(struct browser *b, int key)
{
	if (key == KEY_ESCAPE) {
		bool results = browser_has_hits(b) || (b->results.s && !search_done(b->results.s));
		b->mode = results ? MODE_RESULTS : MODE_BROWSE;
		if (b->mode == MODE_BROWSE)
			b->message[0] = '\0';
	} else if (key == '\r' || key == '\n' || key == KEY_ENTER) {
		if (b->query[0])
			browser_search_run(b);
		else
			b->mode = MODE_BROWSE;
		if (b->input_cut && !(b->message[0] && b->message_role == ROLE_ERROR))
			browser_notice(b, ROLE_NOTICE, b->mode == MODE_RESULTS ? "search cut at %d characters"
				       : "no matches; the search was cut at %d characters", b->input_cut);
	} else if (key == KEY_UP || key == KEY_DOWN) {
		browser_history_recall(b, key == KEY_UP ? -1 : 1);
		set_terms(b);
	} else if (edit_line(b->query, sizeof b->query, key, &b->input_cut)) {
		set_terms(b);
	}
}

/* Back: close a screen, else move one pane left. */
static void back(struct browser *b)
{
	if (b->mode == MODE_HELP || b->mode == MODE_RESULTS || b->mode == MODE_ITEMS)
		b->mode = MODE_BROWSE;
	else
		set_focus(b, (int)b->focus - 1);
}

/* The items list's own keys: grouping and filters; true when A was one of them. */
static bool items_act(struct browser *b, enum action a)
{
	struct items_view *v = &b->items;
	switch (a) {
	case ACT_ENTER: browser_items_enter(b); return true;
	case ACT_ITEMS_GROUPING: v->by_report = !v->by_report; break;
	case ACT_TOGGLE_STRENGTHS: v->hidden_kinds ^= 1u << ITEM_STRENGTH; break;
	case ACT_TOGGLE_IMPROVEMENTS: v->hidden_kinds ^= 1u << ITEM_IMPROVEMENT; break;
	case ACT_TOGGLE_RECOMMENDATIONS: v->hidden_kinds ^= 1u << ITEM_RECOMMENDATION; break;
	case ACT_OUTCOME_1: case ACT_OUTCOME_2: case ACT_OUTCOME_3: case ACT_OUTCOME_4: case ACT_OUTCOME_5: {
		int n = (int)(a - ACT_OUTCOME_1) + 1;
		v->outcome = v->outcome == n ? 0 : n;
		break;
	}
	case ACT_PREV_REPORT: browser_items_step_report(b, -1); return true;
	case ACT_NEXT_REPORT: browser_items_step_report(b, 1); return true;
	default: return false;
	}
	browser_items_relayout(b);
	return true;
}

static struct reaction act(struct browser *b, enum action a)
{
	if (b->mode == MODE_ITEMS && items_act(b, a))
		return (struct reaction){ REACT_DRAW, NULL };
	if ((b->mode == MODE_MARKS || b->mode == MODE_BRIEF) && browser_marks_act(b, a))
		return (struct reaction){ REACT_DRAW, NULL };
	switch (a) {
	case ACT_UP: move_by(b, -1); break;
	case ACT_DOWN: move_by(b, 1); break;
	case ACT_PAGE_UP: move_by(b, -(b->screen.page > 1 ? b->screen.page : 1)); break;
	case ACT_PAGE_DOWN: move_by(b, b->screen.page > 1 ? b->screen.page : 1); break;
	case ACT_FIRST: move_to(b, false); break;
	case ACT_LAST: move_to(b, true); break;
	case ACT_LEFT: set_focus(b, (int)b->focus - 1); break;
	case ACT_RIGHT: set_focus(b, (int)b->focus + 1); break;
	case ACT_NEXT_PANE: b->focus = (enum pane)((b->focus + 1) % PANE_COUNT); break;
	case ACT_PREV_PANE: b->focus = (enum pane)((b->focus + PANE_COUNT - 1) % PANE_COUNT); break;
	case ACT_ENTER:
		if (b->mode == MODE_RESULTS)
			browser_search_open(b, (size_t)b->results.pos.sel);
		else
			set_focus(b, (int)b->focus + 1);
		break;
	case ACT_BACK: back(b); break;
	case ACT_OUTCOME_1: case ACT_OUTCOME_2: case ACT_OUTCOME_3: case ACT_OUTCOME_4:
	case ACT_OUTCOME_5: jump_outcome(b, (int)(a - ACT_OUTCOME_1) + 1); break;
	case ACT_PREV_REPORT: step_report(b, -1); break;
	case ACT_NEXT_REPORT: step_report(b, 1); break;
	case ACT_FILTER: browser_filter_start(b); break;
	case ACT_SEARCH:
		b->mode = MODE_PROMPT;
		b->query[0] = '\0';
		b->input_cut = 0;
		b->history.at = b->history.n;
		set_terms(b);
		break;
	case ACT_NEXT_HIT: browser_search_step(b, 1); break;
	case ACT_PREV_HIT: browser_search_step(b, -1); break;
	case ACT_ORDER: browser_results_toggle_order(b); break;
	case ACT_PAGER: case ACT_PAGER_REPORT: case ACT_SAVE: case ACT_PIPE: case ACT_COPY:
		return browser_hand_out(b, a);
	case ACT_HALF_PAGE_UP: move_by(b, -(b->screen.page > 3 ? b->screen.page / 2 : 1)); break;
	case ACT_HALF_PAGE_DOWN: move_by(b, b->screen.page > 3 ? b->screen.page / 2 : 1); break;
	case ACT_RELOAD:
		if (b->index_replaced || db_replaced(b->db))
			browser_reload(b);
		else
			browser_notice(b, ROLE_NOTICE, "the index has not changed");
		break;
	case ACT_HELP: b->mode = b->mode == MODE_HELP ? MODE_BROWSE : MODE_HELP; b->help_top = 0; break;
	case ACT_QUIT:
		b->quit = true;
		browser_history_save(b);
		return (struct reaction){ REACT_QUIT, NULL };
	case ACT_ITEMS: browser_items_open(b); break;
	case ACT_ITEMS_GROUPING: case ACT_TOGGLE_STRENGTHS: case ACT_TOGGLE_IMPROVEMENTS:
	case ACT_TOGGLE_RECOMMENDATIONS: break;
	case ACT_REDRAW: case ACT_NONE: break;
	case ACT_HISTORY: grids_open_history(b); break;
	case ACT_COMPARE: grids_open_compare(b); break;
	case ACT_GROUP: case ACT_GRID_TYPE: case ACT_SORT: break; /* the compare grid's own (grids.c) */
	case ACT_MARK: browser_mark_toggle(b); break;
	case ACT_MARKS: browser_marks_open(b); break;
	case ACT_BRIEF: browser_brief_open(b); break;
	}
	return (struct reaction){ REACT_DRAW, NULL };
}

struct reaction browser_key(struct browser *b, int key)
{
	if (b->mode == MODE_FILTER) {
		filter_key(b, key);
		return (struct reaction){ REACT_DRAW, NULL };
	}
	if (b->mode == MODE_PROMPT) {
		prompt_key(b, key);
		return (struct reaction){ REACT_DRAW, NULL };
	}
	if (b->mode == MODE_LINE)
		return line_key(b, key);
	if (b->mode == MODE_HISTORY || b->mode == MODE_COMPARE)
		return grids_key(b, key);
	unsigned ctx = b->mode == MODE_HELP ? CTX_HELP : b->mode == MODE_RESULTS ? CTX_RESULTS :
		       b->mode == MODE_ITEMS ? CTX_ITEMS : b->mode == MODE_MARKS ? CTX_MARKS :
		       b->mode == MODE_BRIEF ? CTX_BRIEF : CTX_BROWSE;
	enum action a = key_action(key, ctx);
	if (a != ACT_NONE && a != ACT_REDRAW)
		b->message[0] = '\0';
	return act(b, a);
}

void browser_click(struct browser *b, enum pane p, int row)
{
	if ((b->mode == MODE_RESULTS || b->mode == MODE_ITEMS) && p == PANE_COUNT && row >= 0) {
		select_row(b, focused_pos(b)->top + row / 2); /* two rows a hit or an item */
		return;
	}
	if (b->mode != MODE_BROWSE || p >= PANE_COUNT)
		return;
	b->focus = p;
	if (pane_is_list(p) && row >= 0 && row < b->screen.rows[p])
		select_row(b, b->pos[p].top + row);
}

void browser_wheel(struct browser *b, enum pane p, int lines)
{
	if (b->mode == MODE_BROWSE && p < PANE_COUNT) {
		enum pane keep = b->focus;
		b->focus = p; /* move_by acts on the focused pane */
		move_by(b, lines);
		b->focus = keep;
		return;
	}
	if (b->mode != MODE_RESULTS && b->mode != MODE_ITEMS && b->mode != MODE_HELP &&
	    b->mode != MODE_HISTORY && b->mode != MODE_COMPARE)
		return; /* typing at a prompt: the wheel does nothing */
	for (int i = 0; i < (lines < 0 ? -lines : lines); i++) {
		struct reaction r = browser_key(b, lines < 0 ? KEY_UP : KEY_DOWN);
		reaction_free(&r); /* up and down only redraw */
	}
}
