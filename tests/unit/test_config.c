/*
 * test_config.c: the config file (tui/config.c): a good file read in full,
 * each kind of error refused with the file and line and the built-in
 * settings kept, and where the file is looked for (a missing one is no
 * error).
 */
#include "check.h"
#include "tui/config.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Whether C holds the built-in settings. */
static bool is_default(const struct config *c)
{
	struct pane_widths d = PANE_WIDTHS_DEFAULT;
	return !c->theme && !c->pager && !c->index && c->mouse && c->panes.authorities == d.authorities &&
	       c->panes.reports == d.reports && c->panes.sections == d.sections &&
	       c->panes.text_percent == d.text_percent;
}

/* Parse the NUL-terminated TEXT as "c.yaml". */
static int parse_text(const char *text, struct config *c, char **err)
{
	return config_parse(text, strlen(text), "c.yaml", c, err);
}

/* Parse TEXT, which must fail: the error starts "c.yaml:LINE: " and
 * contains WANT, and the settings are the built-in ones. */
static void expect_error(const char *text, int line, const char *want)
{
	struct config c;
	char *err = NULL;
	CHECK_INT(parse_text(text, &c, &err), -1);
	char prefix[32];
	snprintf(prefix, sizeof prefix, "c.yaml:%d: ", line);
	CHECK(err != NULL && strncmp(err, prefix, strlen(prefix)) == 0);
	CHECK_CONTAINS(err, want);
	if (err && strncmp(err, prefix, strlen(prefix)) != 0)
		printf("  got error: %s (want prefix %s)\n", err, prefix);
	CHECK(is_default(&c));
	free(err);
	config_free(&c);
}

/* Every key, read into its setting; "~/" in theme and index is $HOME. */
static void good_file(void)
{
	const char *text = "# my settings\n"
			   "theme: ~/themes/quiet.yaml\n"
			   "pager: less -S\n"
			   "mouse: false\n"
			   "index: ~/reports/ecmr.db\n"
			   "panes:\n"
			   "  authorities: 40\n"
			   "  reports: 20\n"
			   "  sections: 30\n"
			   "  text: 55\n";
	char *old = getenv("HOME") ? xstrdup(getenv("HOME")) : NULL;
	setenv("HOME", "/home/ann", 1);
	struct config c;
	char *err = NULL;
	CHECK_INT(parse_text(text, &c, &err), 0);
	CHECK(err == NULL);
	CHECK_STR(c.theme, "/home/ann/themes/quiet.yaml");
	CHECK_STR(c.pager, "less -S");
	CHECK(!c.mouse);
	CHECK_STR(c.index, "/home/ann/reports/ecmr.db");
	CHECK_INT(c.panes.authorities, 40);
	CHECK_INT(c.panes.reports, 20);
	CHECK_INT(c.panes.sections, 30);
	CHECK_INT(c.panes.text_percent, 55);
	config_free(&c);
	CHECK(is_default(&c));
	/* a pager's "~" is the shell's business; a theme's name stays a name */
	CHECK_INT(parse_text("pager: ~/bin/view\ntheme: light\nmouse: true\n", &c, &err), 0);
	CHECK_STR(c.pager, "~/bin/view");
	CHECK_STR(c.theme, "light");
	CHECK(c.mouse);
	config_free(&c);
	/* "mouse: off" and "on", as YAML 1.1 wrote false and true */
	CHECK_INT(parse_text("mouse: off\n", &c, &err), 0);
	CHECK(!c.mouse);
	config_free(&c);
	CHECK_INT(parse_text("mouse: on\n", &c, &err), 0);
	CHECK(c.mouse);
	config_free(&c);
	if (old)
		setenv("HOME", old, 1);
	else
		unsetenv("HOME");
	free(old);
}

/* Keys left out keep their built-in value; an empty file is all built-in. */
static void partial_and_empty(void)
{
	struct config c;
	char *err = NULL;
	CHECK_INT(parse_text("panes:\n  reports: 28\n", &c, &err), 0);
	struct pane_widths d = PANE_WIDTHS_DEFAULT;
	CHECK_INT(c.panes.reports, 28);
	CHECK_INT(c.panes.authorities, d.authorities);
	CHECK_INT(c.panes.sections, d.sections);
	CHECK_INT(c.panes.text_percent, d.text_percent);
	CHECK(c.mouse && !c.theme && !c.pager && !c.index);
	config_free(&c);
	static const char *const empty[] = { "", "# nothing yet\n", "---\n", "~\n" };
	for (size_t i = 0; i < sizeof empty / sizeof empty[0]; i++) {
		CHECK_INT(parse_text(empty[i], &c, &err), 0);
		CHECK(err == NULL && is_default(&c));
		config_free(&c);
	}
	CHECK_INT(config_parse(NULL, 0, NULL, &c, &err), 0);
	CHECK(is_default(&c));
}

