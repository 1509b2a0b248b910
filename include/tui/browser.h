/*
 * browser.h: the browser's state and what keys do to it.
 *
 * Nothing here draws or talks to a terminal: browser.c changes state and
 * asks the query layer (db.h) for data; view.c and the pane_*.c files draw
 * the state into a grid; term.c and headless.c feed keys and show grids.
 */
#ifndef ECMR_BROWSER_H
#define ECMR_BROWSER_H

#include "index/db.h"
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

/* One line of the section pane, wrapped for the current width. */
struct section_line {
	char *text;
	enum role role;      /* the line's main role */
	char marker;         /* ' ', '+', '-', '>' drawn in the gutter */
	int indent;          /* columns before the text */
	/* a highlighted stretch within the line (a strength found in the text), bytes */
	int hl_start, hl_end;
	enum role hl_role;
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

	struct section_line *lines;   /* the selected section, wrapped */
	size_t nlines;
	size_t items_first_line;      /* first line after the heading and judgement */
	size_t text_first_line;       /* first line of the section's text (nlines if none) */
	bool jump_to_hit;             /* an opened search hit: scroll to its words when next drawn */
	int lines_width;              /* width they were wrapped for; -1 stale */
	int lines_section;            /* section index they were built from */

	struct list_pos pos[PANE_COUNT];
	enum pane focus;
	enum mode mode;

	char query[1024];             /* the search being typed or last run */
	int input_cut;                /* typing ran past the prompt's room: the characters kept; else 0 */
	struct search_hit *hits;
	size_t nhits;
	struct list_pos hit_pos;
	int help_top;

	char message[256];            /* one-off notice for the status line */
	enum role message_role;
	bool index_replaced;          /* the file was rebuilt since we opened it */
	bool quit;

	/* set by the view on each draw: the geometry mouse clicks are mapped with */
	int rows, cols;
	int pane_x[PANE_COUNT], pane_w[PANE_COUNT]; /* pane_w 0: not shown */
	int body_y, body_h;           /* rows of pane contents */
	int page;                     /* rows a page moves */
};

/*
 * Set up B on an open index (B takes ownership of DB) and select the first
 * authority, its newest report and that report's first section.
 */
void browser_init(struct browser *b, struct db *db, const struct theme *theme, bool ascii);
void browser_free(struct browser *b);

/* Handle one key (a character or a curses KEY_* code). */
void browser_key(struct browser *b, int key);

/* A mouse click at screen (Y, X): select what is there. */
void browser_click(struct browser *b, int y, int x);

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

/* Number of rows in pane P's list. */
int browser_list_len(const struct browser *b, enum pane p);

/* Rebuild b->lines for WIDTH columns if stale. */
void browser_wrap_section(struct browser *b, int width);

/*
 * Asked by browser_key for p and P: the backend's pager hook, given the
 * plain text to page.  Set by term.c / headless.c.
 */
extern void (*browser_pager_hook)(struct browser *b, const char *text);

#endif
