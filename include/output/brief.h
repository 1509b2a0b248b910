/*
 * brief.h: the meeting brief made from the user's marks (B in the browser,
 * `ecmr brief`): the marked items and sections grouped by authority and
 * by outcome, each with its report (year, type), date, section, paragraph
 * where the report numbers it, and that section's judgement beside it;
 * then the authorities marked for comparison, and last the marks whose
 * report is no longer in the index.  Plain text or Markdown.
 */
#ifndef ECMR_BRIEF_H
#define ECMR_BRIEF_H

#include "report/marks.h"

enum brief_format { BRIEF_TEXT, BRIEF_MARKDOWN };

/*
 * The brief of marks M as found in an index (V, N entries, from
 * db_marked), in FORMAT.  Every piece of report text is made safe to
 * print (no control characters).  Malloc'd.
 */
char *brief_render(const struct marks *m, const struct marked *v, size_t n, enum brief_format format);

#endif
