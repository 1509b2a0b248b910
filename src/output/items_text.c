/* items_text.c: the words for an authority's items (see items_text.h). */
#include "output/items_text.h"
#include "output/section_text.h"
#include "base/util.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

char item_marker(enum item_kind k)
{
	return k == ITEM_STRENGTH ? '+' : k == ITEM_IMPROVEMENT ? '-' : '>';
}

const char *item_kind_label(enum item_kind k)
{
	return k == ITEM_STRENGTH ? "strength" : k == ITEM_IMPROVEMENT ? "area for improvement" : "recommendation";
}

const char *item_cite(int paragraph, int page, char *buf, size_t cap)
{
	if (paragraph > 0 && page > 0)
		snprintf(buf, cap, "para %d, p. %d", paragraph, page);
	else if (paragraph > 0)
		snprintf(buf, cap, "para %d", paragraph);
	else if (page > 0)
		snprintf(buf, cap, "p. %d", page);
	else if (cap)
		buf[0] = '\0';
	return buf;
}

char *item_section_title(const struct item_row *row)
{
	struct section s = { .key = row->section_key, .scope = row->scope, .heading = row->heading };
	return section_text_title(&s);
}

char *item_cited_title(const struct item_row *row)
{
	char *title = item_section_title(row);
	char cite[48];
	item_cite(row->paragraph, row->page, cite, sizeof cite);
	if (!cite[0])
		return title;
	char *cited = xasprintf("%s, %s", title, cite);
	free(title);
	return cited;
}

size_t items_group_years(const struct item_row *rows, size_t n, size_t i, int *years, size_t cap)
{
	if (!rows[i].group)
		return 0;
	/* one year for each report of the group (two reports of one year give it twice) */
	size_t k = 0;
	for (size_t j = 0; j < n && k < cap; j++) {
		if (rows[j].group != rows[i].group)
			continue;
		bool seen = false;
		for (size_t e = 0; e < j && !seen; e++)
			seen = rows[e].group == rows[i].group && rows[e].report_id == rows[j].report_id;
		if (seen)
			continue;
		size_t at = k;
		while (at > 0 && years[at - 1] > rows[j].year) {
			years[at] = years[at - 1];
			at--;
		}
		years[at] = rows[j].year;
		k++;
	}
	return k > 1 ? k : 0;
}

char *items_repeat_note(const struct item_row *rows, size_t n, size_t i)
{
	int years[16];
	size_t k = items_group_years(rows, n, i, years, sizeof years / sizeof years[0]);
	struct strbuf b = {0};
	for (size_t y = 0; y < k; y++) /* a year twice (an APA and a JAR of 2008): "twice" */
		if (!y || years[y] != years[y - 1])
			sb_addf(&b, "%s%d%s", y ? ", " : "raised ", years[y],
				y + 1 < k && years[y + 1] == years[y] ? " twice" : "");
	if (rows[i].strength_id)
		sb_addf(&b, "%sa strength in %d", b.len ? "; " : "", rows[i].strength_year);
	if (!b.len)
		return NULL;
	return sb_take(&b);
}
