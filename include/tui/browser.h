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
#include "index/items.h"
#include "index/search.h"
#include "index/search_terms.h"
#include "index/marked.h"
#include "report/marks.h"
#include "tui/grid.h"
#include "tui/keys.h"
#include "report/report.h"
#include "tui/theme.h"
#include "tui/grids.h"

#include <stdbool.h>
#include <stddef.h>

enum pane { PANE_AUTHORITIES, PANE_REPORTS, PANE_SECTIONS, PANE_SECTION, PANE_COUNT };

enum mode {
	MODE_BROWSE,   /* the panes */
	MODE_FILTER,   /* typing an authority filter (panes stay visible) */
	MODE_PROMPT,   /* typing a search */
	MODE_RESULTS,  /* the search results list */
	MODE_HELP,     /* the help screen */
	MODE_LINE,     /* typing a file name to save to, or a command to pipe to */
	MODE_ITEMS,    /* the items list of the selected authority */
	MODE_HISTORY,  /* the history grid (grids.h) */
	MODE_COMPARE,  /* the compare grid */
	MODE_MARKS,    /* the marks list (M) */
	MODE_BRIEF,    /* the brief made from the marks (B) */
};

/* The lists f filters (FILTER_AUTHORITIES's text is struct browser's FILTER). */
enum filter_list { FILTER_AUTHORITIES, FILTER_REPORTS, FILTER_SECTIONS, FILTER_ITEMS, FILTER_RESULTS, FILTER_GRID };

/* What a line typed at the status line is for (MODE_LINE). */
enum line_purpose { LINE_SAVE, LINE_PIPE };

/* A scrolling list: selected row and first row shown. */
struct list_pos {
	int sel, top;
};

/*
 * The line of a list of N lines to select for a move to SEL in direction
 * DIR (+1 down, -1 up), where some lines are headings (IS_HEADING(CTX, i))
 * that are never selected: SEL held within the list, then past headings
 * in DIR, or, with only headings that way, the nearest other line the
 * other way; 0 when every line is a heading or there are none.
 */
int list_pick_line(int sel, int dir, int n, bool (*is_heading)(const void *ctx, int i), const void *ctx);

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
	int items_rows;    /* lines of the items list on one screen */
	int item_line;     /* the line of the section pane where the item opened from the items list starts; -1 none */
	int grid_rows;     /* judgement rows a grid shows */
	int grid_cols;     /* and its columns */
	int marks_rows;    /* marks on one screen of the marks list */
	int brief_rows;    /* lines of the brief on one screen */
};

/* What a front end does after a key: draw the new state, and first perhaps more. */
enum reaction_kind {
	REACT_DRAW,  /* draw the state */
	REACT_PAGE,  /* give TEXT to the pager (as a file named ARG, opened at PATTERN), then draw */
	REACT_QUIT,  /* leave the browser */
	REACT_SAVE,  /* save TEXT to the file ARG (never replacing one), then draw */
	REACT_PIPE,  /* run the command ARG with TEXT on its input, on the terminal, then draw */
	REACT_COPY,  /* put TEXT on the user's clipboard (OSC 52, where the terminal has it), then draw */
};

/* A reaction; the front end frees its strings (reaction_free). */
struct reaction {
	enum reaction_kind kind;
	char *text;    /* the plain text the view shows */
	char *arg;     /* REACT_PAGE: a file name; REACT_SAVE: the path; REACT_PIPE: the command */
	char *pattern; /* REACT_PAGE: the search's words, for the pager to open at (NULL none) */
};

/* Free R's strings. */
void reaction_free(struct reaction *r);

/* One line of the items list: a heading (ROW -1) or an item (an index into the rows). */
struct items_line {
	int row;
	int heading;  /* a heading's group: an outcome 1-5 (0: other sections), or a report id */
};

/* The items list (key I): every item of one authority, grouped, filtered. */
struct items_view {
	struct item_row *rows;    /* the authority's items, as db_items gives them */
	size_t n;
	char **notes;             /* what the index found about each (items_repeat_note); NULL none */
	int of;                   /* the authority they belong to; 0 none loaded */
	struct items_line *lines; /* what the list shows, after grouping and filters */
	size_t nlines, lines_cap;
	bool by_report;           /* grouped by report, else by outcome */
	unsigned hidden_kinds;    /* bits (1 << enum item_kind) not shown */
	int outcome;              /* only this outcome's items (1-5); 0 all */
	int report_id;            /* only this report's items; 0 all */
	struct list_pos pos;      /* over LINES; the selection is always on an item */
	char filter[64];          /* f: only items whose words hold this (any case); "" all */
};

