/*
 * porter.c: M. F. Porter's suffix-stripping algorithm (1980), as FTS5's
 * porter tokenizer applies it to the tokens unicode61 gives it (see
 * porter.h).  Each step is a table of suffixes; within a step the longest
 * suffix that ends the word is the one rule tried, and it applies only
 * when its condition holds of what is left (the stem).
 */
#include "index/porter.h"

#include <stdbool.h>
#include <string.h>

/*
 * Is Z[I] a consonant in Porter's sense: not a, e, i, o or u, and not a y
 * that follows a consonant.  Bytes beyond ASCII are consonants.
 */
static bool consonant(const char *z, size_t i)
{
	switch (z[i]) {
	case 'a': case 'e': case 'i': case 'o': case 'u': return false;
	case 'y': return i == 0 || !consonant(z, i - 1);
	default: return true;
	}
}

/* Porter's m: the number of vowel-consonant sequences in Z[0..N). */
static int measure(const char *z, size_t n)
{
	size_t i = 0;
	int m = 0;
	while (i < n && consonant(z, i))
		i++;
	while (i < n) {
		while (i < n && !consonant(z, i))
			i++;
		if (i >= n)
			break;
		while (i < n && consonant(z, i))
			i++;
		m++;
	}
	return m;
}

static bool has_vowel(const char *z, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!consonant(z, i))
			return true;
	return false;
}

/* Does Z[0..N) end in a double consonant? */
static bool double_consonant(const char *z, size_t n)
{
	return n >= 2 && z[n - 1] == z[n - 2] && consonant(z, n - 1);
}

/* Porter's *o: Z[0..N) ends consonant-vowel-consonant, the last not w, x or y. */
static bool cvc(const char *z, size_t n)
{
	return n >= 3 && consonant(z, n - 3) && !consonant(z, n - 2) && consonant(z, n - 1) &&
	       z[n - 1] != 'w' && z[n - 1] != 'x' && z[n - 1] != 'y';
}

static bool ends_with(const char *z, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n >= k && memcmp(z + n - k, suffix, k) == 0;
}

/* What must hold of the stem for a rule to apply. */
enum cond { M_GT0, M_GT1, M_GT1_ST };

struct rule {
	const char *suffix, *to;
	enum cond cond;
};

static bool holds(enum cond c, const char *z, size_t stem)
{
	switch (c) {
	case M_GT0: return measure(z, stem) > 0;
	case M_GT1: return measure(z, stem) > 1;
	case M_GT1_ST: return measure(z, stem) > 1 && stem > 0 && (z[stem - 1] == 's' || z[stem - 1] == 't');
	}
	return false;
}

/* Apply the first rule of RULES (longest suffixes listed first) whose suffix ends Z. */
static size_t apply(const struct rule *rules, size_t nrules, char *z, size_t n)
{
	for (size_t i = 0; i < nrules; i++) {
		if (!ends_with(z, n, rules[i].suffix))
			continue;
		size_t stem = n - strlen(rules[i].suffix);
		if (!holds(rules[i].cond, z, stem))
			return n;
		size_t k = strlen(rules[i].to);
		memcpy(z + stem, rules[i].to, k);
		return stem + k;
	}
	return n;
}

static const struct rule step2[] = {
	{ "ational", "ate", M_GT0 }, { "tional", "tion", M_GT0 }, { "enci", "ence", M_GT0 },
	{ "anci", "ance", M_GT0 }, { "izer", "ize", M_GT0 }, { "bli", "ble", M_GT0 },
	{ "alli", "al", M_GT0 }, { "entli", "ent", M_GT0 }, { "eli", "e", M_GT0 }, { "ousli", "ous", M_GT0 },
	{ "ization", "ize", M_GT0 }, { "ation", "ate", M_GT0 }, { "ator", "ate", M_GT0 },
	{ "alism", "al", M_GT0 }, { "iveness", "ive", M_GT0 }, { "fulness", "ful", M_GT0 },
	{ "ousness", "ous", M_GT0 }, { "aliti", "al", M_GT0 }, { "iviti", "ive", M_GT0 },
	{ "biliti", "ble", M_GT0 }, { "logi", "log", M_GT0 },
};

