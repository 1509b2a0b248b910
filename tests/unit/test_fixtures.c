/*
 * test_fixtures.c: data-driven parser tests.
 *
 * Each tests/fixtures/NAME.expect states, one fact a line, what a person
 * reading tests/fixtures/NAME.txt finds in it (format: tests/fixtures/README.md).
 * Each tests/samples-expect/NAME.expect is the sample generator's own record
 * of what it wrote into sample-reports/NAME.txt.  Both are checked against
 * the parser here; each file is one test.
 */
#include "check.h"
#include "parse/parse.h"
#include "parse/source.h"
#include "base/util.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

static const struct section *find(const struct report *r, const char *key, const char *scope)
{
	return report_find_section(r, key, scope);
}

/* Split off the next space-separated word of *P (modifies the line). */
static char *word(char **p)
{
	while (**p == ' ')
		(*p)++;
	char *w = *p;
	while (**p && **p != ' ')
		(*p)++;
	if (**p)
		*(*p)++ = '\0';
	return w;
}

static void fail(const char *file, int line, const char *fact, const char *why)
{
	printf("FAIL: %s: %s:%d: %s (%s)\n", check_current, file, line, fact, why);
	check_failures_here++;
}

static enum judgement want_judgement(const char *w)
{
	return strcmp(w, "none") == 0 ? J_NONE : judgement_from_name(w);
}

/* Check one fact line against R. */
static void check_fact(const struct report *r, const char *file, int lineno, char *line)
{
	char *orig = xstrdup(line);
	char *p = line;
	char *verb = word(&p);
	while (*p == ' ')
		p++;
	if (strcmp(verb, "type") == 0) {
		if (strcmp(report_type_name(r->type), p) != 0)
			fail(file, lineno, orig, report_type_name(r->type));
	} else if (strcmp(verb, "authority") == 0) {
		if (!r->authority || strcmp(r->authority, p) != 0)
			fail(file, lineno, orig, r->authority ? r->authority : "(none)");
	} else if (strcmp(verb, "short") == 0) {
		if (!r->authority_short || strcmp(r->authority_short, p) != 0)
			fail(file, lineno, orig, r->authority_short ? r->authority_short : "(none)");
	} else if (strcmp(verb, "la_code") == 0) {
		bool none = strcmp(p, "-") == 0;
		if (none ? r->la_code != NULL : (!r->la_code || strcmp(r->la_code, p) != 0))
			fail(file, lineno, orig, r->la_code ? r->la_code : "-");
	} else if (strcmp(verb, "year") == 0) {
		if (r->year != atoi(p)) {
			char got[16];
			snprintf(got, sizeof got, "%d", r->year);
			fail(file, lineno, orig, got);
		}
	} else if (strcmp(verb, "date") == 0) {
		char *kind = word(&p);
		const char *got = report_date(r, kind);
		if (!got || strcmp(got, p) != 0)
			fail(file, lineno, orig, got ? got : "(none)");
	} else if (strcmp(verb, "section") == 0 || strcmp(verb, "no-section") == 0) {
		char *key = word(&p), *scope = word(&p);
		const struct section *s = find(r, key, scope);
		if (strcmp(verb, "no-section") == 0) {
			if (s)
				fail(file, lineno, orig, "the section exists");
		} else if (!s) {
			fail(file, lineno, orig, "no such section");
		} else if (s->judgement != want_judgement(word(&p))) {
			fail(file, lineno, orig, s->judgement ? judgement_name(s->judgement) : "none");
		}
	} else if (strcmp(verb, "sections") == 0) {
		char *key = word(&p), *scope = word(&p);
		int n = 0;
		for (size_t i = 0; i < r->nsections; i++)
			n += strcmp(r->sections[i].key, key) == 0 && strcmp(r->sections[i].scope, scope) == 0;
		if (n != atoi(p)) {
			char got[16];
			snprintf(got, sizeof got, "%d", n);
			fail(file, lineno, orig, got);
		}
	} else if (strcmp(verb, "items") == 0) {
		char *key = word(&p), *scope = word(&p), *kind = word(&p);
		const struct section *s = find(r, key, scope);
		int n = 0;
		for (size_t i = 0; s && i < s->nitems; i++)
			n += strcmp(item_kind_name(s->items[i].kind), kind) == 0;
		if ((!s && atoi(p) != 0) || n != atoi(p)) {
			char got[32];
			snprintf(got, sizeof got, s ? "%d" : "no such section", n);
			fail(file, lineno, orig, got);
		}
	} else if (strcmp(verb, "item") == 0) {
		char *key = word(&p), *scope = word(&p), *kind = word(&p);
		while (*p == ' ')
			p++;
		char *timeframe = NULL, *actor = NULL;
		for (char *bar = strstr(p, " | "); bar; bar = strstr(bar + 1, " | ")) {
			*bar = '\0';
			char *opt = bar + 3;
			if (strncmp(opt, "timeframe=", 10) == 0)
				timeframe = opt + 10;
			else if (strncmp(opt, "actor=", 6) == 0)
				actor = opt + 6;
		}
		for (char *q = timeframe; q && *q; q++)
			if (strncmp(q, " | ", 3) == 0)
				*q = '\0';
		const struct section *s = find(r, key, scope);
		bool found = false;
		for (size_t i = 0; s && i < s->nitems && !found; i++) {
			const struct item *it = &s->items[i];
			found = strcmp(item_kind_name(it->kind), kind) == 0 && strcmp(it->text, p) == 0 &&
				(!timeframe || (it->timeframe && strcmp(it->timeframe, timeframe) == 0)) &&
				(!actor || (it->actor && strcmp(it->actor, actor) == 0));
		}
		if (!found) {
			struct strbuf got = {0};
			for (size_t i = 0; s && i < s->nitems; i++)
				sb_addf(&got, "%s[%s|%s|%s] ", item_kind_name(s->items[i].kind), s->items[i].text,
					s->items[i].timeframe ? s->items[i].timeframe : "", s->items[i].actor ? s->items[i].actor : "");
			fail(file, lineno, orig, s ? (got.len ? got.s : "no items") : "no such section");
			sb_free(&got);
		}
	} else if (strcmp(verb, "heading") == 0) {
		char *key = word(&p), *scope = word(&p);
		while (*p == ' ')
			p++;
		const struct section *s = find(r, key, scope);
		if (!s || strcmp(s->heading, p) != 0)
			fail(file, lineno, orig, s ? s->heading : "no such section");
	} else if (strcmp(verb, "judged-by") == 0) {
		char *key = word(&p), *scope = word(&p);
		while (*p == ' ')
			p++;
		const struct section *s = find(r, key, scope);
		if (!s || strcmp(source_name(s->source), p) != 0)
			fail(file, lineno, orig, s ? source_name(s->source) : "no such section");
	} else if (strcmp(verb, "text-has") == 0 || strcmp(verb, "text-lacks") == 0) {
		char *key = word(&p), *scope = word(&p);
		while (*p == ' ')
			p++;
		const struct section *s = find(r, key, scope);
		bool has = s && strstr(s->text, p);
		if (!s)
			fail(file, lineno, orig, "no such section");
		else if (has != (strcmp(verb, "text-has") == 0))
			fail(file, lineno, orig, has ? "found" : "not found");
	} else if (strcmp(verb, "line") == 0 || strcmp(verb, "line-num") == 0) {
		char *key = word(&p), *scope = word(&p);
		int num = strcmp(verb, "line-num") == 0 ? atoi(word(&p)) : -1;
		while (*p == ' ')
			p++;
		const struct section *s = find(r, key, scope);
		/* "line": a line exactly P; "line-num": the line that begins with P is cited as paragraph NUM */
		size_t k = 0, n = strlen(p);
		const char *t = s ? s->text : "";
		for (; *t; k++) {
			size_t len = strcspn(t, "\n");
			if (num < 0 ? len == n && strncmp(t, p, n) == 0 : strncmp(t, p, n) == 0)
				break;
			t += len + (t[len] ? 1 : 0);
		}
		char got[32];
		snprintf(got, sizeof got, "cited as %d", s ? section_para_num(s, k) : 0);
		if (!s || !*t)
			fail(file, lineno, orig, s ? "no such line" : "no such section");
		else if (num >= 0 && section_para_num(s, k) != num)
			fail(file, lineno, orig, got);
	} else if (strcmp(verb, "warning") == 0) {
		bool found = false;
		for (size_t i = 0; i < r->nwarnings; i++)
			found = found || strstr(r->warnings[i], p);
		if (!found)
			fail(file, lineno, orig, r->nwarnings ? r->warnings[0] : "no warnings");
	} else if (strcmp(verb, "no-warnings") == 0) {
		if (r->nwarnings)
			fail(file, lineno, orig, r->warnings[0]);
	} else {
		fail(file, lineno, orig, "unknown fact");
	}
	free(orig);
}

