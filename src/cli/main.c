/*
 * main.c: ecmr's entry point: one table of subcommands, and dispatch.
 */
#include "cli/commands.h"
#include "base/util.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *args;
	const char *summary;
};

/* Every subcommand, in the order --help lists them. */
static const struct command commands[] = {
	{ "browse", cmd_browse, "[-i INDEX] [--theme NAME|PATH] [--resume] [AUTHORITY ...]",
	  "open the browser (the default), at a place as for show" },
	{ "index", cmd_index, "[-o INDEX] [-q] PATH...", "build the index from report files and directories" },
	{ "inspect", cmd_inspect, "[--json] FILE...", "show what the parser reads in a report file" },
	{ "export", cmd_export, "[-i INDEX]", "write the whole index as JSON" },
	{ "grades", cmd_grades, "[-i INDEX] [--authority NAME] [--type TYPE] [--year YEAR]\n"
				 "               [--format csv|tsv|json] [--wide]",
	  "every judgement as a table (CSV, TSV or JSON)" },
	{ "show", cmd_show, "[-i INDEX] [-w WIDTH] AUTHORITY [YEAR|TYPE|YEAR-TYPE] [SECTION]", "print a section as plain text" },
	{ "items", cmd_items, "[-i INDEX] AUTHORITY [--kind K,...] [--outcome N] [--year Y]\n"
				 "               [--format text|csv|json]",
	  "an authority's strengths, areas for improvement and recommendations" },
	{ "search", cmd_search, "[-i INDEX] [--format text|csv|json] [--order date|relevance]\n"
				   "               QUERY...",
	  "every hit of a search, one a line" },
	{ "brief", cmd_brief, "[-i INDEX] [--format text|md]", "the meeting brief made from your marks" },
};

void print_usage(FILE *out)
{
	fprintf(out, "usage: ecmr [COMMAND] [OPTIONS]\n"
		     "       ecmr [-i INDEX] AUTHORITY [YEAR|TYPE|YEAR-TYPE] [SECTION]\n\n");
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(out, "  ecmr %-7s %s\n          %s\n", commands[i].name, commands[i].args, commands[i].summary);
	fprintf(out, "\n  ecmr --help | --version\n\n"
		     "'ecmr COMMAND --help' describes a command's options; with no command,\n"
		     "the browser's may be given alone (ecmr -i INDEX), and a first word that\n"
		     "is no command is the place to open the browser at (ecmr liverpool 2008).\n"
		     "The index is read from -i INDEX, else $ECMR_INDEX, else index: in the\n"
		     "config file (${XDG_CONFIG_HOME:-~/.config}/ecmr/config.yaml), else\n"
		     "${XDG_DATA_HOME:-~/.local/share}/ecmr/index.db.  See ecmr(1).\n");
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
			  strcmp(argv[1], "help") == 0)) {
		print_usage(stdout);
		return EXIT_OK;
	}
	if (argc >= 2 && (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0)) {
		printf("ecmr %s\n", ECMR_VERSION);
		return EXIT_OK;
	}
	if (argc >= 2 && argv[1][0] != '-')
		for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
			if (strcmp(argv[1], commands[i].name) == 0)
				return commands[i].run(argc - 1, argv + 1);
	/* no command: browse, with any options given, and a first word that is no command the place
	 * to open at (ecmr liverpool 2008-jar); "ecmr" tells it to name itself so */
	argv[0] = (char *)"ecmr";
	return cmd_browse(argc, argv);
}
