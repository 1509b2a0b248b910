/*
 * theme.h: how each kind of thing on screen looks.
 *
 * The browser draws every cell with a role (what the cell is: a border, a
 * strength, a "good" judgement).  A theme gives each role a foreground,
 * background and attributes, twice: once for terminals with 256 colours,
 * once as a fallback for terminals with 8.  Themes are YAML files read
 * with libyaml (format: themes/default.yaml); the default theme is also
 * built in, so a missing or broken file never leaves the user without one.
 *
 * Markers (the "+" before a strength, "-" before an area for improvement)
 * are drawn by the panes whatever the theme, so the difference survives
 * NO_COLOR and monochrome terminals; themes only add colour and attributes.
 */
#ifndef ECMR_THEME_H
#define ECMR_THEME_H

#include <stdbool.h>
#include <stddef.h>

/* What a screen cell shows.  Names (theme_role_name) are the YAML keys. */
enum role {
	ROLE_NORMAL = 0,      /* "normal": plain text */
	ROLE_BORDER,          /* "border": pane borders and separators */
	ROLE_TITLE,           /* "title": a pane's title, pane not focused */
	ROLE_TITLE_ACTIVE,    /* "title-active": the focused pane's title */
	ROLE_CURSOR,          /* "cursor": the selected row of the focused pane */
	ROLE_CURSOR_INACTIVE, /* "cursor-inactive": the selected row of other panes */
	ROLE_STATUS,          /* "status": the status line */
	ROLE_BREADCRUMB,      /* "breadcrumb": the line saying where you are */
	ROLE_DIM,             /* "dim": secondary detail (years, codes, counts) */
	ROLE_HEADING,         /* "heading": headings inside the section view */
	ROLE_STRENGTH,        /* "strength": a strength, in its list and in the text */
	ROLE_IMPROVEMENT,     /* "improvement": an area for improvement, likewise */
	ROLE_RECOMMENDATION,  /* "recommendation": a recommendation */
	ROLE_OUTSTANDING,     /* "outstanding": the judgement word */
	ROLE_GOOD,            /* "good" */
	ROLE_ADEQUATE,        /* "adequate" */
	ROLE_REQUIRES_IMPROVEMENT, /* "requires-improvement" */
	ROLE_INADEQUATE,      /* "inadequate" */
	ROLE_NOT_JUDGED,      /* "not-judged": a section with no judgement */
	ROLE_MATCH,           /* "match": search matches and the filter text */
	ROLE_PROMPT,          /* "prompt": the search and filter prompts */
	ROLE_NOTICE,          /* "notice": messages (index rebuilt, no matches) */
	ROLE_ERROR,           /* "error": error messages */
	ROLE_HELP_KEY,        /* "help-key": key names on the help screen */
	ROLE_COUNT
};

/* Attributes, as bits. */
enum {
	ATTR_BOLD = 1 << 0,
	ATTR_UNDERLINE = 1 << 1,
	ATTR_REVERSE = 1 << 2,
	ATTR_DIM = 1 << 3,
	ATTR_ITALIC = 1 << 4,
	ATTR_STANDOUT = 1 << 5,
};

/* A colour: COLOR_DEFAULT (the terminal's own), or 0..255 (0..7 the basic eight, 8..15 bright). */
#define THEME_COLOR_DEFAULT (-1)

struct style {
	short fg, bg;     /* THEME_COLOR_DEFAULT or 0..255 */
	unsigned attrs;   /* ATTR_* bits */
};

struct theme {
	char name[64];                 /* "default", or the file's name without .yaml */
	struct style color[ROLE_COUNT];  /* terminals with 256 colours (or 16) */
	struct style color8[ROLE_COUNT]; /* terminals with 8 colours */
	struct style mono[ROLE_COUNT];   /* no colour at all (NO_COLOR, monochrome): attributes only */
};

/* The YAML key of ROLE ("cursor-inactive"); NULL past ROLE_COUNT. */
const char *theme_role_name(enum role r);

/* Fill T with the built-in default theme (the same as themes/default.yaml). */
void theme_default(struct theme *t);

/*
 * Parse theme YAML (DATA, LEN bytes) read from FILENAME into T, starting
 * from the default theme so that roles the file leaves out keep their
 * default look.  Returns 0; or -1 with a malloc'd *ERR of the form
 * "FILENAME:LINE: what is wrong", in which case T holds the default theme.
 * Unknown keys and bad values are errors (a typo should not be silent).
 * Bounded in time and memory whatever the input: files over 256 KiB,
 * nesting deeper than 8 and aliases are refused.
 */
int theme_parse(const char *data, size_t len, const char *filename, struct theme *t, char **err);

/*
 * Where theme NAME is: NAME itself when it contains '/' or ends in
 * ".yaml"; else the first of ${XDG_CONFIG_HOME:-$HOME/.config}/ecmr/themes/NAME.yaml,
 * ECMR_DATADIR/themes/NAME.yaml and, for a binary run from its build tree,
 * DIR_OF_EXECUTABLE/../themes/NAME.yaml that exists.  Malloc'd, or NULL if
 * none exists.
 */
char *theme_find(const char *name);

/*
 * Load the theme NAME (see theme_find); NULL or "default" without a file
 * gives the built-in default.  Always leaves a usable theme in T.  Returns
 * 0; or -1 with a malloc'd *WARNING naming the file (and line) when the
 * theme could not be found or read, in which case T is the default theme.
 */
int theme_load(const char *name, struct theme *t, char **warning);

#endif
