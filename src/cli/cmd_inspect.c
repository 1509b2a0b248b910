/* cmd_inspect.c: `ecmr inspect [--json] FILE...`: what the parser made of a file. */
#include "cli/commands.h"
#include "cli/say.h"
#include "parse/parse.h"
#include "output/report_output.h"
#include "parse/source.h"
#include "base/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char inspect_help[] =
	"usage: ecmr inspect [--json] FILE...\n"
	"Show what the parser reads in each report file; no index is used.\n"
	"  -j, --json  write JSON: one object, or an array of them for several files\n"
	"  -h, --help  print this help\n";

int cmd_inspect(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	bool json = false;
	int c;
	optind = 1;
	while ((c = cmd_getopt(argc, argv, "jh", opts, "ecmr inspect")) != -1) {
		switch (c) {
		case 'j':
			json = true;
			break;
		case 'h':
			fputs(inspect_help, stdout);
			return EXIT_OK;
		default:
			return EXIT_USAGE;
		}
	}
	if (optind >= argc)
		return cmd_usage_error("ecmr inspect", "no file given");
	char *config_err = NULL;
	if (source_configure(NULL, &config_err) != 0) {
		say("%s", config_err);
		free(config_err);
		return EXIT_USAGE;
	}
	int status = EXIT_OK;
	struct json j;
	json_init(&j, stdout, true);
	if (json && argc - optind > 1)
		json_begin_array(&j);
	for (int i = optind; i < argc; i++) {
		struct report r;
		char *err = NULL;
		enum parse_status ps = source_parse_file(argv[i], &r, &err);
		if (err) {
			say("%s: %s", argv[i], err);
			free(err);
			status = EXIT_PARTIAL;
		}
		if (ps == PARSE_OK || ps == PARSE_UNRECOGNISED) {
			if (json)
				report_write_json(&r, &j);
			else
				report_print_outline(&r, stdout);
		} else {
			status = EXIT_PARTIAL;
		}
		if (!json && i + 1 < argc)
			printf("\n");
		report_free(&r);
	}
	if (json && argc - optind > 1)
		json_end_array(&j);
	return status;
}
