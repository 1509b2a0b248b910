/*
 * cmd_browse.c: `ecmr browse` (also plain `ecmr`): options, the index and
 * the theme, then the terminal front end, or the headless one for tests.
 */
#include "tui/browser.h"
#include "tui/browser_grids.h"
#include "cli/show_resolve.h"
#include "cli/commands.h"
#include "cli/open_index.h"
#include "cli/resume.h"
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
	"usage: ecmr [browse] [-i INDEX] [--theme NAME|PATH] [--history] [--resume]\n"
	"                     [--no-mouse] [AUTHORITY [YEAR|TYPE|YEAR-TYPE] [SECTION]]\n"
	"Open the browser on a terminal.\n"
	"  AUTHORITY [YEAR|TYPE|YEAR-TYPE] [SECTION]\n"
	"                      open there, named as for 'ecmr show' (a first word\n"
	"                      that is no command is taken as an authority)\n"
	"  -i, --index INDEX   the index to read\n"
	"  --theme NAME|PATH   the colour theme: default, light, high-contrast, mono,\n"
	"                      one of your own, or a theme file (default $ECMR_THEME,\n"
	"                      else theme: in the config file)\n"
	"  --history           open on the history grid (of AUTHORITY when given)\n"
	"  --resume            open where you were when you last quit this index\n"
	"  --no-mouse          leave the mouse to the terminal (for selecting text)\n"
	"  -h, --help          print this help\n"
	HELP_INDEX_DEFAULT("-i");

struct browse_options {
	const char *index, *theme, *script, *dump_dir;
	int cols, rows, colors;
	bool history;        /* open on the history grid */
	bool resume;         /* open where the user was last in this index */
	bool no_mouse;       /* leave the mouse to the terminal */
	char **place;        /* AUTHORITY [REPORT] [SECTION] to open at (as show resolves them) */
	int nplace;
};

/* Parse the options; returns -1 (after a message) on a usage error, 1 for
 * --help.  Messages name the command as WHO ("ecmr" or "ecmr browse"). */
