/* test_theme.c: the built-in theme, theme files, and where they are found. */
#include "check.h"
#include "tui/theme.h"
#include "base/util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define DEF THEME_COLOR_DEFAULT

/* Print each role where tables A and B differ; return how many differ. */
static int diff_styles(const struct style *a, const struct style *b, const char *table)
{
	int n = 0;
	for (int r = 0; r < ROLE_COUNT; r++) {
		if (a[r].fg == b[r].fg && a[r].bg == b[r].bg && a[r].attrs == b[r].attrs)
			continue;
		printf("  %s.%s: %d/%d/%#x vs %d/%d/%#x\n", table, theme_role_name((enum role)r),
		       a[r].fg, a[r].bg, a[r].attrs, b[r].fg, b[r].bg, b[r].attrs);
		n++;
	}
	return n;
}

/* How many roles of the three tables of A and B differ (the name aside). */
static int diff_themes(const struct theme *a, const struct theme *b)
{
	return diff_styles(a->color, b->color, "colors") + diff_styles(a->color8, b->color8, "colors8") +
	       diff_styles(a->mono, b->mono, "mono");
}

/* Whether T holds the built-in default theme, name and all. */
static bool is_default(const struct theme *t)
{
	struct theme d;
	theme_default(&d);
	return diff_themes(t, &d) == 0 && strcmp(t->name, "default") == 0;
}

/* Parse the NUL-terminated TEXT as "t.yaml"; *ERR is set or NULL. */
static int parse_text(const char *text, struct theme *t, char **err)
{
	return theme_parse(text, strlen(text), "t.yaml", t, err);
}

/* Parse TEXT, which must fail; check the error starts "t.yaml:LINE: " and contains WANT. */
static void expect_error(const char *text, int line, const char *want)
{
	struct theme t;
	char *err = (char *)"unset";
	CHECK_INT(parse_text(text, &t, &err), -1);
	char prefix[32];
	snprintf(prefix, sizeof prefix, "t.yaml:%d: ", line);
	CHECK(err != NULL && strncmp(err, prefix, strlen(prefix)) == 0);
	CHECK_CONTAINS(err, want);
	if (err && strncmp(err, prefix, strlen(prefix)) != 0)
		printf("  got error: %s (want prefix %s)\n", err, prefix);
	CHECK(is_default(&t));
	free(err);
}

/* Seconds since some fixed point, for bounding parse times. */
static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Write DATA to PATH; returns whether that worked. */
static bool write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return false;
	bool ok = fwrite(data, 1, len, f) == len;
	return fclose(f) == 0 && ok;
}

/* Whether theme_find(NAME) gives WANT (NULL: gives NULL); prints what it gave when not. */
static bool find_is(const char *name, const char *want)
{
	char *found = theme_find(name);
	bool ok = want ? found && strcmp(found, want) == 0 : !found;
	if (!ok)
		printf("  theme_find(%s) gave %s\n", name ? name : "NULL", found ? found : "NULL");
	free(found);
	return ok;
}

/* Role names: the documented keys, distinct, NULL past the end. */
static void role_names(void)
{
	CHECK_STR(theme_role_name(ROLE_NORMAL), "normal");
	CHECK_STR(theme_role_name(ROLE_CURSOR_INACTIVE), "cursor-inactive");
	CHECK_STR(theme_role_name(ROLE_REQUIRES_IMPROVEMENT), "requires-improvement");
	CHECK_STR(theme_role_name(ROLE_HELP_KEY), "help-key");
	CHECK(theme_role_name(ROLE_COUNT) == NULL);
	CHECK(theme_role_name((enum role)-1) == NULL);
	for (int r = 0; r < ROLE_COUNT; r++) {
		CHECK(theme_role_name((enum role)r) != NULL);
		for (int s = 0; s < r; s++)
			CHECK(strcmp(theme_role_name((enum role)r), theme_role_name((enum role)s)) != 0);
	}
}

