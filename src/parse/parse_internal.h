/*
 * parse_internal.h: state shared by the parser's files (parse.c,
 * parse_header.c, parse_body.c).  Not for use outside the parser.
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

struct parser {
	struct report *r;
	struct text_lines *tl;
	char **line;          /* the text of each line; NULL where page furniture was removed */
	size_t n;
	enum grade_scale scale;    /* the numbering this report's grades use */

	/* from the header */
	size_t title_start, title_end, body_start, body_end;
	char *authority_raw;

	/* section builders: raw paragraphs per section, "\n"-separated */
	struct strbuf *raw;
	bool *judged;              /* may the section carry a judgement? */
	size_t nraw;

	struct pending_judgement *pj;
	size_t npj;
	struct pending_item *pi;
	size_t npi;
};

void parse_header(struct parser *ps);
void parse_body(struct parser *ps);

#endif
