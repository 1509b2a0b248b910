/* test_units.c: the parser's building blocks, one behaviour at a time. */
#include "parse/authorities.h"
#include "check.h"
#include "parse/clean.h"
#include "parse/grade.h"
#include "parse/headings.h"
#include "output/json.h"
#include "base/sha256.h"
#include "parse/text.h"
#include "parse/parse.h"
#include "base/util.h"
#include "base/utf8.h"

#include <stdlib.h>
#include <string.h>

static void sha256_vectors_once(void)
{
	/* FIPS 180-4 examples */
	char hex[65];
	sha256_hex("abc", 3, hex);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_hex("", 0, hex);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	sha256_hex(two, strlen(two), hex);
	CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	char *million = malloc(1000000);
	memset(million, 'a', 1000000);
	sha256_hex(million, 1000000, hex);
	CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(million);
}

static void sha256_vectors(void)
{
	/* both ways: the CPU's SHA extensions (where it has them) and plain C */
	sha256_vectors_once();
	sha256_use_cpu_extensions(false);
	sha256_vectors_once();
	/* and the two agree on every length around the block and padding boundaries */
	unsigned char data[300];
	unsigned x = 12345;
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)((x = x * 1103515245u + 12345u) >> 16);
	for (size_t len = 0; len <= sizeof data; len++) {
		char plain[65], fast[65];
		sha256_use_cpu_extensions(false);
		sha256_hex(data, len, plain);
		sha256_use_cpu_extensions(true);
		sha256_hex(data, len, fast);
		CHECK_STR(fast, plain);
	}
	sha256_use_cpu_extensions(true);
}

static void grade_scales(void)
{
	/* the same number means different things in 2007 and 2011 */
	CHECK_INT(grade_number(3, SCALE_FOUR_HIGH), J_GOOD);
	CHECK_INT(grade_number(3, SCALE_ONE_HIGH), J_ADEQUATE);
	CHECK_INT(grade_number(4, SCALE_FOUR_HIGH), J_OUTSTANDING);
	CHECK_INT(grade_number(4, SCALE_ONE_HIGH), J_INADEQUATE);
	CHECK_INT(grade_number(1, SCALE_ONE_HIGH), J_OUTSTANDING);
	CHECK_INT(grade_number(5, SCALE_ONE_HIGH), J_NONE);
	CHECK_INT(judgement_word("excellent.", NULL), J_OUTSTANDING);
	CHECK_INT(judgement_word("Satisfactory", NULL), J_ADEQUATE);
	CHECK_INT(judgement_word("requires improvement", NULL), J_REQUIRES_IMPROVEMENT);
	CHECK_INT(judgement_word("goodness", NULL), J_NONE);
	CHECK_INT(scale_hint("4: outstanding; 3: good; 2: adequate; 1: inadequate"), SCALE_FOUR_HIGH);
	CHECK_INT(scale_hint("Outstanding (Grade 1)\tA service that significantly exceeds"), SCALE_ONE_HIGH);
	CHECK_INT(scale_hint("Grade 1 = outstanding"), SCALE_ONE_HIGH);
	CHECK_INT(scale_hint("The council has 4 schools"), SCALE_NONE);
	/* counts beside judgement words are no legend; three agreeing pairs are */
	CHECK_INT(scale_hint("inspectors found 1 outstanding and 2 good homes"), SCALE_NONE);
	CHECK_INT(scale_hint("There are 4 outstanding schools"), SCALE_NONE);
	CHECK_INT(scale_hint("4 outstanding 3 good 2 adequate 1 inadequate"), SCALE_FOUR_HIGH);
	int num;
	enum judgement w;
	size_t start;
	CHECK(grade_text("Grade 3", GRADE_TEXT_WHOLE, &num, &w, NULL) && num == 3 && w == J_NONE);
	CHECK(grade_text("Grade 2 (good)", GRADE_TEXT_WHOLE, &num, &w, NULL) && num == 2 && w == J_GOOD);
	CHECK(!grade_text("Grade 3 pupils did well", GRADE_TEXT_WHOLE, &num, &w, NULL));
	CHECK(grade_text("young people safeGrade 1 (outstanding)", GRADE_TEXT_SUFFIX, &num, &w, &start));
	CHECK_INT(start, 17);
	CHECK(!grade_text("Staying safe", GRADE_TEXT_SUFFIX, &num, &w, &start));
	CHECK(grade_text("Grade 3 \xE2\x80\x93 adequate", GRADE_TEXT_WHOLE, &num, &w, NULL));
	CHECK_INT(w, J_ADEQUATE);
	CHECK(grade_text("Overall effectiveness Grade 1 - outstanding", GRADE_TEXT_SUFFIX, &num, &w, &start));
	CHECK_INT(start, 22);
	CHECK(!grade_text("Grade 2: good practice", GRADE_TEXT_WHOLE, &num, &w, NULL));
	/* a table cell giving the number and then its words; a count or a legend is none */
	CHECK(grade_pair("4: outstanding", &num, &w) && num == 4 && w == J_OUTSTANDING);
	CHECK(grade_pair("3 = good", &num, &w) && num == 3 && w == J_GOOD);
	CHECK(grade_pair("2 (adequate).", &num, &w) && num == 2 && w == J_ADEQUATE);
	CHECK(grade_pair("1 \xE2\x80\x93 inadequate", &num, &w) && num == 1 && w == J_INADEQUATE);
	CHECK(!grade_pair("4", &num, &w));
	CHECK(!grade_pair("4 outstanding schools", &num, &w));
	CHECK(!grade_pair("4: outstanding; 3: good", &num, &w));
	CHECK(!grade_pair("14 good", &num, &w));
	/* a bracket cut short is no grade word (and must not be read past) */
	CHECK(!grade_text("Grade 3 (ad", GRADE_TEXT_WHOLE, &num, &w, NULL));
	CHECK(!grade_text("Staying safe Grade 3 (", GRADE_TEXT_SUFFIX, &num, &w, &start));
}