/* The built-in theme has the promised looks, and colors8 is mapped down. */
static void builtin_default(void)
{
	struct theme t;
	theme_default(&t);
	CHECK_STR(t.name, "default");
	CHECK_INT(t.color[ROLE_OUTSTANDING].fg, 10);
	CHECK(t.color[ROLE_OUTSTANDING].attrs & ATTR_BOLD);
	CHECK_INT(t.color[ROLE_GOOD].fg, 2);
	CHECK_INT(t.color[ROLE_ADEQUATE].fg, 3);
	CHECK_INT(t.color[ROLE_INADEQUATE].fg, 1);
	CHECK(t.color[ROLE_INADEQUATE].attrs & ATTR_BOLD);
	CHECK(t.color[ROLE_STRENGTH].fg != t.color[ROLE_IMPROVEMENT].fg);
	CHECK_INT(t.color[ROLE_CURSOR].attrs, ATTR_REVERSE);
	/* colors8 is colors mapped down: bright green becomes green plus bold */
	CHECK_INT(t.color8[ROLE_OUTSTANDING].fg, 2);
	CHECK(t.color8[ROLE_OUTSTANDING].attrs & ATTR_BOLD);
	for (int r = 0; r < ROLE_COUNT; r++) {
		CHECK(t.color8[r].fg <= 7 && t.color8[r].bg <= 7);
		CHECK(t.mono[r].fg == DEF && t.mono[r].bg == DEF);
		/* no role is invisible: an unlisted role would be black on black */
		CHECK(t.color[r].fg != 0 || t.color[r].bg != 0);
	}
	CHECK_INT(t.mono[ROLE_CURSOR].attrs, ATTR_REVERSE);
	CHECK_INT(t.mono[ROLE_STRENGTH].attrs, ATTR_BOLD);
	CHECK_INT(t.mono[ROLE_IMPROVEMENT].attrs, ATTR_UNDERLINE);
}

/* themes/default.yaml spells out every role and equals the built-in theme. */
static void default_file_matches_builtin(void)
{
	char *data = NULL;
	size_t len = 0;
	CHECK_INT(read_file("themes/default.yaml", &data, &len), 0);
	if (!data)
		return;
	/* every role is spelled out under colors and under mono, so equality means something */
	for (int r = 0; r < ROLE_COUNT; r++) {
		char *key = xasprintf("\n  %s:", theme_role_name((enum role)r));
		int n = 0;
		for (const char *s = data; (s = strstr(s, key)) != NULL; s++)
			n++;
		if (n != 2)
			printf("  role %s appears %d times in default.yaml\n", key + 3, n);
		CHECK_INT(n, 2);
		free(key);
	}
	struct theme t, d;
	char *err = NULL;
	CHECK_INT(theme_parse(data, len, "themes/default.yaml", &t, &err), 0);
	CHECK(err == NULL);
	theme_default(&d);
	CHECK_INT(diff_themes(&t, &d), 0);
	CHECK_STR(t.name, "default");
	free(err);
	free(data);
}

