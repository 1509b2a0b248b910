/* cmd_export.c: `ecmr export [-i INDEX]`: the whole index as JSON on stdout. */
#include "cli/commands.h"
#include "cli/open_index.h"
#include "index/db.h"
#include "output/report_output.h"
#include "base/util.h"

#include <getopt.h>
#include <stdlib.h>

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
	while ((c = getopt_long(argc, argv, "i:h", opts, NULL)) != -1) {
		switch (c) {
		case 'i': opt_index = optarg; break;
		case 'h': printf("usage: ecmr export [-i INDEX]\n"); return EXIT_OK;
		default: fprintf(stderr, "usage: ecmr export [-i INDEX]\n"); return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "ecmr export: unexpected argument '%s'\nusage: ecmr export [-i INDEX]\n", argv[optind]);
		return EXIT_USAGE;
	}
	struct db *db = open_index_for_reading(opt_index, NULL);
	if (!db)
		return EXIT_INDEX;
	int *ids;
	size_t n;
	int status = EXIT_OK;
	if (db_report_ids(db, &ids, &n) != 0) {
		fprintf(stderr, "ecmr: cannot read the index %s (damaged?)\n", db_path(db));
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
			fprintf(stderr, "ecmr: cannot read report %d from %s (damaged?)\n", ids[i], db_path(db));
			status = EXIT_INDEX;
			report_free(&r);
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
