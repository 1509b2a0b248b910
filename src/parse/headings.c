/* headings.c: the table of headings reports print, and what each one means. */
#include "parse/headings.h"
#include "base/util.h"
#include "base/utf8.h"

#include <ctype.h>
#include <string.h>

#define T_APA (1u << RT_APA)
#define T_JAR (1u << RT_JAR)
#define T_SLAC (1u << RT_SLAC)
/* the 2012-13 inspections are the 2009-12 ones' halves, with the same headings */
#define T_INSPECTIONS (T_SLAC | (1u << RT_LAC) | (1u << RT_CP))
/* the unannounced inspections of contact, referral and assessment, and joint area review progress inspections */
#define T_CRA_PROGRESS ((1u << RT_CRA) | (1u << RT_JAR_PROGRESS))
/* SIF, ILACS and its visits */
#define T_LATER ((1u << RT_SIF) | (1u << RT_ILACS) | (1u << RT_ILACS_SHORT) | (1u << RT_FOCUSED_VISIT) | \
		 (1u << RT_MONITORING_VISIT))

/*
 * First match wins, so specific rows come before general ones.  Patterns are
 * normalized text (heading_normalize).  These are the headings of the three
 * report formats (FORMATS.md), not of any one report.
 */
static const struct heading_rule rules[] = {
	/* the end of a letter */
	{ "yours sincerely", M_EXACT, HK_CLOSING, NULL, 0, 0, false, false },
	{ "yours faithfully", M_EXACT, HK_CLOSING, NULL, 0, 0, false, false },
	/* pages and tables that are not sections */
	{ "contents", M_EXACT, HK_CONTENTS, NULL, 0, 0, false, false },
	{ "grades", M_EXACT, HK_GRADES_TABLE, NULL, 0, 0, false, false },
	{ "record of main findings", M_EXACT, HK_GRADES_TABLE, NULL, 0, 0, false, false },
	{ "summary of judgements", M_EXACT, HK_GRADES_TABLE, NULL, 0, 0, false, false },
	{ "key strengths and areas for improvement", M_EXACT, HK_STRENGTHS_TABLE, NULL, 0, 0, false, false },
	{ "key strengths and areas for development", M_EXACT, HK_STRENGTHS_TABLE, NULL, 0, 0, false, false },
	{ "summary of strengths and areas for development", M_EXACT, HK_SUB, NULL, 0, 0, false, false },
	{ "summary of strengths and areas for improvement", M_EXACT, HK_SUB, NULL, 0, 0, false, false },
	/* what a later report says must improve, and the LSCB's part of it */
	/* exact too: it stands at the head of its list with no blank line between */
	{ "what needs to improve", M_EXACT, HK_LIST_SECTION, "areas-for-improvement", ITEM_IMPROVEMENT, T_LATER, false, false },
	{ "what needs to improve", M_PREFIX, HK_LIST_SECTION, "areas-for-improvement", ITEM_IMPROVEMENT, T_LATER, false, false },
	{ "what does the local authority need to improve", M_EXACT, HK_LIST_SECTION, "areas-for-improvement", ITEM_IMPROVEMENT, T_LATER, false, false },
	{ "what does the lscb need to improve", M_EXACT, HK_LIST_SECTION, "areas-for-improvement", ITEM_IMPROVEMENT, T_LATER, false, false },
	{ "priority and immediate action", M_EXACT, HK_TIMEFRAME, NULL, 0, T_LATER, false, false },
	{ "local safeguarding children board lscb", M_EXACT, HK_SCOPE, "lscb", 0, T_LATER, false, false },
	{ "local safeguarding children board is", M_PREFIX, HK_SCOPE, "lscb", 0, T_LATER, true, false },
	{ "local safeguarding children board requires", M_PREFIX, HK_SCOPE, "lscb", 0, T_LATER, true, false },
	/* the parts of a SIF: the local authority's (its summary of findings a section), then the LSCB's */
	{ "local authority", M_EXACT, HK_SUB, NULL, 0, T_LATER, false, false },
	{ "inspection judgements about the local authority", M_EXACT, HK_SUB, NULL, 0, T_LATER, false, false },
	{ "section 1 the local authority", M_EXACT, HK_SUB, NULL, 0, T_LATER, false, false },
	/*
	 * a SIF's judged part has its "Summary", then its "Inspection findings": both the part's
	 * section, each sub-heading a line of its text; so are the other sub-headings inside a part
	 */
	{ "summary", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "inspection findings", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "inspection findings the local safeguarding children board", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "inspection judgement about the lscb", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "local authoritys strengths", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "lscbs strengths", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "key strengths and weaknesses of the lscb", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "what the inspection judgements mean", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "what the inspection judgements mean the lscb", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "lscb", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "information about this inspection", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "information about the inspection and the review", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "inspection team", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	{ "children living in this area", M_EXACT, HK_INNER, NULL, 0, T_LATER, false, false },
	/* a SIF's summary of the whole, before its contents page: a part whose text is a section of its name */
	{ "executive summary", M_EXACT, HK_SUB, NULL, 0, (1u << RT_SIF), false, false },
	{ "summary of findings", M_EXACT, HK_SECTION, NULL, 0, T_LATER, false, false },
	{ "summary of key findings", M_EXACT, HK_SECTION, NULL, 0, T_LATER, false, false },
	{ "experiences and progress of children who need help and protection", M_PREFIX, HK_SECTION, "help-and-protection", 0, T_LATER, true, false },
	{ "experiences and progress of children in care", M_PREFIX, HK_SECTION, "in-care", 0, T_LATER, true, false },
	{ "experiences and progress of children looked after", M_PREFIX, HK_SECTION, "in-care", 0, T_LATER, true, false },
	{ "experiences and progress of care leavers", M_PREFIX, HK_SECTION, "care-leavers", 0, T_LATER, true, false },
	/* a SIF's parts judged on their own: "The graded judgement for adoption performance is that it is good" */
	{ "graded judgement for adoption performance", M_PREFIX, HK_SECTION, "adoption", 0, T_LATER, true, false },
	{ "graded judgment for adoption performance", M_PREFIX, HK_SECTION, "adoption", 0, T_LATER, true, false },
	{ "graded judgement about the experience and progress of care leavers", M_PREFIX, HK_SECTION, "care-leavers", 0, T_LATER, true, false },
	{ "graded judgement about the experiences and progress of care leavers", M_PREFIX, HK_SECTION, "care-leavers", 0, T_LATER, true, false },
	{ "graded judgement for the experiences and progress of care leavers", M_PREFIX, HK_SECTION, "care-leavers", 0, T_LATER, true, false },
	{ "graded judgment for the experiences and progress of care leavers", M_PREFIX, HK_SECTION, "care-leavers", 0, T_LATER, true, false },
	{ "impact of leaders", M_PREFIX, HK_SECTION, "leadership-and-management", 0, T_LATER, true, false },
	{ "leadership management and governance", M_PREFIX, HK_SECTION, "leadership-and-management", 0, T_LATER, true, false },
	{ "adoption performance", M_PREFIX, HK_SECTION, "adoption", 0, T_LATER, true, false },
	{ "areas for improvement", M_EXACT, HK_LIST_SECTION, "areas-for-improvement", ITEM_IMPROVEMENT, T_INSPECTIONS | T_LATER, false, false },
	/* their findings are lists of their own, under no judged section */
	{ "strengths", M_EXACT, HK_LIST_SECTION, "strengths", ITEM_STRENGTH, T_CRA_PROGRESS, false, false },
	{ "areas for development", M_EXACT, HK_LIST_SECTION, "areas-for-improvement", ITEM_IMPROVEMENT, T_CRA_PROGRESS, false, false },
	{ "areas for improvement", M_EXACT, HK_LIST_SECTION, "areas-for-improvement", ITEM_IMPROVEMENT, T_CRA_PROGRESS, false, false },
	/* the 2012-13 inspections' judged outcomes */
	{ "outcomes for looked after children", M_PREFIX, HK_SECTION, "outcomes", 0, T_INSPECTIONS, true, false },
	{ "outcomes for children and young people", M_PREFIX, HK_SECTION, "outcomes", 0, T_INSPECTIONS, true, false },
	/* lists of items under the current section */
	{ "area for development", M_EXACT, HK_LIST, NULL, ITEM_IMPROVEMENT, 0, false, false },
	{ "areas for development", M_EXACT, HK_LIST, NULL, ITEM_IMPROVEMENT, 0, false, false },
	{ "area s for development", M_EXACT, HK_LIST, NULL, ITEM_IMPROVEMENT, 0, false, false },
	{ "area for improvement", M_EXACT, HK_LIST, NULL, ITEM_IMPROVEMENT, 0, false, false },
	{ "areas for improvement", M_EXACT, HK_LIST, NULL, ITEM_IMPROVEMENT, 0, false, false },
	{ "area s for improvement", M_EXACT, HK_LIST, NULL, ITEM_IMPROVEMENT, 0, false, false },
	{ "areas for further development", M_EXACT, HK_LIST, NULL, ITEM_IMPROVEMENT, 0, false, false },
	{ "key areas for improvement", M_EXACT, HK_LIST, NULL, ITEM_IMPROVEMENT, 0, false, false },
	{ "weaknesses", M_EXACT, HK_LIST, NULL, ITEM_IMPROVEMENT, 0, false, false },
	{ "important weaknesses", M_EXACT, HK_LIST, NULL, ITEM_IMPROVEMENT, 0, false, false },
	{ "strengths", M_EXACT, HK_LIST, NULL, ITEM_STRENGTH, 0, false, false },
	{ "key strengths", M_EXACT, HK_LIST, NULL, ITEM_STRENGTH, 0, false, false },
	{ "major strengths", M_EXACT, HK_LIST, NULL, ITEM_STRENGTH, 0, false, false },
	/* sections whose body is a list */
	{ "recommendations", M_EXACT, HK_LIST_SECTION, "recommendations", ITEM_RECOMMENDATION, 0, false, false },
	{ "recommendations for improvement", M_EXACT, HK_LIST_SECTION, "recommendations", ITEM_RECOMMENDATION, 0, false, false },
	{ "aspects for focus", M_PREFIX, HK_LIST_SECTION, "aspects-for-focus", ITEM_IMPROVEMENT, 0, false, false },
	/* timeframes inside recommendation and improvement lists */
	{ "immediately", M_EXACT, HK_TIMEFRAME, NULL, 0, 0, false, false },
	{ "within three months", M_EXACT, HK_TIMEFRAME, NULL, 0, 0, false, false },
	{ "within six months", M_EXACT, HK_TIMEFRAME, NULL, 0, 0, false, false },
	{ "within 3 months", M_EXACT, HK_TIMEFRAME, NULL, 0, 0, false, false },
	{ "within 6 months", M_EXACT, HK_TIMEFRAME, NULL, 0, 0, false, false },
	{ "within twelve months", M_EXACT, HK_TIMEFRAME, NULL, 0, 0, false, false },
	{ "for immediate action", M_EXACT, HK_TIMEFRAME, NULL, 0, 0, false, false },
	{ "for action over the next", M_PREFIX, HK_TIMEFRAME, NULL, 0, 0, false, false },
	{ "for action in the", M_PREFIX, HK_TIMEFRAME, NULL, 0, 0, false, false },
	{ "in the longer term", M_EXACT, HK_TIMEFRAME, NULL, 0, 0, false, false },
	/* scopes of the 2009-12 inspections */
	{ "safeguarding services", M_EXACT, HK_SCOPE, "safeguarding", 0, T_SLAC, false, false },
	{ "services for looked after children", M_PREFIX, HK_SCOPE, "looked-after", 0, T_SLAC, false, false },
	{ "looked after children services", M_EXACT, HK_SCOPE, "looked-after", 0, T_SLAC, false, false },
	{ "services for looked after children", M_PREFIX, HK_GROUP, NULL, 0, (1u << RT_LAC), false, false },
	{ "safeguarding outcomes for children and young people", M_EXACT, HK_GROUP, NULL, 0, 0, false, false },
	{ "how good are outcomes", M_PREFIX, HK_GROUP, NULL, 0, 0, false, false },
	{ "other issues identified for further investigation", M_EXACT, HK_GROUP, NULL, 0, 0, false, false },
	{ "areas for investigation through fieldwork", M_PREFIX, HK_GROUP, NULL, 0, 0, false, false },
	/* the five outcomes */
	{ "being healthy", M_PREFIX, HK_SECTION, "being-healthy", 0, 0, true, false },
	{ "staying safe", M_PREFIX, HK_SECTION, "staying-safe", 0, 0, true, false },
	{ "are safe and feel safe", M_CONTAINS, HK_SECTION, "staying-safe", 0, 0, true, false },
	{ "enjoying and achieving", M_PREFIX, HK_SECTION, "enjoying-achieving", 0, 0, true, false },
	{ "enjoy and achieve", M_CONTAINS, HK_SECTION, "enjoying-achieving", 0, 0, true, false },
	{ "making a positive contribution", M_PREFIX, HK_SECTION, "positive-contribution", 0, 0, true, false },
	{ "positive contribution", M_PREFIX, HK_SECTION, "positive-contribution", 0, 0, true, false },
	{ "achieving economic wellbeing", M_PREFIX, HK_SECTION, "economic-wellbeing", 0, 0, true, false },
	{ "economic wellbeing", M_PREFIX, HK_SECTION, "economic-wellbeing", 0, 0, true, false },
	/* overall, capacity and management */
	{ "overall effectiveness", M_PREFIX, HK_SECTION, "overall", 0, 0, true, false },
	{ "summary", M_EXACT, HK_SECTION, "overall", 0, T_APA, true, false },
	{ "capacity to improve", M_CONTAINS, HK_SECTION, "capacity", 0, 0, true, false },
	{ "capacity for improvement", M_CONTAINS, HK_SECTION, "capacity", 0, 0, true, false },
	{ "service management", M_EXACT, HK_SECTION, "service-management", 0, 0, true, false },
	{ "management of services", M_PREFIX, HK_SECTION, "service-management", 0, T_JAR, true, false },
	{ "management of childrens services", M_PREFIX, HK_SECTION, "capacity", 0, 0, true, false },
	/* joint area review themes */
	{ "safeguarding", M_EXACT, HK_SECTION, "safeguarding", 0, 0, true, false },
	{ "looked after children and young people", M_EXACT, HK_SECTION, "looked-after-children", 0, 0, true, false },
	{ "looked after children", M_EXACT, HK_SECTION, "looked-after-children", 0, 0, true, false },
	{ "learning difficulties", M_CONTAINS, HK_SECTION, "ldd", 0, 0, true, false },
	{ "14 19", M_CONTAINS, HK_SECTION, "14-19", 0, 0, true, false },
	{ "annex", M_PREFIX, HK_ANNEX, NULL, 0, 0, false, false },
	/* sections that carry no judgement */
	{ "introduction", M_EXACT, HK_SECTION, "introduction", 0, 0, false, false },
	{ "context", M_EXACT, HK_SECTION, "context", 0, 0, false, false },
	{ "main findings", M_EXACT, HK_SECTION, "main-findings", 0, 0, false, false },
	{ "about this inspection", M_EXACT, HK_SECTION, "about-this-inspection", 0, 0, false, false },
	{ "inspection judgements and what they mean", M_EXACT, HK_SECTION, "inspection-judgements", 0, 0, false, false },
	{ "service information", M_EXACT, HK_SECTION, "service-information", 0, 0, false, false },
	/* other judged themes: their key is the slug of the heading */
	{ "quality of provision", M_EXACT, HK_SECTION, NULL, 0, 0, true, false },
	{ "ambition and prioritisation", M_EXACT, HK_SECTION, NULL, 0, 0, true, false },
	{ "leadership and management", M_EXACT, HK_SECTION, NULL, 0, 0, true, false },
	{ "performance management", M_PREFIX, HK_SECTION, NULL, 0, 0, true, false },
	{ "partnership working", M_EXACT, HK_SECTION, NULL, 0, 0, true, false },
	{ "equality and diversity", M_EXACT, HK_SECTION, NULL, 0, 0, true, false },
	{ "contribution of health agencies", M_PREFIX, HK_SECTION, NULL, 0, 0, true, false },
	/* labels in summary tables and strengths tables only */
	{ "social care", M_CONTAINS, HK_SECTION, "social-care", 0, 0, true, true },
	{ "childrens services", M_CONTAINS, HK_SECTION, "overall", 0, 0, true, true },
	{ "local services overall", M_CONTAINS, HK_SECTION, "overall", 0, 0, true, true },
};

void heading_normalize(const char *text, char *out, size_t cap)
{
	size_t n = 0;
	bool space = true; /* suppress leading spaces */
	for (const char *p = text; *p && n + 5 < cap;) {
		/* letters and digits stay, lowercased; ASCII ones (most of any text) need no decoding */
		unsigned char c = (unsigned char)*p;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
			out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
			space = false;
			p++;
			continue;
		}
		unsigned cp;
		int len = utf8_decode(p, &cp);
		if (cp == '\'' || cp == 0x2018 || cp == 0x2019) {
			p += len;
			continue; /* apostrophes vanish: children's -> childrens */
		}
		if (cp == '&') {
			if (!space)
				out[n++] = ' ';
			memcpy(out + n, "and ", 4);
			n += 4;
			space = true;
			p += len;
			continue;
		}
		/* accented Latin letters stay as they are; all else separates words */
		if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) {
			memcpy(out + n, p, (size_t)len);
			n += (size_t)len;
			space = false;
		} else if (!space) {
			out[n++] = ' ';
			space = true;
		}
		p += len;
	}
	while (n && out[n - 1] == ' ')
		n--;
	out[n] = '\0';
	/* "well being" and "well-being" are both "wellbeing" */
	char *w;
	while ((w = strstr(out, "well being")) != NULL)
		memmove(w + 4, w + 5, strlen(w + 5) + 1);
	/* a leading "the " or paragraph number carries no meaning */
	if (strncmp(out, "the ", 4) == 0)
		memmove(out, out + 4, strlen(out + 4) + 1);
	size_t d = 0;
	while (isdigit((unsigned char)out[d]))
		d++;
	if (d && d <= 2 && out[d] == ' ' && isalpha((unsigned char)out[d + 1]) &&
	    strncmp(out, "14 19", 5) != 0)
		memmove(out, out + d + 1, strlen(out + d + 1) + 1);
}

