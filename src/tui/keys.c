/*
 * keys.c: the one table of keys (see keys.h).
 */
#include "tui/keys.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#define CTRL(c) ((c) & 0x1f)
#define KEY_ESCAPE 27
#define KEY_TAB '\t'

/*
 * Every binding.  The first binding of an action carries its help text;
 * further keys for the same action follow with NULL and are listed beside it.
 */
const struct key_binding key_bindings[] = {
	{ 'k', ACT_UP, CTX_ALL, "move up" },
	{ KEY_UP, ACT_UP, CTX_ALL, NULL },
	{ 'j', ACT_DOWN, CTX_ALL, "move down" },
	{ KEY_DOWN, ACT_DOWN, CTX_ALL, NULL },
	{ KEY_PPAGE, ACT_PAGE_UP, CTX_ALL, "page up" },
	{ 'b', ACT_PAGE_UP, CTX_ALL, NULL },
	{ KEY_NPAGE, ACT_PAGE_DOWN, CTX_ALL, "page down" },
	{ ' ', ACT_PAGE_DOWN, CTX_ALL, NULL },
	{ CTRL('u'), ACT_HALF_PAGE_UP, CTX_ALL, "half a page up" },
	{ CTRL('d'), ACT_HALF_PAGE_DOWN, CTX_ALL, "half a page down" },
	{ 'g', ACT_FIRST, CTX_ALL, "go to the first line" },
	{ KEY_HOME, ACT_FIRST, CTX_ALL, NULL },
	{ 'G', ACT_LAST, CTX_ALL, "go to the last line" },
	{ KEY_END, ACT_LAST, CTX_ALL, NULL },
	{ 'h', ACT_LEFT, CTX_BROWSE, "pane to the left" },
	{ KEY_LEFT, ACT_LEFT, CTX_BROWSE, NULL },
	{ 'l', ACT_RIGHT, CTX_BROWSE, "pane to the right" },
	{ KEY_RIGHT, ACT_RIGHT, CTX_BROWSE, NULL },
	{ KEY_TAB, ACT_NEXT_PANE, CTX_BROWSE, "next pane (wraps round)" },
	{ KEY_BTAB, ACT_PREV_PANE, CTX_BROWSE, "previous pane (wraps round)" },
	{ '\r', ACT_ENTER, CTX_BROWSE | CTX_RESULTS | CTX_ITEMS, "open the selection" },
	{ '\n', ACT_ENTER, CTX_BROWSE | CTX_RESULTS | CTX_ITEMS, NULL },
	{ KEY_ENTER, ACT_ENTER, CTX_BROWSE | CTX_RESULTS | CTX_ITEMS, NULL },
	{ KEY_BACKSPACE, ACT_BACK, CTX_ALL, "go back" },
	{ 127, ACT_BACK, CTX_ALL, NULL },
	{ CTRL('h'), ACT_BACK, CTX_ALL, NULL },
	{ KEY_ESCAPE, ACT_BACK, CTX_RESULTS | CTX_HELP | CTX_ITEMS, NULL },
	{ '1', ACT_OUTCOME_1, CTX_BROWSE, "being healthy" },
	{ '2', ACT_OUTCOME_2, CTX_BROWSE, "staying safe" },
	{ '3', ACT_OUTCOME_3, CTX_BROWSE, "enjoying and achieving" },
	{ '4', ACT_OUTCOME_4, CTX_BROWSE, "making a positive contribution" },
	{ '5', ACT_OUTCOME_5, CTX_BROWSE, "achieving economic well-being" },
	{ '[', ACT_PREV_REPORT, CTX_BROWSE, "previous report, same section" },
	{ ']', ACT_NEXT_REPORT, CTX_BROWSE, "next report, same section" },
	{ 'f', ACT_FILTER, CTX_BROWSE | CTX_RESULTS | CTX_ITEMS | CTX_GRIDS, "filter the list with the focus as you type" },
	{ '/', ACT_SEARCH, CTX_BROWSE | CTX_RESULTS, "search every report" },
	{ 'n', ACT_NEXT_HIT, CTX_BROWSE | CTX_RESULTS, "next search hit" },
	{ 'N', ACT_PREV_HIT, CTX_BROWSE | CTX_RESULTS, "previous search hit" },
	{ 'o', ACT_ORDER, CTX_RESULTS, "order the results by date or by relevance" },
	{ 'p', ACT_PAGER, CTX_BROWSE | CTX_RESULTS, "section to $PAGER" },
	{ 'P', ACT_PAGER_REPORT, CTX_BROWSE | CTX_RESULTS, "whole report to $PAGER" },
	{ 's', ACT_SAVE, CTX_BROWSE | CTX_RESULTS | CTX_ITEMS, "save what is shown to a file" },
	{ '|', ACT_PIPE, CTX_BROWSE | CTX_RESULTS | CTX_ITEMS, "pipe what is shown to a command" },
	{ 'R', ACT_RELOAD, CTX_ALL, "reload a rebuilt index" },
	{ CTRL('l'), ACT_REDRAW, CTX_ALL, "redraw the screen" },
	{ '?', ACT_HELP, CTX_ALL, "this help" },
	{ KEY_F(1), ACT_HELP, CTX_ALL, NULL },
	{ 'q', ACT_QUIT, CTX_BROWSE, "quit" },
	{ 'q', ACT_BACK, CTX_RESULTS | CTX_HELP | CTX_ITEMS, "close this screen" },
	{ 'I', ACT_ITEMS, CTX_BROWSE, "every item of this authority in one list" },
	{ 'v', ACT_ITEMS_GROUPING, CTX_ITEMS, "group by outcome or by report" },
	{ '+', ACT_TOGGLE_STRENGTHS, CTX_ITEMS, "show or hide strengths" },
	{ '-', ACT_TOGGLE_IMPROVEMENTS, CTX_ITEMS, "show or hide areas for improvement" },
	{ '>', ACT_TOGGLE_RECOMMENDATIONS, CTX_ITEMS, "show or hide recommendations" },
	{ '1', ACT_OUTCOME_1, CTX_ITEMS, "only being healthy (again: all)" },
	{ '2', ACT_OUTCOME_2, CTX_ITEMS, "only staying safe (again: all)" },
	{ '3', ACT_OUTCOME_3, CTX_ITEMS, "only enjoying and achieving (again: all)" },
	{ '4', ACT_OUTCOME_4, CTX_ITEMS, "only making a positive contribution (again: all)" },
	{ '5', ACT_OUTCOME_5, CTX_ITEMS, "only achieving economic well-being (again: all)" },
	{ '[', ACT_PREV_REPORT, CTX_ITEMS, "only the previous report (past the first: all)" },
	{ ']', ACT_NEXT_REPORT, CTX_ITEMS, "only the next report (past the last: all)" },
	{ 'p', ACT_PAGER, CTX_ITEMS, "this list to $PAGER" },
	{ 'q', ACT_BACK, CTX_RESULTS | CTX_HELP, "close this screen" },
	/* the judgement grids (grids.h) */
	{ 'H', ACT_HISTORY, CTX_BROWSE | CTX_GRIDS, "history grid: the authority across the years" },
	{ 'C', ACT_COMPARE, CTX_BROWSE | CTX_GRIDS, "compare grid: the authority beside others" },
	{ 'h', ACT_LEFT, CTX_GRIDS, "column to the left" },
	{ KEY_LEFT, ACT_LEFT, CTX_GRIDS, NULL },
	{ 'l', ACT_RIGHT, CTX_GRIDS, "column to the right" },
	{ KEY_RIGHT, ACT_RIGHT, CTX_GRIDS, NULL },
	{ '\r', ACT_ENTER, CTX_HISTORY, "open that report at that judgement" },
	{ '\r', ACT_ENTER, CTX_COMPARE, "open that authority's report at that judgement" },
	{ '\n', ACT_ENTER, CTX_GRIDS, NULL },
	{ KEY_ENTER, ACT_ENTER, CTX_GRIDS, NULL },
	{ KEY_ESCAPE, ACT_BACK, CTX_GRIDS, NULL },
	{ 'q', ACT_BACK, CTX_GRIDS, NULL },
	{ 'p', ACT_PAGER, CTX_GRIDS, "the grid to $PAGER as a table" },
	{ 's', ACT_SAVE, CTX_GRIDS, "save the grid as a table to a file" },
	{ '|', ACT_PIPE, CTX_GRIDS, "pipe the grid as a table to a command" },
	{ 'c', ACT_GROUP, CTX_COMPARE, "next group: neighbours, region, all, marked" },
	{ '[', ACT_PREV_REPORT, CTX_COMPARE, "reports a year earlier" },
	{ ']', ACT_NEXT_REPORT, CTX_COMPARE, "reports a year later" },
	{ 't', ACT_GRID_TYPE, CTX_COMPARE, "next report type" },
	{ 'o', ACT_SORT, CTX_COMPARE, "sort by this column (again: unsorted)" },
	/* marks, the marks list and the brief (browser_marks.c) */
	{ 'm', ACT_MARK, CTX_BROWSE, "mark or unmark the authority or section selected" },
	{ 'm', ACT_MARK, CTX_ITEMS, "mark or unmark the item selected" },
	{ 'm', ACT_MARK, CTX_MARKS, "unmark the mark selected" },
	{ 'd', ACT_MARK, CTX_MARKS, NULL },
	{ 'M', ACT_MARKS, CTX_BROWSE | CTX_ITEMS | CTX_GRIDS | CTX_BRIEF, "the list of marks" },
	{ 'B', ACT_BRIEF, CTX_BROWSE | CTX_ITEMS | CTX_GRIDS | CTX_MARKS, "the meeting brief made from the marks" },
	{ '\r', ACT_ENTER, CTX_MARKS, "go to the marked item, section or authority" },
	{ '\n', ACT_ENTER, CTX_MARKS, NULL },
	{ KEY_ENTER, ACT_ENTER, CTX_MARKS, NULL },
	{ KEY_ESCAPE, ACT_BACK, CTX_MARKS | CTX_BRIEF, NULL },
	{ 'q', ACT_BACK, CTX_MARKS | CTX_BRIEF, "close this screen" },
	{ 'p', ACT_PAGER, CTX_MARKS | CTX_BRIEF, "what is shown to $PAGER" },
	{ 's', ACT_SAVE, CTX_MARKS | CTX_BRIEF, "save what is shown to a file" },
	{ '|', ACT_PIPE, CTX_MARKS | CTX_BRIEF, "pipe what is shown to a command" },
	{ 'y', ACT_COPY, CTX_ALL & ~CTX_HELP, "copy what is shown to the clipboard (OSC 52)" },
	{ 0, ACT_NONE, 0, NULL },
};

