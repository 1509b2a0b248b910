/*
 * source.h: reading report files from disk: text as it is, PDF through
 * pdftotext when it is installed.
 */
#ifndef ECMR_SOURCE_H
#define ECMR_SOURCE_H

#include "parse/parse.h"

#include <signal.h>
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

/* Seconds a converter (pdftotext) may take on one file unless ECMR_CONVERT_TIMEOUT says otherwise. */
#define SOURCE_CONVERT_TIMEOUT 60

/* What source_read returns when STOP (source_configure) ended a conversion: not the file's fault. */
#define SOURCE_STOPPED (-2)

/*
 * Set how conversions end early: when *STOP (may be NULL) becomes
 * non-zero, and after ECMR_CONVERT_TIMEOUT seconds (SOURCE_CONVERT_TIMEOUT
 * when unset; 0 for no limit).  Call before reading any file, from one
 * thread.  Returns 0, or -1 with *ERR when ECMR_CONVERT_TIMEOUT is not a
 * number of seconds.
 */
int source_configure(volatile sig_atomic_t *stop, char **err);

/*
 * Read PATH's bytes (converting a PDF to text).  Returns 0; or -1 with
 * *ERR (malloc'd); or SOURCE_STOPPED, with no message, when the stop
 * flag ended a conversion.
 */
int source_read(const char *path, char **data, size_t *len, char **err);

/* Does PATH name a file ecmr indexes when it walks a directory (.txt, .pdf)? */
bool source_wanted(const char *path);

#endif
