/*
 * test_search_terms.c: the words of a search (index/search_terms.c), and
 * whether the browser finds them where FTS5 itself does.
 *
 * The section pane marks a search's words with search_terms_find; the
 * search is run by FTS5 with the index's tokenizer.  If the two disagreed,
 * a hit would open with nothing marked, or words marked that did not
 * match.  So for each one-word query and each text below, FTS5 (an
 * in-memory table with the tokenizer index.c declares) and
 * search_terms_find must agree on "does it occur".
 */
#include "check.h"
#include "index/porter.h"
#include "index/search_terms.h"
#include "base/util.h"

#include <glob.h>

#include <sqlite3.h>
#include <stdlib.h>

static void parse_words(void)
{
	struct search_terms t = {0};
	search_terms_parse("\"Staying safe\" OR safeg* AND NOT (children's NEAR well-being)", &t);
	static const char *const want[] = { "Staying", "safe", "safeg", "children", "s", "well", "being" };
	CHECK_INT(t.n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < t.n && i < sizeof want / sizeof want[0]; i++)
		CHECK_STR(t.v[i].word, want[i]);
	CHECK(t.n > 2 && t.v[2].prefix);
	CHECK(t.n > 1 && !t.v[1].prefix);
	search_terms_free(&t);
	CHECK_INT(t.n, 0);
	search_terms_parse("AND OR NOT NEAR", &t); /* operators only: nothing to mark */
	CHECK_INT(t.n, 0);
	search_terms_parse("and", &t); /* in lower case it is a word */
	CHECK_INT(t.n, 1);
	search_terms_free(&t);
}

static void find_first_and_whole_word(void)
{
	struct search_terms t = {0};
	search_terms_parse("plan safe*", &t);
	size_t len = 0;
	const char *text = "Unsafe plans; the SAFEGUARDING plan was safe.";
	const char *at = search_terms_find(&t, text, &len);
	CHECK(at == text + 7); /* "plans": plan's stem; "Unsafe" is no word start */
	CHECK_INT(len, 5);
	at = search_terms_find(&t, at + len, &len);
	CHECK(at == text + 18); /* "SAFEGUARDING" */
	CHECK_INT(len, 12);     /* a prefix marks the whole word it began */
	at = search_terms_find(&t, at + len, &len);
	CHECK(at && strncmp(at, "plan ", 5) == 0);
	CHECK_INT(len, 4);
	CHECK(search_terms_find(&t, "nothing here", &len) == NULL);
	search_terms_free(&t);
}

/*
 * Word starts beside characters beyond ASCII: a letter before a word's
 * letters makes them no word start, a dash or bullet does not; a word
 * beginning with an accented capital is found by its folded letters.
 */
static void word_starts_beyond_ascii(void)
{
	static const struct {
		const char *query, *text;
		long at; /* where the find is, -1 none */
	} cases[] = {
		{ "plan", "\xc3\xa9plan plan", 7 },         /* "éplan" is one word */
		{ "plan", "\xe2\x80\x93plan", 3 },         /* an en dash separates */
		{ "plan", "\xe2\x80\xa2 plan", 4 },        /* a bullet and a space */
		{ "ecole", "L'\303\211cole", 2 },           /* "École" folds to "ecole" */
		{ "ecole", "\303\251\303\211cole", -1 },  /* inside a word */
		{ "2007", "In 2007-08 and 12007", 3 },
		{ "2007", "x2007", -1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct search_terms t = {0};
		search_terms_parse(cases[i].query, &t);
		size_t len;
		const char *at = search_terms_find(&t, cases[i].text, &len);
		CHECK_INT(at ? at - cases[i].text : -1, cases[i].at);
		search_terms_free(&t);
	}
}

/* Does FTS5 table TABLE (holding one row, TEXT) find QUERY? */
static bool fts5_matches(sqlite3 *db, const char *table, const char *query, const char *text)
{
	sqlite3_stmt *st;
	char *sql = xasprintf("DELETE FROM %s", table);
	sqlite3_exec(db, sql, NULL, NULL, NULL);
	free(sql);
	sql = xasprintf("INSERT INTO %s(body) VALUES(?1)", table);
	sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	free(sql);
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	sqlite3_step(st);
	sqlite3_finalize(st);
	sql = xasprintf("SELECT count(*) FROM %s WHERE %s MATCH ?1", table, table);
	sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	free(sql);
	sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
	bool found = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) > 0;
	sqlite3_finalize(st);
	return found;
}

