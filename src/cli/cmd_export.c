/* cmd_export.c: `ecmr export [-i INDEX]`: the whole index as JSON on stdout. */
#include "cli/commands.h"
#include "cli/open_index.h"
#include "index/db.h"
#include "output/report_output.h"
#include "base/util.h"

#include <getopt.h>
#include <stdlib.h>

static const char export_help[] =
	"usage: ecmr export [-i INDEX]\n"
	"Write the whole index to standard output as one JSON object.\n"
	"  -i, --index INDEX  the index to read\n"
	"  -h, --help         print this help\n"
	HELP_INDEX_DEFAULT("-i");

int cmd_export(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "index", required_argument, NULL, 'i' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *opt_index = NULL;
	int c;
	optind = 1;
	while ((c = cmd_getopt(argc, argv, "i:h", opts, "ecmr export")) != -1) {
		switch (c) {
		case 'i': opt_index = optarg; break;
		case 'h': fputs(export_help, stdout); return EXIT_OK;
		default: return EXIT_USAGE;
		}
	}
	if (optind < argc)
		return cmd_usage_error("ecmr export", "unexpected argument '%s'", argv[optind]);
	struct db *db = open_index_configured(opt_index);
	if (!db)
		return EXIT_INDEX;
	int *ids;
	size_t n;
	int status = EXIT_OK;
	if (db_report_ids(db, &ids, &n) != 0) {
		fprintf(stderr, "ecmr: cannot read the index %s (damaged?): %s\n", db_path(db), db_error(db));
		db_close(db);
		return EXIT_INDEX;
	}
	struct json j;
	json_init(&j, stdout, true);
	json_begin_object(&j);
	json_key(&j, "reports");
	json_begin_array(&j);
	for (size_t i = 0; i < n; i++) {
		struct report r;
		if (db_load_report(db, ids[i], &r) != 0) {
			fprintf(stderr, "ecmr: cannot read report %d from %s (damaged?): %s\n", ids[i], db_path(db),
				db_error(db));
			status = EXIT_INDEX;
			if (db_stopped(db))
				break; /* every later query would fail too */
			continue;
		}
		report_write_json(&r, &j);
		report_free(&r);
	}
	json_end_array(&j);
	json_end_object(&j);
	free(ids);
	db_close(db);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "ecmr: error writing the export\n");
		status = EXIT_PARTIAL;
	}
	return status;
}
