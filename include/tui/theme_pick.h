/*
 * theme_pick.h: which of a theme's tables applies to this terminal.
 */
#ifndef ECMR_THEME_PICK_H
#define ECMR_THEME_PICK_H

#include "tui/theme.h"

#include <stdio.h>

/* The colour depth to draw with: 0 (none: NO_COLOR or monochrome), 8, or 256. */
enum color_depth { DEPTH_NONE = 0, DEPTH_8 = 8, DEPTH_256 = 256 };

/*
 * The depth for a terminal with COLORS colours (curses' COLORS; 0 when
 * it has none): NO_COLOR set and non-empty wins (no colour at all).
 */
enum color_depth theme_depth(int colors);

/* The style of ROLE at DEPTH: from color, color8 or mono. */
const struct style *theme_style(const struct theme *t, enum role role, enum color_depth depth);

/* Write each role's style at DEPTH, one line a role ("strength fg=2 bg=default bold"). */
void theme_dump_styles(const struct theme *t, enum color_depth depth, FILE *out);

#endif