static bool rule_matches(const struct heading_rule *r, const char *s)
{
	/* most lines are asked this of every rule: the first letter rules most out */
	if (r->match != M_CONTAINS && s[0] != r->pattern[0])
		return false;
	size_t n = strlen(r->pattern);
	switch (r->match) {
	case M_EXACT:
		return strcmp(s, r->pattern) == 0;
	case M_PREFIX:
		return strncmp(s, r->pattern, n) == 0 && (s[n] == '\0' || s[n] == ' ');
	case M_CONTAINS: {
		for (const char *p = strstr(s, r->pattern); p; p = strstr(p + 1, r->pattern))
			if ((p == s || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
				return true;
		return false;
	}
	}
	return false;
}

const struct heading_rule *heading_match(const char *normalized, enum report_type type,
					 bool as_label)
{
	if (!*normalized)
		return NULL;
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
		const struct heading_rule *r = &rules[i];
		if (r->types && !(r->types & (1u << type)))
			continue;
		if (r->label_only && !as_label)
			continue;
		if (rule_matches(r, normalized))
			return r;
	}
	return NULL;
}

char *heading_slug(const char *heading)
{
	char norm[256];
	heading_normalize(heading, norm, sizeof norm);
	struct strbuf b = {0};
	for (const char *p = norm; *p && b.len < 80; p++) {
		if (*p == ' ')
			sb_addc(&b, '-');
		else if ((unsigned char)*p < 0x80)
			sb_addc(&b, *p);
	}
	while (b.len && b.s[b.len - 1] == '-')
		b.s[--b.len] = '\0';
	if (!b.len)
		sb_adds(&b, "section");
	return sb_take(&b);
}
