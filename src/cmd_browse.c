/*
 * cmd_browse.c: `ecmr browse` and `ecmr show`.
 *
 * Not written yet (issue "ecmr browse"): both say so and exit 2, so that no
 * script mistakes them for working commands.
 */
#include "commands.h"

#include <stdio.h>

int cmd_browse(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "ecmr: the browser is not written yet; use 'ecmr inspect' or 'ecmr export'\n");
	return EXIT_USAGE;
}

int cmd_show(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "ecmr: 'show' is not written yet; use 'ecmr export'\n");
	return EXIT_USAGE;
}