enum action key_action(int key, unsigned context)
{
	for (const struct key_binding *b = key_bindings; b->key; b++)
		if (b->key == key && (b->contexts & context))
			return b->action;
	return ACT_NONE;
}

/* Names of keys that are not printable characters; scripts use the same names. */
static const struct {
	int key;
	const char *name;
} key_names[] = {
	{ KEY_UP, "Up" }, { KEY_DOWN, "Down" }, { KEY_LEFT, "Left" }, { KEY_RIGHT, "Right" },
	{ KEY_PPAGE, "PgUp" }, { KEY_NPAGE, "PgDn" }, { KEY_HOME, "Home" }, { KEY_END, "End" },
	{ '\r', "Enter" }, { '\n', "C-j" }, { KEY_ENTER, "KEnter" }, { KEY_TAB, "Tab" },
	{ KEY_BTAB, "S-Tab" }, { KEY_BACKSPACE, "Backspace" }, { 127, "DEL" },
	{ CTRL('h'), "C-h" }, { KEY_ESCAPE, "Esc" }, { ' ', "Space" }, { CTRL('l'), "C-l" },
	{ KEY_F(1), "F1" }, { KEY_RESIZE, "Resize" }, { CTRL('c'), "C-c" }, { CTRL('u'), "C-u" },
	{ CTRL('w'), "C-w" }, { CTRL('d'), "C-d" },
};

const char *keyname_of(int key, char buf[16])
{
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (key_names[i].key == key)
			return key_names[i].name;
	if (key > ' ' && key < 127)
		snprintf(buf, 16, "%c", key);
	else
		snprintf(buf, 16, "<%d>", key);
	return buf;
}

int key_from_name(const char *name)
{
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (strcmp(key_names[i].name, name) == 0)
			return key_names[i].key;
	if (name[0] && !name[1])
		return (unsigned char)name[0];
	return -1;
}

const char *key_names_for(enum action action, unsigned context, char *buf, int cap)
{
	int len = 0;
	buf[0] = '\0';
	for (const struct key_binding *b = key_bindings; b->key; b++) {
		if (b->action != action || !(b->contexts & context) || b->key == '\n' ||
		    b->key == KEY_ENTER || b->key == CTRL('h') || b->key == 127)
			continue; /* duplicates of Enter and Backspace are not worth listing */
		char name[16];
		int n = snprintf(buf + len, (size_t)(cap - len), "%s%s", len ? " " : "",
				 keyname_of(b->key, name));
		if (n < 0 || n >= cap - len)
			break;
		len += n;
	}
	return buf;
}
