/*
 * util.h: growable strings, checked allocation and small string helpers
 * shared by every module.
 */
#ifndef ECMR_UTIL_H
#define ECMR_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* Allocation that never returns NULL: on exhaustion it prints and exits(3). */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * Room for one more element in a growable array: V holds N elements of
 * SIZE bytes in *CAP allocated.  Returns V, moved if it had to grow, with
 * *CAP > N; capacity doubles, starting at 16.  Write it as
 * ARRAY_RESERVE(list, count, cap) before list[count++] = ...;
 */
void *array_reserve(void *v, size_t n, size_t *cap, size_t size);
#define ARRAY_RESERVE(v, n, cap) ((v) = array_reserve((v), (n), &(cap), sizeof *(v)))

/* A growable NUL-terminated byte string.  Zero-initialise to start. */
struct strbuf {
	char *s;
	size_t len, cap;
};
void sb_add(struct strbuf *b, const char *s, size_t n);
void sb_adds(struct strbuf *b, const char *s);
/* Make room for EXTRA more bytes and the NUL. */
void sb_reserve(struct strbuf *b, size_t extra);
/* One byte: inline, since text is cleaned a byte at a time. */
static inline void sb_addc(struct strbuf *b, char c)
{
	if (b->len + 2 > b->cap)
		sb_reserve(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}
void sb_addf(struct strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Return the string (never NULL) and give up ownership; b is reset. */
char *sb_take(struct strbuf *b);
void sb_free(struct strbuf *b);
const char *sb_str(const struct strbuf *b); /* "" when empty */

/* ASCII-only helpers: reports' structure words are ASCII. */
bool str_starts_ci(const char *s, const char *prefix);
bool str_eq_ci(const char *a, const char *b);
const char *str_find_ci(const char *hay, const char *needle);
/* Trim ASCII white space at both ends, in place; returns s. */
char *str_trim(char *s);

/* Read a whole file into memory (adds a NUL).  Returns 0, or errno. */
int read_file(const char *path, char **data, size_t *len);

/* Seconds on the monotonic clock (CLOCK_MONOTONIC): for timing and deadlines, never a date. */
double monotonic_seconds(void);

#endif