/* Each kind of mistake is an error naming the line, and nothing of the file is used. */
static void errors(void)
{
	/* unknown keys, at the top and in panes */
	expect_error("theme: light\nthme: dark\n", 2, "unknown key \"thme\"");
	expect_error("panes:\n  list: 30\n", 2, "unknown key \"list\" in panes");
	/* a key given twice, read so far or not */
	expect_error("index: /a.db\npager: more\nindex: /b.db\n", 3, "\"index\" appears twice");
	expect_error("panes:\n  text: 50\n  text: 60\n", 3, "\"text\" appears twice in panes");
	/* values of the wrong kind */
	expect_error("theme: [light, dark]\n", 1, "theme must be a non-empty string");
	expect_error("pager:\n", 1, "pager must be a non-empty string");
	expect_error("index: { path: /a.db }\n", 1, "index must be a non-empty string");
	expect_error("mouse: yes\n", 1, "mouse must be true or false");
	expect_error("mouse: \"false\"\n", 1, "mouse must be true or false"); /* a string, not false */
	expect_error("panes: 30\n", 1, "panes must be a mapping");
	expect_error("panes:\n  authorities: wide\n", 2, "panes.authorities must be a whole number of columns");
	expect_error("panes:\n  reports: '24'\n", 2, "panes.reports must be a whole number");
	expect_error("panes:\n  sections: 3.5\n", 2, "panes.sections must be a whole number");
	expect_error("panes:\n  sections: -4\n", 2, "from 8 to 500");
	expect_error("panes:\n  text: 95\n", 2, "panes.text must be a whole number of percent from 10 to 90");
	expect_error("panes:\n  text: 9\n", 2, "not \"9\"");
	/* the file as a whole */
	expect_error("- theme: light\n", 1, "the config file must be a mapping");
	expect_error("theme: light\n---\npager: more\n", 2, "one YAML document");
	expect_error("index: &a /a.db\n", 1, "anchors (&name) are not allowed in config files");
	expect_error("theme: 'light\n", 1, "quoted scalar");
	/* an error after good keys still throws them away (expect_error checks the defaults) */
	expect_error("theme: light\npager: more\nindex: /a.db\nmouse: maybe\n", 4, "mouse");
}

/* A file over 64 KiB is refused whole. */
static void too_big(void)
{
	size_t len = 64 * 1024 + 1;
	char *data = xmalloc(len + 1);
	memset(data, '#', len);
	data[len] = '\0';
	struct config c;
	char *err = NULL;
	CHECK_INT(config_parse(data, len, "big.yaml", &c, &err), -1);
	CHECK_CONTAINS(err, "big.yaml:1:");
	CHECK_CONTAINS(err, "64 KiB");
	CHECK(is_default(&c));
	free(err);
	free(data);
}

/* Write TEXT to PATH; returns whether it worked. */
static bool write_text(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	bool ok = f && fputs(text, f) >= 0;
	return f && fclose(f) == 0 && ok;
}

/* The file is $XDG_CONFIG_HOME/ecmr/config.yaml, else ~/.config/ecmr/config.yaml;
 * a missing one gives the built-in settings with no warning. */
static void loading(void)
{
	char *dir = check_mkdtemp("config");
	char *old_xdg = getenv("XDG_CONFIG_HOME") ? xstrdup(getenv("XDG_CONFIG_HOME")) : NULL;
	char *old_home = getenv("HOME") ? xstrdup(getenv("HOME")) : NULL;
	char *ecmr = xasprintf("%s/ecmr", dir), *path = xasprintf("%s/ecmr/config.yaml", dir);
	char *home_path = xasprintf("%s/.config/ecmr/config.yaml", dir);

	setenv("XDG_CONFIG_HOME", dir, 1);
	char *p = config_path();
	CHECK_STR(p, path);
	free(p);
	unsetenv("XDG_CONFIG_HOME");
	setenv("HOME", dir, 1);
	p = config_path();
	CHECK_STR(p, home_path);
	free(p);
	setenv("XDG_CONFIG_HOME", "", 1); /* empty is unset */
	p = config_path();
	CHECK_STR(p, home_path);
	free(p);

	/* missing: the built-in settings, no warning */
	setenv("XDG_CONFIG_HOME", dir, 1);
	struct config c;
	char *warning = NULL;
	CHECK_INT(config_load(&c, &warning), 0);
	CHECK(warning == NULL && is_default(&c));

	/* a good file */
	CHECK(mkdir(ecmr, 0700) == 0);
	CHECK(write_text(path, "index: /srv/ecmr/all.db\nmouse: false\n"));
	CHECK_INT(config_load(&c, &warning), 0);
	CHECK(warning == NULL);
	CHECK_STR(c.index, "/srv/ecmr/all.db");
	CHECK(!c.mouse);
	config_free(&c);

	/* a broken file: a warning with its path and line, and the built-in settings */
	CHECK(write_text(path, "index: /srv/ecmr/all.db\ncolour: blue\n"));
	CHECK_INT(config_load(&c, &warning), -1);
	char *want = xasprintf("%s:2: unknown key \"colour\"", path);
	CHECK_CONTAINS(warning, want);
	CHECK(is_default(&c));
	free(want);
	free(warning);
	warning = NULL;

	/* not a file */
	CHECK(remove(path) == 0 && mkdir(path, 0700) == 0);
	CHECK_INT(config_load(&c, &warning), -1);
	CHECK_CONTAINS(warning, "not a regular file");
	CHECK(is_default(&c));
	free(warning);

	if (old_xdg)
		setenv("XDG_CONFIG_HOME", old_xdg, 1);
	else
		unsetenv("XDG_CONFIG_HOME");
	if (old_home)
		setenv("HOME", old_home, 1);
	else
		unsetenv("HOME");
	free(old_xdg);
	free(old_home);
	check_remove_tree(dir);
	free(dir);
	free(ecmr);
	free(path);
	free(home_path);
}

int main(void)
{
	RUN(good_file);
	RUN(partial_and_empty);
	RUN(errors);
	RUN(too_big);
	RUN(loading);
	return check_done();
}