static int parse_options(int argc, char **argv, const char *who, struct browse_options *o)
{
	static const struct option opts[] = {
		{ "index", required_argument, NULL, 'i' }, { "theme", required_argument, NULL, 't' },
		{ "headless", required_argument, NULL, 'H' }, { "size", required_argument, NULL, 's' },
		{ "dump-dir", required_argument, NULL, 'd' }, { "colors", required_argument, NULL, 'c' },
		{ "history", no_argument, NULL, 'y' }, { "help", no_argument, NULL, 'h' },
		{ "resume", no_argument, NULL, 'r' }, { "no-mouse", no_argument, NULL, 'm' }, { 0 },
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
		case 'r': o->resume = true; break;
		case 'm': o->no_mouse = true; break;
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
	o->place = argv + optind;
	o->nplace = argc - optind;
	if (o->nplace > 3) {
		cmd_usage_error(who, "unexpected argument '%s'", argv[optind + 3]);
		return -1;
	}
	if (o->nplace && o->resume) {
		cmd_usage_error(who, "--resume and a place to open at cannot be given together");
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

/*
 * The place the command line names (AUTHORITY [REPORT] [SECTION]), resolved
 * in DB as show resolves it, into *T.  On failure says why on stderr (and,
 * when its first word was taken for a place only because it is no
 * command (FIRST_WORD), that too) and returns the exit status.
 */
static int resolve_place(struct db *db, const struct browse_options *o, const char *who, bool first_word,
			 struct show_target *t)
{
	char *err = NULL;
	int rc = show_resolve(db, o->place, o->nplace, t, &err);
	if (rc == 0)
		return 0;
	fprintf(stderr, "%s: %s\n", who, err);
	free(err);
	int id;
	char *name = NULL;
	if (first_word && show_resolve_authority(db, o->place[0], &id, &name, &err) != 0) {
		fprintf(stderr, "%s: ('%s' is not a command either: 'ecmr --help' lists them)\n", who, o->place[0]);
		free(err);
	}
	free(name);
	return rc;
}

/* Where to open: at the place T resolved (when given), where the user was last (--resume), and
 * on the history grid (--history); notices on the status line say what no longer exists. */
static void open_where_asked(struct browser *b, const struct browse_options *o, const struct show_target *t,
			     const struct browser_place *last)
{
	if (o->nplace)
		browser_open_place(b, t->authority_id, t->report_id, t->section ? t->section->key : NULL,
				t->section ? t->section->scope : NULL);
	else if (last)
		browser_place_go(b, last);
	if (o->history)
		grids_open_history(b);
}

/* --resume: where the user was last in the index at INDEX_PATH, into *LAST; false when nothing is
 * remembered.  Warnings (a damaged file set aside) go to WARNINGS. */
static bool load_last_place(const char *index_path, struct browser_place *last, struct strbuf *warnings)
{
	char *warning = NULL;
	int rc = resume_load(index_path, last, &warning);
	if (warning)
		warn(warnings, warning, "opening on the authority list");
	free(warning);
	return rc == 1;
}

/* Remember where B is, for the next --resume; a failure is said on stderr (the screen is closed). */
static void save_place(const struct browser *b)
{
	struct browser_place here;
	browser_place_get(b, &here);
	char *err = NULL;
	if (resume_save(db_path(b->db), &here, &err) != 0) {
		fprintf(stderr, "ecmr: cannot remember where you were: %s\n", err);
		free(err);
	}
}

int cmd_browse(int argc, char **argv)
{
	struct browse_options o;
	/* main passes "ecmr" as argv[0] when no command was named */
	const char *who = strcmp(argv[0], "ecmr") == 0 ? "ecmr" : "ecmr browse";
	int r = parse_options(argc, argv, who, &o);
	if (r)
		return r > 0 ? EXIT_OK : EXIT_USAGE;
	/* no command named: the place's first word might have been meant for one */
	bool first_word = strcmp(who, "ecmr") == 0 && !o.history;
	static struct theme theme;
	struct config cfg;
	struct strbuf warnings = {0};
	load_settings(&o, &cfg, &theme, &warnings);
	if (o.no_mouse)
		term_mouse = false;
	bool sample = false;
	struct db *db = open_index_for_reading(cmd_index_choice(o.index, &cfg), &sample);
	config_free(&cfg);
	/* a place that is not in the index is said before the screen is touched */
	struct show_target target = {0};
	int rc = db && o.nplace ? resolve_place(db, &o, who, first_word, &target) : 0;
	char *note = db && sample ? xstrdup("[sample index]") : NULL;
	/* a terminal, and one the browser can draw on, or a message before the screen is touched */
	char *why = NULL;
	if (rc == 0 && db && !o.script && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)))
		why = xstrdup("the browser needs a terminal; for scripts use 'ecmr show' or 'ecmr export'");
	else if (rc == 0 && db && !o.script)
		term_usable(&why);
	if (why) {
		fprintf(stderr, "ecmr: %s\n", why);
		free(why);
		rc = EXIT_USAGE;
	}
	if (rc != 0 || !db) {
		if (o.nplace && rc == 0)
			report_free(&target.report);
		db_close(db);
		free(note);
		sb_free(&warnings);
		return rc ? rc : EXIT_INDEX;
	}
	struct browser_place last;
	bool resume = o.resume && load_last_place(db_path(db), &last, &warnings);
	struct browser b;
	browser_init(&b, db, &theme, !display_locale_is_utf8());
	b.index_note = note;
	if (note) /* said once in full; the short note stays in the status line where it fits */
		browser_notice(&b, ROLE_NOTICE, "Sample reports. Index your own: ecmr index -o INDEX DIR; ecmr -i INDEX");
	if (o.resume && !resume && !warnings.len)
		browser_notice(&b, ROLE_NOTICE, "nothing remembered for this index yet: opening on the authority list");
	open_where_asked(&b, &o, &target, resume ? &last : NULL);
	if (o.nplace)
		report_free(&target.report);
	if (warnings.len) /* stderr is hidden behind the screen: say it there too */
		browser_notice(&b, ROLE_ERROR, "%s", sb_str(&warnings));
	sb_free(&warnings);
	rc = o.script ? headless_run(&b, o.script, o.dump_dir, o.cols, o.rows, theme_depth(o.colors))
		      : term_run(&b);
	if (b.quit)
		save_place(&b);
	browser_free(&b);
	return rc;
}
