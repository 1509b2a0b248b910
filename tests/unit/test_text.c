/*
 * test_text.c: decoding a report's bytes into lines (parse/text): byte order
 * mark, CRLF, form feeds, Windows-1252, private-use bullets and control
 * characters; binary files told apart; and text_sanitize (base/utf8), which
 * makes any text safe to print.
 */
#include "check.h"
#include "parse/text.h"
#include "base/utf8.h"

#include <stdlib.h>
#include <string.h>

/* Decoded lines are clean UTF-8 with page breaks marked and no controls. */
static void decoding(void)
{
	struct text_lines t;
	/* BOM, CRLF, a form feed, a private-use bullet, NBSP, a superscript footnote */
	const char in[] = "\xEF\xBB\xBF" "one\r\ntwo\fthree\r\n\xEF\x82\xA7 item\xC2\xA0x\r\nGrade awarded\xC2\xB9\n";
	text_decode(in, sizeof in - 1, &t);
	CHECK(t.had_bom && !t.was_cp1252);
	CHECK_INT(t.n, 5);
	if (t.n == 5) {
		CHECK_STR(t.v[0].s, "one");
		CHECK_STR(t.v[1].s, "two");
		CHECK_STR(t.v[2].s, "three");
		CHECK(t.v[2].page_break);
		CHECK_STR(t.v[3].s, "\xE2\x80\xA2 item x");
		CHECK_STR(t.v[4].s, "Grade awarded");
	}
	text_lines_free(&t);
	/* Windows-1252: curly quotes and an en dash as single bytes */
	const char cp[] = "the council\x92s \x93plan\x94 \x96 14\x96" "19\n";
	text_decode(cp, sizeof cp - 1, &t);
	CHECK(t.was_cp1252);
	CHECK(t.n == 1 && strcmp(t.v[0].s, "the council\xE2\x80\x99s \xE2\x80\x9Cplan\xE2\x80\x9D \xE2\x80\x93 14\xE2\x80\x93" "19") == 0);
	text_lines_free(&t);
	/* control characters never survive */
	const char esc[] = "a\x1b[31mred\x07\n";
	text_decode(esc, sizeof esc - 1, &t);
	CHECK(t.n == 1 && strcmp(t.v[0].s, "a[31mred") == 0);
	CHECK_INT(t.control_bytes, 2);
	text_lines_free(&t);
	int line;
	CHECK(text_is_binary("ab\ncd\0ef", 8, &line) && line == 2);
	CHECK(!text_is_binary("plain text\n", 11, &line));
	char *safe = text_sanitize("a\x1b[2Jb\x9b" "c\n", false);
	CHECK_STR(safe, "a?[2Jb?c ");
	free(safe);
	/* runs of printable ASCII are copied whole: what ends one is still seen */
	safe = text_sanitize("plain text\x7fmore\ttab\xc3\xa9t\xc3\n\x01", true);
	CHECK_STR(safe, "plain text?more tab\xc3\xa9t?\n?");
	free(safe);
}

/*
 * The scans read printable ASCII eight bytes at a time: a control byte, a
 * DEL, a Windows-1252 byte or a UTF-8 sequence at any offset inside or at
 * the end of a long run is still seen.
 */
static void long_runs(void)
{
	struct text_lines t;
	const char del[] = "abcdefghijklmnop\x7Fqrstuvwxyzabcdefg\x1bhij\n";
	text_decode(del, sizeof del - 1, &t);
	CHECK(t.n == 1 && strcmp(t.v[0].s, "abcdefghijklmnopqrstuvwxyzabcdefghij") == 0);
	CHECK_INT(t.control_bytes, 2);
	text_lines_free(&t);
	const char cp[] = "abcdefghijklmnopqrstuvwx\x92yz";
	text_decode(cp, sizeof cp - 1, &t);
	CHECK(t.was_cp1252 && t.n == 1 && strcmp(t.v[0].s, "abcdefghijklmnopqrstuvwx\xE2\x80\x99yz") == 0);
	text_lines_free(&t);
	const char u[] = "abcdefghijklmnopqrstuvwx\xC3\xA9";
	text_decode(u, sizeof u - 1, &t);
	CHECK(!t.was_cp1252 && t.n == 1 && strcmp(t.v[0].s, "abcdefghijklmnopqrstuvwx\xC3\xA9") == 0);
	text_lines_free(&t);
	/* one control byte in 17 is binary; its first one is on line 2 */
	char bin[170];
	for (size_t i = 0; i < sizeof bin; i++)
		bin[i] = i % 17 == 16 ? '\x01' : 'a';
	bin[5] = '\n';
	int line;
	CHECK(text_is_binary(bin, sizeof bin, &line) && line == 2);
	bin[16] = bin[33] = 'a';
	for (size_t i = 50; i < sizeof bin; i++)
		bin[i] = i == 70 ? '\x7F' : 'a';
	CHECK(!text_is_binary(bin, sizeof bin, &line) && line == 2); /* one DEL, at 70, on line 2 */
}

int main(void)
{
	RUN(decoding);
	RUN(long_runs);
	return check_done();
}
