/*
 * body.h: the state the body reader's files share (parse_body.c and the
 * body_*.c files beside it).  Not for use outside them.
 *
 * parse_body.c walks the body block by block and asks, of each line, the
 * questions each file answers: body_headings.c (is it a heading, a grade
 * line?), body_grades.c (a row of a summary table of grades?),
 * body_strengths.c (a row of a strengths | areas for improvement table?),
 * body_lists.c (an item of the list we are in?) and body_text.c (text of
 * the current section: paragraphs and table rows).
 */
#ifndef ECMR_PARSE_BODY_H
#define ECMR_PARSE_BODY_H

#include "parse_internal.h"
#include "parse/headings.h"

enum body_mode {
	MODE_TEXT,     /* paragraphs of the current section */
	MODE_LIST,     /* items of LIST_KIND for the current section */
	MODE_CONTENTS, /* the next block is a contents page */
	MODE_GRADES,   /* rows of a summary table of grades */
	MODE_PAIRS,    /* rows of a strengths | areas for improvement table */
	MODE_SKIP,     /* closing boilerplate: drop until the next heading */
};

struct body {
	struct parser *ps;
	int cur;                 /* current section, -1 for none */
	const char *scope;
	enum body_mode mode;
	enum item_kind list_kind;
	char *timeframe, *actor;
	bool actor_unused;       /* the actor line came after the last item: a timeframe keeps it */
	bool list_bullets;       /* the current list has had a bulleted item */
	int item_sec;            /* section of the last item, -1 for none */
	bool item_subs;          /* the last item has had sub-items joined on */
	bool annex;
	const char *table_scope;
	bool fresh;              /* nothing added to the section since its heading */
	bool sub_last;           /* the last line added to the section is a sub-heading (add_sub_heading) */
	bool contents_started;   /* a block of the contents page has been skipped */
	char *row_prefix;        /* a grades-table line that may be the start of the next row's label */
	struct held_row *held;   /* a grades-table row whose label the next line may finish, or NULL */
	bool pair_half;          /* the last strengths-table line was a left-hand cell on its own */
	char *pair_key;          /* ... and the section its label named, or NULL */
	bool dash_paragraphs;    /* this report prefixes ordinary paragraphs with "- " */
	bool known_seen;         /* a heading from the table has been seen (front matter is over) */
	size_t after_heading;    /* the line right after the last heading read (0: none yet) */
	char *part;              /* a later report's last part heading ("The local authority"), malloc'd */
	int part_line;           /* its line */
	struct strbuf para;      /* the paragraph being built */
	bool para_bullet;
	bool para_last;          /* the last line read went into PARA (not into an item) */
	/* citations (body_cite.c) */
	int *page_of;            /* the page each line (as ps->line) is on; NULL when the text has no form feeds */
	size_t at;               /* the line being read */
	int para_num, para_page; /* the printed number and page of the paragraph in PARA */
	int num_last;            /* the last paragraph number taken */
	int num_seen;            /* the last one met, taken or not */
	int num_main;            /* while a numbering restarted at 1 runs, the one it interrupted; else 0 */
	bool number_may_jump;    /* the next paragraph follows a sub-heading: its number may run ahead */
	bool sec_numbered;       /* the current section has had a numbered paragraph */
	int sec_num;             /* ... the latest: the one its items stand in */
	size_t *stamped;         /* for each section, how many of its items have their citation */
	size_t nstamped, stamped_cap;
};

/* A heading found in the body. */
struct heading {
	const struct heading_rule *rule; /* NULL for a heading no rule names */
	char *text;                      /* as printed, fused grade removed */
	char *grade_raw;                 /* "Grade 2 (good)" when fused */
	int num;
	enum judgement word;
	int consumed;                    /* lines used */
};

/* ---- body_text.c: sections, paragraphs and table rows in running text --- */

/* Open a section (in the current scope, for inspections) and make it current.  Returns its index. */
int start_section(struct body *b, const char *key, const char *heading, int line, bool judged);
/* The current section is over: nothing is added until the next heading. */
void end_section(struct body *b);
/* Add a whole paragraph to the current section (an APA letter's opening one starts its introduction). */
void add_paragraph(struct body *b, const char *text, bool bullet);
/*
 * Add a sub-heading ("Summary") to the current section as a line of its
 * own: the paragraph being built is over, and none is joined on to it.
 */
