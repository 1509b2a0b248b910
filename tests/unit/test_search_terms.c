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
#include "index/search_terms.h"

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
	CHECK(at == text + 18); /* "SAFEGUARDING": "Unsafe" is no word start, "plans" not "plan" */
	CHECK_INT(len, 12);     /* a prefix marks the whole word it began */
	at = search_terms_find(&t, at + len, &len);
	CHECK(at && strncmp(at, "plan ", 5) == 0);
	CHECK_INT(len, 4);
	CHECK(search_terms_find(&t, "nothing here", &len) == NULL);
	search_terms_free(&t);
}

/* Does FTS5, with the index's tokenizer, find QUERY in TEXT? */
static bool fts5_matches(sqlite3 *db, const char *query, const char *text)
{
	sqlite3_stmt *st;
	sqlite3_exec(db, "DELETE FROM t", NULL, NULL, NULL);
	sqlite3_prepare_v2(db, "INSERT INTO t(body) VALUES(?1)", -1, &st, NULL);
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	sqlite3_step(st);
	sqlite3_finalize(st);
	sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?1", -1, &st, NULL);
	sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
	bool found = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) > 0;
	sqlite3_finalize(st);
	return found;
}

static void agrees_with_fts5(void)
{
	static const char *const queries[] = {
		"safe", "SAFE", "safe*", "being", "well", "children", "s", "14", "19", "plan*", "ofsted", "e",
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
	};
	sqlite3 *db;
	CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
	CHECK(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')",
			   NULL, NULL, NULL) == SQLITE_OK);
	for (size_t q = 0; q < sizeof queries / sizeof queries[0]; q++) {
		struct search_terms t = {0};
		search_terms_parse(queries[q], &t);
		for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
			size_t len;
			bool ours = search_terms_find(&t, texts[i], &len) != NULL;
			bool theirs = fts5_matches(db, queries[q], texts[i]);
			if (ours != theirs)
				printf("# \"%s\" in \"%s\": FTS5 %s, search_terms_find %s\n", queries[q], texts[i],
				       theirs ? "matches" : "does not", ours ? "does" : "does not");
			CHECK(ours == theirs);
		}
		search_terms_free(&t);
	}
	sqlite3_close(db);
}

int main(void)
{
	RUN(parse_words);
	RUN(find_first_and_whole_word);
	RUN(agrees_with_fts5);
	return check_done();
}
