/*
 * commands.h: the subcommands of ecmr.  Each takes the arguments after its
 * name (argv[0] is the command name) and returns the process exit status:
 *
 *   0  success
 *   1  partly done: some files could not be indexed, a name was not found
 *   2  usage error
 *   3  the index cannot be opened, read or written
 */
#ifndef ECMR_COMMANDS_H
#define ECMR_COMMANDS_H

#include <stdio.h>

enum exit_status { EXIT_OK = 0, EXIT_PARTIAL = 1, EXIT_USAGE = 2, EXIT_INDEX = 3 };

int cmd_index(int argc, char **argv);
int cmd_inspect(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_browse(int argc, char **argv);
int cmd_search(int argc, char **argv);

/* Print the usage of every command (the same table as --help uses). */
void print_usage(FILE *out);

#endif
