/* util.c: allocation, growable strings and small string helpers. */
#include "base/util.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void out_of_memory(size_t n)
{
	fprintf(stderr, "ecmr: out of memory (wanted %zu bytes)\n", n);
	exit(3);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory(n);
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		out_of_memory(n * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		out_of_memory(n);
	return q;
}

void *array_reserve(void *v, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return v;
	size_t want = *cap ? *cap * 2 : 16;
	if (want <= n)
		want = n + 1;
	if (want > SIZE_MAX / size) {
		fprintf(stderr, "ecmr: out of memory\n");
		exit(3);
	}
	*cap = want;
	return xrealloc(v, want * size);
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	struct strbuf b = {0};
	va_list ap;
	va_start(ap, fmt);
	char tmp[256];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	if (n >= 0 && (size_t)n < sizeof tmp) {
		sb_add(&b, tmp, (size_t)n);
	} else if (n >= 0) {
		char *big = xmalloc((size_t)n + 1);
		vsnprintf(big, (size_t)n + 1, fmt, ap2);
		sb_add(&b, big, (size_t)n);
		free(big);
	}
	va_end(ap2);
	va_end(ap);
	return sb_take(&b);
}

void sb_reserve(struct strbuf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->s = xrealloc(b->s, cap);
	b->cap = cap;
}

void sb_add(struct strbuf *b, const char *s, size_t n)
{
	sb_reserve(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void sb_adds(struct strbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

void sb_addf(struct strbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n > 0) {
		sb_reserve(b, (size_t)n);
		vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap2);
		b->len += (size_t)n;
	}
	va_end(ap2);
}

char *sb_take(struct strbuf *b)
{
	char *s = b->s ? b->s : xstrdup("");
	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

void sb_free(struct strbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

const char *sb_str(const struct strbuf *b)
{
	return b->s ? b->s : "";
}

/* ASCII case folding without the locale: these helpers compare structure words. */
static inline unsigned char ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

bool str_starts_ci(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++)
		if (ascii_lower((unsigned char)*s) != ascii_lower((unsigned char)*prefix))
			return false;
	return true;
}

bool str_eq_ci(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (ascii_lower((unsigned char)*a) != ascii_lower((unsigned char)*b))
			return false;
	return *a == *b;
}

/*
 * How rare a byte is in English report text, for str_find_ci: the space
 * is commonest, then letters by their frequency in English; digits,
 * punctuation and non-ASCII bytes are rarer than any letter.
 */
enum { RARE_OTHER = 40 };
static const unsigned char letter_rarity[128] = {
	['e'] = 1, ['E'] = 1, ['t'] = 2, ['T'] = 2, ['a'] = 3, ['A'] = 3,
	['o'] = 4, ['O'] = 4, ['i'] = 5, ['I'] = 5, ['n'] = 6, ['N'] = 6,
	['s'] = 7, ['S'] = 7, ['h'] = 8, ['H'] = 8, ['r'] = 9, ['R'] = 9,
	['d'] = 10, ['D'] = 10, ['l'] = 11, ['L'] = 11, ['c'] = 12, ['C'] = 12,
	['u'] = 13, ['U'] = 13, ['m'] = 14, ['M'] = 14, ['w'] = 15, ['W'] = 15,
	['f'] = 16, ['F'] = 16, ['g'] = 17, ['G'] = 17, ['y'] = 18, ['Y'] = 18,
	['p'] = 19, ['P'] = 19, ['b'] = 20, ['B'] = 20, ['v'] = 21, ['V'] = 21,
	['k'] = 22, ['K'] = 22, ['j'] = 23, ['J'] = 23, ['x'] = 24, ['X'] = 24,
	['q'] = 25, ['Q'] = 25, ['z'] = 26, ['Z'] = 26,
};

static unsigned byte_rarity(unsigned char c)
{
	if (c == ' ')
		return 0;
	return c < 128 && letter_rarity[c] ? letter_rarity[c] : RARE_OTHER;
}

/*
 * The leftmost HAY that starts NEEDLE, ASCII letters in either case.  It
 * jumps with strpbrk/strchr (quick) between the places where the needle's
 * rarest byte stands, so that "inspection date:" stops at each ':' and not
 * at each 'i'.  Candidates come in order, so the first that matches is the
 * leftmost match.
 */
const char *str_find_ci(const char *hay, const char *needle)
{
	if (!*needle)
		return hay;
	size_t pivot = 0;
	for (size_t i = 1; needle[i]; i++)
		if (byte_rarity((unsigned char)needle[i]) > byte_rarity((unsigned char)needle[pivot]))
			pivot = i;
	if (strnlen(hay, pivot) < pivot)
		return NULL; /* HAY is shorter than the needle's start */
	unsigned char c = ascii_lower((unsigned char)needle[pivot]);
	char both[3] = { (char)c, (char)(c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c), '\0' };
	bool letter = both[0] != both[1];
	for (const char *p = hay + pivot; (p = letter ? strpbrk(p, both) : strchr(p, c)) != NULL; p++)
		if (str_starts_ci(p - pivot, needle))
			return p - pivot;
	return NULL;
}

char *str_trim(char *s)
{
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	size_t i = 0;
	while (s[i] && isspace((unsigned char)s[i]))
		i++;
	if (i)
		memmove(s, s + i, n - i + 1);
	return s;
}

int read_file(const char *path, char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return errno;
	struct strbuf b = {0};
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		sb_add(&b, buf, n);
	int err = ferror(f) ? (errno ? errno : EIO) : 0;
	fclose(f);
	if (err) {
		sb_free(&b);
		return err;
	}
	*len = b.len;
	*data = sb_take(&b);
	return 0;
}

double monotonic_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