/* Every shipped theme loads cleanly and keeps its promise. */
static void shipped_themes_parse(void)
{
	static const char *const names[] = { "default", "light", "high-contrast", "mono" };
	struct theme t[4];
	for (int i = 0; i < 4; i++) {
		char *path = xasprintf("themes/%s.yaml", names[i]);
		char *warning = NULL;
		CHECK_INT(theme_load(path, &t[i], &warning), 0);
		if (warning)
			printf("  %s\n", warning);
		CHECK(warning == NULL);
		CHECK_STR(t[i].name, names[i]);
		free(warning);
		free(path);
	}
	struct theme *light = &t[1], *hc = &t[2], *mono = &t[3];
	for (int r = 0; r < ROLE_COUNT; r++) {
		/* light: no yellow, bright-yellow, white or bright-white text */
		for (int k = 0; k < 2; k++) {
			short fg = (k ? light->color8 : light->color)[r].fg;
			CHECK(fg != 3 && fg != 11 && fg != 7 && fg != 15);
		}
		/* high-contrast: black behind everything */
		CHECK_INT(hc->color[r].bg, 0);
		CHECK_INT(hc->color8[r].bg, 0);
		/* mono: no colour in any table */
		CHECK(mono->color[r].fg == DEF && mono->color[r].bg == DEF);
		CHECK(mono->color8[r].fg == DEF && mono->color8[r].bg == DEF);
		CHECK(mono->mono[r].fg == DEF && mono->mono[r].bg == DEF);
	}
	CHECK(light->color[ROLE_STRENGTH].fg != t[0].color[ROLE_STRENGTH].fg);
	CHECK(hc->color[ROLE_CURSOR].attrs & ATTR_REVERSE);
	CHECK(hc->color[ROLE_STRENGTH].attrs & ATTR_BOLD);
	CHECK(hc->color[ROLE_STRENGTH].fg >= 8);
	/* mono still tells strength, improvement and the cursor apart, in every table */
	const struct style *tables[] = { mono->color, mono->color8, mono->mono };
	for (int k = 0; k < 3; k++) {
		unsigned s = tables[k][ROLE_STRENGTH].attrs, i = tables[k][ROLE_IMPROVEMENT].attrs,
			 c = tables[k][ROLE_CURSOR].attrs;
		CHECK(s && i && c && s != i && s != c && i != c);
	}
}

/* Flow and block style read the same; roles left out stay default. */
static void flow_and_block(void)
{
	const char *flow = "colors:\n  strength: { fg: bright-red, bg: blue, attrs: [bold, italic] }\n"
			   "mono:\n  strength: { attrs: [standout] }\n";
	const char *block = "# the same, in block style\n"
			    "colors:\n"
			    "  strength:\n"
			    "    fg: bright-red\n"
			    "    bg: \"blue\"\n"
			    "    attrs:\n"
			    "      - bold\n"
			    "      - italic\n"
			    "mono:\n"
			    "  strength:\n"
			    "    attrs: standout\n";
	struct theme a, b;
	char *err = NULL;
	CHECK_INT(parse_text(flow, &a, &err), 0);
	CHECK(err == NULL);
	CHECK_INT(parse_text(block, &b, &err), 0);
	CHECK(err == NULL);
	CHECK_INT(a.color[ROLE_STRENGTH].fg, 9);
	CHECK_INT(a.color[ROLE_STRENGTH].bg, 4);
	CHECK_INT(a.color[ROLE_STRENGTH].attrs, ATTR_BOLD | ATTR_ITALIC);
	CHECK_INT(a.mono[ROLE_STRENGTH].attrs, ATTR_STANDOUT);
	CHECK_INT(diff_themes(&a, &b), 0);
	CHECK_STR(a.name, "t");
	/* roles left out keep the default look */
	struct theme d;
	theme_default(&d);
	a.color[ROLE_STRENGTH] = d.color[ROLE_STRENGTH];
	a.color8[ROLE_STRENGTH] = d.color8[ROLE_STRENGTH];
	a.mono[ROLE_STRENGTH] = d.mono[ROLE_STRENGTH];
	CHECK_INT(diff_themes(&a, &d), 0);
}

