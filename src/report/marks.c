/*
 * marks.c: the user's marks and their file (see marks.h for the format).
 * Reading is strict: a line that is not one of the three kinds with its
 * fields makes the whole file damaged, and the caller sets it aside rather
 * than guess, so a mark is never dropped without the user being told.
 */
#include "report/marks.h"
#include "base/state_file.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* Marks files larger than this are refused as damaged (a person marks tens, not millions). */
#define MARKS_MAX_BYTES (16u << 20)

static const char header[] = "ecmr marks";

/* The fields each kind of line has after its kind word. */
static const struct {
	enum mark_kind kind;
	const char *word;
	int fields;
} kinds[] = {
	{ MARK_ITEM, "item", 6 },
	{ MARK_SECTION, "section", 4 },
	{ MARK_AUTHORITY, "authority", 2 },
};

static void mark_free(struct mark *mk)
{
	free(mk->sha256);
	free(mk->key);
	free(mk->scope);
	free(mk->where);
	free(mk->text);
	free(mk->la_code);
	free(mk->authority);
	memset(mk, 0, sizeof *mk);
}

void marks_free(struct marks *m)
{
	for (size_t i = 0; i < m->n; i++)
		mark_free(&m->v[i]);
	free(m->v);
	memset(m, 0, sizeof *m);
}

/* A copy of S, or "" for NULL. */
static char *dup_or_empty(const char *s)
{
	return xstrdup(s ? s : "");
}

static struct mark mark_copy(const struct mark *mk)
{
	return (struct mark){ mk->kind, dup_or_empty(mk->sha256), dup_or_empty(mk->key), dup_or_empty(mk->scope),
			      mk->item, dup_or_empty(mk->where), dup_or_empty(mk->text),
			      dup_or_empty(mk->la_code), dup_or_empty(mk->authority) };
}

/* Compare two optional strings, NULL as "". */
static bool same_str(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

bool mark_same(const struct mark *a, const struct mark *b)
{
	if (a->kind != b->kind)
		return false;
	if (a->kind == MARK_AUTHORITY) /* the DfE code where both have one; else the name */
		return a->la_code && *a->la_code && b->la_code && *b->la_code ? same_str(a->la_code, b->la_code)
									       : same_str(a->authority, b->authority);
	if (!same_str(a->sha256, b->sha256) || !same_str(a->key, b->key) || !same_str(a->scope, b->scope))
		return false;
	return a->kind == MARK_SECTION || (a->item == b->item && same_str(a->text, b->text));
}

int marks_find(const struct marks *m, const struct mark *mk)
{
	for (size_t i = 0; i < m->n; i++)
		if (mark_same(&m->v[i], mk))
			return (int)i;
	return -1;
}

void marks_remove(struct marks *m, size_t i)
{
	if (i >= m->n)
		return;
	mark_free(&m->v[i]);
	memmove(&m->v[i], &m->v[i + 1], (m->n - i - 1) * sizeof *m->v);
	m->n--;
}

bool marks_toggle(struct marks *m, const struct mark *mk)
{
	int at = marks_find(m, mk);
	if (at >= 0) {
		marks_remove(m, (size_t)at);
		return false;
	}
	ARRAY_RESERVE(m->v, m->n, m->cap);
	m->v[m->n++] = mark_copy(mk);
	return true;
}

/* Add field S to B, escaped, after a tab. */
static void add_field(struct strbuf *b, const char *s)
{
	sb_addc(b, '\t');
	for (s = s ? s : ""; *s; s++) {
		switch (*s) {
		case '\t': sb_adds(b, "\\t"); break;
		case '\n': sb_adds(b, "\\n"); break;
		case '\r': sb_adds(b, "\\r"); break;
		case '\\': sb_adds(b, "\\\\"); break;
		default: sb_addc(b, *s); break;
		}
	}
}

char *marks_format(const struct marks *m)
{
	struct strbuf b = {0};
	sb_addf(&b, "%s %d\n", header, MARKS_VERSION);
	for (size_t i = 0; i < m->n; i++) {
		const struct mark *mk = &m->v[i];
		sb_adds(&b, kinds[mk->kind].word);
		if (mk->kind == MARK_AUTHORITY) {
			add_field(&b, mk->la_code && *mk->la_code ? mk->la_code : "-");
			add_field(&b, mk->authority);
		} else {
			add_field(&b, mk->sha256);
			add_field(&b, mk->key);
			add_field(&b, mk->scope);
			if (mk->kind == MARK_ITEM)
				add_field(&b, item_kind_name(mk->item));
			add_field(&b, mk->where);
			if (mk->kind == MARK_ITEM)
				add_field(&b, mk->text);
		}
		sb_addc(&b, '\n');
	}
	return sb_take(&b);
}

/*
 * Split LINE (LEN bytes) at tabs into F (at most CAP fields kept, *MADE of
 * them, for the caller to free), unescaping.  Returns the number of fields
 * (more than CAP when there are too many), or -1 on a bad escape.
 */
static int split_fields(const char *line, size_t len, char **f, int cap, int *made)
{
	int n = 0;
	struct strbuf cur = {0};
	*made = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || line[i] == '\t') {
			if (n < cap)
				f[(*made)++] = sb_take(&cur);
			else
				sb_free(&cur);
			n++;
			continue;
		}
		if (line[i] != '\\') {
			sb_addc(&cur, line[i]);
			continue;
		}
		char c = ++i < len ? line[i] : '\0';
		const char *to = c == 't' ? "\t" : c == 'n' ? "\n" : c == 'r' ? "\r" : c == '\\' ? "\\" : NULL;
		if (!to) {
			sb_free(&cur);
			return -1;
		}
		sb_adds(&cur, to);
	}
	return n;
}