static void prose_judgements(void)
{
	static const struct {
		const char *text, *focus;
		bool about;          /* prose_judgement_about */
		enum judgement want;
		const char *raw;
	} cases[] = {
		{ "The contribution made by the council to outcomes in this area is excellent. More.", NULL, false, J_OUTSTANDING, "excellent" },
		/* the focus word picks the sentence about capacity */
		{ "Management is good. Capacity to improve further is adequate.", "capacity", false, J_ADEQUATE, "adequate" },
		{ "The council has good capacity to improve its services.", "capacity", false, J_GOOD, "good" },
		/* a dash ends the clause */
		{ "Help for children at risk is good \xE2\x80\x93 referrals are quick.", NULL, false, J_GOOD, "good" },
		/* fillers in any order: "now judged to be" */
		{ "Help for children at risk is now judged to be good.", NULL, false, J_GOOD, "good" },
		/* prose_judgement_about: only the sentence about the focus counts */
		{ "Management is good. Capacity to improve further is adequate.", "management", true, J_GOOD, "good" },
		{ "Capacity to improve further is adequate.", "management", true, J_NONE, NULL },
		/* "good or better" is not a judgement of the section */
		{ "Most schools are good or better at this.", NULL, false, J_NONE, NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *raw = NULL;
		enum judgement j = cases[i].about ? prose_judgement_about(cases[i].text, cases[i].focus, 3, &raw)
						  : prose_judgement(cases[i].text, cases[i].focus, 3, &raw);
		CHECK_INT(j, cases[i].want);
		if (cases[i].raw)
			CHECK_STR(raw, cases[i].raw);
		else
			CHECK(raw == NULL);
		free(raw);
	}
}

static void cleaning(void)
{
	CHECK_STR(wrap_joiner("a multi-", 8, "agency team"), "");
	CHECK_STR(wrap_joiner("pre- and", 8, "post-16"), " ");
	CHECK_STR(wrap_joiner("ages 14 -", 9, "19"), " ");
	CHECK(item_says_none("None."));
	CHECK(item_says_none("There are no significant areas for development."));
	CHECK(!item_says_none("Nominate a lead for care leavers."));
	CHECK(!item_says_none("Reduce the number of children with none of their plans reviewed."));
	char *s = clean_paragraph("- 12. The overall effectiveness is good.");
	CHECK_STR(s, "The overall effectiveness is good.");
	free(s);
	s = clean_paragraph("Health outcomes for looked after children are 58. outstanding.");
	CHECK_STR(s, "Health outcomes for looked after children are outstanding.");
	free(s);
	s = clean_paragraph("Results at Key Stage 4. The trend");
	CHECK_STR(s, "Results at Key Stage 4. The trend");
	free(s);
	s = clean_paragraph("25. **The contribution is good.**");
	CHECK_STR(s, "The contribution is good.");
	free(s);
	s = clean_paragraph("<p><i>Being   healthy:</i></p> A &amp; B");
	CHECK_STR(s, "Being healthy: A & B");
	free(s);
	s = clean_paragraph("Five A*–C grades and A* to C");
	CHECK_STR(s, "Five A*–C grades and A* to C");
	free(s);
	/* white space of every kind folds; removing markdown folds again */
	s = clean_paragraph(" \t Being\n  healthy \t\n");
	CHECK_STR(s, "Being healthy");
	free(s);
	s = clean_paragraph("** Staying ** safe **");
	CHECK_STR(s, "Staying safe");
	free(s);
	/* a displaced number that only removing markdown brings to a space */
	s = clean_paragraph("they are **58. outstanding");
	CHECK_STR(s, "they are outstanding");
	free(s);
	s = clean_paragraph("\xE2\x80\xA2 - 12. Bullets and numbers, stacked");
	CHECK_STR(s, "Bullets and numbers, stacked");
	free(s);
	s = clean_item("\xE2\x80\xA2 improve attendance; and");
	CHECK_STR(s, "improve attendance");
	free(s);
	char *parts[4];
	int n = split_run_together("Review the case loads of officers. Undertake a review of all cases.", parts, 4);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(parts[0], "Review the case loads of officers.");
		CHECK_STR(parts[1], "Undertake a review of all cases.");
	}
	for (int i = 0; i < n; i++)
		free(parts[i]);
	n = split_run_together("Improve attendance. This matters to pupils.", parts, 4);
	CHECK_INT(n, 1);
	for (int i = 0; i < n; i++)
		free(parts[i]);
	CHECK(ends_sentence("It is good."));
	CHECK(ends_sentence("as follows:"));
	CHECK(!ends_sentence("the council"));
}