/* Every colour name and numbers 0..255; every role key lands in its slot. */
static void colour_names_and_numbers(void)
{
	static const struct { const char *name; int value; } colours[] = {
		{ "default", DEF }, { "black", 0 }, { "red", 1 }, { "green", 2 }, { "yellow", 3 },
		{ "blue", 4 }, { "magenta", 5 }, { "cyan", 6 }, { "white", 7 },
		{ "bright-black", 8 }, { "bright-red", 9 }, { "bright-green", 10 },
		{ "bright-yellow", 11 }, { "bright-blue", 12 }, { "bright-magenta", 13 },
		{ "bright-cyan", 14 }, { "bright-white", 15 },
		{ "0", 0 }, { "16", 16 }, { "196", 196 }, { "255", 255 }, { "'42'", 42 },
	};
	for (size_t i = 0; i < sizeof colours / sizeof colours[0]; i++) {
		char *text = xasprintf("colors:\n  good: { fg: %s, bg: %s }\n", colours[i].name, colours[i].name);
		struct theme t;
		char *err = NULL;
		CHECK_INT(parse_text(text, &t, &err), 0);
		if (err)
			printf("  %s\n", err);
		CHECK_INT(t.color[ROLE_GOOD].fg, colours[i].value);
		CHECK_INT(t.color[ROLE_GOOD].bg, colours[i].value);
		free(err);
		free(text);
	}
	/* every role's key lands in that role's slot */
	struct strbuf b = { 0 };
	sb_adds(&b, "colors:\n");
	for (int r = 0; r < ROLE_COUNT; r++)
		sb_addf(&b, "  %s: { fg: %d, bg: %d, attrs: [%s] }\n", theme_role_name((enum role)r), 100 + r,
			200 + r, r % 2 ? "dim" : "reverse");
	struct theme t;
	char *err = NULL;
	CHECK_INT(parse_text(sb_str(&b), &t, &err), 0);
	CHECK(err == NULL);
	for (int r = 0; r < ROLE_COUNT; r++) {
		CHECK_INT(t.color[r].fg, 100 + r);
		CHECK_INT(t.color[r].bg, 200 + r);
		CHECK_INT(t.color[r].attrs, r % 2 ? ATTR_DIM : ATTR_REVERSE);
		/* and colors8, left out, maps numbers past 15 to default */
		CHECK(t.color8[r].fg == DEF && t.color8[r].bg == DEF);
	}
	free(err);
	sb_free(&b);
}

/* colors8 roles left out are colors mapped down; colors8 and mono are checked. */
static void colors8_fallback(void)
{
	struct theme t;
	char *err = NULL;
	CHECK_INT(parse_text("colors:\n  strength: { fg: bright-cyan, bg: bright-black, attrs: [underline] }\n"
			     "  good: { fg: 5 }\n"
			     "colors8:\n  good: { fg: blue, bg: 7 }\n", &t, &err), 0);
	CHECK(err == NULL);
	CHECK_INT(t.color8[ROLE_STRENGTH].fg, 6);
	CHECK_INT(t.color8[ROLE_STRENGTH].bg, 0);
	CHECK_INT(t.color8[ROLE_STRENGTH].attrs, ATTR_UNDERLINE | ATTR_BOLD);
	CHECK_INT(t.color8[ROLE_GOOD].fg, 4);
	CHECK_INT(t.color8[ROLE_GOOD].bg, 7);
	CHECK_INT(t.color[ROLE_GOOD].fg, 5);
	/* a role in neither: the default's colours mapped down */
	CHECK_INT(t.color8[ROLE_OUTSTANDING].fg, 2);
	free(err);
	expect_error("colors8:\n  good: { fg: bright-red }\n", 2, "colors8");
	expect_error("colors8:\n  good: { bg: 8 }\n", 2, "0..7");
	expect_error("mono:\n  good: { attrs: [bold] }\n  error: { fg: red }\n", 3, "mono takes only attrs");
}

