/*
 * search_terms.c: the words of a search and where they stand in a text
 * (see search_terms.h).  Mirrors the tokenizers the index is built with:
 * unicode61 splits text into runs of letters and digits (punctuation,
 * symbols and spaces beyond ASCII separate words too), folds case and
 * removes diacritics; porter then stems each word (porter.c).
 */
#include "index/search_terms.h"
#include "index/porter.h"
#include "base/utf8.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/*
 * Latin-1 Supplement and Latin Extended-A (U+00C0 to U+017F), folded as
 * unicode61 with remove_diacritics folds them: the letter without its
 * accent; '*' a letter of its own (its lower case: the code point + 0x20
 * below U+0100, the odd one of a pair above); '.' not a letter.
 */
static const char latin_fold[] =
	"aaaaaa*ceeeeiiii*nooooo.ouuuuy**"     /* U+00C0 */
	"aaaaaa*ceeeeiiii*nooooo.ouuuuy*y"     /* U+00E0 */
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkk*lllllllllln"
	"nnnnn***oooooo**rrrrrrsssssssstttttt"
	"uuuuuuuuuuuuwwyyyzzzzzz*";
_Static_assert(sizeof latin_fold == 0x180 - 0xC0 + 1, "one entry per code point");

/* Is code point CP (beyond ASCII) a separator for unicode61: punctuation, symbols, spaces? */
static bool separator_cp(unsigned cp)
{
	static const struct {
		unsigned lo, hi;
	} ranges[] = {
		{ 0x80, 0xA9 }, { 0xAB, 0xB1 }, { 0xB4, 0xB4 }, { 0xB6, 0xB8 }, { 0xBB, 0xBB }, { 0xBF, 0xBF },
		{ 0xD7, 0xD7 }, { 0xF7, 0xF7 }, { 0x2000, 0x206F }, { 0x20A0, 0x20CF }, { 0x2190, 0x23FF },
		{ 0x2500, 0x27BF }, { 0x3000, 0x3003 }, { 0xFFFD, 0xFFFD },
	};
	for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++)
		if (cp >= ranges[i].lo && cp <= ranges[i].hi)
			return true;
	return false;
}

/*
 * The character at P: its length, whether it is part of a word, and its
 * folded form appended to OUT (when OUT is not NULL and it is).
 */
