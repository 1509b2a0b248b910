/*
 * resume.h: where the browser was last in each index (`ecmr --resume`),
 * kept in the state file "resume" (base/state_file.h): one line for each
 * of the RESUME_KEEP indexes used most recently, keyed by the index's
 * absolute path.
 */
#ifndef ECMR_RESUME_H
#define ECMR_RESUME_H

#include "tui/browser.h"

/* How many indexes the file remembers: the most recently left first. */
#define RESUME_KEEP 20

/*
 * Read where the user was last in the index at INDEX_PATH (remembered by
 * its absolute path with symbolic links resolved).
 * Returns 1 with *P filled, 0 when nothing is remembered for it, -1 when
 * the file cannot be read (*WARNING says why; it is then not written
 * over).  A damaged file is set aside (state_set_aside) and *WARNING
 * (malloc'd) names both; 0 is returned.
 */
int resume_load(const char *index_path, struct browser_place *p, char **warning);

/*
 * Remember P as where the user was in INDEX_PATH: the file rewritten
 * atomically with this index first and the others kept, at most
 * RESUME_KEEP.  Returns 0 (also when there is no home directory to keep
 * it in), or -1 with *ERR (malloc'd).
 */
int resume_save(const char *index_path, const struct browser_place *p, char **err);

#endif
