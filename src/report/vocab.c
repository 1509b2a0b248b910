/*
 * vocab.c: the words of the report model that every stage shares (see
 * vocab.h): section keys' labels and the Every Child Matters outcomes.
 */
#include "report/vocab.h"

#include <stdbool.h>
#include <string.h>

/* The five outcomes come first, in their usual order: outcome_index and outcome_key count on it. */
static const struct {
	const char *key, *label;
} key_labels[] = {
	{ "being-healthy", "Being healthy" },
	{ "staying-safe", "Staying safe" },
	{ "enjoying-achieving", "Enjoying and achieving" },
	{ "positive-contribution", "Making a positive contribution" },
	{ "economic-wellbeing", "Achieving economic well-being" },
	{ "overall", "Overall effectiveness" },
	{ "capacity", "Capacity to improve" },
	{ "service-management", "Service management" },
	{ "safeguarding", "Safeguarding" },
	{ "looked-after-children", "Looked after children" },
	{ "ldd", "Learning difficulties and/or disabilities" },
	{ "14-19", "14-19 education and training" },
	{ "social-care", "Social care services" },
	{ "recommendations", "Recommendations" },
	{ "areas-for-improvement", "Areas for improvement" },
	{ "aspects-for-focus", "Aspects for focus" },
	{ "introduction", "Introduction" },
	{ "leadership-and-management", "Leadership and management" },
	{ "help-and-protection", "Children who need help and protection" },
	{ "in-care", "Children in care" },
	{ "adoption", "Adoption" },
	{ "care-leavers", "Care leavers" },
	{ "lscb", "Local Safeguarding Children Board" },
	{ "outcomes", "Outcomes" },
	{ "strengths", "Strengths" },
	{ "text", "Text" },
};

int outcome_index(const char *key)
{
	for (int i = 0; i < 5; i++)
		if (strcmp(key, key_labels[i].key) == 0)
			return i + 1;
	return 0;
}

const char *section_key_label(const char *key)
{
	for (size_t i = 0; i < sizeof key_labels / sizeof key_labels[0]; i++)
		if (strcmp(key, key_labels[i].key) == 0)
			return key_labels[i].label;
	return NULL;
}

const char *outcome_key(int n)
{
	return n >= 1 && n <= 5 ? key_labels[n - 1].key : NULL;
}

/* Sections that judge an outcome under another name, by report type. */
static const struct {
	enum report_type type;
	const char *key;
	int outcome;
} outcome_proxies[] = {
	{ RT_JAR, "safeguarding", 2 }, /* the joint area review judged staying safe as "Safeguarding" */
};

int section_outcome(enum report_type type, const char *key)
{
	int n = outcome_index(key);
	if (n)
		return n;
	for (size_t i = 0; i < sizeof outcome_proxies / sizeof outcome_proxies[0]; i++)
		if (outcome_proxies[i].type == type && strcmp(outcome_proxies[i].key, key) == 0)
			return outcome_proxies[i].outcome;
	return 0;
}

bool section_outcome_is_proxy(enum report_type type, const char *key)
{
	return !outcome_index(key) && section_outcome(type, key) != 0;
}

const char *report_type_abbrev(enum report_type t)
{
	static const char *const abbrev[RT_COUNT] = {
		[RT_UNKNOWN] = "?", [RT_APA] = "APA", [RT_JAR] = "JAR", [RT_SLAC] = "SLAC", [RT_LAC] = "LAC",
		[RT_CP] = "CP", [RT_SIF] = "SIF", [RT_ILACS] = "ILACS", [RT_ILACS_SHORT] = "ILACS-S",
		[RT_FOCUSED_VISIT] = "FV", [RT_MONITORING_VISIT] = "MV", [RT_CSA] = "CSA", [RT_CRA] = "CRA",
		[RT_JAR_PROGRESS] = "JAR-P",
	};
	return (unsigned)t < RT_COUNT && abbrev[t] ? abbrev[t] : "?";
}

int section_rank(const char *key)
{
	if (strcmp(key, "overall") == 0)
		return 0;
	int n = outcome_index(key);
	if (n)
		return n;
	return strcmp(key, "capacity") == 0 ? 6 : 7;
}
