/*
 * yaml_strict.h: reading small YAML files strictly, for themes (theme.c)
 * and the config file (config.c).
 *
 * A file holds nothing, or one document whose top level is a mapping; each
 * key is handed to a function of the caller's as soon as it is read, so a
 * typo, a key given twice or a value of the wrong kind is an error naming
 * the file and the line ("FILE:LINE: what is wrong"), never silently
 * ignored.  The event parser is used, not libyaml's document loader:
 * aliases and anchors are refused when they arrive, before anything could
 * expand them, and nesting is limited, so a hostile file costs no more
 * than its size.
 */
#ifndef ECMR_YAML_STRICT_H
#define ECMR_YAML_STRICT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <yaml.h>

#define YS_MAX_DEPTH 8

/* A file being read. */
struct yaml_strict {
	yaml_parser_t yp;
	yaml_event_t ev;      /* the current event, when have_event */
	bool have_event;
	const char *kind;     /* "theme", "config": messages say "not allowed in theme files" */
	const char *filename;
	const char *data;
	size_t len;
	int depth;            /* collections open at the current event */
	char *err;            /* the first error, malloc'd */
};

/* A handler for one key of a mapping, read on LINE (0-based); the current
 * event is the key's value, and the handler leaves the current event at the
 * value's last event.  Returns 0, or -1 after ys_fail. */
typedef int (*ys_key_fn)(struct yaml_strict *y, const char *key, size_t line, void *ctx);

/*
 * Parse DATA (LEN bytes) from FILENAME, a file of KIND: nothing, or one
 * document holding a null or a mapping (WHAT names it in messages) whose
 * keys are handed to FN with CTX.  Returns 0; or -1 with the malloc'd
 * error "FILENAME:LINE: what is wrong" in y->err, which the caller frees.
 */
int ys_parse(struct yaml_strict *y, const char *data, size_t len, const char *filename, const char *kind,
	     const char *what, ys_key_fn fn, void *ctx);

/*
 * Record the error "FILENAME:LINE: message" (LINE0 0-based) unless one is
 * recorded already; the message is made safe to print (one line, no
 * control characters).  Always returns -1.
 */
int ys_fail(struct yaml_strict *y, size_t line0, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* The 0-based line of the current event. */
size_t ys_line(const struct yaml_strict *y);

/* Move to the next event, keeping count of nesting.  Returns 0; or -1 after
 * ys_fail on a syntax error, an alias, an anchor or nesting deeper than
 * YS_MAX_DEPTH. */
int ys_next(struct yaml_strict *y);

/* The text of the current event if it is a scalar, else NULL. */
const char *ys_scalar(const struct yaml_strict *y);

/* The text of the current event if it is a plain (unquoted) scalar, else
 * NULL: what a number or true/false must be. */
const char *ys_plain(const struct yaml_strict *y);

/* Whether the current event is an empty value ("key:" with nothing, "~", "null"). */
bool ys_is_null(const struct yaml_strict *y);

/* Read the mapping at the current event (WHAT names it in errors), calling
 * FN for each key.  Returns 0 or -1. */
int ys_each_key(struct yaml_strict *y, const char *what, ys_key_fn fn, void *ctx);

/* Note that bit I of *SEEN is set by KEY (on LINE) in WHAT.  Returns 0, or
 * -1 with an error when the key came before. */
int ys_once(struct yaml_strict *y, uint32_t *seen, int i, const char *key, size_t line, const char *what);

/* The index of the entry named KEY in TABLE (N entries of SIZE bytes, each
 * starting with its name as a const char *), or -1. */
int ys_find_named(const void *table, size_t n, size_t size, const char *key);

/*
 * The index in TABLE (as for ys_find_named) of KEY, read on LINE, which
 * must be there (else the error: unknown key "KEY" in WHERE (want WANT);
 * WHERE NULL at the top level) and not given before in it (bit of *SEEN).
 * Returns the index, or -1 after ys_fail.
 */
int ys_key_index(struct yaml_strict *y, const void *table, size_t n, size_t size, const char *key, size_t line,
		 uint32_t *seen, const char *where, const char *want);

/* Hand MSG to *OUT, or free it when OUT is NULL.  Returns -1. */
int ys_hand_over(char *msg, char **out);

/*
 * Read the file PATH, which must be a regular file of at most MAX bytes
 * (KIND names it in the message).  Returns 0 with *DATA (malloc'd) and
 * *LEN; or -1 with the malloc'd error "PATH: why" in *ERR.
 */
int ys_read_file(const char *path, size_t max, const char *kind, char **data, size_t *len, char **err);

#endif