/* The two tables index.c declares: words stemmed, and phrases and prefixes as typed. */
static sqlite3 *fts5_tables(void)
{
	sqlite3 *db;
	CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
	CHECK(sqlite3_exec(db, "CREATE VIRTUAL TABLE stemmed USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');"
			   "CREATE VIRTUAL TABLE exact USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')",
			   NULL, NULL, NULL) == SQLITE_OK);
	return db;
}

/*
 * For one-word queries each kind of word goes where the query layer sends
 * it: a bare word to the stemmed table, a quoted word or a prefix to the
 * exact one; search_terms_find must find it in the same texts.
 */
static void agrees_with_fts5(void)
{
	static const char *const queries[] = {
		"safe", "SAFE", "safe*", "being", "well", "children", "s", "14", "19", "plan*", "ofsted", "e",
		"registration", "registrations", "\"registrations\"", "plans", "\"plans\"", "planning", "caf\xc3\xa9",
		"cafe", "\"cafe\"", "na\xc3\xafve", "child", "assessed", "assessment", "reviewing",
		"happily", "happy", "\"Staying\"", "stay*", "leavers", "leaver", "\"leaver\"", "\303\211COLE", /* octal: a hex escape would run into the C */
	};
	static const char *const texts[] = {
		"Children are safe and feel safe.",
		"Unsafe practice; safeguarding is weak.",
		"Well-being of children's services",
		"14-19 education: the plan's targets",
		"SAFE",
		"e-safety, e.g. online",
		"Ofsted's view",
		"planning, plans and a plan.",
		"",
		"Registration of looked after children; registrations rose.",
		"the registration",
		"The caf\xc3\xa9 and the na\xc3\xafve plan",
		"Children\xe2\x80\x99s views \xe2\x80\x93 \xe2\x80\x9cstaying safe\xe2\x80\x9d \302\2435",
		"assessments were assessed; reviews reviewed happily",
		"care leavers\xe2\x80\xa6 one leaver",
		"\303\251cole \303\211COLES",
	};
	sqlite3 *db = fts5_tables();
	for (size_t q = 0; q < sizeof queries / sizeof queries[0]; q++) {
		struct search_terms t = {0};
		search_terms_parse(queries[q], &t);
		bool exact = strchr(queries[q], '"') || strchr(queries[q], '*');
		for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
			size_t len;
			bool ours = search_terms_find(&t, texts[i], &len) != NULL;
			bool theirs = fts5_matches(db, exact ? "exact" : "stemmed", queries[q], texts[i]);
			if (ours != theirs)
				printf("# \"%s\" in \"%s\": FTS5 %s, search_terms_find %s\n", queries[q], texts[i],
				       theirs ? "matches" : "does not", ours ? "does" : "does not");
			CHECK(ours == theirs);
		}
		search_terms_free(&t);
	}
	sqlite3_close(db);
}

/* A stemmed word marks every form of it in a text, and the whole word. */
static void stemmed_words_mark_their_forms(void)
{
	struct search_terms t = {0};
	search_terms_parse("registrations \"Plan\"", &t);
	const char *text = "Its registration, a planned plan, registered REGISTRATIONS.";
	size_t len = 0;
	const char *at = search_terms_find(&t, text, &len);
	CHECK(at == text + 4);
	CHECK_INT(len, 12); /* "registration" */
	at = search_terms_find(&t, at + len, &len);
	CHECK(at && strncmp(at, "plan,", 5) == 0); /* the phrase word is exact: not "planned" */
	CHECK_INT(len, 4);
	at = search_terms_find(&t, at + len, &len);
	CHECK(at && strncmp(at, "REGISTRATIONS", 13) == 0); /* "registered" has another stem */
	search_terms_free(&t);
	/* an index without stemming: the same word only */
	search_terms_parse_for("registrations", false, &t);
	at = search_terms_find(&t, text, &len);
	CHECK(at && strncmp(at, "REGISTRATIONS", 13) == 0);
	search_terms_free(&t);
	/* filters are not words; with operators and a phrase the whole query is exact */
	search_terms_parse("year:2007 kind:improvement plans", &t);
	CHECK_INT(t.n, 1);
	CHECK(t.n == 1 && t.v[0].match == TERM_STEM);
	search_terms_free(&t);
	search_terms_parse("plans OR \"care leavers\"", &t);
	CHECK(t.n == 3 && t.v[0].match == TERM_EXACT);
	search_terms_free(&t);
}

