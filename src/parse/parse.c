/*
 * parse.c: parse_report(): bytes in, struct report out.
 *
 * The pipeline: decode and normalise characters (text.c); bring a
 * `pdftotext -layout` rendition to the default mode's lines (layout_text.c); drop page
 * furniture (furniture.c); read the header (parse_header.c); decide which
 * grade numbering the report uses; read the body (parse_body.c); then
 * finish each section (sections.c): clean its text, clean and split its
 * items, apply judgements from summary tables and prose.
 */
#include "parse/parse.h"
#include "parse/clean.h"
#include "parse/grade.h"
#include "parse/layout_text.h"
#include "parse_internal.h"
#include "base/sha256.h"
#include "report/vocab.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- the entry point ---------------------------------------------------- */

/* The numbering of the first grade legend in the text; *LINE gets its line. */
static enum grade_scale detect_scale(struct parser *ps, int *line)
{
	for (size_t i = 0; i < ps->n; i++) {
		if (!ps->line[i])
			continue;
		enum grade_scale s = scale_hint(ps->line[i]);
		if (s != SCALE_NONE) {
			*line = ps->tl->v[i].no;
			return s;
		}
	}
	return SCALE_NONE;
}

/*
 * The numbering this report's grades use.  Each known report type has one
 * (FORMATS.md), whatever a stray legend-like line says; a legend decides
 * only for a text of unknown type.
 */
static enum grade_scale report_scale(struct parser *ps)
{
	struct report *r = ps->r;
	int line = 0;
	enum grade_scale hint = detect_scale(ps, &line);
	if (type_grades_in_words(r->type))
		return SCALE_WORDS;
	enum grade_scale typed = r->type == RT_SLAC || r->type == RT_LAC || r->type == RT_CP ? SCALE_ONE_HIGH
				 : r->type == RT_APA || r->type == RT_JAR || r->type == RT_CSA ? SCALE_FOUR_HIGH : SCALE_NONE;
	if (typed == SCALE_NONE)
		return hint != SCALE_NONE ? hint : r->year >= 2009 ? SCALE_ONE_HIGH : SCALE_FOUR_HIGH;
	if (hint != SCALE_NONE && hint != typed)
		report_warn(r, line, "this grade legend numbers grades from %s, but %s reports number them from %s; "
				     "using the latter", hint == SCALE_ONE_HIGH ? "1 = outstanding" : "4 = outstanding",
			    report_type_label(r->type), typed == SCALE_ONE_HIGH ? "1 = outstanding" : "4 = outstanding");
	return typed;
}

/* Free what the parser holds besides the report and the decoded lines. */
static void parser_free(struct parser *ps)
{
	sections_free(ps);
	later_lists_free(ps);
	free(ps->line);
	free(ps->authority_raw);
}

/* An APA letter is written round the five outcomes: warn when none was found. */
static void check_outcomes(struct report *r)
{
	if (r->type != RT_APA)
		return;
	int found = 0;
	for (size_t i = 0; i < r->nsections; i++)
		if (outcome_index(r->sections[i].key))
			found++;
	if (!found)
		report_warn(r, 0, "no Every Child Matters outcome headings found in this letter");
}

enum parse_status parse_report(const char *data, size_t len, const char *source,
			       struct report *out, char **error)
{
	char hash[65];
	sha256_hex(data, len, hash);
	return parse_report_hashed(data, len, source, hash, out, error);
}

/*
 * Decode DATA into TL, warning on OUT about what decoding changed.
 * Returns PARSE_OK, or PARSE_BINARY or PARSE_EMPTY (with *ERROR, when
 * ERROR is not NULL, saying why) and then TL holds nothing to free.
 */
static enum parse_status decode(const char *data, size_t len, struct report *out, struct text_lines *tl,
				char **error)
{
	/* UTF-16 (with its byte order mark) is read as the text it is */
	size_t u8len;
	char *u8 = text_from_utf16(data, len, &u8len);
	if (u8) {
		data = u8;
		len = u8len;
	}
	int bad_line;
	if (text_is_binary(data, len, &bad_line)) {
		if (error)
			*error = xasprintf("binary data (a NUL or control byte at line %d), not a report text", bad_line);
		free(u8);
		return PARSE_BINARY;
	}
	text_decode(data, len, tl);
	free(u8);
	/* a `pdftotext -layout` rendition is read as the default mode's lines */
	layout_normalise(tl);
	bool blank = true;
	for (size_t i = 0; i < tl->n && blank; i++)
		for (const char *p = tl->v[i].s; *p && blank; p++)
			if (!isspace((unsigned char)*p))
				blank = false;
	if (blank) {
		text_lines_free(tl);
		if (error)
			*error = xstrdup(len ? "holds only white space" : "empty file");
		return PARSE_EMPTY;
	}
	/* Windows-1252 is read as what it is: nothing for a person to look at, so no warning */
	if (tl->control_bytes)
		report_warn(out, tl->first_control_line, "%zu control character%s removed", tl->control_bytes,
			    tl->control_bytes == 1 ? "" : "s");
	return PARSE_OK;
}

enum parse_status parse_report_hashed(const char *data, size_t len, const char *source,
				      const char hash[65], struct report *out, char **error)
{
	memset(out, 0, sizeof *out);
	out->source = xstrdup(source ? source : "");
	memcpy(out->hash, hash, 65);
	if (error)
		*error = NULL;
	struct text_lines tl;
	enum parse_status st = decode(data, len, out, &tl, error);
	if (st != PARSE_OK)
		return st;

	struct parser ps = { .r = out, .tl = &tl, .n = tl.n };
	ps.line = xmalloc((tl.n + 1) * sizeof *ps.line);
	for (size_t i = 0; i < tl.n; i++)
		ps.line[i] = tl.v[i].s;
	drop_furniture(&ps);
	parse_header(&ps);
	ps.scale = report_scale(&ps);
	ps.body_end = ps.n;
	read_later_judgements(&ps);
	read_later_lists(&ps);
	read_csa_judgement(&ps);
	parse_body(&ps);
	attach_later_lists(&ps);
	finish_sections(&ps);
	check_outcomes(out);
	if (out->type == RT_UNKNOWN)
		report_warn(out, 0, "not recognised as an APA letter, joint area review or safeguarding and "
				    "looked after children inspection; indexed as full text");
	else if (!out->authority)
		report_warn(out, 0, "no authority name found");
	parser_free(&ps);
	text_lines_free(&tl);
	return out->type == RT_UNKNOWN ? PARSE_UNRECOGNISED : PARSE_OK;
}
