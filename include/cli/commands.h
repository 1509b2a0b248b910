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
int cmd_items(int argc, char **argv);
int cmd_grades(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_brief(int argc, char **argv);

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

struct config;

/* Read the config file into C (see tui/config.h); when it is broken, say so
 * on stderr and leave C the built-in settings.  Free C with config_free. */
void cmd_config_load(struct config *c);

/* What the index is, for index_path_for_reading: OPTION (-i or -o) when
 * given; else NULL when $ECMR_INDEX is set (index_path_for_reading reads
 * it); else the config file's index: from C, NULL when it has none.  The
 * order is thus -i, $ECMR_INDEX, the config file, the default path. */
const char *cmd_index_choice(const char *option, const struct config *c);

/* The closing lines of a --help text that says where the index is when OPT
 * (a string literal, "-i" or "-o") is not given. */
#define HELP_INDEX_DEFAULT(opt) \
	"\nWithout " opt ", the index is $ECMR_INDEX, else index: in the config file\n" \
	"(${XDG_CONFIG_HOME:-~/.config}/ecmr/config.yaml), else\n" \
	"${XDG_DATA_HOME:-~/.local/share}/ecmr/index.db.\n"

#endif
