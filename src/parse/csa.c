/*
 * csa.c: the judgement of a children's services assessment letter
 * (2009-11).
 *
 * The letter grades the council's children's services as a whole on its
 * own four-point scale in words: performs excellently (4), performs well
 * (3), performs adequately (2), performs poorly (1); the judgement is a
 * line ("Grade 3: performs well") or a sentence ("Children's services in
 * X perform well").  A key to the scale lists all four, one a line: such a
 * line, next to another of the key, is no judgement.  The judgement is
 * held for the "overall" section like a summary table's.
 */
#include "parse_internal.h"

#include <stdlib.h>
#include <string.h>

/* The scale's words (a "performs" or a "perform" before them) and what each means. */
static const struct {
	const char *word;
	enum judgement j;
} csa_words[] = {
	{ "excellently", J_OUTSTANDING },
	{ "well", J_GOOD },
	{ "adequately", J_ADEQUATE },
	{ "poorly", J_INADEQUATE },
};

/* The judgement LINE states, with where its words start (*AT) and end (*END); J_NONE if none. */
static enum judgement csa_judgement(const char *line, const char **at, const char **end)
{
	for (const char *p = str_find_ci(line, "perform"); p; p = str_find_ci(p + 7, "perform")) {
		const char *w = p + 7;
		if (*w == 's' || *w == 'S')
			w++;
		if (*w != ' ')
			continue;
		w++;
		for (size_t k = 0; k < sizeof csa_words / sizeof csa_words[0]; k++) {
			size_t n = strlen(csa_words[k].word);
			if (str_starts_ci(w, csa_words[k].word) && !(w[n] >= 'a' && w[n] <= 'z')) {
				*at = p;
				*end = w + n;
				return csa_words[k].j;
			}
		}
	}
	return J_NONE;
}

/* The judgement of the nearest line with text before (DIR -1) or after (1) line I; J_NONE if none. */
static enum judgement neighbour(const struct parser *ps, size_t i, int dir)
{
	const char *at, *end;
	for (size_t j = i + (size_t)dir; j < ps->n; j += (size_t)dir) {
		if (ps->line[j] && ps->line[j][0])
			return csa_judgement(ps->line[j], &at, &end);
		if (j == 0)
			break;
	}
	return J_NONE;
}

void read_csa_judgement(struct parser *ps)
{
	if (ps->r->type != RT_CSA)
		return;
	for (size_t i = ps->title_end; i < ps->n; i++) {
		const char *at, *end;
		enum judgement j = ps->line[i] ? csa_judgement(ps->line[i], &at, &end) : J_NONE;
		if (j == J_NONE)
			continue;
		/* a line of the key: another grade of the scale next to it */
		enum judgement before = i ? neighbour(ps, i, -1) : J_NONE, after = neighbour(ps, i, 1);
		if ((before != J_NONE && before != j) || (after != J_NONE && after != j))
			continue;
		char *raw = xstrndup(at, (size_t)(end - at));
		section_pend_judgement(ps, xstrdup("overall"), "all", xstrdup("Overall effectiveness"), raw, j,
				       SCALE_WORDS, (int)i + 1);
		free(raw);
		/* a line that only states it ("Grade 3: performs well") is no heading for the body */
		if (strlen(ps->line[i]) < 40 && !strchr(ps->line[i], '.'))
			ps->line[i] = NULL;
		return;
	}
}
