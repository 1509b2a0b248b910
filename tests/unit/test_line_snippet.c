/*
 * test_line_snippet.c: the snippets `ecmr search` prints (index/line_snippet.c):
 * the sentence of the first match, a phrase found only where its words
 * follow one another, the ellipses, and the length.  Fictional texts.
 */
#include "check.h"
#include "index/line_snippet.h"
#include "index/search_terms.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* line_snippet of TEXT for QUERY (stemmed, as a schema 3 index searches), malloc'd. */
static char *snip(const char *query, const char *text)
{
	struct search_terms t = {0};
	search_terms_parse_for(query, true, &t);
	char *s = line_snippet(&t, text);
	search_terms_free(&t);
	return s;
}

/* The number of words (runs of non-space characters) in S. */
static int words(const char *s)
{
	int n = 0;
	for (const char *p = s; *p;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		n++;
		while (*p && *p != ' ')
			p++;
	}
	return n;
}

/* Snippets with what each must be, why in the comment beside it. */
static const struct {
	const char *query, *text, *want;
} cases[] = {
	/* from the start of the sentence holding the match */
	{ "registration", "Plans are late. The panel checks the registrations of childminders. Visits follow.",
	  "...The panel checks the registrations of childminders. Visits follow." },
	/* the first sentence: nothing cut before it */
	{ "plans", "Plans are late. The panel meets.", "Plans are late. The panel meets." },
	/* a line starts a sentence too (a list item, a paragraph) */
	{ "nurse", "Health\n- every school has a nurse", "...- every school has a nurse" },
	/* a phrase where its words follow one another, not "carers" alone */
	{ "\"foster carers\"", "Support for parents and carers is good. Recruitment of foster carers is slow.",
	  "...Recruitment of foster carers is slow." },
	/* a word on its own still matches alone, beside a phrase */
	{ "\"foster carers\" support", "Support for carers. Foster carers.", "Support for carers. Foster carers." },
	/* the phrase's words apart are no match */
	{ "\"carers is slow\"", "Carers are slow. Slow carers is slow.", "...Slow carers is slow." },
	/* punctuation between them does not part them, as in FTS5's phrases */
	{ "\"carers is slow\"", "Carers are slow. Slow carers, is: slow.", "...Slow carers, is: slow." },
	/* none of the words: the text from its start */
	{ "absent", "Nothing here matches.", "Nothing here matches." },
	{ "absent", "", "" },
	/* white space around the text is not kept, nor counted as text cut */
	{ "word", "   \n  word  \n ", "word" },
};

static void snippets(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = snip(cases[i].query, cases[i].text);
		CHECK_STR(s, cases[i].want);
		free(s);
	}
}

static void long_sentences_are_cut(void)
{
	struct strbuf b = {0};
	for (int i = 0; i < 60; i++)
		sb_addf(&b, "w%d ", i);
	sb_adds(&b, "supervision ");
	for (int i = 60; i < 120; i++)
		sb_addf(&b, "w%d ", i);
	char *s = snip("supervision", sb_str(&b));
	/* no sentence start within reach: ten words before the match, forty in all */
	CHECK(strncmp(s, "...w50 w51 ", 11) == 0);
	CHECK_CONTAINS(s, " w59 supervision w60 ");
	CHECK_INT(words(s), LINE_SNIPPET_WORDS);
	CHECK(strlen(s) > 3 && strcmp(s + strlen(s) - 3, "...") == 0);
	free(s);
	sb_free(&b);
}

int main(void)
{
	RUN(snippets);
	RUN(long_sentences_are_cut);
	return check_done();
}