/* Check every fact in EXPECT against the parse of TEXT. */
static void check_file(const char *expect, const char *text)
{
	struct report r;
	char *err = NULL;
	enum parse_status st = source_parse_file(text, &r, &err);
	if (st != PARSE_OK && st != PARSE_UNRECOGNISED) {
		fail(expect, 0, text, err ? err : "unreadable");
		free(err);
		report_free(&r);
		return;
	}
	free(err);
	char *data;
	size_t len;
	if (read_file(expect, &data, &len) != 0) {
		fail(expect, 0, "read", "cannot read");
		report_free(&r);
		return;
	}
	int lineno = 0;
	/* split by hand: strtok would skip blank lines and so misnumber the rest */
	for (char *line = data, *next; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		char *hash = strchr(line, '#');
		if (hash && (hash == line || hash[-1] == ' '))
			*hash = '\0';
		str_trim(line);
		if (*line)
			check_fact(&r, expect, lineno, line);
	}
	free(data);
	report_free(&r);
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Run every NAME.expect in DIR against TEXTDIR/NAME.txt. */
static int run_dir(const char *dir, const char *textdir, const char *label)
{
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	char **names = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		if (len > 7 && strcmp(e->d_name + len - 7, ".expect") == 0) {
			names = xrealloc(names, (n + 1) * sizeof *names);
			names[n++] = xstrndup(e->d_name, len - 7);
		}
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp);
	for (size_t i = 0; i < n; i++) {
		char *expect = xasprintf("%s/%s.expect", dir, names[i]);
		char *text = xasprintf("%s/%s.txt", textdir, names[i]);
		char *name = xasprintf("%s: %s", label, names[i]);
		check_current = name;
		check_failures_here = 0;
		check_file(expect, text);
		if (!check_failures_here)
			printf("PASS: %s\n", name);
		check_failures_total += check_failures_here;
		free(expect);
		free(text);
		free(name);
		free(names[i]);
	}
	free(names);
	return (int)n;
}

int main(void)
{
	int n = run_dir("tests/fixtures", "tests/fixtures", "fixture");
	n += run_dir("tests/samples-expect", "sample-reports", "sample");
	if (!n)
		printf("SKIP: fixtures: no .expect files in tests/fixtures or tests/samples-expect yet\n");
	return check_done();
}
