/*
 * test_corpus_citations.c: paragraph numbers and pages read from the real
 * reports in ../shared/corpus and ../shared/corpus-later.  Every expected
 * number here was read off the report by a person: the number printed
 * before a paragraph of a named section, the paragraph a list of items
 * stands in, the page a paragraph starts on (counting form feeds, as the
 * running footers number the pages).  No report text is copied here.
 * Reports that are absent SKIP.
 */
#include "check.h"
#include "parse/parse.h"
#include "parse/source.h"
#include "base/sha256.h"
#include "base/util.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

/* Parse the report in DIR whose text has SHA-256 HEX (or, when HEX is NULL, the file NAME); false if absent. */
static bool load(const char *dir, const char *hex, const char *name, struct report *out)
{
	DIR *d = opendir(dir);
	bool found = false;
	for (struct dirent *e; d && !found && (e = readdir(d)) != NULL;) {
		if (name ? strcmp(e->d_name, name) != 0 : !strstr(e->d_name, ".txt"))
			continue;
		char *path = xasprintf("%s/%s", dir, e->d_name), *data;
		size_t len;
		if (read_file(path, &data, &len) == 0) {
			char got[65];
			sha256_hex(data, len, got);
			if (!hex || strcmp(got, hex) == 0) {
				parse_report(data, len, path, out, NULL);
				found = true;
			}
			free(data);
		}
		free(path);
	}
	if (d)
		closedir(d);
	return found;
}

static const struct section *sec(const struct report *r, const char *key, const char *scope)
{
	return report_find_section(r, key, scope);
}

/* The number printed before paragraph I of section KEY in SCOPE; -1 when there is none such. */
static int para_num(const struct report *r, const char *key, const char *scope, size_t i)
{
	const struct section *s = sec(r, key, scope);
	return s && i < s->nparas ? section_para_num(s, i) : -1;
}

/* Do all the items of section KEY in SCOPE (at least one) stand in paragraph WANT? */
static bool items_in(const struct report *r, const char *key, const char *scope, int want)
{
	const struct section *s = sec(r, key, scope);
	if (!s || !s->nitems)
		return false;
	for (size_t i = 0; i < s->nitems; i++)
		if (s->items[i].paragraph != want)
			return false;
	return true;
}

static struct report rep;

/* Liverpool's joint area review, 2008: paragraphs 1-68 in one numbering. */
static void liverpool_jar_2008(void)
{
	/* "15." opens Safeguarding, the judgement paragraph above its strengths table */
	CHECK_INT(para_num(&rep, "safeguarding", "all", 0), 15);
	CHECK(items_in(&rep, "safeguarding", "all", 15));
	/* "25." is printed before an emphasised judgement sentence */
	CHECK_INT(para_num(&rep, "looked-after-children", "all", 0), 25);
	CHECK_INT(para_num(&rep, "context", "all", 0), 3);
	CHECK_INT(para_num(&rep, "equality-and-diversity", "all", 0), 14);
	/* the recommendations stand in no numbered paragraph */
	CHECK(items_in(&rep, "recommendations", "all", 0));
	/* a text without form feeds has no pages */
	CHECK_INT(section_para_page(sec(&rep, "safeguarding", "all"), 0), 0);
}

/* Liverpool's safeguarding and looked after children inspection, 2011: "- 12." paragraphs. */
static void liverpool_slac_2011(void)
{
	CHECK_INT(para_num(&rep, "overall", "safeguarding", 0), 12);
	CHECK_INT(para_num(&rep, "capacity", "safeguarding", 0), 16);
	/* the areas for improvement are listed under paragraph 18 */
	CHECK(items_in(&rep, "areas-for-improvement", "safeguarding", 18));
	CHECK_INT(para_num(&rep, "staying-safe", "safeguarding", 0), 19);
	/* 25 is displaced into the paragraph's first sentence by the extraction */
	CHECK_INT(para_num(&rep, "quality-of-provision", "safeguarding", 0), 25);
}

/* Barnsley's 2023 inspection: numbers alone on their lines, pages by form feed. */
static void barnsley_2023(void)
{
	const struct section *s = sec(&rep, "help-and-protection", NULL);
	CHECK(s && s->nparas >= 5);
	if (!s || s->nparas < 5)
		return;
	for (size_t i = 0; i < 4; i++) {
		CHECK_INT(section_para_num(s, i), (int)i + 1);
		CHECK_INT(section_para_page(s, i), 2);
	}
	/* paragraph 4 runs over the page break; 5 starts on page 3 */
	CHECK_INT(section_para_num(s, 4), 5);
	CHECK_INT(section_para_page(s, 4), 3);
}

int main(void)
{
	static const struct {
		const char *name, *dir, *hex, *file;
		void (*fn)(void);
	} tests[] = {
		{ "corpus citations: Liverpool JAR 2008", "../shared/corpus",
		  "4f37d8d3e884743e414e27812aac29ccc7c2e32521af45441f1219a2424fdb89", NULL, liverpool_jar_2008 },
		{ "corpus citations: Liverpool safeguarding and LAC 2011", "../shared/corpus",
		  "71ee6fbb17e2e27bdcdd18148293c0e5a739dc87c32689da97da2a3c0a54e9db", NULL, liverpool_slac_2011 },
		{ "corpus citations: Barnsley ILACS 2023", "../shared/corpus-later", NULL, "barnsley_2023_ilacs.txt",
		  barnsley_2023 },
	};
	for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
		if (!load(tests[i].dir, tests[i].hex, tests[i].file, &rep)) {
			SKIP(tests[i].name, "not found (run from the repository with ../shared beside it)");
			continue;
		}
		RUN_NAMED(tests[i].name, tests[i].fn);
		report_free(&rep);
	}
	return check_done();
}
