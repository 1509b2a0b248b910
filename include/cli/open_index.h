/*
 * open_index.h: how every command that reads an index opens it, once.
 */
#ifndef ECMR_OPEN_INDEX_H
#define ECMR_OPEN_INDEX_H

#include "index/db.h"

#include <stdbool.h>

/*
 * Open the index for reading: OPTION (-i) when given, else $ECMR_INDEX,
 * else the default path, else the installed sample index
 * (index_path_for_reading).  On failure says why on standard error
 * ("ecmr: ..." with what to do) and returns NULL; the caller exits with
 * EXIT_INDEX.  *IS_SAMPLE (when not NULL) says whether it is the sample index.
 */
struct db *open_index_for_reading(const char *option, bool *is_sample);

/*
 * The same for a command that reads the config file for nothing else: the
 * index is OPTION (-i), else $ECMR_INDEX, else the config file's index:,
 * else the default path (cmd_index_choice), so that every command finds
 * the same index.
 */
struct db *open_index_configured(const char *option);

#endif
