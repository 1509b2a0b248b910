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
#include "tui/theme.h"
#include "tui/theme_pick.h"
#include "base/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char browse_usage[] =
	"usage: ecmr browse [-i INDEX] [--theme NAME|PATH] [--history [AUTHORITY]]\n"
	"       ecmr browse [-i INDEX] --headless SCRIPT [--size COLSxROWS] [--dump-dir DIR] [--colors 0|8|256]\n";

struct browse_options {
	const char *index, *theme, *script, *dump_dir;
	int cols, rows, colors;
	bool history;        /* open on the history grid */
	const char *place;   /* of this authority (as show resolves it) */
};

/* Parse the options; returns -1 (after a message) on a usage error, 1 for --help. */
static int parse_options(int argc, char **argv, struct browse_options *o)
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
	while ((c = getopt_long(argc, argv, "i:h", opts, NULL)) != -1) {
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
				fprintf(stderr, "ecmr browse: --size wants COLSxROWS, e.g. 80x24\n");
				return -1;
			}
			break;
		case 'h': fputs(browse_usage, stdout); return 1;
		default: fputs(browse_usage, stderr); return -1;
		}
	}
	if (o->history && optind == argc - 1)
		o->place = argv[optind++];
	if (optind < argc) {
		fprintf(stderr, "ecmr browse: unexpected argument '%s'\n%s", argv[optind], browse_usage);
		return -1;
	}
	return 0;
}

/* --history [AUTHORITY]: select the authority (as show resolves it) and open its history grid. */
static int open_history(struct browser *b, const char *place)
{
	if (place) {
		char *err = NULL;
		int a = show_resolve_authority(b->authorities, b->nauthorities, place, &err);
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
	int r = parse_options(argc, argv, &o);
	if (r)
		return r > 0 ? EXIT_OK : EXIT_USAGE;
	static struct theme theme;
	char *warning = NULL;
	const char *theme_name = o.theme ? o.theme : getenv("ECMR_THEME");
	if (theme_load(theme_name, &theme, &warning) != 0) {
		fprintf(stderr, "ecmr: %s; using the default theme\n", warning);
		free(warning);
	}
	bool sample = false;
	struct db *db = open_index_for_reading(o.index, &sample);
	if (!db)
		return EXIT_INDEX;
	char *note = sample ? xstrdup("[sample index]") : NULL;
	if (!o.script && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))) {
		fprintf(stderr, "ecmr: the browser needs a terminal; for scripts use 'ecmr show' or 'ecmr export'\n");
		db_close(db);
		free(note);
		return EXIT_USAGE;
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
	int rc = o.script ? headless_run(&b, o.script, o.dump_dir, o.cols, o.rows, theme_depth(o.colors))
			  : term_run(&b);
	browser_free(&b);
	return rc;
}
