/*
 * theme.c: the built-in default theme, theme files and where they are.
 *
 * Theme files are read strictly (tui/yaml_strict.h): every key is checked
 * as soon as it is read, aliases and anchors are refused, and a hostile
 * file costs no more than its size (at most 256 KiB).
 */
#include "tui/theme.h"
#include "tui/yaml_strict.h"
#include "base/util.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef ECMR_DATADIR
#define ECMR_DATADIR "/usr/local/share/ecmr"
#endif

#define THEME_MAX_BYTES (256 * 1024)
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The YAML key of every role, in enum order. */
static const char *const role_names[ROLE_COUNT] = {
	[ROLE_NORMAL] = "normal",
	[ROLE_BORDER] = "border",
	[ROLE_TITLE] = "title",
	[ROLE_TITLE_ACTIVE] = "title-active",
	[ROLE_CURSOR] = "cursor",
	[ROLE_CURSOR_INACTIVE] = "cursor-inactive",
	[ROLE_STATUS] = "status",
	[ROLE_BREADCRUMB] = "breadcrumb",
	[ROLE_DIM] = "dim",
	[ROLE_HEADING] = "heading",
	[ROLE_STRENGTH] = "strength",
	[ROLE_IMPROVEMENT] = "improvement",
	[ROLE_RECOMMENDATION] = "recommendation",
	[ROLE_OUTSTANDING] = "outstanding",
	[ROLE_GOOD] = "good",
	[ROLE_ADEQUATE] = "adequate",
	[ROLE_REQUIRES_IMPROVEMENT] = "requires-improvement",
	[ROLE_INADEQUATE] = "inadequate",
	[ROLE_NOT_JUDGED] = "not-judged",
	[ROLE_MATCH] = "match",
	[ROLE_PROMPT] = "prompt",
	[ROLE_NOTICE] = "notice",
	[ROLE_ERROR] = "error",
	[ROLE_HELP_KEY] = "help-key",
};

/* A name a theme file may use for a number (a colour or an attribute bit). */
struct named {
	const char *name;
	int value;
};

static const struct named colour_names[] = {
	{ "default", THEME_COLOR_DEFAULT },
	{ "black", 0 }, { "red", 1 }, { "green", 2 }, { "yellow", 3 },
	{ "blue", 4 }, { "magenta", 5 }, { "cyan", 6 }, { "white", 7 },
	{ "bright-black", 8 }, { "bright-red", 9 }, { "bright-green", 10 },
	{ "bright-yellow", 11 }, { "bright-blue", 12 }, { "bright-magenta", 13 },
	{ "bright-cyan", 14 }, { "bright-white", 15 },
};

static const struct named attr_names[] = {
	{ "bold", ATTR_BOLD }, { "underline", ATTR_UNDERLINE },
	{ "reverse", ATTR_REVERSE }, { "dim", ATTR_DIM },
	{ "italic", ATTR_ITALIC }, { "standout", ATTR_STANDOUT },
};

/* Short names for the built-in tables below. */
enum { DEF = THEME_COLOR_DEFAULT, RED = 1, GREEN = 2, YELLOW = 3, BLUE = 4,
       MAGENTA = 5, CYAN = 6, BRIGHT_GREEN = 10 };
enum { B = ATTR_BOLD, U = ATTR_UNDERLINE, R = ATTR_REVERSE, D = ATTR_DIM, I = ATTR_ITALIC };

/*
 * The default theme: each role's look on 256/16-colour terminals, then its
 * attributes without colour.  Every role is listed (an unlisted one would
 * be black on black).
 */
