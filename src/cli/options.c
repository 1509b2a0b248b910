/*
 * options.c: what the subcommands share about their options (see
 * commands.h): getopt_long with ecmr's own messages, so every command says
 * what was wrong the same way, naming itself ("ecmr show: ..."), and points
 * to its --help (getopt's own messages name only argv[0] and differ between
 * C libraries); and the config file's settings below the command line's.
 */
#include "cli/commands.h"
#include "tui/config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int cmd_usage_error(const char *who, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "%s: ", who);
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\nTry '%s --help' for more information.\n", who);
	va_end(ap);
	return EXIT_USAGE;
}

/* How many of LONGOPTS the name in ARG ("--name" or "--name=value") could
 * stand for, as getopt reads it: an exact name is one, else every option it
 * begins; *ONE is set to the last of them. */
static int long_matches(const char *arg, const struct option *longopts, const struct option **one)
{
	const char *name = arg + 2;
	size_t len = strcspn(name, "=");
	int n = 0;
	*one = NULL;
	for (const struct option *o = longopts; o->name; o++) {
		if (strncmp(o->name, name, len) != 0)
			continue;
		*one = o;
		if (strlen(o->name) == len)
			return 1;
		n++;
	}
	return n;
}

/* Say why getopt_long refused the option before argv[optind] (C is '?' or
 * ':'), as "WHO: why" and the hint. */
static void option_refused(int c, char **argv, const struct option *longopts, const char *who)
{
	const char *arg = argv[optind - 1];
	bool is_long = strncmp(arg, "--", 2) == 0;
	int len = (int)strcspn(arg, "=");
	const struct option *o;
	if (c == ':' && is_long)
		cmd_usage_error(who, "option '%.*s' needs an argument", len, arg);
	else if (c == ':')
		cmd_usage_error(who, "option '-%c' needs an argument", optopt);
	else if (optopt == 0 && long_matches(arg, longopts, &o) > 1)
		cmd_usage_error(who, "option '%.*s' is ambiguous", len, arg);
	else if (optopt == 0)
		cmd_usage_error(who, "unrecognised option '%.*s'", len, arg);
	else if (is_long && arg[len] && long_matches(arg, longopts, &o) == 1 && o->val == optopt &&
		 o->has_arg == no_argument)
		cmd_usage_error(who, "option '--%s' takes no argument", o->name);
	else
		cmd_usage_error(who, "unrecognised option '-%c'", optopt);
}

int cmd_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts, const char *who)
{
	char spec[64];
	snprintf(spec, sizeof spec, ":%s", shortopts); /* ':' first: a missing argument returns ':' */
	opterr = 0;
	int c = getopt_long(argc, argv, spec, longopts, NULL);
	if (c != '?' && c != ':')
		return c;
	option_refused(c, argv, longopts, who);
	return '?';
}

void cmd_config_load(struct config *c)
{
	char *warning = NULL;
	if (config_load(c, &warning) != 0)
		fprintf(stderr, "ecmr: %s; using the built-in settings\n", warning);
	free(warning);
}

const char *cmd_index_choice(const char *option, const struct config *c)
{
	const char *env = getenv("ECMR_INDEX");
	if (option && *option)
		return option;
	return env && *env ? NULL : c->index;
}
