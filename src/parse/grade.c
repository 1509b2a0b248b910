/* grade.c: judgement words, grade numbers, scale legends, prose judgements. */
#include "parse/grade.h"
#include "base/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Every word a report uses for a judgement, and what it means on our scale. */
static const struct {
	const char *word;
	enum judgement j;
} judgement_words[] = {
	{ "requires improvement", J_REQUIRES_IMPROVEMENT },
	{ "outstanding", J_OUTSTANDING },
	{ "excellent", J_OUTSTANDING },
	{ "inadequate", J_INADEQUATE },
	{ "satisfactory", J_ADEQUATE },
	{ "adequate", J_ADEQUATE },
	{ "good", J_GOOD },
	{ "poor", J_INADEQUATE },
};

enum judgement judgement_word(const char *s, size_t *len)
{
	for (size_t i = 0; i < sizeof judgement_words / sizeof judgement_words[0]; i++) {
		size_t n = strlen(judgement_words[i].word);
		if (str_starts_ci(s, judgement_words[i].word) && !isalpha((unsigned char)s[n])) {
			if (len)
				*len = n;
			return judgement_words[i].j;
		}
	}
	if (len)
		*len = 0;
	return J_NONE;
}

enum judgement grade_number(int n, enum grade_scale scale)
{
	static const enum judgement four_high[] = { J_NONE, J_INADEQUATE, J_ADEQUATE, J_GOOD, J_OUTSTANDING };
	static const enum judgement one_high[] = { J_NONE, J_OUTSTANDING, J_GOOD, J_ADEQUATE, J_INADEQUATE };
	if (n < 1 || n > 4)
		return J_NONE;
	if (scale == SCALE_ONE_HIGH)
		return one_high[n];
	if (scale == SCALE_FOUR_HIGH)
		return four_high[n];
	return J_NONE;
}