static void finding(void)
{
	const char *hay = "The Inspection Date: 3 May; grade GRADE (grade 1):x";
	CHECK(str_find_ci(hay, "") == hay);
	CHECK(str_find_ci(hay, "the") == hay);
	CHECK(str_find_ci(hay, "inspection date:") == hay + 4);
	CHECK(str_find_ci(hay, "grade") == strstr(hay, "grade"));
	CHECK(str_find_ci(hay, "(grade 1)") == strstr(hay, "(grade"));
	CHECK(str_find_ci(hay, "):X") == strstr(hay, "):x"));
	CHECK(str_find_ci(hay, "grade 2") == NULL);
	CHECK(str_find_ci("a:", "xa:") == NULL); /* the rarest byte, ':', too near the start */
	CHECK(str_find_ci("ab", "abc") == NULL);
	CHECK(str_find_ci("", "a") == NULL);
	const char *colons = "::a::b:";
	CHECK(str_find_ci(colons, "b:") == colons + 5);
	CHECK(str_find_ci(colons, "::") == colons);
}

static void headings(void)
{
	char norm[256];
	heading_normalize("CHILDREN'S SERVICES GRADE 3", norm, sizeof norm);
	CHECK_STR(norm, "childrens services grade 3");
	heading_normalize("12. Caf\xC3\xA9 & Youth-Club", norm, sizeof norm);
	CHECK_STR(norm, "caf\xC3\xA9 and youth club");
	heading_normalize("Achieving economic well-being", norm, sizeof norm);
	CHECK_STR(norm, "achieving economic wellbeing");
	heading_normalize("Investigation into 14\xE2\x80\x93" "19 education", norm, sizeof norm);
	CHECK_STR(norm, "investigation into 14 19 education");
	heading_normalize("The council\xE2\x80\x99s capacity to improve", norm, sizeof norm);
	CHECK_STR(norm, "councils capacity to improve");
	static const struct { const char *heading; const char *key; } cases[] = {
		{ "Being healthy", "being-healthy" },
		{ "Children and young people are safe and feel safe", "staying-safe" },
		{ "Making a positive contribution, including user engagement", "positive-contribution" },
		{ "Economic wellbeing", "economic-wellbeing" },
		{ "Achieving economic well being", "economic-wellbeing" },
		{ "Overall effectiveness of children's services", "overall" },
		{ "Capacity to improve, including the management of services for children and young people", "capacity" },
		{ "Capacity for improvement", "capacity" },
		{ "Service management", "service-management" },
		{ "Children and young people with learning difficulties and/or disabilities", "ldd" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		heading_normalize(cases[i].heading, norm, sizeof norm);
		const struct heading_rule *r = heading_match(norm, RT_APA, false);
		CHECK(r && r->key && strcmp(r->key, cases[i].key) == 0);
	}
	char *slug = heading_slug("The contribution of health agencies");
	CHECK_STR(slug, "contribution-of-health-agencies");
	free(slug);
}

static void authorities(void)
{
	const struct authority_ref *a = authority_by_name("Sefton");
	CHECK(a && strcmp(a->la_code, "343") == 0);
	a = authority_by_name("Bristol");
	CHECK(a && strcmp(a->la_code, "801") == 0);
	a = authority_by_name("City of Bristol");
	CHECK(a && strcmp(a->la_code, "801") == 0);
	a = authority_by_name("Hull");
	CHECK(a && strcmp(a->la_code, "810") == 0);
	a = authority_by_name("St Helens");
	CHECK(a && strcmp(a->la_code, "342") == 0);
	CHECK(authority_by_name("Bedfordshire") == NULL); /* abolished in 2009: not an error */
	/* listed as "Bedford Borough": the council word stays, only "Council" goes */
	a = authority_by_name("Bedford Borough Council");
	CHECK(a && strcmp(a->la_code, "822") == 0);
	a = authority_by_name("Sefton Metropolitan Borough Council");
	CHECK(a && strcmp(a->la_code, "343") == 0);
	a = authority_by_name("Kingston upon Hull City Council");
	CHECK(a && strcmp(a->la_code, "810") == 0);
	CHECK(authority_by_name("Greyford") == NULL);
	char *s = authority_short_name("Sefton Metropolitan Borough Council");
	CHECK_STR(s, "Sefton");
	free(s);
	s = authority_short_name("London Borough of Barnet");
	CHECK_STR(s, "Barnet");
	free(s);
	CHECK(authority_by_code("341") && strcmp(authority_by_code("341")->name, "Liverpool") == 0);
}

/* Parse TEXT as the file PATH; the caller frees *R. */
static void parse_text_as(const char *text, const char *path, struct report *r)
{
	memset(r, 0, sizeof *r);
	parse_report(text, strlen(text), path, r, NULL);
}

/*
 * A report naming no authority still gets one: from a reference number
 * that is a DfE code, else (with a warning) from the file's name; the
 * file's name is only the last resort.  The texts are invented.
 */
static void authority_fallbacks(void)
{
	static const char no_name[] =
		"Review of local arrangements\n\nReference no: 309\n\nThe arrangements are reviewed each year.\n";
	struct report r;
	parse_text_as(no_name, "notes/review.txt", &r);
	CHECK_STR(r.la_code, "309");
	CHECK_STR(r.authority, "Haringey");
	CHECK_STR(r.authority_short, "Haringey");
	report_free(&r);
	static const char nothing[] = "Review of local arrangements\n\nThe arrangements are reviewed each year.\n";
	parse_text_as(nothing, "saved/hammersmith-and-fulham_2024_review.txt", &r);
	CHECK_STR(r.authority, "Hammersmith and Fulham");
	CHECK_STR(r.la_code, "205");
	bool warned = false;
	for (size_t i = 0; i < r.nwarnings; i++)
		warned |= strstr(r.warnings[i], "file's name") != NULL;
	CHECK(warned);
	report_free(&r);
	/* the text wins over the file's name */
	parse_text_as(no_name, "saved/barnsley_review.txt", &r);
	CHECK_STR(r.authority, "Haringey");
	report_free(&r);
	/* a file name of no authority gives none */
	parse_text_as(nothing, "saved/2024_review_final.txt", &r);
	CHECK(r.authority == NULL);
	report_free(&r);
	char *s = authority_short_name("Bristol, City of");
	CHECK_STR(s, "Bristol");
	free(s);
}

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
}

static void json_escaping(void)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct json j;
	json_init(&j, f, false);
	json_begin_object(&j);
	json_kv_string(&j, "a", "q\"\\\n\x1b");
	json_key(&j, "b");
	json_begin_array(&j);
	json_int(&j, 1);
	json_null(&j);
	json_end_array(&j);
	json_end_object(&j);
	fclose(f);
	CHECK_STR(buf, "{\"a\":\"q\\\"\\\\\\n\\u001b\",\"b\":[1,null]}");
	free(buf);
}

int main(void)
{
	RUN(sha256_vectors);
	RUN(grade_scales);
	RUN(prose_judgements);
	RUN(cleaning);
	RUN(finding);
	RUN(headings);
	RUN(authorities);
	RUN(authority_fallbacks);
	RUN(decoding);
	RUN(json_escaping);
	return check_done();
}
