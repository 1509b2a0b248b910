/*
 * yaml_strict.c: strict reading of small YAML files (see yaml_strict.h),
 * shared by themes and the config file so that both refuse the same
 * things with the same kind of message.
 */
#include "tui/yaml_strict.h"
#include "base/util.h"
#include "base/utf8.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int ys_fail(struct yaml_strict *y, size_t line0, const char *fmt, ...)
{
	if (y->err)
		return -1;
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	int full = vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (full >= (int)sizeof msg) { /* cut short: drop the character the cut split, if any */
		size_t end = strlen(msg), lead = end;
		while (lead > 0 && ((unsigned char)msg[lead - 1] & 0xC0) == 0x80)
			lead--;
		unsigned char c = lead > 0 ? (unsigned char)msg[lead - 1] : 0;
		size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		if (lead > 0 && end - (lead - 1) < need)
			msg[lead - 1] = '\0';
	}
	for (char *c = msg; *c; c++) /* a value quoted in the message stays on one line */
		if ((unsigned char)*c < 0x20 || *c == 0x7f)
			*c = ' ';
	/* and is printed on a terminal: C1 controls (YAML's "\N" is U+0085) and bad bytes go too */
	char *safe = text_sanitize(msg, false);
	y->err = xasprintf("%s:%zu: %s", y->filename, line0 + 1, safe);
	free(safe);
	return -1;
}

size_t ys_line(const struct yaml_strict *y)
{
	return y->ev.start_mark.line;
}

/* The 0-based line of byte OFFSET of the input. */
static size_t line_at(const struct yaml_strict *y, size_t offset)
{
	size_t line = 0;
	for (size_t i = 0; i < offset && i < y->len; i++)
		line += y->data[i] == '\n';
	return line;
}

/* Record libyaml's own error (bad syntax, bad encoding) as ours.  Returns -1. */
static int fail_yaml(struct yaml_strict *y)
{
	const yaml_parser_t *yp = &y->yp;
	if (yp->error == YAML_MEMORY_ERROR)
		return ys_fail(y, 0, "out of memory");
	size_t line = yp->error == YAML_READER_ERROR ? line_at(y, yp->problem_offset) : yp->problem_mark.line;
	/* at the end of a file that ends a line, blame that line, not the empty one after it */
	if (yp->error != YAML_READER_ERROR && yp->problem_mark.index >= y->len && line > 0 &&
	    y->data[y->len - 1] == '\n')
		line--;
	const char *problem = yp->problem ? yp->problem : "not valid YAML";
	if (yp->context && yp->context_mark.line != line)
		return ys_fail(y, line, "%s (%s on line %zu)", problem, yp->context, yp->context_mark.line + 1);
	if (yp->context)
		return ys_fail(y, line, "%s (%s)", problem, yp->context);
	return ys_fail(y, line, "%s", problem);
}

/* The anchor the current event sets, or NULL. */
static const yaml_char_t *ev_anchor(const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		return ev->data.scalar.anchor;
	case YAML_SEQUENCE_START_EVENT:
		return ev->data.sequence_start.anchor;
	case YAML_MAPPING_START_EVENT:
		return ev->data.mapping_start.anchor;
	default:
		return NULL;
	}
}

int ys_next(struct yaml_strict *y)
{
	if (y->have_event)
		yaml_event_delete(&y->ev);
	y->have_event = false;
	if (!yaml_parser_parse(&y->yp, &y->ev))
		return fail_yaml(y);
	y->have_event = true;
	switch (y->ev.type) {
	case YAML_ALIAS_EVENT:
		return ys_fail(y, ys_line(y), "aliases (*name) are not allowed in %s files", y->kind);
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (++y->depth > YS_MAX_DEPTH)
			return ys_fail(y, ys_line(y), "nested deeper than %d levels", YS_MAX_DEPTH);
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		y->depth--;
		break;
	default:
		break;
	}
	if (ev_anchor(&y->ev))
		return ys_fail(y, ys_line(y), "anchors (&name) are not allowed in %s files", y->kind);
	return 0;
}

const char *ys_scalar(const struct yaml_strict *y)
{
	return y->ev.type == YAML_SCALAR_EVENT ? (const char *)y->ev.data.scalar.value : NULL;
}

const char *ys_plain(const struct yaml_strict *y)
{
	return y->ev.type == YAML_SCALAR_EVENT && y->ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE
		       ? (const char *)y->ev.data.scalar.value : NULL;
}

