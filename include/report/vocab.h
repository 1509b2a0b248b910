/*
 * vocab.h: the vocabulary of the report model, shared by every stage.
 *
 * The parser names sections with keys ("staying-safe", "overall"); the
 * browser, show, the grids and search name them back to people and map
 * them to the five Every Child Matters outcomes.  Those mappings live here
 * once, so no stage after the parser needs the parser's heading table.
 */
#ifndef ECMR_VOCAB_H
#define ECMR_VOCAB_H

#include "report/report.h"

#include <stdbool.h>

/* Is KEY one of the five Every Child Matters outcomes?  Returns 1..5 in their order, else 0. */
int outcome_index(const char *key);

/* The key of outcome N (1..5, in their usual order), or NULL. */
const char *outcome_key(int n);

/* Human name for a section key, for keys whose heading is missing ("being-healthy" -> "Being healthy"). */
const char *section_key_label(const char *key);

/*
 * The Every Child Matters outcome (1..5) that section KEY of a report of
 * TYPE judges, in whatever scope; 0 when it judges none.  One table for
 * every view that lines reports of different frameworks up by outcome:
 * the five outcome keys are themselves; a joint area review's
 * safeguarding judgement is its judgement of staying safe; nothing else is.
 */
int section_outcome(enum report_type type, const char *key);

/* Is SECTION KEY of TYPE an outcome's judgement under another name (a JAR's safeguarding)? */
bool section_outcome_is_proxy(enum report_type type, const char *key);

/*
 * Where a judgement of section KEY stands among a report's judgements when
 * they are laid out as rows or columns (the grids, `ecmr grades --wide`):
 * 0 overall effectiveness, 1..5 the outcomes, 6 capacity to improve, 7 any
 * other (the framework's own, in the order they come).
 */
int section_rank(const char *key);

/* "APA", "JAR", "SLAC", "?": a report type in few columns. */
const char *report_type_abbrev(enum report_type t);

#endif
