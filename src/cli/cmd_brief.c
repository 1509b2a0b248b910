/*
 * cmd_brief.c: `ecmr brief [-i INDEX] [--format text|md]`: the meeting
 * brief made from the user's marks (m in the browser), as the browser's B
 * view shows it, for printing or mailing.  A damaged marks file is set
 * aside and reported, and the brief is still printed (empty).
 */
#include "cli/commands.h"
#include "cli/open_index.h"
#include "index/marked.h"
#include "output/brief.h"
#include "base/state_file.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

static const char brief_usage[] =
	"usage: ecmr brief [-i INDEX] [--format text|md]\n"
	"The meeting brief made from your marks (m in the browser): the marked\n"
	"items and sections by authority and outcome, each with its report, date,\n"
	"section, paragraph and that section's judgement; the marked authorities;\n"
	"and the marks whose report is no longer in the index.\n"
	"  -i, --index INDEX   the index to read\n"
	"  --format F          text (the default) or md (Markdown)\n"
	"  -h, --help          print this help\n"
	"\nThe marks are read from ${XDG_STATE_HOME:-~/.local/state}/ecmr/marks.\n"
	HELP_INDEX_DEFAULT("-i");

/* Parse the options; returns 0, 1 after --help, -1 after a usage message. */
static int parse_options(int argc, char **argv, const char **index, enum brief_format *format)
{
	static const struct option opts[] = {
		{ "index", required_argument, NULL, 'i' }, { "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' }, { 0 },
	};
	*index = NULL;
	*format = BRIEF_TEXT;
	int c;
	optind = 1;
	while ((c = cmd_getopt(argc, argv, "i:h", opts, "ecmr brief")) != -1) {
		switch (c) {
		case 'i': *index = optarg; break;
		case 'f':
			if (strcmp(optarg, "text") == 0)
				*format = BRIEF_TEXT;
			else if (strcmp(optarg, "md") == 0 || strcmp(optarg, "markdown") == 0)
				*format = BRIEF_MARKDOWN;
			else
				return cmd_usage_error("ecmr brief", "--format wants text or md"), -1;
			break;
		case 'h': fputs(brief_usage, stdout); return 1;
		default: return -1;
		}
	}
	if (optind < argc)
		return cmd_usage_error("ecmr brief", "unexpected argument '%s'", argv[optind]), -1;
	return 0;
}

/* The user's marks into M; EXIT_OK, or EXIT_PARTIAL after saying what was wrong with the file. */
static int load_marks(struct marks *m)
{
	char *path = state_path("marks"), *err = NULL;
	if (!path) {
		fprintf(stderr, "ecmr brief: no XDG_STATE_HOME or HOME: no marks to read\n");
		return EXIT_PARTIAL;
	}
	int rc = marks_load(path, m, &err);
	if (rc != 0)
		fprintf(stderr, "ecmr brief: %s\n", err);
	free(err);
	free(path);
	return rc ? EXIT_PARTIAL : EXIT_OK;
}

int cmd_brief(int argc, char **argv)
{
	const char *index;
	enum brief_format format;
	int r = parse_options(argc, argv, &index, &format);
	if (r)
		return r > 0 ? EXIT_OK : EXIT_USAGE;
	struct db *db = open_index_configured(index);
	if (!db)
		return EXIT_INDEX;
	struct marks m = {0};
	int rc = load_marks(&m);
	struct marked *v = NULL;
	size_t n = 0;
	if (db_marked(db, &m, &v, &n) != 0) {
		fprintf(stderr, "ecmr brief: cannot read %s (damaged?)\n", db_path(db));
		rc = EXIT_INDEX;
	}
	char *text = brief_render(&m, v, n, format);
	fputs(text, stdout);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "ecmr brief: error writing the brief\n");
		rc = rc ? rc : EXIT_PARTIAL;
	}
	free(text);
	db_free_marked(v, n);
	marks_free(&m);
	db_close(db);
	return rc;
}