void add_sub_heading(struct body *b, const char *text);
/* Add the paragraph being built to the current section. */
void flush_paragraph(struct body *b);
/* One line of running text; BLOCK_START when it opens its block. */
void add_text_line(struct body *b, const char *line, bool block_start);
/* Split LINE at TABs into at most MAX trimmed cells (empty ones kept, malloc'd). Returns the count. */
int split_cells(const char *line, char **cells, int max);
void free_cells(char **cells, int n);

/* ---- body_cite.c: paragraph numbers and pages ---------------------------- */

/* Work out which page each line is on (nothing when the text has no form feeds). */
void cite_init(struct body *b);
void cite_free(struct body *b);
/* The page the line being read is on, 0 when not known. */
int cite_page(const struct body *b);
/* A new section: it has no numbered paragraph yet. */
void cite_section(struct body *b);
/*
 * A paragraph starts with TEXT (after any bullet) at the line being read:
 * note its page, and its number (its own "15. ", or one printed alone on
 * a line just above it), when it fits the report's numbering.
 */
void cite_paragraph_start(struct body *b, const char *text);
/* Does LINE start with the very next paragraph number of the report's numbering? */
bool cite_number_due(const struct body *b, const char *line);
/* The paragraph TEXT is finished: a number displaced into it counts when it is the next one due. */
void cite_paragraph_end(struct body *b, const char *text);
/* Give the items added since the last call the current paragraph's number and the current page. */
void cite_items(struct body *b);

/* ---- body_lists.c: lists of items --------------------------------------- */

/* Start a list of KIND items for the current section: no timeframe, actor or items yet. */
void list_start(struct body *b, enum item_kind kind);
/* A timeframe heading ("Within three months:") for the items after it. */
void list_timeframe(struct body *b, const char *heading);
/* One line in a list; false when it is not part of the list (it is then text). */
bool list_line(struct body *b, const char *line, bool block_start);
/* An actor line wrapped over LINE and NEXT ("The council and the police" / "should:"). */
bool wrapped_actor_line(struct body *b, const char *line, const char *next);

/* ---- body_grades.c: summary tables of grades ---------------------------- */

/* A summary table of grades starts: its rows follow. */
void grades_start(struct body *b);
/* Is LINE the header row of a summary table ("Areas for judgement", TAB or column gap, "Grade awarded")? */
bool grades_header(const char *line);
/* Hand on the row held back, if any (at the end of the body). */
void grades_flush(struct body *b);
/* One line of the table (NEXT: the next line of the block, or NULL); false when the table has ended. */
bool grades_row(struct body *b, const char *line, const char *next, int lineno);

/* ---- body_strengths.c: strengths | areas for improvement tables --------- */

/* Is LINE the header row of a strengths | weaknesses table? */
bool pairs_header(const char *line);
/* A strengths table starts (or its header row was seen): no half row is held. */
void pairs_reset(struct body *b);
/* One row of the table; false when LINE is no row (the table has ended). */
bool pairs_row(struct body *b, const char *line, int lineno);

/* ---- body_headings.c: headings and grade lines -------------------------- */

/*
 * Is LINE a judgement in words and nothing else ("Good", "Requires
 * improvement to be good", and "require improvement" as a later report's
 * heading may go on)?  *J gets it.
 */
bool lone_judgement_words(const char *line, enum judgement *j);

/*
 * Is there a heading at line K of the block L[0..COUNT)?  *H gets it
 * (heading_free it).  AFTER_HEADING: line K comes right after a heading
 * read in the same block, so the line before it ends no sentence and may.
 */
bool find_heading(struct body *b, char **L, int k, int count, bool after_heading, struct heading *h);
void heading_free(struct heading *h);
/* Act on a heading found at LINE.  Returns false when the body has ended. */
bool handle_heading(struct body *b, struct heading *h, int line);
/* A line that is only a grade ("Grade 3", "**Grade 2 (good)**"); *RAW (if given) gets it without markup. */
bool grade_line(const char *line, int *num, enum judgement *word, char **raw);
/* Judge section SEC, unless it is judged already, from a grade NUM and/or WORD printed as RAW. */
void apply_grade(struct body *b, int sec, int num, enum judgement word, const char *raw,
		 enum judgement_source from);

#endif