static const struct {
	struct style color;
	unsigned mono;
} defaults[ROLE_COUNT] = {
	[ROLE_NORMAL] = { { DEF, DEF, 0 }, 0 },
	[ROLE_BORDER] = { { BLUE, DEF, 0 }, 0 },
	[ROLE_TITLE] = { { DEF, DEF, 0 }, 0 },
	[ROLE_TITLE_ACTIVE] = { { DEF, DEF, B }, B },
	[ROLE_CURSOR] = { { DEF, DEF, R }, R },
	[ROLE_CURSOR_INACTIVE] = { { DEF, DEF, U }, U },
	[ROLE_STATUS] = { { DEF, DEF, R }, R },
	[ROLE_BREADCRUMB] = { { DEF, DEF, B }, B },
	[ROLE_DIM] = { { DEF, DEF, D }, D },
	[ROLE_HEADING] = { { DEF, DEF, B | U }, B | U },
	[ROLE_STRENGTH] = { { GREEN, DEF, 0 }, B },
	[ROLE_IMPROVEMENT] = { { MAGENTA, DEF, 0 }, U },
	[ROLE_RECOMMENDATION] = { { CYAN, DEF, 0 }, I },
	[ROLE_OUTSTANDING] = { { BRIGHT_GREEN, DEF, B }, B },
	[ROLE_GOOD] = { { GREEN, DEF, 0 }, B },
	[ROLE_ADEQUATE] = { { YELLOW, DEF, 0 }, B },
	[ROLE_REQUIRES_IMPROVEMENT] = { { RED, DEF, 0 }, B },
	[ROLE_INADEQUATE] = { { RED, DEF, B }, B | U },
	[ROLE_NOT_JUDGED] = { { DEF, DEF, D }, D },
	[ROLE_MATCH] = { { YELLOW, DEF, B | U }, B | U },
	[ROLE_PROMPT] = { { DEF, DEF, B }, B },
	[ROLE_NOTICE] = { { CYAN, DEF, 0 }, B },
	[ROLE_ERROR] = { { RED, DEF, B }, B },
	[ROLE_HELP_KEY] = { { CYAN, DEF, B }, B },
};

/* The YAML key of role R ("cursor-inactive"); NULL when R is not a role. */
const char *theme_role_name(enum role r)
{
	return (unsigned)r < ROLE_COUNT ? role_names[r] : NULL;
}

/*
 * S as an 8-colour terminal can show it: foregrounds 8..15 become 0..7
 * plus bold (which brightens them), backgrounds 8..15 become 0..7, and
 * colours past 15 become the terminal's default.
 */
static struct style style_to8(struct style s)
{
	if (s.fg > 15)
		s.fg = THEME_COLOR_DEFAULT;
	else if (s.fg >= 8) {
		s.fg = (short)(s.fg - 8);
		s.attrs |= ATTR_BOLD;
	}
	if (s.bg > 15)
		s.bg = THEME_COLOR_DEFAULT;
	else if (s.bg >= 8)
		s.bg = (short)(s.bg - 8);
	return s;
}

/* Set every role of T's 8-colour table that GIVEN (bit per role) lacks from T's colour table. */
static void fill_color8(struct theme *t, uint32_t given)
{
	for (int r = 0; r < ROLE_COUNT; r++)
		if (!(given & (UINT32_C(1) << r)))
			t->color8[r] = style_to8(t->color[r]);
}

/*
 * Fill T with the built-in default theme, named "default": the defaults
 * table for colour and mono, colors8 mapped down from colour.
 */
void theme_default(struct theme *t)
{
	memset(t, 0, sizeof *t);
	snprintf(t->name, sizeof t->name, "default");
	for (int r = 0; r < ROLE_COUNT; r++) {
		t->color[r] = defaults[r].color;
		t->mono[r] = (struct style){ DEF, DEF, defaults[r].mono };
	}
	fill_color8(t, 0);
}

/* ---- Reading a theme file ------------------------------------------- */

/* A table of a theme file ("colors") and where its styles go. */
struct section {
	const char *key;
	size_t offset;  /* of its style array in struct theme */
	int max_colour; /* the highest colour allowed; -1: attributes only */
};

enum { SECTION_COLORS, SECTION_COLORS8, SECTION_MONO, SECTION_COUNT };

static const struct section sections[SECTION_COUNT] = {
	[SECTION_COLORS] = { "colors", offsetof(struct theme, color), 255 },
	[SECTION_COLORS8] = { "colors8", offsetof(struct theme, color8), 7 },
	[SECTION_MONO] = { "mono", offsetof(struct theme, mono), -1 },
};