/* A theme that must be refused: its test, its text, the line the error names, a piece of the message. */
static const struct refusal {
	const char *test;
	const char *text;
	int line;
	const char *want;
} refusals[] = {
	{ "unknown_keys", "name: x\ncolors:\n  strength: { fg: blue }\n  strenght: { fg: red }\n", 4, "\"strenght\"" },
	{ "unknown_keys", "# a comment\ncolours:\n  strength: { fg: green }\n", 2, "\"colours\"" },
	{ "unknown_keys", "colors:\n  good:\n    fg: green\n    colour: red\n", 4, "\"colour\"" },
	{ "unknown_keys", "colors:\n  good: { fg: green }\n  good: { fg: red }\n", 3, "twice" },
	{ "unknown_keys", "colors:\n  good: { fg: green, fg: red }\n", 2, "twice" },
	{ "unknown_keys", "colors: {}\ncolors: {}\n", 2, "twice" },
	{ "unknown_keys", "- colors\n", 1, "mapping" },
	{ "unknown_keys", "colors:\n  good: green\n", 2, "mapping" },
	{ "unknown_keys", "colors:\n  good:\n", 2, "mapping" },
	{ "unknown_keys", "name: [a]\n", 1, "name" },
	{ "unknown_keys", "colors: {}\n---\ncolors: {}\n", 2, "one YAML document" },
	{ "bad_values", "colors:\n\n  good:\n    fg: greem\n", 4, "\"greem\"" },
	{ "bad_values", "colors:\n  good: { fg: 256 }\n", 2, "\"256\"" },
	{ "bad_values", "colors:\n  good: { bg: -1 }\n", 2, "\"-1\"" },
	{ "bad_values", "colors:\n  good: { fg: 1e2 }\n", 2, "bad colour" },
	{ "bad_values", "colors:\n  good: { fg: Green }\n", 2, "bad colour" },
	{ "bad_values", "colors:\n  good: { fg: [green] }\n", 2, "must be a colour" },
	{ "bad_values", "colors:\n  good: { attrs: [bold, blink] }\n", 2, "\"blink\"" },
	{ "bad_values", "colors:\n  good:\n    attrs:\n      - bold\n      - [underline]\n", 5, "attribute" },
	/* an unclosed flow mapping, at the end of the file and before more keys */
	{ "malformed_yaml", "colors:\n  strength: { fg: green, bg: red\n", 2, "flow mapping" },
	{ "malformed_yaml", "colors: { good: { fg: red }\nmono: {}\n", 2, "flow mapping" },
	{ "malformed_yaml", "colors:\n  good: { fg: red, attrs: [bold }\n", 2, "flow sequence" },
	/* a flow mapping's plain scalar runs on over lines: the bad value is named on one line */
	{ "malformed_yaml", "colors:\n  strength: { fg: green\n  good: { fg: red }\n", 2, "\"green good\"" },
	/* tabs may not indent YAML */
	{ "malformed_yaml", "colors:\n\tstrength: { fg: green }\n", 2, "cannot start any token" },
	{ "malformed_yaml", "colors:\n  strength: { fg: green }\n good: { fg: red }\n", 3, "expected key" },
	/* bytes that are not UTF-8, on the third line */
	{ "malformed_yaml", "colors:\n  good: { fg: red }\n  \xff\xfe: x\n", 3, "UTF-8" },
	{ "aliases_refused", "colors:\n  strength: &s { fg: green }\n  good: *s\n", 2, "anchor" },
	{ "aliases_refused", "colors:\n  strength: { fg: green }\n  good: *s\n", 3, "alias" },
	{ "aliases_refused", "colors:\n  strength: { fg: &g green }\n", 2, "anchor" },
};

/* Check every refusal of the running test (check_current). */
static void check_refusals(void)
{
	int n = 0;
	for (size_t i = 0; i < sizeof refusals / sizeof refusals[0]; i++) {
		if (strcmp(refusals[i].test, check_current) != 0)
			continue;
		expect_error(refusals[i].text, refusals[i].line, refusals[i].want);
		n++;
	}
	CHECK(n > 0);
}

