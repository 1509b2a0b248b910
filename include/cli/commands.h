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

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

enum exit_status { EXIT_OK = 0, EXIT_PARTIAL = 1, EXIT_USAGE = 2, EXIT_INDEX = 3 };

int cmd_index(int argc, char **argv);
int cmd_inspect(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_browse(int argc, char **argv);

/* Print the usage of every command (the same table as --help uses). */
void print_usage(FILE *out);

/*
 * getopt_long(ARGC, ARGV, SHORTOPTS, LONGOPTS) for the command WHO ("ecmr
 * show", or "ecmr" for the browser started with no command), with ecmr's
 * messages: an unknown or ambiguous option, a missing argument or one given
 * to an option that takes none prints "WHO: why" and a pointer to
 * 'WHO --help' on stderr and returns '?'.  The caller then exits with
 * EXIT_USAGE.  Reset optind to 1 before the first call, as for getopt.
 */
int cmd_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts, const char *who);

/* Print "WHO: MESSAGE" (printf FMT) and the pointer to 'WHO --help' on stderr;
 * returns EXIT_USAGE. */
int cmd_usage_error(const char *who, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The closing lines of a --help text that says where the index is when OPT
 * (a string literal, "-i" or "-o") is not given. */
#define HELP_INDEX_DEFAULT(opt) \
	"\nWithout " opt ", the index is $ECMR_INDEX, else\n" \
	"${XDG_DATA_HOME:-~/.local/share}/ecmr/index.db.\n"

#endif
