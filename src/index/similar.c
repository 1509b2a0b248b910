/*
 * similar.c: what keeps coming back (see similar.h for how it decides).
 * Items are collected as the index is written, as hashed subject words in
 * one pool; the words' rarity is known only when every item is in, so
 * the comparing is done once at the end, authority by authority: every
 * pair of one authority's requests, and each request against the
 * strengths of its later reports.
 */
#include "index/similar.h"
#include "base/util.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Words that say nothing of an item's subject, sorted for bsearch: function words, the verbs that
 * open requests, the praise that opens strengths. */
static const char *const unsubject[] = {
	"a", "about", "across", "active", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
	"being", "between", "both", "broad", "by", "can", "challenge", "clear", "close", "committed", "complete",
	"comprehensive", "continue", "could", "develop", "each", "effective", "effectively", "ensure", "establish",
	"evaluate", "every", "extend", "far", "for", "from", "fully", "further", "good", "has", "have", "her",
	"high", "his", "how", "identify", "improve", "in", "increase", "into", "involve", "is", "it", "its",
	"make", "many", "more", "most", "much", "narrow", "no", "not", "of", "on", "or", "other", "own",
	"promote", "prompt", "provide", "raise", "rapid", "reduce", "review", "rich", "robust", "secure",
	"should", "so", "some", "sound", "strengthen", "strong", "such", "sufficient",
	"tackle", "take", "than", "that", "the", "their", "them", "there", "these", "they", "this", "those",
	"to", "up", "very", "was", "well", "were", "when", "where", "which", "who", "whom", "wide", "will",
	"with", "within", "would",
};

static int compare_words(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool is_unsubject(const char *w)
{
	return bsearch(&w, unsubject, sizeof unsubject / sizeof unsubject[0], sizeof unsubject[0], compare_words);
}

void similar_stem(const char *word, size_t len, char *out, size_t cap)
{
	static const char *const suffixes[] = { "ations", "ation", "ments", "ment", "ness", "ings", "ing", "ies",
						"ied", "ed", "es", "s", "ly", "y", "e" };
	if (len >= cap)
		len = cap - 1;
	memcpy(out, word, len);
	out[len] = '\0';
	/* stability, ability, accessibility: as stable, able, accessible */
	if (len > 5 && strcmp(out + len - 5, "ility") == 0 && len - 3 < cap) {
		strcpy(out + len - 5, "le");
		len -= 3;
	}
	/* two rounds, so that timeliness goes by timeli (timely) to time, as timely does */
	for (int round = 0; round < 2; round++) {
		if (len > 4 && out[len - 1] == 'i')
			out[len - 1] = 'y';
		for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
			size_t sl = strlen(suffixes[i]);
			if (len >= sl + 4 && strcmp(out + len - sl, suffixes[i]) == 0) {
				len -= sl;
				out[len] = '\0';
				break;
			}
		}
	}
	/* planning, plann: plan */
	if (len > 4 && out[len - 1] == out[len - 2] && !strchr("aeioulsz", out[len - 1]))
		out[--len] = '\0';
}

/* FNV-1a: a word's hash. */
static uint32_t hash_word(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* A letter or digit of ASCII (bytes of other characters separate words, as punctuation does). */
static bool is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Sort the few hashes of one item (at most SIMILAR_MAX_WORDS): insertion sort. */
static void sort_words(uint32_t *w, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		uint32_t v = w[i];
		size_t j = i;
		for (; j > 0 && w[j - 1] > v; j--)
			w[j] = w[j - 1];
		w[j] = v;
	}
}