/* Where a theme file is being read: the reader first, so that a key
 * handler given the reader can find the theme (theme_of). */
struct theme_read {
	struct yaml_strict y;
	struct theme *t;
	uint32_t given[SECTION_COUNT]; /* roles the file gives, bit per role, per section */
};

/* The theme_read whose reader is Y. */
static struct theme_read *theme_of(struct yaml_strict *y)
{
	return (struct theme_read *)y;
}

/* What a style being read belongs to, and the style so far. */
struct style_ctx {
	const struct section *sec;
	const char *role;
	struct style s;
	uint32_t seen;
};

/* Read the colour at the current event into *OUT.  Returns 0 or -1. */
static int parse_colour(struct yaml_strict *p, struct style_ctx *c, const char *key, short *out)
{
	const char *s = ys_scalar(p);
	if (c->sec->max_colour < 0)
		return ys_fail(p, ys_line(p), "%s.%s: %s takes only attrs (it is for terminals without colour)",
			    c->sec->key, c->role, c->sec->key);
	if (!s)
		return ys_fail(p, ys_line(p), "%s.%s.%s must be a colour", c->sec->key, c->role, key);
	int v = -2;
	int i = ys_find_named(colour_names, COUNT(colour_names), sizeof colour_names[0], s);
	if (i >= 0)
		v = colour_names[i].value;
	else if (s[0] >= '0' && s[0] <= '9' && strlen(s) <= 3 && strspn(s, "0123456789") == strlen(s))
		v = atoi(s);
	if (v < -1 || v > 255)
		return ys_fail(p, ys_line(p), "bad colour \"%s\" for %s (want default, black..white, "
			    "bright-black..bright-white or 0..255)", s, key);
	if (v > c->sec->max_colour)
		return ys_fail(p, ys_line(p), "%s takes only default and colours 0..%d (black..white), not \"%s\"",
			    c->sec->key, c->sec->max_colour, s);
	*out = (short)v;
	return 0;
}

/* Add the attribute named at the current event to *ATTRS.  Returns 0 or -1. */
static int parse_attr(struct yaml_strict *p, unsigned *attrs)
{
	const char *s = ys_scalar(p);
	int i = s ? ys_find_named(attr_names, COUNT(attr_names), sizeof attr_names[0], s) : -1;
	if (i < 0)
		return ys_fail(p, ys_line(p), "unknown attribute \"%s\" (want bold, underline, reverse, dim, italic "
			    "or standout)", s ? s : "(not a name)");
	*attrs |= (unsigned)attr_names[i].value;
	return 0;
}

/* Read attrs at the current event: a list of names, or one name.  Returns 0 or -1. */
static int parse_attrs(struct yaml_strict *p, struct style_ctx *c)
{
	if (p->ev.type != YAML_SEQUENCE_START_EVENT)
		return parse_attr(p, &c->s.attrs);
	for (;;) {
		if (ys_next(p))
			return -1;
		if (p->ev.type == YAML_SEQUENCE_END_EVENT)
			return 0;
		if (parse_attr(p, &c->s.attrs))
			return -1;
	}
}

/* A key of a style ("fg") and where its value goes. */
static const struct style_field {
	const char *key;
	size_t colour; /* offset of the colour in struct style; SIZE_MAX: attrs */
} style_fields[] = {
	{ "fg", offsetof(struct style, fg) },
	{ "bg", offsetof(struct style, bg) },
	{ "attrs", SIZE_MAX },
};

/* key_fn for the keys of one style (fg, bg, attrs). */
static int style_key(struct yaml_strict *p, const char *key, size_t line, void *ctx)
{
	struct style_ctx *c = ctx;
	int i = ys_find_named(style_fields, COUNT(style_fields), sizeof style_fields[0], key);
	if (i < 0)
		return ys_fail(p, line, "unknown key \"%s\" in %s.%s (want fg, bg or attrs)", key, c->sec->key, c->role);
	if (ys_once(p, &c->seen, i, key, line, c->role))
		return -1;
	if (style_fields[i].colour == SIZE_MAX)
		return parse_attrs(p, c);
	return parse_colour(p, c, key, (short *)((char *)&c->s + style_fields[i].colour));
}

