/*
 * cmd_show.c: `ecmr show [-i INDEX] [-w WIDTH] AUTHORITY [YEAR|TYPE] [SECTION]`:
 * a section (or a whole report) as plain text on stdout, the same text the
 * browser's p key sends to the pager, for scripts and printers.
 *
 * Names are resolved forgivingly (any case; a unique part of a name is
 * enough; outcome numbers 1-5 stand for the outcomes) and strictly (an
 * ambiguous or unknown name lists the candidates and exits 1).
 */
#include "cli/commands.h"
#include "cli/open_index.h"
#include "index/db.h"
#include "base/display.h"
#include "output/section_text.h"
#include "cli/show_resolve.h"
#include "base/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char show_help[] =
	"usage: ecmr show [-i INDEX] [-w WIDTH] AUTHORITY [YEAR|TYPE|YEAR-TYPE] [SECTION]\n"
	"Print a section, or a whole report, as plain text.\n"
	"  AUTHORITY          a name, a unique part of one, or the LA code\n"
	"  YEAR|TYPE          which report: 2007, a type (apa, sif, ...) or 2007-apa\n"
	"                     (default the newest)\n"
	"  SECTION            a section key (being-healthy), 1-5 for the outcomes,\n"
	"                     or a part of its heading (default the whole report)\n"
	"  -w, --width WIDTH  wrap at WIDTH columns, 20 to 1000 (default 78)\n"
	"  -i, --index INDEX  the index to read\n"
	"  -h, --help         print this help\n"
	HELP_INDEX_DEFAULT("-i");

int cmd_show(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "index", required_argument, NULL, 'i' }, { "width", required_argument, NULL, 'w' },
		{ "help", no_argument, NULL, 'h' }, { 0 },
	};
	const char *opt_index = NULL;
	int width = 78, c;
	optind = 1;
	while ((c = cmd_getopt(argc, argv, "i:w:h", opts, "ecmr show")) != -1) {
		switch (c) {
		case 'i': opt_index = optarg; break;
		case 'w': width = atoi(optarg); break;
		case 'h': fputs(show_help, stdout); return EXIT_OK;
		default: return EXIT_USAGE;
		}
	}
	if (optind >= argc)
		return cmd_usage_error("ecmr show", "no authority given");
	if (argc - optind > 3)
		return cmd_usage_error("ecmr show", "unexpected argument '%s'", argv[optind + 3]);
	if (width < 20 || width > 1000)
		return cmd_usage_error("ecmr show", "-w wants a width from 20 to 1000");
	struct db *db = open_index_configured(opt_index);
	if (!db)
		return EXIT_INDEX;
	char *err = NULL;
	struct show_target t;
	int rc = show_resolve(db, argv + optind, argc - optind, &t, &err);
	if (rc != 0) {
		fprintf(stderr, "ecmr show: %s\n", err);
		free(err);
	} else {
		char *text = section_text_render(&t.report, t.section, width, !display_locale_is_utf8());
		fputs(text, stdout);
		free(text);
		report_free(&t.report);
	}
	db_close(db);
	return rc;
}
