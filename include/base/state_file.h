/*
 * state_file.h: the user's own files under ${XDG_STATE_HOME:-~/.local/state}/ecmr:
 * marks, search history, where the browser was last.  They belong to the
 * user, not to the index (which may be shared and read-only), so they are
 * written atomically (a crash leaves the old file or the new, never half
 * of one), and a damaged one is set aside under a new name, never lost.
 */
#ifndef ECMR_STATE_FILE_H
#define ECMR_STATE_FILE_H

#include <stddef.h>

/*
 * The path of state file NAME: "$XDG_STATE_HOME/ecmr/NAME" when
 * XDG_STATE_HOME is an absolute path (the XDG rule: a relative one is
 * ignored), else "$HOME/.local/state/ecmr/NAME".  Returns a malloc'd
 * string, or NULL when neither gives a directory.
 */
char *state_path(const char *name);

/*
 * Read state file PATH whole (NUL-terminated) into *DATA, *LEN.
 * Returns 0 when read, 1 when there is no such file (*DATA is NULL, not
 * an error: nothing saved yet), -1 on any other failure with a one-line
 * reason naming PATH in *ERR (malloc'd; the caller frees it).  Files over
 * MAX bytes are refused as damaged rather than read.
 */
int state_read(const char *path, size_t max, char **data, size_t *len, char **err);

/*
 * Replace state file PATH with DATA (LEN bytes) atomically: written to a
 * new temporary file beside it (mode 0600), flushed, then renamed over
 * PATH.  The directory is made (mode 0700, with its parents) when
 * missing.  PATH must be one of ours (from state_path).  Returns 0, or -1
 * with a one-line reason naming PATH in *ERR (malloc'd); on failure PATH
 * is untouched and no temporary file is left behind.
 */
int state_write(const char *path, const char *data, size_t len, char **err);

/*
 * Set a damaged state file aside: rename PATH to "PATH.damaged-N" with the
 * lowest N >= 1 that names no existing file (never over another file).
 * Returns the new name (malloc'd) to tell the user, or NULL with a reason
 * in *ERR (malloc'd).
 */
char *state_set_aside(const char *path, char **err);

/*
 * Every state file starts with the line "ecmr KIND VERSION" ("ecmr marks
 * 1").  Check LINE (LEN bytes, its newline not included) against it for
 * KIND and VERSION: 0 when it is that line; -2 when it is KIND's line for
 * another version (*FOUND is that version: a file a later ecmr wrote, to
 * be left alone); -1 when it is no such line (the file is damaged).
 */
int state_header_check(const char *line, size_t len, const char *kind, int version, int *found);

#endif