size_t similar_words(const char *text, uint32_t *out)
{
	size_t n = 0;
	for (const char *p = text; *p && n < SIMILAR_MAX_WORDS;) {
		if (!is_word_byte((unsigned char)*p)) {
			p++;
			continue;
		}
		char word[32], stem[32];
		size_t len = 0;
		for (; is_word_byte((unsigned char)*p); p++)
			if (len + 1 < sizeof word)
				word[len++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
		word[len] = '\0';
		if (is_unsubject(word))
			continue;
		similar_stem(word, len, stem, sizeof stem);
		out[n++] = hash_word(stem);
	}
	sort_words(out, n);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (!k || out[k - 1] != out[i])
			out[k++] = out[i];
	return k;
}

/* ---- the collector ---- */

struct sim_item {
	long long id, authority, report;
	int year;
	enum item_kind kind;
	uint32_t first, n; /* its words: pool[first .. first + n) */
	uint32_t sig;      /* a hash of them all: items with the same words have the same */
};

/* How many items each word is in: open addressing on the word's hash (0 marks a free slot). */
struct df_table {
	uint32_t *key;
	uint32_t *count;
	size_t cap, used;
};

struct similar {
	struct sim_item *items;
	size_t n, cap;
	uint32_t *pool;
	size_t npool, pool_cap;
	struct df_table df;
	float *weight;   /* at the end: each pooled word's weight */
	double *total;   /* and each item's sum of them */
};

struct similar *similar_new(void)
{
	struct similar *s = xcalloc(1, sizeof *s);
	s->df.cap = 4096;
	s->df.key = xcalloc(s->df.cap, sizeof *s->df.key);
	s->df.count = xcalloc(s->df.cap, sizeof *s->df.count);
	return s;
}

void similar_free(struct similar *s)
{
	if (!s)
		return;
	free(s->items);
	free(s->pool);
	free(s->df.key);
	free(s->df.count);
	free(s->weight);
	free(s->total);
	free(s);
}

/* The slot of word hash H (0 stands for 1 there, so that 0 can mark a free slot). */
static size_t df_slot(const struct df_table *t, uint32_t h)
{
	uint32_t k = h ? h : 1;
	size_t i = k & (t->cap - 1);
	while (t->key[i] && t->key[i] != k)
		i = (i + 1) & (t->cap - 1);
	return i;
}

static void df_grow(struct df_table *t)
{
	struct df_table old = *t;
	t->cap *= 2;
	t->key = xcalloc(t->cap, sizeof *t->key);
	t->count = xcalloc(t->cap, sizeof *t->count);
	for (size_t i = 0; i < old.cap; i++)
		if (old.key[i]) {
			size_t j = df_slot(t, old.key[i]);
			t->key[j] = old.key[i];
			t->count[j] = old.count[i];
		}
	free(old.key);
	free(old.count);
}

static void df_add(struct df_table *t, uint32_t h)
{
	if ((t->used + 1) * 2 > t->cap)
		df_grow(t);
	size_t i = df_slot(t, h);
	if (!t->key[i]) {
		t->key[i] = h ? h : 1;
		t->used++;
	}
	t->count[i]++;
}

void similar_add(struct similar *s, long long item_id, long long authority, long long report, int year,
		 enum item_kind kind, const char *text)
{
	uint32_t words[SIMILAR_MAX_WORDS];
	size_t n = similar_words(text, words);
	ARRAY_RESERVE(s->items, s->n, s->cap);
	uint32_t sig = 2166136261u;
	for (size_t i = 0; i < n; i++)
		sig = (sig ^ words[i]) * 16777619u;
	s->items[s->n++] = (struct sim_item){ item_id, authority, report, year, kind, (uint32_t)s->npool, (uint32_t)n, sig };
	for (size_t i = 0; i < n; i++) {
		ARRAY_RESERVE(s->pool, s->npool, s->pool_cap);
		s->pool[s->npool++] = words[i];
		df_add(&s->df, words[i]);
	}
}

/* A word's weight: log((N + 1) / (df + 0.5)), rare words weighing most. */
static double word_weight(const struct similar *s, uint32_t h)
{
	size_t i = df_slot(&s->df, h);
	double df = s->df.key[i] ? s->df.count[i] : 0;
	return log(((double)s->n + 1) / (df + 0.5));
}

double similar_score(const struct similar *s, const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	double shared = 0, all = 0;
	size_t i = 0, j = 0;
	for (size_t k = 0; k < na; k++)
		all += word_weight(s, a[k]);
	for (size_t k = 0; k < nb; k++)
		all += word_weight(s, b[k]);
	while (i < na && j < nb) {
		if (a[i] == b[j]) {
			shared += word_weight(s, a[i]);
			i++, j++;
		} else if (a[i] < b[j]) {
			i++;
		} else {
			j++;
		}
	}
	return all > 0 ? 2 * shared / all : 0;
}

/* The score of items A and B (indexes into S->items) from the weights worked out at the end. */
static double pair_score(const struct similar *s, size_t a, size_t b)
{
	const struct sim_item *x = &s->items[a], *y = &s->items[b];
	const uint32_t *p = s->pool + x->first, *q = s->pool + y->first;
	const float *pw = s->weight + x->first;
	double shared = 0;
	for (uint32_t i = 0, j = 0; i < x->n && j < y->n;) {
		if (p[i] == q[j])
			shared += pw[i], i++, j++;
		else if (p[i] < q[j])
			i++;
		else
			j++;
	}
	double all = s->total[a] + s->total[b];
	return all > 0 ? 2 * shared / all : 0;
}

static int compare_by_authority(const void *pa, const void *pb, void *ctx)
{
	const struct similar *s = ctx;
	const struct sim_item *a = &s->items[*(const size_t *)pa], *b = &s->items[*(const size_t *)pb];
	if (a->authority != b->authority)
		return a->authority < b->authority ? -1 : 1;
	return *(const size_t *)pa < *(const size_t *)pb ? -1 : 1;
}

static size_t find_root(size_t *parent, size_t i)
{
	while (parent[i] != i)
		i = parent[i] = parent[parent[i]];
	return i;
}

static bool is_request(const struct sim_item *it)
{
	return it->kind == ITEM_IMPROVEMENT || it->kind == ITEM_RECOMMENDATION;
}

/* Do items A and B have the same words (so score 1 without comparing)? */
static bool same_words(const struct similar *s, size_t a, size_t b)
{
	const struct sim_item *x = &s->items[a], *y = &s->items[b];
	return x->n == y->n && memcmp(s->pool + x->first, s->pool + y->first, x->n * sizeof *s->pool) == 0;
}

/*
 * One authority's items, ORDER[0..N) (indexes into S->items): repeats and
 * later strengths, emitted.  Items with the same words as an earlier one
 * (the same request asked again word for word, common in the reports)
 * take that one's scores: KEY[i] is the first of its words, so only
 * distinct wordings are compared, once.  SCORE caches KEY-to-KEY scores
 * (N x N floats, -1 unknown).
 */
static int finish_authority(const struct similar *s, const size_t *order, size_t n, size_t *parent, size_t *key,
			    float *score, similar_emit emit, void *ctx)
{
	/* KEY[i]: the rank of i's wording among the distinct ones, REP[k] the first item of wording k */
	size_t k = 0, *rep = xcalloc(n ? n : 1, sizeof *rep);
	for (size_t i = 0; i < n; i++) {
		parent[i] = i;
		uint32_t h = s->items[order[i]].sig;
		size_t r = 0;
		while (r < k && !(s->items[order[rep[r]]].sig == h && same_words(s, order[i], order[rep[r]])))
			r++;
		if (r == k)
			rep[k++] = i;
		key[i] = r;
	}
	for (size_t i = 0; i < k * k; i++)
		score[i] = -1;
#define SCORE(i, j) (score[key[i] * k + key[j]] >= 0 ? score[key[i] * k + key[j]] \
	: (score[key[i] * k + key[j]] = key[i] == key[j] ? 1.0f : (float)pair_score(s, order[rep[key[i]]], order[rep[key[j]]])))
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n && is_request(&s->items[order[i]]); j++) {
			const struct sim_item *a = &s->items[order[i]], *b = &s->items[order[j]];
			if (is_request(b) && a->report != b->report && SCORE(i, j) >= SIMILAR_REPEAT)
				parent[find_root(parent, j)] = find_root(parent, i);
		}
	/* each group's smallest id, and whether it spans two reports (kept at its root) */
	long long *first = xcalloc(n ? n : 1, sizeof *first);
	long long *report = xcalloc(n ? n : 1, sizeof *report);
	bool *spans = xcalloc(n ? n : 1, sizeof *spans);
	for (size_t j = 0; j < n; j++) {
		size_t r = find_root(parent, j);
		const struct sim_item *b = &s->items[order[j]];
		if (!first[r] || b->id < first[r])
			first[r] = b->id;
		if (report[r] && report[r] != b->report)
			spans[r] = true;
		report[r] = b->report;
	}
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++) {
		const struct sim_item *a = &s->items[order[i]];
		if (!is_request(a))
			continue;
		size_t root = find_root(parent, i);
		long long group = spans[root] ? first[root] : 0;
		long long strength = 0;
		int year = 0;
		float best = 0;
		for (size_t j = 0; j < n; j++) {
			const struct sim_item *b = &s->items[order[j]];
			if (b->kind != ITEM_STRENGTH || b->year <= a->year || (strength && b->year > year))
				continue;
			float sc = SCORE(i, j);
			if (sc >= SIMILAR_STRENGTH && (!strength || b->year < year || sc > best))
				strength = b->id, year = b->year, best = sc;
		}
#undef SCORE
		if (group || strength)
			rc = emit(ctx, a->id, group, strength, year);
	}
	free(first);
	free(report);
	free(spans);
	free(rep);
	return rc;
}

