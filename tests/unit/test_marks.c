/*
 * test_marks.c: the marks file (report/marks.c): a mark's fields, however
 * odd their characters, come back as they went in; a damaged line is
 * refused with its line number and a later version is told apart; marks
 * are the same by their keys, not their descriptions; and the OSC 52
 * sequence y sends (front/clipboard.c): base64 as RFC 4648 gives it, BEL
 * ended, wrapped in pieces for GNU screen, refused for terminals known not
 * to take it.
 */
#include "check.h"
#include "report/marks.h"
#include "front/clipboard.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

#define DIGEST "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

/* Text with a tab, newline, carriage return and backslashes survives a write and a read. */
static void round_trip(void)
{
	struct marks m = {0}, back = {0};
	struct mark item = { .kind = MARK_ITEM, .sha256 = DIGEST, .key = "staying-safe", .scope = "all",
			     .item = ITEM_RECOMMENDATION, .where = "Kestrel Bay, 2008 JAR",
			     .text = "a\ttab, a\nnewline, a\r return, a \\ and \\t as typed" };
	struct mark section = { .kind = MARK_SECTION, .sha256 = DIGEST, .key = "being-healthy",
				.scope = "looked-after", .where = "Kestrel Bay, 2010 SLAC" };
	struct mark auth = { .kind = MARK_AUTHORITY, .la_code = "", .authority = "Kestrel Bay" };
	CHECK(marks_toggle(&m, &item));
	CHECK(marks_toggle(&m, &section));
	CHECK(marks_toggle(&m, &auth));
	char *text = marks_format(&m), *err = NULL;
	CHECK(strncmp(text, "ecmr marks 1\n", 13) == 0);
	CHECK_CONTAINS(text, "authority\t-\tKestrel Bay\n"); /* no DfE code: "-" */
	CHECK_INT(marks_parse(text, &back, &err), 0);
	CHECK_INT(back.n, 3);
	if (back.n == 3) {
		CHECK_STR(back.v[0].text, item.text);
		CHECK_INT(back.v[0].item, ITEM_RECOMMENDATION);
		CHECK_STR(back.v[0].where, item.where);
		CHECK_STR(back.v[1].scope, "looked-after");
		CHECK_STR(back.v[2].la_code, "");
		CHECK(mark_same(&back.v[0], &item) && mark_same(&back.v[1], &section) && mark_same(&back.v[2], &auth));
	}
	CHECK(!marks_toggle(&m, &item)); /* a second m unmarks */
	CHECK_INT(m.n, 2);
	free(text);
	marks_free(&m);
	marks_free(&back);
}

/* Keys decide sameness: the description does not; an authority by DfE code when both have one. */
static void sameness(void)
{
	struct mark a = { .kind = MARK_ITEM, .sha256 = DIGEST, .key = "k", .scope = "all", .text = "t", .where = "x" };
	struct mark b = a;
	b.where = "another description";
	CHECK(mark_same(&a, &b));
	b.text = "t.";
	CHECK(!mark_same(&a, &b));
	struct mark p = { .kind = MARK_AUTHORITY, .la_code = "991", .authority = "Kestrel" };
	struct mark q = { .kind = MARK_AUTHORITY, .la_code = "991", .authority = "Kestrel Bay" };
	struct mark r = { .kind = MARK_AUTHORITY, .la_code = "992", .authority = "Kestrel" };
	CHECK(mark_same(&p, &q));
	CHECK(!mark_same(&p, &r));
}

/* Each damaged file is refused whole, naming its line; a later version is told apart. */
static void damage(void)
{
	static const struct {
		const char *text, *err;
		int rc;
	} cases[] = {
		{ "", "line 1: the file is empty", -1 },
		{ "marks\n", "line 1: it does not start with \"ecmr marks 1\"", -1 },
		{ "ecmr marks 1\nitem\t" DIGEST "\tk\tall\tstrength\twhere\n", "line 2: the wrong number of fields", -1 },
		{ "ecmr marks 1\n\n# a comment\nsection\tnot-hex\tk\tall\tw\n", "line 4: no report digest or section", -1 },
		{ "ecmr marks 1\nitem\t" DIGEST "\tk\tall\tweakness\tw\tt\n", "line 2: an unknown item kind", -1 },
		{ "ecmr marks 1\nauthority\t-\tA\\q\n", "line 2: a backslash before a letter other than t, n, r or \\", -1 },
		{ "ecmr marks 1\nbookmark\tx\n", "line 2: not item, section or authority", -1 },
		{ "ecmr marks 2\nanything\n", "a marks file of version 2 (this ecmr reads version 1)", -2 },
		{ "ecmr marks 1\n# only a comment\n", NULL, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct marks m = {0};
		char *err = NULL;
		CHECK_INT(marks_parse(cases[i].text, &m, &err), cases[i].rc);
		if (cases[i].err)
			CHECK_STR(err ? err : "(none)", cases[i].err);
		CHECK_INT(m.n, 0);
		free(err);
		marks_free(&m);
	}
}

/* RFC 4648's test vectors. */
static void base64(void)
{
	static const char *const want[][2] = {
		{ "", "" }, { "f", "Zg==" }, { "fo", "Zm8=" }, { "foo", "Zm9v" },
		{ "foob", "Zm9vYg==" }, { "fooba", "Zm9vYmE=" }, { "foobar", "Zm9vYmFy" },
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		char *got = base64_encode((const unsigned char *)want[i][0], strlen(want[i][0]));
		CHECK_STR(got, want[i][1]);
		free(got);
	}
}

/* The sequence: plain for a terminal or tmux, in DCS pieces for screen; known terminals refused. */
static void osc52(void)
{
	size_t len;
	char *s = osc52_sequence("foobar", OSC52_DIRECT, &len);
	CHECK_STR(s, "\033]52;c;Zm9vYmFy\a");
	CHECK_INT(len, strlen(s));
	free(s);
	s = osc52_sequence("foobar", OSC52_TMUX, &len);
	CHECK_STR(s, "\033]52;c;Zm9vYmFy\a");
	free(s);
	s = osc52_sequence("foobar", OSC52_SCREEN, &len);
	CHECK_STR(s, "\033P\033]52;c;Zm9vYmFy\a\033\\");
	free(s);
	/* 600 bytes: 800 of base64, two pieces of screen's passthrough */
	char big[601];
	memset(big, 'x', 600);
	big[600] = '\0';
	s = osc52_sequence(big, OSC52_SCREEN, &len);
	int pieces = 0;
	for (const char *p = s; (p = strstr(p, "\033P")); p += 2)
		pieces++;
	CHECK_INT(pieces, 2);
	free(s);
	CHECK(osc52_unsupported("linux"));
	CHECK(osc52_unsupported("vt100-am"));
	CHECK(osc52_unsupported(""));
	CHECK(osc52_unsupported(NULL));
	CHECK(!osc52_unsupported("xterm-256color"));
	CHECK(!osc52_unsupported("tmux-256color"));
	CHECK(!osc52_unsupported("linuxish")); /* only the name and its "-" variants */
}

int main(void)
{
	RUN(round_trip);
	RUN(sameness);
	RUN(damage);
	RUN(base64);
	RUN(osc52);
	return check_done();
}
