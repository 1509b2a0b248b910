/*
 * say.h: the commands' messages on standard error, made safe for the
 * terminal.
 *
 * File names may hold any byte but '/' and NUL: an escape sequence in one
 * would reach the terminal, a newline would split the message in two.
 * Every message a command prints about a file goes through say(), which
 * passes the whole line through text_sanitize (base/utf8.h).
 */
#ifndef ECMR_SAY_H
#define ECMR_SAY_H

/*
 * Print "ecmr: " and FMT's text as one line on stderr, with every control
 * character and invalid UTF-8 byte made a '?' (a newline or tab a space).
 * A progress line (say_progress) is erased first.
 */
void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Draw FMT's text over the current line of stderr, a progress line the next say() erases. */
void say_progress(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Erase the progress line, if one is showing. */
void say_progress_end(void);

#endif