int similar_finish(struct similar *s, similar_emit emit, void *ctx)
{
	s->weight = xcalloc(s->npool ? s->npool : 1, sizeof *s->weight);
	s->total = xcalloc(s->n ? s->n : 1, sizeof *s->total);
	for (size_t i = 0; i < s->n; i++)
		for (uint32_t k = 0; k < s->items[i].n; k++) {
			size_t at = s->items[i].first + k;
			s->weight[at] = (float)word_weight(s, s->pool[at]);
			s->total[i] += s->weight[at];
		}
	size_t *order = xcalloc(s->n ? s->n : 1, sizeof *order), *parent = xcalloc(s->n ? s->n : 1, sizeof *parent);
	size_t *key = xcalloc(s->n ? s->n : 1, sizeof *key), most = 0;
	float *score = NULL;
	for (size_t i = 0; i < s->n; i++)
		order[i] = i;
	qsort_r(order, s->n, sizeof *order, compare_by_authority, s);
	int rc = 0;
	for (size_t lo = 0, hi; lo < s->n && !rc; lo = hi) {
		for (hi = lo + 1; hi < s->n && s->items[order[hi]].authority == s->items[order[lo]].authority; hi++)
			;
		if (hi - lo > most) {
			most = hi - lo;
			free(score);
			score = xcalloc(most * most, sizeof *score);
		}
		rc = finish_authority(s, order + lo, hi - lo, parent, key, score, emit, ctx);
	}
	free(order);
	free(parent);
	free(key);
	free(score);
	return rc;
}
