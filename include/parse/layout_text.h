/*
 * layout_text.h: reading a `pdftotext -layout` rendition as the default
 * mode's text.
 *
 * A layout-preserving extraction places every line at its column on the
 * page: all lines share a left margin of spaces, headings stand indented,
 * and a justified line has its word gaps widened to two or more spaces.
 * The rest of the parser reads lines as the default mode gives them, so a
 * layout rendition is brought to that shape first: the shared margin goes,
 * and a gap inside a line that is no table column becomes one space.
 */
#ifndef ECMR_LAYOUT_TEXT_H
#define ECMR_LAYOUT_TEXT_H

#include "parse/text.h"

#include <stdbool.h>

/*
 * Is TL a layout rendition?  True when most of its non-empty lines (90%)
 * share a left margin of at least two spaces, or when at least one in
 * eight of them (and no fewer than eight) holds a gap of two or more
 * spaces after a letter or a full stop and before a word.  *MARGIN gets
 * the shared margin (0 when there is none).
 */
bool layout_detect(const struct text_lines *tl, size_t *margin);

/*
 * Bring a layout rendition TL to the default mode's shape, in place:
 * remove the shared margin from every line (a line indented less loses
 * what indent it has); collapse each gap of two or more spaces inside a
 * line to one space, except a gap of three or more spaces before a
 * capital, a digit or an opening bracket, which separates a table's
 * columns ("Overall effectiveness      Good") that the summary table
 * readers need.  A text that is no layout rendition is left alone.
 */
void layout_normalise(struct text_lines *tl);

#endif