/* key_fn for one role of a section: "strength: { fg: green }".  CTX is the section. */
static int role_key(struct yaml_strict *p, const char *key, size_t line, void *ctx)
{
	const struct section *sec = ctx;
	int r = ys_find_named(role_names, ROLE_COUNT, sizeof role_names[0], key);
	if (r < 0)
		return ys_fail(p, line, "unknown role \"%s\" in %s", key, sec->key);
	if (ys_once(p, &theme_of(p)->given[sec - sections], r, key, line, sec->key))
		return -1;
	struct style_ctx c = { sec, role_names[r], { DEF, DEF, 0 }, 0 };
	char what[96];
	snprintf(what, sizeof what, "%s.%s", sec->key, role_names[r]);
	if (ys_each_key(p, what, style_key, &c))
		return -1;
	struct style *table = (struct style *)((char *)theme_of(p)->t + sec->offset);
	table[r] = c.s;
	return 0;
}

/* Read "name:": a plain string that fits struct theme's name. */
static int parse_name(struct yaml_strict *p)
{
	const char *s = ys_scalar(p);
	size_t size = sizeof theme_of(p)->t->name;
	if (!s || !*s || strlen(s) >= size)
		return ys_fail(p, ys_line(p), "name must be a string of 1 to %zu bytes", size - 1);
	return 0;
}

/* key_fn for the top level: name, colors, colors8, mono.  CTX is the keys seen. */
static int top_key(struct yaml_strict *p, const char *key, size_t line, void *ctx)
{
	uint32_t *seen = ctx;
	int i = ys_find_named(sections, COUNT(sections), sizeof sections[0], key);
	if (i < 0 && strcmp(key, "name") == 0)
		return ys_once(p, seen, (int)COUNT(sections), key, line, "the theme") ? -1 : parse_name(p);
	if (i < 0)
		return ys_fail(p, line, "unknown key \"%s\" (want name, colors, colors8 or mono)", key);
	if (ys_once(p, seen, i, key, line, "the theme"))
		return -1;
	if (ys_is_null(p))
		return 0;
	return ys_each_key(p, key, role_key, (void *)&sections[i]);
}

/* Set T's name from FILENAME: its last component without ".yaml". */
static void name_from_file(struct theme *t, const char *filename)
{
	const char *base = strrchr(filename, '/');
	base = base ? base + 1 : filename;
	size_t n = strlen(base);
	if (n > 5 && strcmp(base + n - 5, ".yaml") == 0)
		n -= 5;
	if (n >= sizeof t->name)
		n = sizeof t->name - 1;
	if (n) {
		memcpy(t->name, base, n);
		t->name[n] = '\0';
	}
}

/*
 * Parse the theme text DATA (LEN bytes) from FILENAME into T, over the
 * default theme; T is named after FILENAME (if any).  Returns 0, or -1 with the
 * malloc'd error "FILENAME:LINE: what" in *ERR (if ERR) and the default
 * theme in T.  Roles colors8 leaves out are colors mapped down.
 */
int theme_parse(const char *data, size_t len, const char *filename, struct theme *t, char **err)
{
	if (err)
		*err = NULL;
	if (!data)
		data = "", len = 0;
	theme_default(t);
	const char *named = filename;
	if (!filename)
		filename = "(theme)";
	if (len > THEME_MAX_BYTES)
		return ys_hand_over(xasprintf("%s:1: the file is %zu bytes; a theme may have at most %d KiB",
					   filename, len, THEME_MAX_BYTES / 1024), err);
	struct theme_read r = { .t = t };
	uint32_t seen = 0; /* top-level keys read */
	if (ys_parse(&r.y, data, len, filename, "theme", "a theme", top_key, &seen)) {
		theme_default(t);
		return ys_hand_over(r.y.err, err);
	}
	fill_color8(t, r.given[SECTION_COLORS8]);
	if (named)
		name_from_file(t, named);
	return 0;
}