static const char *skip_space(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/*
 * The words after a grade's number, at P: "(good)", or "- good", ": good",
 * "– good" ending the text, or none.  Sets *WORD (J_NONE for none) and
 * returns where the grade ends.
 */
static const char *grade_words(const char *p, enum judgement *word)
{
	*word = J_NONE;
	if (*p == '(') {
		size_t n = 0; /* judgement_word leaves it unset when there is no word */
		enum judgement j = judgement_word(skip_space(p + 1), &n);
		const char *q = j != J_NONE ? skip_space(skip_space(p + 1) + n) : p;
		if (j != J_NONE && *q == ')') {
			*word = j;
			p = skip_space(q + 1);
		}
		return p;
	}
	/* "Grade 3 - adequate", "Grade 2: good", "Grade 1 – outstanding": the word must end the text */
	const char *q = p;
	if (*q == '-' || *q == ':' || *q == ',')
		q++;
	else if (strncmp(q, "\xE2\x80\x93", 3) == 0 || strncmp(q, "\xE2\x80\x94", 3) == 0)
		q += 3;
	q = skip_space(q);
	size_t n;
	enum judgement j = judgement_word(q, &n);
	if (j != J_NONE) {
		const char *e = skip_space(q + n);
		if (*e == '.')
			e = skip_space(e + 1);
		if (*e == '\0') {
			*word = j;
			return skip_space(q + n);
		}
	}
	return p;
}

/* Parse "Grade N" with optional ":" and "(word)" at S; returns the end or NULL. */
static const char *grade_at(const char *s, int *num, enum judgement *word)
{
	if (strncmp(s, "Grade", 5) != 0 && strncmp(s, "GRADE", 5) != 0 && strncmp(s, "grade", 5) != 0)
		return NULL;
	const char *p = skip_space(s + 5);
	if (*p == ':')
		p = skip_space(p + 1);
	if (*p < '1' || *p > '4' || isdigit((unsigned char)p[1]))
		return NULL;
	*num = *p - '0';
	return grade_words(skip_space(p + 1), word);
}

bool grade_pair(const char *s, int *num, enum judgement *word)
{
	s = skip_space(s);
	if (*s < '1' || *s > '4' || isalnum((unsigned char)s[1]))
		return false;
	const char *p = skip_space(s + 1);
	if (*p == '=') /* the legend's "4 = outstanding" shape, in a row's cell */
		p = skip_space(p + 1);
	const char *end = grade_words(p, word);
	if (*end == '.')
		end++;
	if (*word == J_NONE || *end != '\0')
		return false;
	*num = *s - '0';
	return true;
}

bool grade_text(const char *s, enum grade_text_mode mode, int *num, enum judgement *word,
		size_t *start)
{
	if (mode == GRADE_TEXT_WHOLE) {
		const char *end = grade_at(skip_space(s), num, word);
		if (end && (*end == '\0' || *end == '.'))
			return start ? (*start = 0, true) : true;
		return false;
	}
	/* suffix: try each "Grade" from the right; the grade must end the string */
	size_t len = strlen(s);
	for (size_t i = len; i-- > 0;) {
		if (s[i] != 'G' || i == 0)
			continue;
		const char *end = grade_at(s + i, num, word);
		if (end && *end == '\0') {
			if (start)
				*start = i;
			return true;
		}
	}
	return false;
}

enum grade_scale scale_hint(const char *line)
{
	/*
	 * "4: outstanding", "4 = excellent", "4\tA service that delivers well
	 * above ...".  Without ':' or '=' a number before a word is a legend
	 * only when three of them agree with one numbering ("4 outstanding 3
	 * good 2 adequate"); "1 outstanding and 2 good homes" is a count.
	 */
	int four = 0, one = 0;
	for (const char *p = line; *p; p++) {
		if (*p < '1' || *p > '4' || (p != line && isalnum((unsigned char)p[-1])) || isalnum((unsigned char)p[1]))
			continue;
		const char *q = skip_space(p + 1);
		bool sep = *q == ':' || *q == '=';
		if (sep)
			q = skip_space(q + 1);
		else if (q == p + 1)
			continue;
		if (*p == '4' && str_starts_ci(q, "a service that delivers well above"))
			return SCALE_FOUR_HIGH;
		size_t n;
		enum judgement j = judgement_word(q, &n);
		if (j == J_NONE)
			continue;
		if (sep && j == J_OUTSTANDING && (*p == '4' || *p == '1'))
			return *p == '4' ? SCALE_FOUR_HIGH : SCALE_ONE_HIGH;
		four += grade_number(*p - '0', SCALE_FOUR_HIGH) == j;
		one += grade_number(*p - '0', SCALE_ONE_HIGH) == j;
	}
	if (four >= 3 && one < 3)
		return SCALE_FOUR_HIGH;
	if (one >= 3 && four < 3)
		return SCALE_ONE_HIGH;
	/* "Outstanding (Grade 1)" or "Grade 1 (outstanding)" */
	const char *g = str_find_ci(line, "(grade 1)");
	if (g && g - line >= 11 && str_find_ci(line, "outstanding"))
		return SCALE_ONE_HIGH;
	g = strstr(line, "Grade 1");
	if (g) {
		const char *q = skip_space(g + 7);
		if (*q == '(' && judgement_word(skip_space(q + 1), NULL) == J_OUTSTANDING)
			return SCALE_ONE_HIGH;
		if (*q == '=' && judgement_word(skip_space(q + 1), NULL) == J_OUTSTANDING)
			return SCALE_ONE_HIGH;
	}
	g = strstr(line, "Grade 4");
	if (g) {
		const char *q = skip_space(g + 7);
		if ((*q == '(' || *q == '=') && judgement_word(skip_space(q + 1), NULL) == J_OUTSTANDING)
			return SCALE_FOUR_HIGH;
	}
	return SCALE_NONE;
}

/* Words that may stand between the verb and the judgement word. */
static const char *const verb_fillers[] = { "judged to be ", "judged as ", "now ", "consistently ", "currently ", "also ", "still " };

/* Skip the fillers at Q, in any order and number: "now judged to be". */
static const char *skip_fillers(const char *q)
{
	for (size_t f = 0; f < sizeof verb_fillers / sizeof verb_fillers[0]; f++)
		if (str_starts_ci(q, verb_fillers[f])) {
			q += strlen(verb_fillers[f]);
			f = (size_t)-1; /* start again from the first */
		}
	return q;
}

/* Is the judgement word at P followed by the end of a clause? */
static bool clause_ends(const char *p)
{
	p = skip_space(p);
	if (str_starts_ci(p, "overall"))
		p = skip_space(p + 7);
	return *p == '.' || *p == ',' || *p == ';' || *p == '\0' || *p == ':' ||
	       str_starts_ci(p, "- ") || str_starts_ci(p, "\xE2\x80\x93") || str_starts_ci(p, "\xE2\x80\x94") ||
	       str_starts_ci(p, "and ") || str_starts_ci(p, "but ") || str_starts_ci(p, "with ");
}

/* Look in one sentence [s, e) for "is|are WORD" or "has|have WORD capacity". */
static enum judgement sentence_judgement(const char *s, const char *e, size_t *wpos, size_t *wlen)
{
	static const char *const verbs[] = { " is ", " are ", " remains ", " remain ", " was ", " were " };
	for (const char *p = s; p < e; p++) {
		for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++) {
			size_t vl = strlen(verbs[v]);
			if (p + vl > e || !str_starts_ci(p, verbs[v]))
				continue;
			const char *q = skip_fillers(p + vl);
			size_t n;
			enum judgement j = judgement_word(q, &n);
			if (j != J_NONE && q + n <= e && clause_ends(q + n)) {
				*wpos = (size_t)(q - s);
				*wlen = n;
				return j;
			}
		}
		if (str_starts_ci(p, " has ") || str_starts_ci(p, " have ")) {
			const char *q = p + (p[2] == 'a' && p[3] == 's' ? 5 : 6);
			size_t n;
			enum judgement j = judgement_word(q, &n);
			if (j != J_NONE && str_starts_ci(skip_space(q + n), "capacity")) {
				*wpos = (size_t)(q - s);
				*wlen = n;
				return j;
			}
		}
	}
	return J_NONE;
}

