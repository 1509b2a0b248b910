/*
 * cmd_browse.c: `ecmr browse` (also plain `ecmr`): options, the index and
 * the theme, then the terminal front end, or the headless one for tests.
 */
#include "tui/browser.h"
#include "tui/browser_grids.h"
#include "cli/show_resolve.h"
#include "cli/commands.h"
#include "cli/open_index.h"
#include "index/db.h"
#include "base/display.h"
#include "front/frontend.h"
#include "front/pager.h"
#include "tui/config.h"
#include "tui/theme.h"
#include "tui/theme_pick.h"
#include "tui/view.h"
#include "base/util.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The test options (--headless, --size, --dump-dir, --colors) are left out
 * on purpose: they are for developers, and README "For developers" has them. */
static const char browse_help[] =
	"usage: ecmr [browse] [-i INDEX] [--theme NAME|PATH] [--history [AUTHORITY]]\n"
	"Open the browser on a terminal.\n"
	"  -i, --index INDEX   the index to read\n"
	"  --theme NAME|PATH   the colour theme: default, light, high-contrast, mono,\n"
	"                      one of your own, or a theme file (default $ECMR_THEME,\n"
	"                      else theme: in the config file)\n"
	"  --history [AUTHORITY]\n"
	"                      open on the history grid of AUTHORITY (as show finds it)\n"
	"  -h, --help          print this help\n"
	HELP_INDEX_DEFAULT("-i");

struct browse_options {
	const char *index, *theme, *script, *dump_dir;
	int cols, rows, colors;
	bool history;        /* open on the history grid */
	const char *place;   /* of this authority (as show resolves it) */
};

/* Parse the options; returns -1 (after a message) on a usage error, 1 for
 * --help.  Messages name the command as WHO ("ecmr" or "ecmr browse"). */
static int parse_options(int argc, char **argv, const char *who, struct browse_options *o)
{
	static const struct option opts[] = {
		{ "index", required_argument, NULL, 'i' }, { "theme", required_argument, NULL, 't' },
		{ "headless", required_argument, NULL, 'H' }, { "size", required_argument, NULL, 's' },
		{ "dump-dir", required_argument, NULL, 'd' }, { "colors", required_argument, NULL, 'c' },
		{ "history", no_argument, NULL, 'y' }, { "help", no_argument, NULL, 'h' }, { 0 },
	};
	*o = (struct browse_options){ .dump_dir = ".", .cols = 80, .rows = 24, .colors = 256 };
	int c;
	optind = 1;
	while ((c = cmd_getopt(argc, argv, "i:h", opts, who)) != -1) {
		switch (c) {
		case 'i': o->index = optarg; break;
		case 't': o->theme = optarg; break;
		case 'H': o->script = optarg; break;
		case 'd': o->dump_dir = optarg; break;
		case 'c': o->colors = atoi(optarg); break;
		case 'y': o->history = true; break;
		case 's':
			if (sscanf(optarg, "%dx%d", &o->cols, &o->rows) != 2 || o->cols < 1 || o->rows < 1 ||
			    o->cols > 1000 || o->rows > 1000) {
				cmd_usage_error(who, "--size wants COLSxROWS, e.g. 80x24");
				return -1;
			}
			break;
		case 'h': fputs(browse_help, stdout); return 1;
		default: return -1;
		}
	}
	if (o->history && optind == argc - 1)
		o->place = argv[optind++];
	if (optind < argc) {
		cmd_usage_error(who, "unexpected argument '%s'", argv[optind]);
		return -1;
	}
	return 0;
}

/* A warning found before the screen opens: WHAT went wrong and the
 * CONSEQUENCE, on stderr now and added to WARNINGS for the status line,
 * since the screen hides what stderr said. */
static void warn(struct strbuf *warnings, const char *what, const char *consequence)
{
	fprintf(stderr, "ecmr: %s; %s\n", what, consequence);
	if (warnings->len)
		sb_adds(warnings, "; ");
	sb_addf(warnings, "%s; %s", what, consequence);
}

/*
 * Read the config file into CFG and the theme into THEME, what the command
 * line and the environment say first (see tui/config.h), adding warnings to
 * WARNINGS; hand the config file's pager, mouse and pane widths to the
 * pager, the terminal and the view.
 */
static void load_settings(const struct browse_options *o, struct config *cfg, struct theme *theme,
			  struct strbuf *warnings)
{
	char *warning = NULL;
	if (config_load(cfg, &warning) != 0)
		warn(warnings, warning, "using the built-in settings");
	free(warning);
	warning = NULL;
	const char *env = getenv("ECMR_THEME");
	if (theme_load(o->theme ? o->theme : env && *env ? env : cfg->theme, theme, &warning) != 0)
		warn(warnings, warning, "using the default theme");
	free(warning);
	pager_set_fallback(cfg->pager);
	term_mouse = cfg->mouse;
	view_set_pane_widths(&cfg->panes);
}

/* --history [AUTHORITY]: select the authority (as show resolves it) and open its history grid. */
static int open_history(struct browser *b, const char *place)
{
	if (place) {
		char *err = NULL;
		int a = show_resolve_authority_row(b->authorities, b->nauthorities, place, &err);
		if (a < 0) {
			fprintf(stderr, "ecmr: %s\n", err);
			free(err);
			return -1;
		}
		browser_select_authority(b, a); /* no filter yet: the list is the authorities in order */
	}
	grids_open_history(b);
	return 0;
}

int cmd_browse(int argc, char **argv)
{
	struct browse_options o;
	/* main passes "ecmr" as argv[0] when no command was named */
	int r = parse_options(argc, argv, strcmp(argv[0], "ecmr") == 0 ? "ecmr" : "ecmr browse", &o);
	if (r)
		return r > 0 ? EXIT_OK : EXIT_USAGE;
	static struct theme theme;
	struct config cfg;
	struct strbuf warnings = {0};
	load_settings(&o, &cfg, &theme, &warnings);
	bool sample = false;
	struct db *db = open_index_for_reading(cmd_index_choice(o.index, &cfg), &sample);
	config_free(&cfg);
	char *note = db && sample ? xstrdup("[sample index]") : NULL;
	/* a terminal, and one the browser can draw on, or a message before the screen is touched */
	char *why = NULL;
	if (db && !o.script && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)))
		why = xstrdup("the browser needs a terminal; for scripts use 'ecmr show' or 'ecmr export'");
	else if (db && !o.script)
		term_usable(&why);
	if (why) {
		fprintf(stderr, "ecmr: %s\n", why);
		free(why);
		db_close(db);
		free(note);
		sb_free(&warnings);
		return EXIT_USAGE;
	}
	if (!db) {
		sb_free(&warnings);
		return EXIT_INDEX;
	}
	struct browser b;
	browser_init(&b, db, &theme, !display_locale_is_utf8());
	if (o.history && open_history(&b, o.place) != 0) {
		browser_free(&b);
		free(note);
		return EXIT_PARTIAL;
	}
	b.index_note = note;
	if (note) /* said once in full; the short note stays in the status line where it fits */
		browser_notice(&b, ROLE_NOTICE, "Sample reports. Index your own: ecmr index -o INDEX DIR; ecmr -i INDEX");
	if (warnings.len) /* stderr is hidden behind the screen: say it there too */
		browser_notice(&b, ROLE_ERROR, "%s", sb_str(&warnings));
	sb_free(&warnings);
	int rc = o.script ? headless_run(&b, o.script, o.dump_dir, o.cols, o.rows, theme_depth(o.colors))
			  : term_run(&b);
	browser_free(&b);
	return rc;
}
