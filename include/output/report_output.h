/*
 * report_output.h: printing a struct report for people (inspect) and for
 * programs (JSON for inspect --json and export).  Every string passes
 * through text_sanitize(), so no control character from a report reaches
 * the terminal.
 */
#ifndef ECMR_REPORT_OUTPUT_H
#define ECMR_REPORT_OUTPUT_H

#include "output/json.h"
#include "report/report.h"

#include <stdio.h>

/* What the parser found, in a readable outline: metadata, sections, judgements, items. */
void report_print_outline(const struct report *r, FILE *out);

/* One report as a JSON object in the export shape (see ecmr(1)). */
void report_write_json(const struct report *r, struct json *j);

#endif