/* End of the sentence starting at S: after ". " / "? " / "! " or at the end. */
static const char *sentence_end(const char *s)
{
	for (const char *p = s; *p; p++)
		if ((*p == '.' || *p == '?' || *p == '!') && (p[1] == ' ' || p[1] == '\0'))
			return p + 1;
	return s + strlen(s);
}

static enum judgement find_prose_judgement(const char *paragraph, const char *focus, bool strict,
					   int max_sentences, char **raw)
{
	enum judgement first = J_NONE;
	const char *first_s = NULL;
	size_t first_pos = 0, first_len = 0;
	const char *s = paragraph;
	for (int i = 0; i < max_sentences && *s; i++) {
		const char *e = sentence_end(s);
		size_t pos, len;
		enum judgement j = sentence_judgement(s, e, &pos, &len);
		if (j != J_NONE) {
			bool focused = true;
			if (focus) {
				char *sentence = xstrndup(s, (size_t)(e - s));
				focused = str_find_ci(sentence, focus) != NULL;
				free(sentence);
			}
			if (focused) {
				*raw = xstrndup(s + pos, len);
				return j;
			}
			if (first == J_NONE) {
				first = j;
				first_s = s;
				first_pos = pos;
				first_len = len;
			}
		}
		s = skip_space(e);
	}
	if (first == J_NONE || strict)
		return J_NONE;
	*raw = xstrndup(first_s + first_pos, first_len);
	return first;
}

enum judgement prose_judgement(const char *paragraph, const char *focus, int max_sentences,
			       char **raw)
{
	return find_prose_judgement(paragraph, focus, false, max_sentences, raw);
}

enum judgement prose_judgement_about(const char *paragraph, const char *focus, int max_sentences,
				     char **raw)
{
	return find_prose_judgement(paragraph, focus, true, max_sentences, raw);
}