/* The user's marks (m), the marks list (M) and the brief (B): browser_marks.c. */
struct marks_state {
	struct marks marks;
	char *path;            /* the marks file; NULL: no home to keep it in */
	bool off;              /* the file could not be read, or is another version: changes are not saved */
	struct marked *found;  /* the marks found in the index, for the list and the brief */
	size_t nfound;
	struct list_pos pos;   /* the marks list's selection */
	char *brief;           /* the brief's text (MODE_BRIEF) */
	int brief_lines;
	int brief_top;
};

/* One line of the search results: a report's heading, or a hit under it. */
struct result_line {
	size_t hit;    /* the hit's position in the search's order; a heading: its first hit's */
	size_t nth;    /* the hit's place among the hits listed, from 0; a heading: its first hit's */
	size_t count;  /* a heading: the hits listed under it */
	bool heading;
};

/*
 * The search results (browser_search.c): the last search, counted in
 * bounded steps (index/search.h) while the terminal is idle, and its hits
 * laid out as lines, grouped by report, as far as they are counted and
 * pass the results' filter.  Only the lines on screen have their details
 * and snippets read.
 */
struct results {
	struct search *s;           /* NULL: no search yet */
	struct result_line *lines;
	size_t nlines, cap;
	size_t laid;                /* the search's hits looked at so far (listed or filtered out) */
	size_t listed;              /* hits among the lines */
	size_t heading;             /* the last heading's line */
	long long want_rowid;       /* select this hit when it is laid out again; -1 none */
	struct list_pos pos;        /* over LINES; the selection is always on a hit */
	size_t step_rows;           /* the most rows a counting step reads (0: no limit; tests set it) */
	enum search_order order;    /* what o last chose: new searches keep it */
};

/* Earlier searches (browser_history.c), recalled with Up and Down in the search prompt. */
struct search_history {
	char **v;               /* oldest first, no two alike */
	size_t n;
	size_t at;              /* the entry in the prompt; N: what was being typed */
	char draft[1024];       /* what was being typed before Up */
	char *path;             /* the history file; NULL: no home to keep it in */
	bool off;               /* another version's file, or unreadable: not written */
	bool dirty;             /* changed since written */
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

	struct {
		enum line_purpose purpose;
		enum mode from;       /* the view it acts on, shown again after */
		bool whole_report;    /* S-ave / |: of the whole report (P's text) */
		char text[1024];
	} line;                       /* MODE_LINE: the line being typed */

	char query[1024];             /* the search being typed or last run */
	int input_cut;                /* typing ran past the prompt's room: the characters kept; else 0 */
	struct search_terms terms;    /* its words, marked in the section pane */
	struct results results;       /* the last search's results */
	struct search_history history;
	int help_top;

	char message[256];            /* one-off notice for the status line */
	enum role message_role;
	bool index_replaced;          /* the file was rebuilt since we opened it */
	bool said_old_index;          /* said that an older index searches less well */
	bool quit;

	struct screen_facts screen;   /* as the view last told them */

