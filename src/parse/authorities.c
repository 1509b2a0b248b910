/* authorities.c: finding an authority by the name a report prints. */
#include "parse/authorities.h"
#include "parse/headings.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* Council words dropped to reach the short name, longest first. */
static const char *const suffixes[] = {
	"metropolitan borough council", "metropolitan district council", "borough council",
	"city council", "county council", "district council", "unitary authority", "council",
	"childrens services authority area",
};
static const char *const prefixes[] = {
	"london borough of", "royal borough of", "city and county of", "city of", "county of",
	"borough of", "council of the",
};

/* Normalized short form: "Sefton Metropolitan Borough Council" -> "sefton". */
static void short_key(const char *name, char *out, size_t cap)
{
	heading_normalize(name, out, cap);
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t n = strlen(prefixes[i]);
		if (strncmp(out, prefixes[i], n) == 0 && out[n] == ' ')
			memmove(out, out + n + 1, strlen(out + n + 1) + 1);
	}
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		size_t n = strlen(suffixes[i]), len = strlen(out);
		if (len > n + 1 && strcmp(out + len - n, suffixes[i]) == 0 && out[len - n - 1] == ' ') {
			out[len - n - 1] = '\0';
			break;
		}
	}
	/* "bristol city of" (the reference list's order) */
	size_t len = strlen(out);
	if (len > 8 && strcmp(out + len - 8, " city of") == 0)
		out[len - 8] = '\0';
	/* "st helens" and "st. helens" alike */
	for (char *p = strstr(out, "saint "); p; p = strstr(p, "saint ")) {
		memmove(p + 2, p + 5, strlen(p + 5) + 1);
	}
}

static bool name_matches(const char *key, const char *candidate)
{
	char k2[256];
	short_key(candidate, k2, sizeof k2);
	return strcmp(key, k2) == 0;
}

/*
 * NAME normalized with only a final "council" dropped ("Bedford Borough
 * Council" -> "bedford borough"); "" when it ends in no "council".  The
 * table keeps a council word in a few names ("Bedford Borough"), which
 * the short key, dropping "borough council" whole, can never reach.
 */
static void council_key(const char *name, char *out, size_t cap)
{
	heading_normalize(name, out, cap);
	size_t len = strlen(out);
	if (len > 8 && strcmp(out + len - 8, " council") == 0)
		out[len - 8] = '\0';
	else
		out[0] = '\0';
}

/* The authority whose name or an alias has the short key KEY; NULL when none. */
static const struct authority_ref *by_key(const char *key)
{
	for (size_t i = 0; i < authority_table_len; i++) {
		const struct authority_ref *a = &authority_table[i];
		if (name_matches(key, a->name))
			return a;
		const char *p = a->aliases;
		while (p && *p) {
			const char *e = strchr(p, '|');
			char *alias = xstrndup(p, e ? (size_t)(e - p) : strlen(p));
			bool m = name_matches(key, alias);
			free(alias);
			if (m)
				return a;
			p = e ? e + 1 : NULL;
		}
	}
	return NULL;
}

const struct authority_ref *authority_by_name(const char *name)
{
	/* the name less "council" first: it is nearer the table's name than the short key */
	char key[256];
	council_key(name, key, sizeof key);
	const struct authority_ref *a = *key ? by_key(key) : NULL;
	if (a)
		return a;
	short_key(name, key, sizeof key);
	return *key ? by_key(key) : NULL;
}

const struct authority_ref *authority_by_code(const char *code)
{
	for (size_t i = 0; code && i < authority_table_len; i++)
		if (strcmp(authority_table[i].la_code, code) == 0)
			return &authority_table[i];
	return NULL;
}

char *authority_short_name(const char *printed)
{
	/* work on the printed words so the short name keeps its spelling */
	char *s = str_trim(xstrdup(printed));
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t n = strlen(prefixes[i]);
		if (str_starts_ci(s, prefixes[i]) && s[n] == ' ')
			memmove(s, s + n + 1, strlen(s + n + 1) + 1);
	}
	static const char *const printed_suffixes[] = {
		" Metropolitan Borough Council", " Metropolitan District Council", " Borough Council",
		" City Council", " County Council", " District Council", " Unitary Authority", " Council",
	};
	for (size_t i = 0; i < sizeof printed_suffixes / sizeof printed_suffixes[0]; i++) {
		size_t n = strlen(printed_suffixes[i]), len = strlen(s);
		if (len > n && str_eq_ci(s + len - n, printed_suffixes[i])) {
			s[len - n] = '\0';
			break;
		}
	}
	/* the reference list's order, "Bristol, City of", as some reports print it */
	size_t len = strlen(s);
	if (len > 8 && str_eq_ci(s + len - 8, " City of")) {
		s[len - 8] = '\0';
		if (len > 9 && s[len - 9] == ',')
			s[len - 9] = '\0';
	}
	return str_trim(s);
}