/* Is S 64 lower-case hex digits (a SHA-256 as the index keeps it)? */
static bool is_digest(const char *s)
{
	size_t n = strspn(s, "0123456789abcdef");
	return n == 64 && !s[n];
}

/* The mark of fields F (N of them); false with *WHY when they do not make one. */
static bool mark_from_fields(char **f, int n, struct mark *mk, const char **why)
{
	size_t k = 0;
	while (k < sizeof kinds / sizeof kinds[0] && strcmp(kinds[k].word, f[0]) != 0)
		k++;
	if (k == sizeof kinds / sizeof kinds[0]) {
		*why = "not item, section or authority";
		return false;
	}
	if (n != kinds[k].fields + 1) {
		*why = "the wrong number of fields";
		return false;
	}
	*mk = (struct mark){ .kind = kinds[k].kind };
	if (mk->kind == MARK_AUTHORITY) {
		mk->la_code = xstrdup(strcmp(f[1], "-") == 0 ? "" : f[1]);
		mk->authority = xstrdup(f[2]);
		return *f[2] || (*why = "no authority name", false);
	}
	if (!is_digest(f[1]) || !*f[2] || !*f[3]) {
		*why = "no report digest or section";
		return false;
	}
	int at = 4;
	if (mk->kind == MARK_ITEM) {
		mk->item = item_kind_from_name(f[at]);
		if (strcmp(item_kind_name(mk->item), f[at++]) != 0) {
			*why = "an unknown item kind";
			return false;
		}
	}
	mk->sha256 = xstrdup(f[1]);
	mk->key = xstrdup(f[2]);
	mk->scope = xstrdup(f[3]);
	mk->where = xstrdup(f[at++]);
	if (mk->kind == MARK_ITEM)
		mk->text = xstrdup(f[at]);
	return true;
}

/* Parse one mark line into M; NULL, or why it is not one. */
static const char *parse_line(const char *line, size_t len, struct marks *m)
{
	char *f[8] = {0};
	int made = 0, n = split_fields(line, len, f, 8, &made);
	const char *why = NULL;
	struct mark mk = {0};
	if (n < 0)
		why = "a backslash before a letter other than t, n, r or \\";
	else if (n > 8)
		why = "the wrong number of fields";
	else if (mark_from_fields(f, n, &mk, &why)) {
		ARRAY_RESERVE(m->v, m->n, m->cap);
		m->v[m->n++] = mk;
	} else
		mark_free(&mk);
	for (int i = 0; i < made; i++)
		free(f[i]);
	return why;
}

int marks_parse(const char *data, struct marks *m, char **err)
{
	marks_free(m);
	int lineno = 0;
	for (const char *p = data; *p;) {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		lineno++;
		const char *why = NULL;
		int version = 0;
		if (lineno == 1) {
			int h = state_header_check(p, len, "marks", MARKS_VERSION, &version);
			if (h == -2) {
				*err = xasprintf("a marks file of version %d (this ecmr reads version %d)", version,
						 MARKS_VERSION);
				return -2;
			}
			if (h < 0)
				why = "it does not start with \"ecmr marks 1\"";
		} else if (len && p[0] != '#') {
			why = parse_line(p, len, m);
		}
		if (why) {
			*err = xasprintf("line %d: %s", lineno, why);
			marks_free(m);
			return -1;
		}
		p = end ? end + 1 : p + len;
	}
	if (!lineno) {
		*err = xstrdup("line 1: the file is empty");
		return -1;
	}
	return 0;
}

/* The damaged file PATH set aside; -2 with *ERR saying where it went, -1 if it could not be moved. */
static int set_aside(const char *path, const char *why, char **err)
{
	char *moved_err = NULL;
	char *to = state_set_aside(path, &moved_err);
	if (!to) {
		*err = xasprintf("%s is damaged (%s) and could not be set aside (%s): marks are off until it is fixed",
				 path, why, moved_err ? moved_err : "?");
		free(moved_err);
		return -1;
	}
	*err = xasprintf("%s was damaged (%s): set aside as %s, starting with no marks", path, why, to);
	free(to);
	return -2;
}

int marks_load(const char *path, struct marks *m, char **err)
{
	char *data = NULL, *why = NULL;
	size_t len = 0;
	marks_free(m);
	int rc = state_read(path, MARKS_MAX_BYTES, &data, &len, err);
	if (rc == 1)
		return 0;
	if (rc < 0)
		return -1;
	if (memchr(data, '\0', len)) {
		rc = set_aside(path, "it holds a NUL byte", err);
	} else {
		rc = marks_parse(data, m, &why);
		if (rc == -1)
			rc = set_aside(path, why, err);
		else if (rc == -2) {
			*err = xasprintf("%s: %s: left as it is, and marks are off", path, why);
			rc = -3;
		}
	}
	free(why);
	free(data);
	return rc;
}

int marks_save(const char *path, const struct marks *m, char **err)
{
	char *text = marks_format(m);
	int rc = state_write(path, text, strlen(text), err);
	free(text);
	return rc;
}