bool ys_is_null(const struct yaml_strict *y)
{
	const char *s = ys_plain(y);
	return s && (!*s || strcmp(s, "~") == 0 || strcmp(s, "null") == 0);
}

int ys_each_key(struct yaml_strict *y, const char *what, ys_key_fn fn, void *ctx)
{
	if (y->ev.type != YAML_MAPPING_START_EVENT)
		return ys_fail(y, ys_line(y), "%s must be a mapping of names to values", what);
	for (;;) {
		if (ys_next(y))
			return -1;
		if (y->ev.type == YAML_MAPPING_END_EVENT)
			return 0;
		if (!ys_scalar(y))
			return ys_fail(y, ys_line(y), "a key in %s must be a plain name", what);
		char *key = xstrdup(ys_scalar(y));
		size_t line = ys_line(y);
		int rc = ys_next(y) ? -1 : fn(y, key, line, ctx);
		free(key);
		if (rc)
			return -1;
	}
}

int ys_once(struct yaml_strict *y, uint32_t *seen, int i, const char *key, size_t line, const char *what)
{
	if (*seen & (UINT32_C(1) << i))
		return ys_fail(y, line, "\"%s\" appears twice in %s", key, what);
	*seen |= UINT32_C(1) << i;
	return 0;
}

int ys_find_named(const void *table, size_t n, size_t size, const char *key)
{
	for (size_t i = 0; i < n; i++) {
		const char *name = *(const char *const *)((const char *)table + i * size);
		if (strcmp(name, key) == 0)
			return (int)i;
	}
	return -1;
}

int ys_key_index(struct yaml_strict *y, const void *table, size_t n, size_t size, const char *key, size_t line,
		 uint32_t *seen, const char *where, const char *want)
{
	int i = ys_find_named(table, n, size, key);
	if (i < 0)
		return ys_fail(y, line, "unknown key \"%s\"%s%s (want %s)", key, where ? " in " : "", where ? where : "",
			       want);
	return ys_once(y, seen, i, key, line, where ? where : "the file") ? -1 : i;
}

int ys_hand_over(char *msg, char **out)
{
	if (out)
		*out = msg;
	else
		free(msg);
	return -1;
}

/* Read the whole stream: nothing, or one document holding a null or a mapping. */
static int parse_stream(struct yaml_strict *y, const char *what, ys_key_fn fn, void *ctx)
{
	if (ys_next(y) || ys_next(y)) /* stream start, then document start or stream end */
		return -1;
	if (y->ev.type == YAML_STREAM_END_EVENT)
		return 0;
	if (ys_next(y))
		return -1;
	if (!ys_is_null(y) && ys_each_key(y, what, fn, ctx))
		return -1;
	if (ys_next(y) || ys_next(y)) /* document end, then stream end */
		return -1;
	if (y->ev.type != YAML_STREAM_END_EVENT)
		return ys_fail(y, ys_line(y), "a %s file holds one YAML document, not several", y->kind);
	return 0;
}

int ys_parse(struct yaml_strict *y, const char *data, size_t len, const char *filename, const char *kind,
	     const char *what, ys_key_fn fn, void *ctx)
{
	*y = (struct yaml_strict){ .kind = kind, .filename = filename, .data = data, .len = len };
	if (!yaml_parser_initialize(&y->yp)) {
		y->err = xasprintf("%s:1: out of memory", filename);
		return -1;
	}
	yaml_parser_set_input_string(&y->yp, (const unsigned char *)data, len);
	int rc = parse_stream(y, what, fn, ctx);
	if (y->have_event)
		yaml_event_delete(&y->ev);
	y->have_event = false;
	yaml_parser_delete(&y->yp);
	if (rc && !y->err)
		y->err = xasprintf("%s:1: cannot read the %s file", filename, kind);
	return rc;
}

int ys_read_file(const char *path, size_t max, const char *kind, char **data, size_t *len, char **err)
{
	struct stat st;
	*data = NULL;
	*len = 0;
	if (stat(path, &st) != 0)
		*err = xasprintf("%s: %s", path, strerror(errno));
	else if (!S_ISREG(st.st_mode))
		*err = xasprintf("%s: not a regular file", path);
	else if ((unsigned long long)st.st_size > max)
		*err = xasprintf("%s: the file is %lld bytes; a %s file may have at most %zu KiB", path,
				 (long long)st.st_size, kind, max / 1024);
	else {
		int e = read_file(path, data, len);
		if (!e)
			return 0;
		*err = xasprintf("%s: %s", path, strerror(e));
	}
	return -1;
}
