/*
 * test_grade.c: reading judgements (parse/grade): grade numbers on the two
 * scales, judgement words, the grading legends that say which scale a report
 * uses, "Grade N (word)" text and table cells, and judgements written in prose.
 */
#include "check.h"
#include "parse/grade.h"

#include <stdlib.h>
#include <string.h>

/* Numbers, words, legends, grade text and grade cells read as judgements. */
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

/* A paragraph of prose gives the judgement its sentence states, or none. */
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

int main(void)
{
	RUN(grade_scales);
	RUN(prose_judgements);
	return check_done();
}