/* 100 levels of nesting, and as many as 256 KiB allows, are refused quickly. */
static void deep_nesting_refused(void)
{
	struct strbuf b = { 0 };
	for (int i = 0; i < 100; i++)
		sb_adds(&b, "[");
	for (int i = 0; i < 100; i++)
		sb_adds(&b, "]");
	double t0 = now();
	expect_error(sb_str(&b), 1, "");
	sb_free(&b);
	sb_adds(&b, "colors:\n  good:\n    attrs: ");
	for (int i = 0; i < 100; i++)
		sb_adds(&b, "[");
	for (int i = 0; i < 100; i++)
		sb_adds(&b, "]");
	sb_adds(&b, "\n");
	expect_error(sb_str(&b), 3, "");
	sb_free(&b);
	/* block style, one level a line */
	for (int i = 0; i < 100; i++)
		sb_addf(&b, "%*sk%d:\n", 2 * i, "", i);
	expect_error(sb_str(&b), 1, "");
	sb_free(&b);
	/* as deep as the file size allows (256 KiB), in flow style */
	static const char *const openers[] = { "{a: ", "[", "colors: {good: {attrs: [" };
	for (size_t k = 0; k < sizeof openers / sizeof openers[0]; k++) {
		while (b.len + strlen(openers[k]) <= 256 * 1024)
			sb_adds(&b, openers[k]);
		CHECK(b.len > 250 * 1024);
		expect_error(sb_str(&b), 1, "");
		sb_free(&b);
	}
	CHECK(now() - t0 < 2.0);
}

/* A 1 MB file is refused by theme_parse and theme_load; 256 KiB is not. */
static void big_file_refused(void)
{
	size_t len = 1024 * 1024;
	char *data = xmalloc(len + 1);
	for (size_t i = 0; i < len; i++)
		data[i] = i % 64 == 63 ? '\n' : '#';
	data[len] = '\0';
	struct theme t;
	char *err = NULL;
	CHECK_INT(theme_parse(data, len, "big.yaml", &t, &err), -1);
	CHECK_CONTAINS(err, "big.yaml:");
	CHECK_CONTAINS(err, "256 KiB");
	CHECK(is_default(&t));
	free(err);
	/* just under the limit, the same comments are fine */
	err = NULL;
	CHECK_INT(theme_parse(data, 256 * 1024, "big.yaml", &t, &err), 0);
	CHECK(err == NULL);
	free(err);
	/* and from disk, theme_load refuses it too */
	char *dir = check_mkdtemp("theme-big");
	char *path = xasprintf("%s/big.yaml", dir);
	CHECK(write_file(path, data, len));
	char *warning = NULL;
	CHECK_INT(theme_load(path, &t, &warning), -1);
	CHECK_CONTAINS(warning, path);
	CHECK_CONTAINS(warning, "256 KiB");
	CHECK(is_default(&t));
	free(warning);
	check_remove_tree(dir);
	free(dir);
	free(path);
	free(data);
}

/* An alias bomb is refused before it expands. */
static void billion_laughs_refused(void)
{
	const char *bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
			   "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
			   "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
			   "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
			   "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
			   "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
			   "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
			   "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
			   "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
	double t0 = now();
	expect_error(bomb, 1, "");
	/* the same bomb where the keys are right: refused at its first anchor */
	const char *inside = "colors:\n"
			     "  strength: &a { fg: green }\n"
			     "  good: { attrs: [*a,*a,*a,*a,*a,*a,*a,*a,*a] }\n";
	expect_error(inside, 2, "anchor");
	CHECK(now() - t0 < 1.0);
}

/* Empty files, comments only, and empty sections give the default theme. */
static void empty_file_is_default(void)
{
	static const char *const texts[] = { "", "# only a comment\n", "---\n", "\n\n", "colors:\nmono: ~\n" };
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		struct theme t;
		char *err = NULL;
		CHECK_INT(parse_text(texts[i], &t, &err), 0);
		CHECK(err == NULL);
		struct theme d;
		theme_default(&d);
		CHECK_INT(diff_themes(&t, &d), 0);
		free(err);
	}
	struct theme t;
	char *err = NULL;
	CHECK_INT(theme_parse(NULL, 0, NULL, &t, &err), 0);
	CHECK(err == NULL && is_default(&t));
}

