/*
 * config.h: the user's settings file, ${XDG_CONFIG_HOME:-~/.config}/ecmr/config.yaml.
 *
 * Every key is optional:
 *
 *   theme: light              # a theme's name or a theme file, as --theme
 *   pager: less -S            # what p and P run, as $PAGER
 *   mouse: false              # whether the browser takes the mouse
 *   index: ~/reports/ecmr.db  # the index, as -i
 *   panes:                    # how the panes share the width
 *     authorities: 30         #   columns each list pane asks for
 *     reports: 24
 *     sections: 36
 *     text: 40                #   percent of the width the section text keeps at least
 *
 * Whoever uses a setting applies the order command line > environment >
 * config file > built-in default, so the file only fills in what the user
 * did not say otherwise.  The file is read as strictly as themes are (see
 * yaml_strict.h): an unknown key, a key given twice or a value of the wrong
 * kind is an error naming the file and line, and then no setting of the
 * file is used.
 */
#ifndef ECMR_CONFIG_H
#define ECMR_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

/* How the panes share the screen's width (see view.c): the columns each
 * list pane asks for when the section text is shown beside it, and the
 * least share of the width, in percent, the section text keeps. */
struct pane_widths {
	int authorities, reports, sections;
	int text_percent;
};

/* The built-in layout. */
#define PANE_WIDTHS_DEFAULT { 30, 24, 36, 40 }

/* The limits of each pane width (columns) and of text_percent. */
#define PANE_COLUMNS_MIN 8
#define PANE_COLUMNS_MAX 500
#define PANE_TEXT_MIN 10
#define PANE_TEXT_MAX 90

struct config {
	char *theme;        /* NULL when not set; for theme and index a leading "~/" */
	char *pager;        /* is already replaced by $HOME */
	char *index;
	bool mouse;         /* true unless set false */
	struct pane_widths panes;
};

/* Fill C with the built-in settings: nothing set, the mouse on, the built-in layout. */
void config_defaults(struct config *c);

/* Free what C holds and leave the built-in settings. */
void config_free(struct config *c);

/*
 * Parse config YAML (DATA, LEN bytes) read from FILENAME into C, over the
 * built-in settings.  Returns 0; or -1 with a malloc'd *ERR of the form
 * "FILENAME:LINE: what is wrong", in which case C holds the built-in
 * settings.  Files over 64 KiB are refused.
 */
int config_parse(const char *data, size_t len, const char *filename, struct config *c, char **err);

/* The config file's path, malloc'd: $XDG_CONFIG_HOME/ecmr/config.yaml, or
 * $HOME/.config/ecmr/config.yaml when XDG_CONFIG_HOME is unset or empty
 * (the same rule as for the themes directory beside it); NULL when neither
 * is set. */
char *config_path(void);

/*
 * Read the config file (config_path) into C.  A missing file is no error:
 * C holds the built-in settings and 0 is returned.  Returns -1 with a
 * malloc'd *WARNING naming the file (and line) when it exists but cannot
 * be read or has an error; C then holds the built-in settings.
 */
int config_load(struct config *c, char **warning);

#endif