static int read_char(const char *p, bool *word, struct strbuf *out)
{
	unsigned char c = (unsigned char)*p;
	if (c < 0x80) {
		*word = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
		if (*word && out)
			sb_addc(out, (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
		return 1;
	}
	unsigned cp;
	int n = utf8_decode(p, &cp);
	*word = !separator_cp(cp);
	if (!*word || !out)
		return n;
	if (cp >= 0xC0 && cp < 0x180) {
		char f = latin_fold[cp - 0xC0];
		if (f != '*') {
			sb_addc(out, f);
			return n;
		}
		cp = cp < 0x100 ? (cp <= 0xDE ? cp + 0x20 : cp) : cp | 1;
	}
	char buf[4];
	sb_add(out, buf, (size_t)utf8_encode(cp, buf));
	return n;
}

/* Is P inside a word (its byte starts a word character)? */
static bool word_at(const char *p)
{
	bool word;
	read_char(p, &word, NULL);
	return *p && word;
}

/* ---- the query's units ---- */

/* FTS5's operators, which a query writes in capitals. */
static bool fts_operator(const char *w, size_t n)
{
	static const char *const ops[] = { "AND", "OR", "NOT", "NEAR" };
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
		if (strlen(ops[i]) == n && strncmp(w, ops[i], n) == 0)
			return true;
	return false;
}

/* Is the word W (N bytes) a filter, name:value with a name of letters? Fills U if so. */
static bool filter_unit(const char *w, size_t n, struct query_unit *u)
{
	size_t k = 0;
	while (k < n && ((w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z'))
		k++;
	if (k == 0 || k >= n || w[k] != ':')
		return false;
	*u = (struct query_unit){ QU_FILTER, w, k, w + k + 1, n - k - 1 };
	return true;
}

/* The end of a quoted string starting after the quote at P ("" is a quote inside it). */
static const char *string_end(const char *p)
{
	for (; *p; p++)
		if (*p == '"') {
			if (p[1] != '"')
				return p;
			p++;
		}
	return p;
}

bool query_next_unit(const char **pp, struct query_unit *u)
{
	const char *p = *pp;
	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p)
		return false;
	if (*p == '(' || *p == ')') {
		*u = (struct query_unit){ *p == '(' ? QU_OPEN : QU_CLOSE, p, 1, NULL, 0 };
		*pp = p + 1;
		return true;
	}
	if (*p == '"') {
		const char *end = string_end(p + 1);
		*u = (struct query_unit){ QU_PHRASE, p + 1, (size_t)(end - p - 1), NULL, 0 };
		p = *end ? end + 1 : end;
		while (*p == '*')
			p++;
		*pp = p;
		return true;
	}
	const char *end = p;
	while (*end && *end != ' ' && *end != '\t' && *end != '"' && *end != '(' && *end != ')')
		end++;
	size_t n = (size_t)(end - p);
	if (filter_unit(p, n, u)) {
		if (*end == '"' && u->value_len == 0) { /* name:"a value with spaces" */
			const char *close = string_end(end + 1);
			u->value = end + 1;
			u->value_len = (size_t)(close - end - 1);
			end = *close ? close + 1 : close;
		}
		*pp = end;
		return true;
	}
	*pp = end;
	if (fts_operator(p, n)) {
		*u = (struct query_unit){ QU_OPERATOR, p, n, NULL, 0 };
		return true;
	}
	bool prefix = false;
	while (n > 0 && p[n - 1] == '*') {
		n--;
		prefix = true;
	}
	*u = (struct query_unit){ prefix ? QU_PREFIX : QU_WORD, p, n, NULL, 0 };
	return true;
}

bool query_all_exact(const char *query)
{
	bool ops = false, exact = false;
	struct query_unit u;
	for (const char *p = query; query_next_unit(&p, &u);) {
		ops |= u.kind == QU_OPERATOR || u.kind == QU_OPEN || u.kind == QU_CLOSE;
		exact |= u.kind == QU_PHRASE || u.kind == QU_PREFIX;
	}
	return ops && exact;
}

/* ---- the words ---- */

/* Set T's key: its word folded, and stemmed when it matches by stem. */
static void set_key(struct search_term *t)
{
	struct strbuf f = {0};
	bool word;
	for (const char *p = t->word; *p;)
		p += read_char(p, &word, &f);
	if (t->match == TERM_STEM && f.len <= PORTER_MAX_WORD) {
		char stem[PORTER_MAX_WORD + 2];
		size_t n = porter_stem(sb_str(&f), f.len, stem);
		sb_free(&f);
		t->key = xstrndup(stem, n);
		t->key_len = n;
		return;
	}
	t->key_len = f.len;
	t->key = sb_take(&f);
}

/* Add the words of TEXT[0..N) matching by MATCH (a prefix unit: its last word by prefix). */
static void add_words(struct search_terms *out, const char *text, size_t n, enum term_match match, bool prefix)
{
	const char *end = text + n;
	for (const char *p = text; p < end;) {
		bool word;
		int k = read_char(p, &word, NULL);
		if (!word) {
			p += k;
			continue;
		}
		const char *w = p;
		while (p < end && word_at(p))
			p += read_char(p, &word, NULL);
		bool last = prefix && p >= end;
		struct search_term t = { xstrndup(w, (size_t)(p - w)), (size_t)(p - w), last,
					 last ? TERM_PREFIX : match, NULL, 0, 1 };
		set_key(&t);
		ARRAY_RESERVE(out->v, out->n, out->cap);
		out->v[out->n++] = t;
	}
}

void search_terms_parse_for(const char *query, bool stemmed, struct search_terms *out)
{
	enum term_match words = stemmed && !query_all_exact(query) ? TERM_STEM : TERM_EXACT;
	struct query_unit u;
	for (const char *p = query; query_next_unit(&p, &u);) {
		if (u.kind == QU_WORD || u.kind == QU_PREFIX)
			add_words(out, u.text, u.len, words, u.kind == QU_PREFIX);
		else if (u.kind == QU_PHRASE) {
			size_t first = out->n;
			add_words(out, u.text, u.len, TERM_EXACT, false);
			for (size_t i = first; i < out->n; i++)
				out->v[i].run = i == first ? out->n - first : 0;
		}
	}
}

void search_terms_parse(const char *query, struct search_terms *out)
{
	search_terms_parse_for(query, true, out);
}

/* Does term T match the text's word folded as WORD (N bytes), its stem STEM (SN bytes)? */
static bool term_matches(const struct search_term *t, const char *word, size_t n, const char *stem, size_t sn)
{
	switch (t->match) {
	case TERM_PREFIX: return n >= t->key_len && memcmp(word, t->key, t->key_len) == 0;
	case TERM_EXACT: return n == t->key_len && memcmp(word, t->key, n) == 0;
	case TERM_STEM: return sn == t->key_len && memcmp(stem, t->key, sn) == 0;
	}
	return false;
}

/*
 * Does one of T's words match the word at P (a word's start)?  The word's
 * length in *LEN.  FOLDED is scratch space.  A stem never changes a word's
 * first letter, so words whose first letter no term has are passed over
 * without stemming.
 */
static bool word_matches(const struct search_terms *t, const char *p, size_t *len, struct strbuf *folded)
{
	folded->len = 0;
	const char *e = p;
	bool word = true;
	while (*e && word) {
		const char *at = e;
		e += read_char(e, &word, folded);
		if (!word)
			e = at;
	}
	*len = (size_t)(e - p);
	const char *w = sb_str(folded);
	char stem[PORTER_MAX_WORD + 2];
	size_t sn = 0;
	bool stemmed = false;
	for (size_t i = 0; i < t->n; i++) {
		const struct search_term *term = &t->v[i];
		if (!folded->len || !term->key_len || term->key[0] != w[0])
			continue;
		if (term->match == TERM_STEM && !stemmed) {
			sn = folded->len <= PORTER_MAX_WORD ? porter_stem(w, folded->len, stem) : 0;
			stemmed = true;
			if (folded->len > PORTER_MAX_WORD)
				continue;
		}
		if (term_matches(term, w, folded->len, stem, sn))
			return true;
	}
	return false;
}

/*
 * The bytes a word that may match one of T's terms can begin with, as a
 * string for strpbrk: the first byte of each key (both cases of a
 * letter: folding an ASCII letter gives its lower case, and a stem keeps
 * the first letter), and the lead bytes of U+00C0 to U+017F, which fold
 * to other letters (latin_fold).  Any other character folds to itself.
 */
static void lead_bytes(const struct search_terms *t, char accept[256])
{
	bool in[256] = { [0xC3] = true, [0xC4] = true, [0xC5] = true };
	for (size_t i = 0; i < t->n; i++) {
		unsigned char b = t->v[i].key_len ? (unsigned char)t->v[i].key[0] : 0;
		if (b)
			in[b] = true;
		if (b >= 'a' && b <= 'z')
			in[b - 0x20] = true;
	}
	size_t n = 0;
	for (int b = 1; b < 256; b++)
		if (in[b])
			accept[n++] = (char)b;
	accept[n] = '\0';
}

/* Does a word start at P in TEXT: a word character with none just before it (or TEXT's start)? */
static bool word_starts(const char *text, const char *p)
{
	bool word;
	read_char(p, &word, NULL);
	if (!word || p == text)
		return word;
	const char *q = p - 1;
	while (q > text && ((unsigned char)*q & 0xC0) == 0x80) /* back to the previous character's lead byte */
		q--;
	read_char(q, &word, NULL);
	return !word;
}

/*
 * One pass over TEXT, trying every term at each word's start, so that a
 * caller walking from one find to the next reads the text once however
 * many terms never occur (looking for each term to the end, every time,
 * made a search in a long section take seconds).  strpbrk goes from one
 * byte a matching word may begin with to the next (`ecmr search` reads
 * every hit's text up to its first match: most of it is passed over so).
 */
const char *search_terms_find(const struct search_terms *t, const char *text, size_t *len)
{
	if (!t->n)
		return NULL;
	char accept[256];
	lead_bytes(t, accept);
	struct strbuf folded = {0};
	const char *found = NULL;
	for (const char *p = text, *c; !found && (c = strpbrk(p, accept)) != NULL;) {
		size_t n = 1;
		if (word_starts(text, c) && word_matches(t, c, &n, &folded)) {
			found = c;
			*len = n;
		}
		p = c + n; /* past the word tried, or the byte that began none */
	}
	sb_free(&folded);
	return found;
}

bool search_term_at(const struct search_term *term, const char *p, size_t *len)
{
	struct search_terms one = { (struct search_term *)term, 1, 1 };
	struct strbuf folded = {0};
	bool ok = word_at(p) && word_matches(&one, p, len, &folded);
	sb_free(&folded);
	return ok;
}

const char *search_terms_next_word(const char *p)
{
	bool word = true;
	while (*p && word_at(p))
		p += read_char(p, &word, NULL);
	while (*p && !word_at(p))
		p += read_char(p, &word, NULL);
	return *p ? p : NULL;
}

void search_terms_free(struct search_terms *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].word);
		free(t->v[i].key);
	}
	free(t->v);
	memset(t, 0, sizeof *t);
}
