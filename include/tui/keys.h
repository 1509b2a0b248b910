/*
 * keys.h: every key the browser knows, in one table (keys.c) that both
 * dispatches keys and writes the help screen, so the two cannot disagree.
 */
#ifndef ECMR_KEYS_H
#define ECMR_KEYS_H

#include <stdbool.h>

enum action {
	ACT_NONE = 0,
	ACT_UP, ACT_DOWN, ACT_PAGE_UP, ACT_PAGE_DOWN, ACT_FIRST, ACT_LAST,
	ACT_LEFT, ACT_RIGHT, ACT_NEXT_PANE, ACT_PREV_PANE, ACT_ENTER, ACT_BACK,
	ACT_OUTCOME_1, ACT_OUTCOME_2, ACT_OUTCOME_3, ACT_OUTCOME_4, ACT_OUTCOME_5,
	ACT_PREV_REPORT, ACT_NEXT_REPORT,
	ACT_FILTER, ACT_SEARCH, ACT_NEXT_HIT, ACT_PREV_HIT,
	ACT_PAGER, ACT_PAGER_REPORT,
	ACT_RELOAD, ACT_REDRAW, ACT_HELP, ACT_QUIT,
	ACT_SAVE, ACT_PIPE, ACT_HALF_PAGE_UP, ACT_HALF_PAGE_DOWN,
	ACT_ITEMS, ACT_ITEMS_GROUPING, ACT_TOGGLE_STRENGTHS, ACT_TOGGLE_IMPROVEMENTS, ACT_TOGGLE_RECOMMENDATIONS,
	ACT_HISTORY, ACT_COMPARE, ACT_GROUP, ACT_GRID_TYPE, ACT_SORT,
	ACT_MARK, ACT_MARKS, ACT_BRIEF, ACT_COPY, ACT_ORDER,
};

/* Where a key applies (bits). */
enum {
	CTX_BROWSE = 1 << 0,  /* the panes */
	CTX_RESULTS = 1 << 1, /* the search results list */
	CTX_HELP = 1 << 2,    /* the help screen */
	CTX_ITEMS = 1 << 3,   /* the items list */
	CTX_HISTORY = 1 << 4, /* the history grid */
	CTX_COMPARE = 1 << 5, /* the compare grid */
	CTX_GRIDS = CTX_HISTORY | CTX_COMPARE,
	CTX_MARKS = 1 << 6,   /* the marks list */
	CTX_BRIEF = 1 << 7,   /* the brief */
	CTX_ALL = CTX_BROWSE | CTX_RESULTS | CTX_HELP | CTX_ITEMS | CTX_GRIDS | CTX_MARKS | CTX_BRIEF,
};

/* Key codes: characters are themselves; named keys use curses' KEY_* codes. */
struct key_binding {
	int key;
	enum action action;
	unsigned contexts;
	const char *help;    /* NULL: same action as the line above, listed with it */
};

/* The table, ended by an entry with key 0. */
extern const struct key_binding key_bindings[];

/* The action KEY has in CONTEXT (one CTX_* bit), or ACT_NONE. */
enum action key_action(int key, unsigned context);

/* A key's name for help and scripts: "j", "Enter", "PgDn", "S-Tab". */
const char *keyname_of(int key, char buf[16]);

/* The key code for a script's key name ("Enter", "C-l", "x"), or -1. */
int key_from_name(const char *name);

/*
 * The keys for ACTION in CONTEXT as one string ("j, Down"), for help and the
 * status line; written into BUF of CAP bytes.
 */
const char *key_names_for(enum action action, unsigned context, char *buf, int cap);

#endif
