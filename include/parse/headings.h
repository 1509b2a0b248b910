/*
 * headings.h: what each heading a report prints means to the parser.
 *
 * One table (in headings.c) maps normalized heading text to a role:
 * a section with a key, a scope switch, a list of strengths or areas for
 * improvement, a summary table, and so on.  The parser asks it about each
 * short block; summary-table rows and the row labels of strengths tables
 * are looked up the same way.
 */
#ifndef ECMR_HEADINGS_H
#define ECMR_HEADINGS_H

#include "report/report.h"

#include <stdbool.h>
#include <stddef.h>

enum heading_kind {
	HK_NONE = 0,
	HK_SECTION,         /* starts a section with KEY */
	HK_SCOPE,           /* switches scope to KEY ("safeguarding", "looked-after") */
	HK_GROUP,           /* groups the headings after it; no section of its own */
	HK_SUB,             /* a sub-heading inside a section; dropped */
	HK_INNER,           /* a sub-heading inside a section; kept as a line of its own in the text */
	HK_LIST,            /* a list of ITEM_KIND items for the current section */
	HK_LIST_SECTION,    /* a section with KEY whose body is a list of ITEM_KIND items */
	HK_CONTENTS,        /* a contents page: the block after it is skipped */
	HK_GRADES_TABLE,    /* a summary table of grades follows */
	HK_STRENGTHS_TABLE, /* a "Key strengths | Key areas for improvement" table follows */
	HK_ANNEX,           /* an annex: a section whose sub-headings stay inside it */
	HK_TIMEFRAME,       /* "Within three months:" inside a list */
	HK_CLOSING,         /* end of the letter's body */
};

struct heading_rule {
	const char *pattern;   /* normalized text (see heading_normalize) */
	enum { M_EXACT, M_PREFIX, M_CONTAINS } match;
	enum heading_kind kind;
	const char *key;       /* section key or scope; NULL: slug of the heading */
	enum item_kind item_kind;
	unsigned types;        /* bit (1 << report_type) where it applies; 0: every type */
	bool judged;           /* the section carries a judgement (prose may state it) */
	bool label_only;       /* only for table rows and labels, never a heading line */
};

/*
 * Normalize heading text for matching into OUT (CAP bytes): ASCII
 * lowercase, apostrophes dropped, "&" as "and", every other non-alphanumeric
 * run a single space, "well being" as "wellbeing", a leading "the" and a
 * leading number ("1. ") dropped.  Non-ASCII letters are kept as they are.
 */
void heading_normalize(const char *text, char *out, size_t cap);

/*
 * The rule for a heading's (already normalized) text in a report of TYPE,
 * or NULL.  AS_LABEL: the text is a table row or label, so label-only rules
 * apply too and HK_SECTION matches anywhere in it.
 */
const struct heading_rule *heading_match(const char *normalized, enum report_type type,
					 bool as_label);

/* A key for a heading no rule names: lowercase words joined by '-', at most 80 bytes. Malloc'd. */
char *heading_slug(const char *heading);

#endif