/* ---- Finding and loading theme files --------------------------------- */

/* The directory of the running executable, malloc'd, or NULL. */
static char *exe_dir(void)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n <= 0 || (size_t)n >= sizeof buf - 1)
		return NULL;
	buf[n] = '\0';
	char *slash = strrchr(buf, '/');
	if (!slash)
		return NULL;
	*slash = '\0';
	return xstrdup(buf);
}

#define MAX_THEME_DIRS 3

/* Fill DIRS with the directories themes are looked for in, in order (malloc'd); returns how many. */
static size_t theme_dirs(char *dirs[MAX_THEME_DIRS])
{
	size_t n = 0;
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	if (xdg && *xdg)
		dirs[n++] = xasprintf("%s/ecmr/themes", xdg);
	else if (home && *home)
		dirs[n++] = xasprintf("%s/.config/ecmr/themes", home);
	dirs[n++] = xstrdup(ECMR_DATADIR "/themes");
	char *exe = exe_dir();
	if (exe)
		dirs[n++] = xasprintf("%s/../themes", exe);
	free(exe);
	return n;
}

/* Free the N directories theme_dirs gave. */
static void free_dirs(char **dirs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(dirs[i]);
}

/* Whether PATH is a regular file (following links). */
static bool is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Whether NAME is a path rather than a theme's name. */
static bool is_path(const char *name)
{
	size_t n = strlen(name);
	return strchr(name, '/') || (n >= 5 && strcmp(name + n - 5, ".yaml") == 0);
}

/*
 * The file of theme NAME, malloc'd: NAME itself when it is a path (has a
 * '/' or ends in .yaml, whether or not it exists), else NAME.yaml in the
 * first of theme_dirs() that has it; NULL if none has, or NAME is empty.
 */
char *theme_find(const char *name)
{
	if (!name || !*name)
		return NULL;
	if (is_path(name))
		return xstrdup(name);
	char *dirs[MAX_THEME_DIRS];
	size_t n = theme_dirs(dirs);
	char *found = NULL;
	for (size_t i = 0; i < n && !found; i++) {
		char *path = xasprintf("%s/%s.yaml", dirs[i], name);
		if (is_file(path))
			found = path;
		else
			free(path);
	}
	free_dirs(dirs, n);
	return found;
}

/* The warning for a theme NAME found nowhere: where it was looked for. */
static char *not_found(const char *name)
{
	char *dirs[MAX_THEME_DIRS];
	size_t n = theme_dirs(dirs);
	struct strbuf b = { 0 };
	sb_addf(&b, "theme \"%s\" not found (no %s.yaml in ", name, name);
	for (size_t i = 0; i < n; i++)
		sb_addf(&b, "%s%s", i == 0 ? "" : i + 1 == n ? " or " : ", ", dirs[i]);
	sb_adds(&b, ")");
	free_dirs(dirs, n);
	return sb_take(&b);
}

/* Read and parse the theme file PATH into T.  Returns 0, or -1 with *ERR set. */
static int load_file(const char *path, struct theme *t, char **err)
{
	char *data, *why;
	size_t len;
	if (ys_read_file(path, THEME_MAX_BYTES, "theme", &data, &len, &why))
		return ys_hand_over(why, err);
	int rc = theme_parse(data, len, path, t, err);
	free(data);
	return rc;
}

/*
 * Load theme NAME into T (the default when NAME is NULL or empty, or is
 * "default" and no file is found).  Returns 0; or -1 with the default
 * theme in T and a malloc'd *WARNING (if WARNING) naming the theme or
 * its file, and the line for a parse error.
 */
int theme_load(const char *name, struct theme *t, char **warning)
{
	if (warning)
		*warning = NULL;
	theme_default(t);
	if (!name || !*name)
		return 0;
	char *path = theme_find(name);
	if (!path)
		return strcmp(name, "default") == 0 ? 0 : ys_hand_over(not_found(name), warning);
	int rc = load_file(path, t, warning);
	free(path);
	return rc;
}
