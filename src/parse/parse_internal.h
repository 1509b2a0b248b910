/*
 * parse_internal.h: what the parser's stages share.  Not for use outside
 * the parser.
 *
 * parse.c runs the stages over one struct parser: furniture.c drops page
 * furniture, parse_header.c reads the header, parse_body.c (with the
 * body_*.c files, which share body.h) reads the body, and sections.c, the
 * one section builder, creates and fills every section and finishes them.
 */
#ifndef ECMR_PARSE_INTERNAL_H
#define ECMR_PARSE_INTERNAL_H

#include "report/report.h"
#include "parse/text.h"
#include "base/util.h"

#include <stdbool.h>
#include <stddef.h>

/* A judgement read from a summary table, applied once all sections exist. */
struct pending_judgement {
	char *key, *scope, *label, *raw;
	enum judgement j;
	enum grade_scale scale;
	int line;
};

/* An item from a strengths table row naming its section, attached at the end. */
struct pending_item {
	char *key;
	enum item_kind kind;
	char *text;
	char *label;
	int line;
};

/* Where a raw paragraph can be cited: its printed number and its page, 0 for none. */
struct para_cite {
	int num, page;
	bool heading; /* a sub-heading kept as a line of the text: no paragraph is joined on to it */
};

/* The citations of one section's raw paragraphs, one for each. */
struct para_cites {
	struct para_cite *v;
	size_t n, cap;
};

/* An item of a later report's list (later_lists.c), and the list, attached after the body. */
struct later_item {
	char *text, *timeframe;
	int line;
};

struct later_list {
	const char *key, *scope;
	char *heading;
	enum item_kind kind;
	int line;
	struct later_item *items;
	size_t nitems, items_cap;
};

struct parser {
	struct report *r;
	struct text_lines *tl;
	char **line;          /* the text of each line; NULL where page furniture was removed */
	size_t n;
	enum grade_scale scale;    /* the numbering this report's grades use */

	/* from the header */
	size_t title_start, title_end, body_start, body_end;
	char *authority_raw;

	/* kept by sections.c, one of each per section: raw paragraphs, "\n"-separated */
	struct strbuf *raw;
	bool *judged;              /* may the section carry a judgement? */
	size_t nraw, raw_cap, judged_cap;
	struct para_cites *cites;  /* ... and each raw paragraph's citation, one set per section */
	size_t cites_cap;

	struct pending_judgement *pj;
	size_t npj, pj_cap;
	struct pending_item *pi;
	size_t npi, pi_cap;

	/* later_lists.c: what a later report says must improve */
	struct later_list *ll;
	size_t nll, ll_cap;
};

/*
 * Does a report of type T divide its sections by scope ("safeguarding",
 * "looked-after", "lscb")?  The 2009-12 inspections and every later kind.
 */
static inline bool type_has_scopes(enum report_type t)
{
	return t >= RT_SLAC && t <= RT_MONITORING_VISIT;
}

/* Is T a kind of the frameworks after 2013 that grade in words only (SIF, ILACS and its visits)? */
static inline bool type_grades_in_words(enum report_type t)
{
	return t >= RT_SIF && t <= RT_MONITORING_VISIT;
}

/*
 * later.c: the judgement table at the head of a SIF or ILACS report
 * ("The impact of leaders ..." / "Good"), and its overall judgement in a
 * sentence, as pending judgements.
 */
void read_later_judgements(struct parser *ps);

/*
 * later_lists.c: the lists of what must improve in a 2012-13 inspection or
 * a SIF report, read before the body (their lines blanked for it) and
 * attached as sections of their own after it; then freed.
 */
void read_later_lists(struct parser *ps);
void attach_later_lists(struct parser *ps);
void later_lists_free(struct parser *ps);

/* csa.c: a children's services assessment letter's judgement ("performs well"), pending for "overall". */
void read_csa_judgement(struct parser *ps);

/*
 * pages.c: the page each of TL's lines is on, as the report numbers its
 * pages where it prints their numbers alike, else counted from the file's
 * first page (one more at each form feed); 0 for a page before the
 * printed first.  Malloc'd, TL->n entries (and one spare); NULL when the
 * text has no form feeds.
 */
int *text_pages(const struct text_lines *tl);

/* furniture.c: blank out (set to NULL) running headers, footers and page numbers. */
void drop_furniture(struct parser *ps);

/* parse_header.c: the report's type, title, authority and dates; sets body_start. */
void parse_header(struct parser *ps);

/*
 * header_authority.c: when the title named no authority, the one the
 * first page names, else the one the reference number (a DfE code) is,
 * else the one the file's name names, as ps->authority_raw (unset when
 * none is found).
 */
void guess_authority(struct parser *ps);

/* parse_body.c: the lines from body_start to body_end into sections, items and pending judgements. */
void parse_body(struct parser *ps);

/* ---- sections.c: the section builder ----------------------------------- */

/*
 * A new section of the report, with an empty paragraph buffer; JUDGED
 * says whether prose may judge it.  Returns its index in ps->r->sections.
 */
int section_open(struct parser *ps, const char *key, const char *scope, const char *heading, int line,
		 bool judged);

/* Append one raw paragraph (a bullet first, with BULLET) to section SEC. */
void section_add_paragraph(struct parser *ps, int sec, const char *text, bool bullet);

/* As section_add_paragraph, for a paragraph the report numbers and/or whose page is known. */
void section_add_cited_paragraph(struct parser *ps, int sec, const char *text, bool bullet,
				 struct para_cite cite);

/*
 * Hold a summary-table judgement for the section KEY in SCOPE until every
 * section exists; KEY and LABEL (the row's label, cleaned) are taken over.
 */
void section_pend_judgement(struct parser *ps, char *key, const char *scope, char *label, const char *raw,
			    enum judgement j, enum grade_scale scale, int line);

/* Hold an item (TEXT taken over) for the section KEY until every section exists. */
void section_pend_item(struct parser *ps, const char *key, enum item_kind kind, char *text, int line);

/*
 * After the body: apply what is pending, clean every section's text and
 * items, judge from prose where nothing else did, drop empty sections.
 */
void finish_sections(struct parser *ps);

/* Free what the section builder holds (not the report's sections). */
void sections_free(struct parser *ps);

#endif
