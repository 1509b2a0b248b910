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

static const char show_usage[] = "usage: ecmr show [-i INDEX] [-w WIDTH] AUTHORITY [YEAR|TYPE|YEAR-TYPE] [SECTION]\n";

int cmd_show(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "index", required_argument, NULL, 'i' }, { "width", required_argument, NULL, 'w' },
		{ "help", no_argument, NULL, 'h' }, { 0 },
	};
	const char *opt_index = NULL;
	int width = 78, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "i:w:h", opts, NULL)) != -1) {
		switch (c) {
		case 'i': opt_index = optarg; break;
		case 'w': width = atoi(optarg); break;
		case 'h': fputs(show_usage, stdout); return EXIT_OK;
		default: fputs(show_usage, stderr); return EXIT_USAGE;
		}
	}
	if (optind >= argc || argc - optind > 3 || width < 20 || width > 1000) {
		fputs(optind >= argc ? show_usage : argc - optind > 3 ? show_usage :
		      "ecmr show: -w wants a width from 20 to 1000\n", stderr);
		return EXIT_USAGE;
	}
	struct db *db = open_index_for_reading(opt_index, NULL);
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