/* Add every word of TEXT to the FTS5 tables' one row, and to WORDS (distinct, folded by FTS5 later). */
static void add_text(sqlite3 *db, const char *text)
{
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db, "INSERT INTO stemmed(body) VALUES(?1)", -1, &st, NULL);
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	sqlite3_step(st);
	sqlite3_finalize(st);
	sqlite3_prepare_v2(db, "INSERT INTO exact(body) VALUES(?1)", -1, &st, NULL);
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	sqlite3_step(st);
	sqlite3_finalize(st);
}

/* Every *.txt file in DIR into the tables; the number read. */
static int add_dir(sqlite3 *db, const char *dir)
{
	char *pattern = xasprintf("%s/*.txt", dir);
	glob_t g;
	int n = 0;
	if (glob(pattern, 0, NULL, &g) == 0) {
		for (size_t i = 0; i < g.gl_pathc; i++) {
			char *data = NULL;
			size_t size;
			n += read_file(g.gl_pathv[i], &data, &size) == 0;
			if (data)
				add_text(db, data);
			free(data);
		}
		globfree(&g);
	}
	free(pattern);
	return n;
}

/*
 * porter_stem against FTS5's porter tokenizer on every word of the sample
 * reports (and the real ones when ../shared/corpus is there), plus a list
 * of words that exercise each of Porter's rules: FTS5's vocabulary of the
 * exact table is every folded word; stemming each must give the tokens
 * of the stemmed table, word by word.
 */
static void stems_agree_with_fts5(void)
{
	sqlite3 *db = fts5_tables();
	add_text(db, "caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled "
		     "sized hopping tanned falling hissing fizzed failing filing happy sky relational conditional "
		     "rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli "
		     "vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti "
		     "sensitiviti sensibiliti triplicate formative formalize electriciti electrical hopeful goodness "
		     "revival allowance inference airliner gyroscopic adjustable defensible irritant replacement "
		     "adjustment dependent adoption homologou communism activate angulariti homologous effective "
		     "bowdlerize probate rate cease controll roll generalization oscillators archaeology ies sses "
		     "yes eyes skies dying lying agreeing bbb a1s 2007s 14-19s analogies apologies");
	int files = add_dir(db, "sample-reports") + add_dir(db, "../shared/corpus");
	CHECK(files > 0);
	/* each distinct word as a row of its own in a third table: its one token is its stem */
	CHECK(sqlite3_exec(db, "CREATE VIRTUAL TABLE ev USING fts5vocab(exact, 'row');"
			       "CREATE TABLE word(id INTEGER PRIMARY KEY, w TEXT);"
			       "INSERT INTO word(w) SELECT term FROM ev;"
			       "CREATE VIRTUAL TABLE one USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');"
			       "INSERT INTO one(rowid, body) SELECT id, w FROM word;"
			       "CREATE VIRTUAL TABLE sv USING fts5vocab(one, 'instance')",
			   NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_stmt *st;
	CHECK(sqlite3_prepare_v2(db, "SELECT word.w, sv.term FROM sv JOIN word ON word.id = sv.doc", -1, &st, NULL) ==
	      SQLITE_OK);
	int words = 0, wrong = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *word = (const char *)sqlite3_column_text(st, 0), *want = (const char *)sqlite3_column_text(st, 1);
		char stem[PORTER_MAX_WORD + 2];
		size_t n = strlen(word) <= PORTER_MAX_WORD ? porter_stem(word, strlen(word), stem) : 0;
		words++;
		if (strlen(word) <= PORTER_MAX_WORD && (n != strlen(want) || memcmp(stem, want, n) != 0)) {
			if (wrong++ < 20)
				printf("# %s: FTS5 stems it %s, porter_stem %.*s\n", word, want, (int)n, stem);
		}
	}
	sqlite3_finalize(st);
	printf("# %d words compared with FTS5's stems\n", words);
	CHECK(words > 1000);
	CHECK_INT(wrong, 0);
	sqlite3_close(db);
}

int main(void)
{
	RUN(parse_words);
	RUN(find_first_and_whole_word);
	RUN(word_starts_beyond_ascii);
	RUN(agrees_with_fts5);
	RUN(stemmed_words_mark_their_forms);
	RUN(stems_agree_with_fts5);
	return check_done();
}
