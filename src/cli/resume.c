/*
 * resume.c: the state file of where the browser was last (see resume.h).
 *
 * The file is text: the line "ecmr-resume 1", then one line an index:
 * its path, the authority's short name, the report's year and type, the
 * section's key and scope, the focused pane and the text's first line,
 * separated by tabs.  Bytes below 0x20 and '\' in a field are written as
 * \xHH, so that any path (a file name may hold a tab or a newline) keeps
 * to one line.  Anything else is damage: the file is set aside, never
 * guessed at.
 */
#include "cli/resume.h"
#include "base/state_file.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RESUME_HEADER "ecmr-resume 1"
#define RESUME_MAX (1 << 20)
#define FIELDS 8

/* The key an index is remembered by: its absolute path, symbolic links resolved. Malloc'd. */
static char *index_key(const char *index_path)
{
	char *real = realpath(index_path, NULL);
	return real ? real : xstrdup(index_path);
}

/* One remembered index: its path and the place. */
struct entry {
	char *path;
	struct browser_place place;
};

static void add_field(struct strbuf *b, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c < 0x20 || c == '\\')
			sb_addf(b, "\\x%02x", c);
		else
			sb_addc(b, (char)c);
	}
}

static int hex_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Undo add_field on S in place; false for a bad escape. */
static bool unescape(char *s)
{
	char *w = s;
	for (const char *r = s; *r; r++) {
		if (*r != '\\') {
			*w++ = *r;
			continue;
		}
		int hi = r[1] == 'x' ? hex_digit(r[2]) : -1, lo = hi >= 0 ? hex_digit(r[3]) : -1;
		if (lo < 0 || (hi == 0 && lo == 0))
			return false;
		*w++ = (char)(hi * 16 + lo);
		r += 3;
	}
	*w = '\0';
	return true;
}

/* Copy S into OUT (CAP bytes); false when it does not fit. */
static bool take(char *out, size_t cap, const char *s)
{
	return (size_t)snprintf(out, cap, "%s", s) < cap;
}

/* A whole decimal number from 0 to 1e6 in S; false otherwise. */
static bool number(const char *s, int *n)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (!*s || *end || v < 0 || v > 1000000)
		return false;
	*n = (int)v;
	return true;
}

/* Parse one line (modified in place) into E; false when it is not one. */
static bool parse_line(char *line, struct entry *e)
{
	char *f[FIELDS];
	int n = 0;
	for (char *p = line;;) {
		f[n++] = p;
		char *tab = strchr(p, '\t');
		if (!tab)
			break;
		if (n == FIELDS)
			return false; /* more fields than a line has */
		*tab = '\0';
		p = tab + 1;
	}
	if (n != FIELDS)
		return false;
	for (int i = 0; i < FIELDS; i++)
		if (!unescape(f[i]))
			return false;
	struct browser_place *p = &e->place;
	memset(p, 0, sizeof *p);
	if (f[0][0] != '/' || !take(p->authority, sizeof p->authority, f[1]) || !number(f[2], &p->year) ||
	    !take(p->type, sizeof p->type, f[3]) || !take(p->key, sizeof p->key, f[4]) ||
	    !take(p->scope, sizeof p->scope, f[5]) || !number(f[6], &p->focus) || p->focus >= PANE_COUNT ||
	    !number(f[7], &p->top))
		return false;
	e->path = xstrdup(f[0]);
	return true;
}

static void free_entries(struct entry *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].path);
	free(v);
}

/* Parse DATA into *V, *N; false (and nothing kept) if any of it is damaged. */
static bool parse_file(char *data, struct entry **v, size_t *n)
{
	size_t cap = 0;
	*v = NULL;
	*n = 0;
	char *save = NULL, *line = strtok_r(data, "\n", &save);
	if (!line || strcmp(line, RESUME_HEADER) != 0)
		return false;
	while ((line = strtok_r(NULL, "\n", &save))) {
		ARRAY_RESERVE(*v, *n, cap);
		if (!parse_line(line, &(*v)[*n])) {
			free_entries(*v, *n);
			*v = NULL;
			*n = 0;
			return false;
		}
		(*n)++;
	}
	return true;
}

/*
 * Read the file at PATH into *V, *N.  Returns 0 (nothing there is no
 * entries), or -1 with *WARNING when it cannot be read; a damaged file is
 * set aside with *WARNING saying so, and 0 returned.
 */
static int read_entries(const char *path, struct entry **v, size_t *n, char **warning)
{
	char *data = NULL, *err = NULL;
	size_t len = 0;
	*v = NULL;
	*n = 0;
	int rc = state_read(path, RESUME_MAX, &data, &len, &err);
	if (rc < 0) {
		*warning = xasprintf("cannot read where you were last: %s", err);
		free(err);
		return -1;
	}
	if (rc == 0 && (strlen(data) != len || !parse_file(data, v, n))) {
		char *aside = state_set_aside(path, &err);
		*warning = aside ? xasprintf("%s is damaged: set aside as %s", path, aside)
				 : xasprintf("%s is damaged and cannot be set aside: %s", path, err);
		free(aside);
		free(err);
	}
	free(data);
	return 0;
}

int resume_load(const char *index_path, struct browser_place *p, char **warning)
{
	char *path = state_path("resume");
	if (!path)
		return 0;
	struct entry *v;
	size_t n;
	int rc = read_entries(path, &v, &n, warning);
	char *key = index_key(index_path);
	for (size_t i = 0; rc == 0 && i < n; i++)
		if (strcmp(v[i].path, key) == 0) {
			*p = v[i].place;
			rc = 1;
			break;
		}
	free_entries(v, n);
	free(key);
	free(path);
	return rc;
}

/* Append E's line to B. */
static void add_line(struct strbuf *b, const char *index_path, const struct browser_place *p)
{
	add_field(b, index_path);
	sb_addc(b, '\t');
	add_field(b, p->authority);
	sb_addf(b, "\t%d\t", p->year);
	add_field(b, p->type);
	sb_addc(b, '\t');
	add_field(b, p->key);
	sb_addc(b, '\t');
	add_field(b, p->scope);
	sb_addf(b, "\t%d\t%d\n", p->focus, p->top);
}

int resume_save(const char *index_path, const struct browser_place *p, char **err)
{
	char *path = state_path("resume");
	if (!path)
		return 0; /* no home to keep it in: nothing is remembered, as for --resume */
	struct entry *v;
	size_t n;
	char *warning = NULL;
	if (read_entries(path, &v, &n, &warning) != 0) {
		*err = warning; /* not written over what could not be read */
		free(path);
		return -1;
	}
	free(warning); /* a damaged file was set aside and said so when it was loaded */
	char *key = index_key(index_path);
	struct strbuf b = {0};
	sb_adds(&b, RESUME_HEADER "\n");
	add_line(&b, key, p);
	for (size_t i = 0, kept = 1; i < n && kept < RESUME_KEEP; i++)
		if (strcmp(v[i].path, key) != 0) {
			add_line(&b, v[i].path, &v[i].place);
			kept++;
		}
	free_entries(v, n);
	free(key);
	int rc = state_write(path, sb_str(&b), b.len, err);
	sb_free(&b);
	free(path);
	return rc;
}
