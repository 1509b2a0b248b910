/*
 * config.c: reading the config file (see config.h) with the same strict
 * rules as themes (yaml_strict.c).  Each key is a row of a table: its name
 * and the function that reads its value.
 */
#include "tui/config.h"
#include "tui/yaml_strict.h"
#include "base/util.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CONFIG_MAX_BYTES (64 * 1024)
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

void config_defaults(struct config *c)
{
	*c = (struct config){ .mouse = true, .panes = PANE_WIDTHS_DEFAULT };
}

void config_free(struct config *c)
{
	free(c->theme);
	free(c->pager);
	free(c->index);
	config_defaults(c);
}

/* Read a non-empty string for KEY into *OUT (malloc'd); with HOME_DIR, a
 * leading "~/" becomes $HOME.  Returns 0 or -1. */
static int read_string(struct yaml_strict *y, const char *key, char **out, bool home_dir)
{
	const char *s = ys_scalar(y);
	if (!s || !*s || ys_is_null(y))
		return ys_fail(y, ys_line(y), "%s must be a non-empty string", key);
	const char *home = getenv("HOME");
	if (home_dir && strncmp(s, "~/", 2) == 0 && home && *home)
		*out = xasprintf("%s%s", home, s + 1);
	else
		*out = xstrdup(s);
	return 0;
}

/* Read the whole number KEY, from MIN to MAX (UNIT says of what), into *OUT.
 * Returns 0 or -1. */
static int read_int(struct yaml_strict *y, const char *key, int min, int max, const char *unit, int *out)
{
	const char *s = ys_plain(y);
	char *end = NULL;
	errno = 0;
	long v = s && *s >= '0' && *s <= '9' ? strtol(s, &end, 10) : -1;
	if (!s || !end || *end || errno || v < min || v > max)
		return ys_fail(y, ys_line(y), "%s must be a whole number of %s from %d to %d, not \"%s\"", key, unit,
			       min, max, s ? s : "(a list or mapping)");
	*out = (int)v;
	return 0;
}

/* A key of panes: and where its value goes. */
static const struct pane_key {
	const char *key;
	size_t offset;      /* in struct pane_widths */
	int min, max;
	const char *unit;
} pane_keys[] = {
	{ "authorities", offsetof(struct pane_widths, authorities), PANE_COLUMNS_MIN, PANE_COLUMNS_MAX, "columns" },
	{ "reports", offsetof(struct pane_widths, reports), PANE_COLUMNS_MIN, PANE_COLUMNS_MAX, "columns" },
	{ "sections", offsetof(struct pane_widths, sections), PANE_COLUMNS_MIN, PANE_COLUMNS_MAX, "columns" },
	{ "text", offsetof(struct pane_widths, text_percent), PANE_TEXT_MIN, PANE_TEXT_MAX, "percent" },
};

/* What the keys of panes: are read into, and which were seen. */
struct panes_ctx {
	struct pane_widths *w;
	uint32_t seen;
};

/* ys_key_fn for the keys of panes:. */
static int pane_key(struct yaml_strict *y, const char *key, size_t line, void *ctx)
{
	struct panes_ctx *p = ctx;
	int i = ys_key_index(y, pane_keys, COUNT(pane_keys), sizeof pane_keys[0], key, line, &p->seen, "panes",
			     "authorities, reports, sections or text");
	if (i < 0)
		return -1;
	char what[32];
	snprintf(what, sizeof what, "panes.%s", key);
	const struct pane_key *k = &pane_keys[i];
	return read_int(y, what, k->min, k->max, k->unit, (int *)((char *)p->w + k->offset));
}

/* Readers of the top-level values, into C. */
static int read_theme(struct yaml_strict *y, struct config *c)
{
	return read_string(y, "theme", &c->theme, true);
}

static int read_pager(struct yaml_strict *y, struct config *c)
{
	return read_string(y, "pager", &c->pager, false);
}

static int read_index(struct yaml_strict *y, struct config *c)
{
	return read_string(y, "index", &c->index, true);
}

static int read_mouse(struct yaml_strict *y, struct config *c)
{
	/* YAML 1.1 also wrote on and off for true and false, and "mouse: off" reads naturally */
	static const struct { const char *word; bool on; } words[] = {
		{ "true", true }, { "on", true }, { "false", false }, { "off", false },
	};
	const char *s = ys_plain(y);
	for (size_t i = 0; s && i < sizeof words / sizeof words[0]; i++)
		if (strcmp(s, words[i].word) == 0) {
			c->mouse = words[i].on;
			return 0;
		}
	return ys_fail(y, ys_line(y), "mouse must be true or false, not \"%s\"",
		       ys_scalar(y) ? ys_scalar(y) : "(a list or mapping)");
}

static int read_panes(struct yaml_strict *y, struct config *c)
{
	struct panes_ctx p = { &c->panes, 0 };
	return ys_each_key(y, "panes", pane_key, &p);
}

/* The top-level keys. */
static const struct top_key {
	const char *key;
	int (*read)(struct yaml_strict *y, struct config *c);
} top_keys[] = {
	{ "theme", read_theme },
	{ "pager", read_pager },
	{ "mouse", read_mouse },
	{ "index", read_index },
	{ "panes", read_panes },
};

/* What the top-level keys are read into, and which were seen. */
struct top_ctx {
	struct config *c;
	uint32_t seen;
};

/* ys_key_fn for the top level. */
static int top_key(struct yaml_strict *y, const char *key, size_t line, void *ctx)
{
	struct top_ctx *t = ctx;
	int i = ys_key_index(y, top_keys, COUNT(top_keys), sizeof top_keys[0], key, line, &t->seen, NULL,
			     "theme, pager, mouse, index or panes");
	return i < 0 ? -1 : top_keys[i].read(y, t->c);
}

int config_parse(const char *data, size_t len, const char *filename, struct config *c, char **err)
{
	if (err)
		*err = NULL;
	config_defaults(c);
	if (!filename)
		filename = "(config)";
	if (len > CONFIG_MAX_BYTES)
		return ys_hand_over(xasprintf("%s:1: the file is %zu bytes; a config file may have at most %d KiB",
					   filename, len, CONFIG_MAX_BYTES / 1024), err);
	struct yaml_strict y;
	struct top_ctx t = { c, 0 };
	if (ys_parse(&y, data ? data : "", data ? len : 0, filename, "config", "the config file", top_key, &t)) {
		config_free(c);
		return ys_hand_over(y.err, err);
	}
	return 0;
}

char *config_path(void)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	if (xdg && *xdg)
		return xasprintf("%s/ecmr/config.yaml", xdg);
	if (home && *home)
		return xasprintf("%s/.config/ecmr/config.yaml", home);
	return NULL;
}

int config_load(struct config *c, char **warning)
{
	if (warning)
		*warning = NULL;
	config_defaults(c);
	char *path = config_path(), *data, *why;
	size_t len;
	struct stat st;
	if (!path || (lstat(path, &st) != 0 && errno == ENOENT)) { /* no file: nothing to say */
		free(path);
		return 0;
	}
	int rc = ys_read_file(path, CONFIG_MAX_BYTES, "config", &data, &len, &why);
	if (rc)
		ys_hand_over(why, warning);
	else
		rc = config_parse(data, len, path, c, warning);
	free(data);
	free(path);
	return rc;
}
