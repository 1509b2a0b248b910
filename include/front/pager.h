/*
 * pager.h: sending text to the user's pager.
 */
#ifndef ECMR_PAGER_H
#define ECMR_PAGER_H

/*
 * The pager to run when $PAGER is unset or empty (the config file's pager:),
 * instead of "less"; NULL or "" goes back to "less".  The command is copied.
 */
void pager_set_fallback(const char *command);

/*
 * Write TEXT to a private temporary file and run $PAGER (else the fallback,
 * else "less") on it through /bin/sh, waiting for it to finish; the file is
 * removed afterwards whatever happens.  SIGINT and SIGQUIT are ignored here while
 * the pager runs (they are the pager's).  The caller gives the terminal
 * to the pager first (term.c does endwin).  Returns the pager's exit
 * status, or -1 with *ERR (malloc'd; *ERR must be NULL on entry) when
 * it could not be run.
 */
int pager_run(const char *text, char **err);

#endif
