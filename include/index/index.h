/*
 * index.h: writing the SQLite index, atomically.
 *
 * The index is built in a temporary file beside the target and renamed
 * into place only when complete, so a failure, an interrupt or a full disk
 * leaves the previous index untouched, and readers never see a half-written
 * file.  Readers that have the old file open keep reading it.
 */
#ifndef ECMR_INDEX_H
#define ECMR_INDEX_H

#include "index/schema.h"
#include "report/report.h"

#include <stdbool.h>

struct index_writer;

/*
 * May TARGET be replaced by a new index?  Only when nothing is there or
 * it is an index ecmr wrote (its meta table says so): never a file,
 * database, directory or device of anyone else's.  Returns 0, or -1 with
 * *ERR (malloc'd) naming TARGET and saying why not.
 */
int index_check_target(const char *target, char **err);

/*
 * Start a new index that will replace TARGET (refused, as
 * index_check_target says, when TARGET is not ours).  When TARGET is a
 * symbolic link, the file it names is replaced and the link kept.  If
 * TARGET is an index of the same schema and parser version, its reports
 * can be reused for unchanged files (index_reuse).  Returns 0, or -1 with *ERR set (malloc'd).
 */
int index_begin(const char *target, struct index_writer **w, char **err);

/*
 * If the previous index holds SOURCE with content hash SHA256, copy it into
 * the new index without parsing, set *TYPE to its report type and return
 * true.
 */
bool index_reuse(struct index_writer *w, const char *source, const char *sha256, enum report_type *type);

/* Add one parsed report.  Returns 0, or -1 with *ERR set. */
int index_add(struct index_writer *w, const struct report *r, char **err);

/* Finish: write search indexes, flush to disk, rename over the target. 0 or -1 with *ERR. */
int index_commit(struct index_writer *w, char **err);

/* Give up: remove the temporary file; the target is untouched.  Frees W. */
void index_abort(struct index_writer *w);

/* The temporary file's path (for messages). */
const char *index_temp_path(const struct index_writer *w);

#endif
