/* open_index.c: opening the index for the commands that read it (see open_index.h). */
#include "cli/open_index.h"
#include "base/util.h"
#include "cli/commands.h"
#include "tui/config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct db *open_index_for_reading(const char *option, bool *is_sample)
{
	char *err = NULL, *path = index_path_for_reading(option, &err);
	struct db *db = NULL;
	if (!path || db_open(path, &db, &err) != 0) {
		fprintf(stderr, "ecmr: %s\n", err);
		free(err);
		free(path);
		return NULL;
	}
	if (is_sample)
		*is_sample = strcmp(path, index_sample_path()) == 0;
	free(path);
	return db;
}

struct db *open_index_configured(const char *option)
{
	struct config cfg;
	cmd_config_load(&cfg);
	struct db *db = open_index_for_reading(cmd_index_choice(option, &cfg), NULL);
	config_free(&cfg);
	return db;
}
