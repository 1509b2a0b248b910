/*
 * source.h: reading report files from disk: text as it is, PDF through
 * pdftotext when it is installed.
 */
#ifndef ECMR_SOURCE_H
#define ECMR_SOURCE_H

#include "parse/parse.h"

#include <stdbool.h>
#include <stddef.h>

/* Largest report file read; anything bigger is refused with a message. */
#define SOURCE_MAX_BYTES (64u * 1024 * 1024)

/*
 * Read PATH (a .txt file, or a PDF by name or by its "%PDF" signature)
 * and parse it into *R (zeroed here).  On failure *ERR gets a malloc'd
 * one-line reason ("no such file", "empty file", "binary data ...", "PDF,
 * but pdftotext is not installed (apt-get install poppler-utils)").  The
 * caller frees *R with report_free() whatever is returned.
 */
enum parse_status source_parse_file(const char *path, struct report *r, char **err);

/* Read PATH's bytes (converting a PDF to text).  Returns 0 or sets *ERR. */
int source_read(const char *path, char **data, size_t *len, char **err);

/* Does PATH name a file ecmr indexes when it walks a directory (.txt, .pdf)? */
bool source_wanted(const char *path);

#endif