/* theme_find and theme_load look in $XDG_CONFIG_HOME/ecmr/themes; paths are taken as is. */
static void find_in_config_dir(void)
{
	char *dir = check_mkdtemp("theme-xdg");
	char *ecmr = xasprintf("%s/ecmr", dir), *themes = xasprintf("%s/ecmr/themes", dir);
	char *path = xasprintf("%s/x.yaml", themes), *bad = xasprintf("%s/bad.yaml", themes);
	CHECK(mkdir(ecmr, 0700) == 0 && mkdir(themes, 0700) == 0);
	const char *x = "colors:\n  strength: { fg: red }\n";
	const char *broken = "colors:\n  strength: { fg: blue }\n  good: { fg: purple }\n";
	CHECK(write_file(path, x, strlen(x)));
	CHECK(write_file(bad, broken, strlen(broken)));
	char *old = getenv("XDG_CONFIG_HOME") ? xstrdup(getenv("XDG_CONFIG_HOME")) : NULL;
	setenv("XDG_CONFIG_HOME", dir, 1);

	CHECK(find_is("x", path));
	struct theme t;
	char *warning = NULL;
	CHECK_INT(theme_load("x", &t, &warning), 0);
	CHECK(warning == NULL);
	CHECK_STR(t.name, "x");
	CHECK_INT(t.color[ROLE_STRENGTH].fg, 1);
	free(warning);

	/* a broken file: a warning naming the file and line, and the default theme */
	warning = NULL;
	CHECK_INT(theme_load("bad", &t, &warning), -1);
	char *want = xasprintf("%s:3: ", bad);
	CHECK_CONTAINS(warning, want);
	CHECK_CONTAINS(warning, "purple");
	CHECK(is_default(&t));
	free(want);
	free(warning);

	CHECK(find_is("no-such-theme-here", NULL));
	/* names with '/' or ending in .yaml are paths, taken as they are */
	CHECK(find_is("some/dir/x", "some/dir/x"));
	CHECK(find_is("x.yaml", "x.yaml"));
	CHECK(find_is("", NULL));
	CHECK(find_is(NULL, NULL));

	if (old)
		setenv("XDG_CONFIG_HOME", old, 1);
	else
		unsetenv("XDG_CONFIG_HOME");
	free(old);
	check_remove_tree(dir);
	free(dir);
	free(path);
	free(bad);
	free(themes);
	free(ecmr);
}

/* A theme found nowhere: a warning naming it, and the default theme. */
static void load_missing(void)
{
	struct theme t;
	char *warning = NULL;
	CHECK_INT(theme_load("no-such-theme-anywhere", &t, &warning), -1);
	CHECK_CONTAINS(warning, "no-such-theme-anywhere");
	CHECK(is_default(&t));
	free(warning);
	warning = NULL;
	CHECK_INT(theme_load("/nonexistent/dir/theme.yaml", &t, &warning), -1);
	CHECK_CONTAINS(warning, "/nonexistent/dir/theme.yaml");
	CHECK(is_default(&t));
	free(warning);
	warning = (char *)"unset";
	CHECK_INT(theme_load(NULL, &t, &warning), 0);
	CHECK(warning == NULL);
	CHECK(is_default(&t));
	/* a warning nobody asked for is not a crash */
	CHECK_INT(theme_load("no-such-theme-anywhere", &t, NULL), -1);
}

/* Run every test; the exit status says whether any failed. */
int main(void)
{
	RUN(role_names);
	RUN(builtin_default);
	RUN(default_file_matches_builtin);
	RUN(shipped_themes_parse);
	RUN(flow_and_block);
	RUN(colour_names_and_numbers);
	RUN(colors8_fallback);
	RUN_NAMED("unknown_keys", check_refusals);
	RUN_NAMED("bad_values", check_refusals);
	RUN_NAMED("malformed_yaml", check_refusals);
	RUN_NAMED("aliases_refused", check_refusals);
	RUN(deep_nesting_refused);
	RUN(big_file_refused);
	RUN(billion_laughs_refused);
	RUN(empty_file_is_default);
	RUN(find_in_config_dir);
	RUN(load_missing);
	return check_done();
}
