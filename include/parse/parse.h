/*
 * parse.h: turn the text of one inspection report into a struct report.
 *
 * The parser knows the formats described in FORMATS.md (APA letters, joint
 * area reviews, safeguarding and looked after children inspections) and the
 * artifacts PDF extraction leaves behind.  It never reads the file name.
 */
#ifndef ECMR_PARSE_H
#define ECMR_PARSE_H

#include "report/report.h"

#include <stddef.h>

enum parse_status {
	PARSE_OK = 0,        /* a recognised report */
	PARSE_UNRECOGNISED,  /* text, but not a report we know: kept as full text, with a warning */
	PARSE_EMPTY,         /* nothing but white space */
	PARSE_BINARY,        /* not text (NUL bytes, mostly control bytes) */
	PARSE_UNREADABLE,    /* set by source.c: missing, unreadable, too large, PDF without pdftotext */
};

/*
 * Parse DATA (LEN bytes, any encoding: UTF-8 with or without BOM, else read
 * as Windows-1252; CRLF and form feeds are normal) into *OUT, which must be
 * zeroed.  SOURCE is stored as the report's path and used in nothing else.
 * On PARSE_EMPTY and PARSE_BINARY, *OUT holds no sections and *ERROR (when
 * ERROR is not NULL) gets a malloc'd one-line reason naming the line where
 * it helps.  The caller frees *OUT with report_free() in every case.
 */
enum parse_status parse_report(const char *data, size_t len, const char *source,
			       struct report *out, char **error);

/*
 * parse_report for a caller that has hashed DATA already (HASH is
 * sha256_hex of DATA): the same, without hashing it a second time.
 */
enum parse_status parse_report_hashed(const char *data, size_t len, const char *source,
				      const char hash[65], struct report *out, char **error);

/* The parser's version: an index made by another version re-parses files. */
#define PARSER_VERSION 11

#endif