	struct items_view items;      /* the items list (MODE_ITEMS) */
	/* an item opened from the items list: scroll the section pane to it when next shown */
	struct {
		bool pending;
		enum item_kind kind;
		int nth;                  /* its place among the section's items of its kind, from 0 */
	} jump_item;
	struct grids grids;           /* the judgement grids (grids.h) */
	struct marks_state marks;     /* marks, the marks list and the brief */
	/* f on the other lists (browser_filter.c): what each is filtered by, and the one being typed */
	struct {
		char reports[64], sections[64], results[64];
		char history[64], compare[64]; /* the grids' rows (FILTER_GRID: the grid shown) */
		enum filter_list typing;  /* the list MODE_FILTER types into */
		enum mode from;           /* the view f was pressed in, shown while typing */
	} filters;
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

/* A click on row ROW of pane P's body (the view maps screen cells to panes): focus it, select the row.
 * P PANE_COUNT: row ROW of a view of its own; in the search results and the items list, select there. */
void browser_click(struct browser *b, enum pane p, int row);

/* Rows one notch of the mouse wheel moves. */
#define WHEEL_LINES 3

/*
 * The mouse wheel turned LINES rows (negative: up) over pane P (the view
 * maps the pointer to panes; PANE_COUNT: over a view of its own, such as
 * the search results): the text scrolls, a list moves its selection; the
 * focus stays where it was.
 */
void browser_wheel(struct browser *b, enum pane p, int lines);

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

/*
 * A file name a person understands for what browser_view_text gives:
 * "liverpool-2008-jar-recommendations.txt", "liverpool-2008-jar.txt" for a
 * whole report.  Malloc'd.
 */
char *browser_view_name(const struct browser *b, bool whole_report);

/*
 * p, P, s, | and y on whatever the view shows (A one of ACT_PAGER,
 * ACT_PAGER_REPORT, ACT_SAVE, ACT_PIPE, ACT_COPY): the text to the pager under
 * browser_view_name's name, a prompt at the status line for a file name or a
 * command, or the text to the clipboard.  Every view hands its text out here,
 * so that each key acts the same on a section, a list, a grid or the brief.
 */
struct reaction browser_hand_out(struct browser *b, enum action a);

/* ---- the items list (browser_items.c) ---- */

/* I: open the items list of the selected authority (loaded once per authority). */
void browser_items_open(struct browser *b);
/* Rebuild the list's lines after a change of grouping or filter, keeping the selected item where it can. */
void browser_items_relayout(struct browser *b);
/* Select line SEL, moving on in direction DIR (+1 or -1) past headings. */
void browser_items_select(struct browser *b, int sel, int dir);
/* Enter: open the selected item's section, scrolled to it. */
void browser_items_enter(struct browser *b);
/* [ and ]: only the previous or next report's items (past either end: all reports). */
void browser_items_step_report(struct browser *b, int delta);
/* The selected item's row; NULL when the list shows none. */
const struct item_row *browser_items_selected(const struct browser *b);
/* The list as plain text (headings, then each item with its report, section and notes). Malloc'd. */
char *browser_items_text(const struct browser *b);
/* The title of heading line L ("Staying safe", "2007 Annual performance assessment"). Malloc'd. */
char *browser_items_heading(const struct browser *b, const struct items_line *l);
/* Free the items list. */
void browser_items_free(struct browser *b);

/* ---- marks, the marks list and the brief (browser_marks.c) ---- */

/* Read the user's marks file; a damaged one is set aside and said on the status line and stderr. */
void browser_marks_load(struct browser *b);
void browser_marks_free(struct browser *b);
/* m: mark or unmark what is selected (an item, a section, an authority; in the marks list: unmark). */
void browser_mark_toggle(struct browser *b);
/* M and B: open the marks list, the brief. */
void browser_marks_open(struct browser *b);
void browser_brief_open(struct browser *b);
/* Enter in the marks list: go to the marked thing in the panes (or the items list). */
void browser_marks_enter(struct browser *b);
/* Is this item, section (of the loaded report) or authority marked? */
bool browser_item_marked(const struct browser *b, const struct item_row *row);
bool browser_section_marked(const struct browser *b, const struct section *s);
bool browser_authority_marked(const struct browser *b, const struct authority_row *a);
/* The marks list as plain text (what y, p, s and | give).  Malloc'd. */
char *browser_marks_text(const struct browser *b);
/* The marks list's and the brief's own keys (moving, Enter, m, back); true when A was one of them. */
bool browser_marks_act(struct browser *b, enum action a);
/* Open ROW's section in the panes (its authority selected), and for an item scroll to it; false when gone. */
bool browser_open_item(struct browser *b, const struct item_row *row);
bool browser_open_section(struct browser *b, const struct item_row *row);
/* One line of the marks list (mark I): its text and where it stands.  Malloc'd. */
char *browser_mark_line(const struct browser *b, size_t i, char **where);

/* Number of rows in pane P's list (for the section pane: its lines, as last laid out). */
int browser_list_len(const struct browser *b, enum pane p);

/* Keep the selection of P visible in a list of H rows. */
void list_scroll(struct list_pos *p, int h);

/* ---- f: filtering the list that has the focus (browser_filter.c) ---- */

/* f: type a filter for the list with the focus (the authorities when the text has it), in MODE_FILTER. */
void browser_filter_start(struct browser *b);
/* Filter list L by TEXT (any case; "" shows all), keeping the selection where it still shows. */
void browser_filter_set(struct browser *b, enum filter_list l, const char *text);
/* What list L is filtered by ("" nothing). */
const char *browser_filter_of(const struct browser *b, enum filter_list l);
/* The prompt for the filter being typed: "Filter reports: ". */
const char *browser_filter_label(const struct browser *b);
/* The view the screen shows: under a filter or a line prompt, the view it was opened from. */
enum mode browser_shown_mode(const struct browser *b);
/* Does every word of FILTER appear (any case) in one of the N FIELDS (NULL ones skipped)? */
bool browser_filter_match(const char *const *fields, size_t n, const char *filter);
/* Does item ROW pass the items list's filter (its words, its section)? */
bool browser_item_passes(const struct items_view *v, const struct item_row *row);
/* Does section S pass the sections' filter?  (browser.c lists only those that do.) */
bool browser_section_passes(const struct browser *b, const struct section *s);
/* Drop the loaded reports that fail the reports' filter (after each load). */
void browser_filter_reports(struct browser *b);
/* The sections list again, and the reports list again from the index, by their filters (browser.c). */
void browser_sections_refilter(struct browser *b);
void browser_reports_refilter(struct browser *b);

/* ---- search results (browser_search.c) ---- */

/* Enter in the search prompt: start B->query, count what a first screen allows, show the results. */
void browser_search_run(struct browser *b);
/* Open the hit of results line LINE (a heading: its first hit) in the panes. */
void browser_search_open(struct browser *b, size_t line);
/* n and N: the next or previous hit (in the results, select it; in the panes, open it). */
void browser_search_step(struct browser *b, int delta);
/* Select results line SEL, moving on in direction DIR (+1 or -1) past headings. */
void browser_results_select(struct browser *b, int sel, int dir);
/* o: order the results by date or by relevance, keeping the selected hit. */
void browser_results_toggle_order(struct browser *b);
/* The results laid out again after a change of their filter, keeping the selected hit where it passes. */
void browser_results_refilter(struct browser *b);
/* The view will show ROWS results lines from the top: their hits' details and snippets read. */
void browser_results_screen(struct browser *b, int rows);
/* The hit the results have selected, as loaded (NULL: no search, or no hit listed). */
const struct search_hit *browser_hit_selected(const struct browser *b);
/* Does the last search have hits listed? */
bool browser_has_hits(const struct browser *b);
/* Forget the search and its results. */
void browser_results_free(struct browser *b);

/*
 * Work left for when the terminal is idle: counting the search, laying
 * out its results, writing the search history.  browser_idle does one
 * bounded step (a few milliseconds) and returns whether more remains;
 * browser_busy says whether any does.  Front ends read keys between steps.
 */
bool browser_idle(struct browser *b);
bool browser_busy(const struct browser *b);

/* ---- the search history (browser_history.c) ---- */

/* Read the history file; a damaged one is set aside, another version's left alone (said on the status line). */
void browser_history_load(struct browser *b);
/* Remember QUERY as the newest search (an earlier equal one moves to the end). */
void browser_history_add(struct browser *b, const char *query);
/* Up (DIR -1) or Down (+1) in the search prompt: an older or newer search into B->query. */
void browser_history_recall(struct browser *b, int dir);
/* Write the history if it changed (atomically); false if that failed (said on the status line). */
bool browser_history_save(struct browser *b);
void browser_history_free(struct browser *b);

/* ---- a place to open at, and where the user was (browser_place.c) ---- */

/* Where the browser is, by names rather than ids, so that it outlives a rebuilt index. */
struct browser_place {
	char authority[128];      /* short name; "" none */
	int year;                 /* the report's year, 0 undated */
	char type[32];            /* its report_type_name; "" no report */
	char key[96], scope[32];  /* the section; "" none */
	int focus;                /* the pane with the focus (enum pane) */
	int top;                  /* the section text's first line shown */
};

/* Where B is now (the panes' selections, whatever view is open). */
void browser_place_get(const struct browser *b, struct browser_place *p);

/*
 * Go to P as far as it still exists in the index: the authority, its
 * report, the section, the focus and the scroll.  When a part no longer
 * exists, B stays at the last part found (on the authority list when even
 * the authority is gone) and a notice says what is missing; returns false.
 */
bool browser_place_go(struct browser *b, const struct browser_place *p);

/*
 * Open at the authority AUTHORITY_ID, its report REPORT_ID (0: only the
 * authority) and the section KEY in SCOPE (KEY NULL: the report's first),
 * as `ecmr AUTHORITY [REPORT] [SECTION]` resolved them; the focus on the
 * last of them given.  False when one is not in B's index.  (The grids'
 * browser_open_at opens a cell's report, keeping the section wanted.)
 */
bool browser_open_place(struct browser *b, int authority_id, int report_id, const char *key, const char *scope);

#endif
