/*
 * browser.h: the browser's state and what keys do to it.
 *
 * The browser is a state machine.  A key changes its state and returns a
 * reaction (draw it, page this text, quit) to whichever front end called
 * it (term.c, headless.c); nothing here draws or talks to a terminal, and
 * there are no globals or hooks between browser and front end.  Data comes
 * from the query layer (db.h), only here: before each draw the view tells
 * the browser what will be on screen (browser_screen), and the browser
 * loads it, so that drawing (view.c, pane_*.c) only reads the state.
 */
#ifndef ECMR_BROWSER_H
#define ECMR_BROWSER_H

#include "index/db.h"
#include "index/search_terms.h"
#include "tui/grid.h"
#include "tui/keys.h"
#include "report/report.h"
#include "tui/theme.h"

#include <stdbool.h>
#include <stddef.h>

/* The most search hits listed (the count shows "500+" when there are more). */
#define SEARCH_LIMIT 500

enum pane { PANE_AUTHORITIES, PANE_REPORTS, PANE_SECTIONS, PANE_SECTION, PANE_COUNT };

enum mode {
	MODE_BROWSE,   /* the panes */
	MODE_FILTER,   /* typing an authority filter (panes stay visible) */
	MODE_PROMPT,   /* typing a search */
	MODE_RESULTS,  /* the search results list */
	MODE_HELP,     /* the help screen */
};

/* A scrolling list: selected row and first row shown. */
struct list_pos {
	int sel, top;
};

/*
 * What the view will show, told to the browser before each draw: keys move
 * by the screen's measure, lists scroll to keep their selection in view,
 * and the browser loads what will be on screen.  0 for what is not shown.
 */
struct screen_facts {
	int rows[PANE_COUNT]; /* rows of each pane's body; 0: the pane is not shown */
	int page;          /* rows a page key moves */
	int section_lines; /* lines of the selected section, laid out for its pane */
	int section_rows;  /* rows of the section pane's body (as rows[PANE_SECTION]) */
	int hit_line;      /* first line with the search's words in the opened hit's part; -1 none */
	int results_rows;  /* search results on one screen */
	int help_lines;    /* lines of the help screen */
	int help_rows;     /* rows it shows */
};

/* What a front end does after a key: draw the new state, and first perhaps more. */
enum reaction_kind {
	REACT_DRAW,  /* draw the state */
	REACT_PAGE,  /* give TEXT to the pager, then draw */
	REACT_QUIT,  /* leave the browser */
};

struct reaction {
	enum reaction_kind kind;
	char *text;  /* REACT_PAGE: the plain text to page (the front end frees it) */
};

struct browser {
	struct db *db;
	char *index_note;             /* shown in the status line, e.g. "sample index" */
	const struct theme *theme;
	bool ascii;                   /* draw in ASCII (the locale is not UTF-8) */

	struct authority_row *authorities;
	size_t nauthorities;
	int *shown;                   /* indexes into authorities that pass the filter */
	size_t nshown;
	char filter[64];

	struct report_row *reports;   /* of the selected authority */
	size_t nreports;
	int reports_of;               /* authority id they belong to, 0 none */

	struct report report;         /* the selected report, loaded */
	int report_id;                /* 0 none */
	int *section_order;           /* indexes into report.sections, outcomes first */
	size_t nsections;
	/* the section the user reads, wanted again in the next report or authority */
	struct wanted_section {
		char key[96], scope[32];
		char label[96]; /* its name, for messages */
		int outcome;    /* the outcome it judges (section_outcome), 0 none */
	} want;

	unsigned section_serial;      /* changes whenever the selected section does (views cache by it) */
	bool jump_to_hit;             /* an opened search hit: scroll to its words when next shown */

	struct list_pos pos[PANE_COUNT];
	enum pane focus;
	enum mode mode;

	char query[128];              /* the search being typed or last run */
	struct search_terms terms;    /* its words, marked in the section pane */
	struct search_hit *hits;
	size_t nhits;
	struct list_pos hit_pos;
	int help_top;

	char message[256];            /* one-off notice for the status line */
	enum role message_role;
	bool index_replaced;          /* the file was rebuilt since we opened it */
	bool said_old_index;          /* said that an older index searches less well */
	bool quit;

	struct screen_facts screen;   /* as the view last told them */
};

/*
 * Set up B on an open index (B takes ownership of DB) and select the first
 * authority, its newest report and that report's first section.
 */
void browser_init(struct browser *b, struct db *db, const struct theme *theme, bool ascii);
void browser_free(struct browser *b);

/*
 * Handle one key (a character or a curses KEY_* code) and say what the
 * front end is to do.  A REACT_PAGE reaction's text is the caller's to free.
 */
struct reaction browser_key(struct browser *b, int key);

/* A click on row ROW of pane P's body (the view maps screen cells to panes): focus it, select the row. */
void browser_click(struct browser *b, enum pane p, int row);

/*
 * The view's facts about the screen it is about to draw: remembered for
 * the keys, lists scrolled to keep their selections in view, an opened
 * hit scrolled to, and the search results on screen given their snippets.
 */
void browser_screen(struct browser *b, const struct screen_facts *f);

/* Reopen the index at the same path, keeping the user's place where it still exists. */
void browser_reload(struct browser *b);

/* Set the status-line notice. */
void browser_notice(struct browser *b, enum role role, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The selected section (NULL if none) and the selected authority (NULL if none). */
const struct section *browser_section(const struct browser *b);
const struct authority_row *browser_authority(const struct browser *b);
const struct report_row *browser_report_row(const struct browser *b);

/* Select row SEL of a list, loading what the panes to its right show. */
void browser_select_authority(struct browser *b, int sel);
void browser_select_report(struct browser *b, int sel);
void browser_select_section(struct browser *b, int sel);
/* Show only authorities whose names contain FILTER (any case); "" shows all. */
void browser_set_filter(struct browser *b, const char *filter);

/* Does the pane P show a list (rows to select), not text? */
bool pane_is_list(enum pane p);

/*
 * What the current view shows, as plain text for the pager, a file, a pipe
 * or the clipboard (p, s, |, y act on it, in every view): in the panes the
 * selected section (WHOLE_REPORT: the whole report); a view of its own
 * (results, grids, lists, the brief) adds its case.  Malloc'd; NULL when
 * there is nothing to give.
 */
char *browser_view_text(const struct browser *b, bool whole_report);

/* Number of rows in pane P's list (for the section pane: its lines, as last laid out). */
int browser_list_len(const struct browser *b, enum pane p);

/* Keep the selection of P visible in a list of H rows. */
void list_scroll(struct list_pos *p, int h);

#endif
