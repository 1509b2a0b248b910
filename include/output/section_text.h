/*
 * section_text.h: a section or a whole report as plain wrapped text, for
 * the pager (p, P) and for `ecmr show`.  The same words the section pane
 * shows: authority, report, date, section, judgement in words, strengths,
 * areas for improvement, recommendations, then the text.
 */
#ifndef ECMR_SECTION_TEXT_H
#define ECMR_SECTION_TEXT_H

#include "report/report.h"

#include <stdbool.h>

/*
 * Render section S of R (S NULL: every section, in reading order) wrapped
 * to WIDTH columns, every character made safe by display_string (ASCII
 * when ASCII).  Malloc'd.
 */
char *section_text_render(const struct report *r, const struct section *s, int width, bool ascii);

/* "4 December 2007" for "2007-12-04" into BUF (CAP bytes); the input if it is not ISO. */
const char *section_text_date(const char *iso, char *buf, int cap);


/*
 * How the judgement was printed, in words that need no knowledge of the
 * year's numbering: "printed as \"Grade 3\", where 4 is outstanding and 1
 * inadequate".  Malloc'd; "" when the section has no judgement.
 */
char *section_text_grade_note(const struct section *s);

/* The heading to show for S: its heading, or the label of its key; with the scope when not "all". */
char *section_text_title(const struct section *s);

#endif
