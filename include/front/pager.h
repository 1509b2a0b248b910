/*
 * pager.h: handing text out of the browser: to the user's pager, to a
 * file, or to a command (p, s and | in every view, as mutt does).
 */
#ifndef ECMR_PAGER_H
#define ECMR_PAGER_H

/*
 * Write TEXT to a file named NAME ("liverpool-2008-jar-recommendations.txt",
 * so less's prompt and its s command make sense) in a private temporary
 * directory ($TMPDIR or /tmp, mode 0700) and run $PAGER (default "less")
 * on it through /bin/sh, waiting for it to finish.  When the pager is
 * less and PATTERN is not NULL, less opens at the first match of it
 * (+/PATTERN, case ignored).  The file and the directory are removed
 * afterwards whatever happens.  SIGINT and SIGQUIT are ignored here while
 * the pager runs (they are the pager's).  The caller gives the terminal
 * to the pager first (term.c does endwin).  Returns the pager's exit
 * status, or -1 with *ERR (malloc'd; *ERR must be NULL on entry) when it
 * could not be run.
 */
int pager_run(const char *text, const char *name, const char *pattern, char **err);

/*
 * Save TEXT to PATH, a file that must not exist yet (ecmr never replaces a
 * file it did not make): 0, or -1 with *ERR saying why (malloc'd).
 */
int save_text(const char *path, const char *text, char **err);

/*
 * Run COMMAND through /bin/sh with TEXT on its standard input and the
 * terminal as its output, waiting for it.  Returns its exit status, or -1
 * with *ERR (malloc'd) when it could not be run.  SIGPIPE from a command
 * that stops reading early is not an error.
 */
int pipe_text(const char *command, const char *text, char **err);

#endif
