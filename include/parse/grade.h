/*
 * grade.h: reading judgements as reports print them, onto one scale.
 */
#ifndef ECMR_GRADE_H
#define ECMR_GRADE_H

#include "report/report.h"

#include <stdbool.h>
#include <stddef.h>

/*
 * If S starts with a judgement word ("outstanding", "excellent", "good",
 * "adequate", "satisfactory", "requires improvement", "inadequate",
 * "poor"; any case) followed by a non-letter, return it and set *LEN to the
 * word's length; otherwise J_NONE (and *LEN 0).
 */
enum judgement judgement_word(const char *s, size_t *len);

/* A grade number on a scale: 3 is good on SCALE_FOUR_HIGH, adequate on SCALE_ONE_HIGH. */
enum judgement grade_number(int n, enum grade_scale scale);

/*
 * A grade as printed: "Grade 3", "Grade 2 (good)", "Grade3", "Grade: 1",
 * "Grade 3 - adequate", "Grade 2: good" (a word without brackets must end S).
 * GRADE_TEXT_WHOLE: S must be only the grade; GRADE_TEXT_SUFFIX: the grade
 * ends S (a heading with the grade fused on), and *START gets where it
 * begins.  Sets *NUM (0 if none) and *WORD (J_NONE if no words).
 */
enum grade_text_mode { GRADE_TEXT_WHOLE, GRADE_TEXT_SUFFIX };
bool grade_text(const char *s, enum grade_text_mode mode, int *num, enum judgement *word,
		size_t *start);

/*
 * A table's grade cell giving a number and then its words: "4: outstanding",
 * "3 = good", "2 (adequate)", "1 - inadequate", "3 good".  S must be only
 * that (a full stop may end it).  Sets *NUM and *WORD; false when S is not
 * one.
 */
bool grade_pair(const char *s, int *num, enum judgement *word);

/*
 * Which numbering does this text's legend use?  Looks for "4: outstanding",
 * "4 = outstanding", "Outstanding (Grade 1)", "Grade 1 (outstanding)" and
 * the like; numbers before judgement words with no ':' or '=' count only
 * when three pairs agree with one numbering ("4 outstanding 3 good 2
 * adequate"), so "1 outstanding and 2 good homes" is no legend.  SCALE_NONE
 * when the line says nothing about it.
 */
enum grade_scale scale_hint(const char *line);

/*
 * Find a judgement stated in prose in a paragraph: "... in this area is
 * excellent.", "... are good overall.", "The council has good capacity to
 * improve".  Sentences containing FOCUS (e.g. "capacity"; NULL for none)
 * are preferred.  Looks at the first MAX_SENTENCES sentences only.  On
 * success sets *RAW to a malloc'd copy of the word and returns the
 * judgement.
 */
enum judgement prose_judgement(const char *paragraph, const char *focus, int max_sentences,
			       char **raw);

/* As prose_judgement, but only a sentence containing FOCUS counts. */
enum judgement prose_judgement_about(const char *paragraph, const char *focus, int max_sentences,
				     char **raw);

#endif