static const struct rule step3[] = {
	{ "icate", "ic", M_GT0 }, { "ative", "", M_GT0 }, { "alize", "al", M_GT0 }, { "iciti", "ic", M_GT0 },
	{ "ical", "ic", M_GT0 }, { "ful", "", M_GT0 }, { "ness", "", M_GT0 },
};

static const struct rule step4[] = {
	{ "al", "", M_GT1 }, { "ance", "", M_GT1 }, { "ence", "", M_GT1 }, { "er", "", M_GT1 },
	{ "ic", "", M_GT1 }, { "able", "", M_GT1 }, { "ible", "", M_GT1 }, { "ant", "", M_GT1 },
	{ "ement", "", M_GT1 }, { "ment", "", M_GT1 }, { "ent", "", M_GT1 }, { "ion", "", M_GT1_ST },
	{ "ou", "", M_GT1 }, { "ism", "", M_GT1 }, { "ate", "", M_GT1 }, { "iti", "", M_GT1 },
	{ "ous", "", M_GT1 }, { "ive", "", M_GT1 }, { "ize", "", M_GT1 },
};

/* Step 1a: plurals.  FTS5 leaves the s of a word shorter than "sses" or "ies" but takes one s off. */
static size_t step1a(const char *z, size_t n)
{
	if (z[n - 1] != 's')
		return n;
	if (z[n - 2] == 'e')
		return (n > 4 && z[n - 4] == 's' && z[n - 3] == 's') || (n > 3 && z[n - 3] == 'i') ? n - 2 : n - 1;
	return z[n - 2] == 's' ? n : n - 1;
}

/* Step 1b: -eed, -ed, -ing, and the tidying after -ed and -ing. */
static size_t step1b(char *z, size_t n)
{
	if (ends_with(z, n, "eed"))
		return measure(z, n - 3) > 0 ? n - 1 : n;
	size_t stem;
	if (ends_with(z, n, "ed"))
		stem = n - 2;
	else if (ends_with(z, n, "ing"))
		stem = n - 3;
	else
		return n;
	if (!has_vowel(z, stem))
		return n;
	n = stem;
	if (ends_with(z, n, "at") || ends_with(z, n, "bl") || ends_with(z, n, "iz")) {
		z[n] = 'e';
		return n + 1;
	}
	if (double_consonant(z, n) && z[n - 1] != 'l' && z[n - 1] != 's' && z[n - 1] != 'z')
		return n - 1;
	if (measure(z, n) == 1 && cvc(z, n)) {
		z[n] = 'e';
		return n + 1;
	}
	return n;
}

/* Step 5: a final e, and a final double l. */
static size_t step5(const char *z, size_t n)
{
	if (z[n - 1] == 'e') {
		int m = measure(z, n - 1);
		if (m > 1 || (m == 1 && !cvc(z, n - 1)))
			n--;
	}
	if (n >= 2 && z[n - 1] == 'l' && z[n - 2] == 'l' && measure(z, n) > 1)
		n--;
	return n;
}

size_t porter_stem(const char *word, size_t n, char *out)
{
	memcpy(out, word, n);
	if (n < 3 || n > PORTER_MAX_WORD)
		return n;
	n = step1a(out, n);
	n = step1b(out, n);
	if (n >= 2 && out[n - 1] == 'y' && has_vowel(out, n - 1))
		out[n - 1] = 'i'; /* step 1c */
	n = apply(step2, sizeof step2 / sizeof step2[0], out, n);
	n = apply(step3, sizeof step3 / sizeof step3[0], out, n);
	n = apply(step4, sizeof step4 / sizeof step4[0], out, n);
	return n ? step5(out, n) : n;
}
