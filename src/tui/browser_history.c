/*
 * browser_history.c: earlier searches, recalled with Up and Down in the
 * search prompt as a shell recalls commands, and kept between sessions in
 * the state file "history" (base/state_file.h):
 *
 *     ecmr history 1
 *     care leavers
 *     authority:kelderby year:2008 supervision
 *
 * one search a line, oldest first, at most HISTORY_MAX.  The file is
 * written atomically when the browser is idle or quits.  A damaged file
 * is set aside, never written over; one of another version is left as it
 * is and the history of this session is not saved.
 */
#include "tui/browser.h"
#include "base/state_file.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

#define HISTORY_MAX 200
#define HISTORY_VERSION 1
#define HISTORY_MAX_BYTES (HISTORY_MAX * 1024 + 64)


/* Take query Q (malloc'd) as the newest: an equal earlier one is dropped, the oldest past the bound too. */
static void push(struct search_history *h, char *q)
{
	for (size_t i = 0; i < h->n; i++)
		if (strcmp(h->v[i], q) == 0) {
			free(h->v[i]);
			memmove(&h->v[i], &h->v[i + 1], (h->n - i - 1) * sizeof *h->v);
			h->n--;
			break;
		}
	if (h->n == HISTORY_MAX) {
		free(h->v[0]);
		memmove(&h->v[0], &h->v[1], (h->n - 1) * sizeof *h->v);
		h->n--;
	}
	h->v = xrealloc(h->v, (h->n + 1) * sizeof *h->v);
	h->v[h->n++] = q;
	h->at = h->n;
}

/* Is LINE (LEN bytes) a search as the prompt could have typed it: not empty, no control characters, short enough? */
static bool plausible(const char *line, size_t len)
{
	if (!len || len >= sizeof ((struct browser *)0)->query)
		return false;
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)line[i] < ' ' || line[i] == 127)
			return false;
	return true;
}

/*
 * Parse DATA into H: 0; 1 for a file of another version (*WHY says
 * which); -1 for a damaged one (*WHY says how).  *WHY is static text or
 * malloc'd into *OWNED.
 */
static int parse(struct search_history *h, const char *data, size_t len, const char **why, char **owned)
{
	if (strlen(data) != len) {
		*why = "it holds a NUL byte";
		return -1;
	}
	const char *nl = strchr(data, '\n');
	size_t first = nl ? (size_t)(nl - data) : len;
	int version = 0;
	int header = state_header_check(data, first, "history", HISTORY_VERSION, &version);
	if (header == -1) {
		*why = "it does not start with \"ecmr history 1\"";
		return -1;
	}
	if (header == -2) {
		*owned = xasprintf("a history file of version %d (this ecmr reads version %d)", version, HISTORY_VERSION);
		*why = *owned;
		return 1;
	}
	int lineno = 1;
	for (const char *p = data + first + (nl ? 1 : 0); p < data + len;) {
		const char *end = strchr(p, '\n');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		lineno++;
		if (!plausible(p, n)) {
			*owned = xasprintf("line %d is not a search", lineno);
			*why = *owned;
			return -1;
		}
		push(h, xstrndup(p, n));
		p += n + (end ? 1 : 0);
	}
	return 0;
}

void browser_history_load(struct browser *b)
{
	struct search_history *h = &b->history;
	h->path = state_path("history");
	if (!h->path)
		return;
	char *data = NULL, *err = NULL, *owned = NULL;
	const char *why = NULL;
	size_t len = 0;
	int rc = state_read(h->path, HISTORY_MAX_BYTES, &data, &len, &err);
	if (rc < 0) {
		browser_notice(b, ROLE_ERROR, "search history off: %s", err);
		h->off = true;
	} else if (rc == 0) {
		rc = parse(h, data, len, &why, &owned);
		if (rc == 1) {
			browser_notice(b, ROLE_NOTICE, "%s: %s: left as it is, and searches are not kept", h->path, why);
			h->off = true;
		} else if (rc < 0) {
			browser_history_free(b);
			h->path = state_path("history");
			char *to = state_set_aside(h->path, &err);
			if (to)
				browser_notice(b, ROLE_NOTICE, "%s was damaged (%s): set aside as %s", h->path, why, to);
			else
				browser_notice(b, ROLE_ERROR, "%s is damaged (%s) and could not be set aside: searches are not kept",
					       h->path, why);
			h->off = !to;
			free(to);
		}
	}
	h->at = h->n;
	free(owned);
	free(err);
	free(data);
}

void browser_history_add(struct browser *b, const char *query)
{
	if (!query[0])
		return;
	push(&b->history, xstrdup(query));
	b->history.dirty = b->history.path && !b->history.off; /* nowhere to keep it: nothing to write */
}

void browser_history_recall(struct browser *b, int dir)
{
	struct search_history *h = &b->history;
	if (h->at > h->n)
		h->at = h->n;
	if (dir < 0 && h->at == 0)
		return; /* the oldest already */
	if (dir > 0 && h->at == h->n)
		return; /* what is being typed already */
	if (h->at == h->n)
		snprintf(h->draft, sizeof h->draft, "%s", b->query);
	h->at = dir < 0 ? h->at - 1 : h->at + 1;
	snprintf(b->query, sizeof b->query, "%s", h->at == h->n ? h->draft : h->v[h->at]);
	b->input_cut = 0;
}

bool browser_history_save(struct browser *b)
{
	struct search_history *h = &b->history;
	if (!h->dirty || h->off || !h->path) {
		h->dirty = false;
		return true;
	}
	struct strbuf text = {0};
	sb_addf(&text, "ecmr history %d\n", HISTORY_VERSION);
	for (size_t i = 0; i < h->n; i++)
		sb_addf(&text, "%s\n", h->v[i]);
	char *err = NULL;
	int rc = state_write(h->path, sb_str(&text), text.len, &err);
	sb_free(&text);
	h->dirty = false;
	if (rc != 0) {
		browser_notice(b, ROLE_ERROR, "search history not saved: %s", err);
		h->off = true; /* said once, not at every idle moment */
		free(err);
		return false;
	}
	return true;
}

void browser_history_free(struct browser *b)
{
	struct search_history *h = &b->history;
	for (size_t i = 0; i < h->n; i++)
		free(h->v[i]);
	free(h->v);
	free(h->path);
	memset(h, 0, sizeof *h);
}
