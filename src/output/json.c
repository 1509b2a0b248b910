/* json.c: the streaming JSON writer. */
#include "output/json.h"
#include "base/utf8.h"

#include <string.h>

void json_init(struct json *j, FILE *out, bool pretty)
{
	memset(j, 0, sizeof *j);
	j->out = out;
	j->pretty = pretty;
}

static void indent(struct json *j)
{
	if (!j->pretty)
		return;
	fputc('\n', j->out);
	for (int i = 0; i < j->depth; i++)
		fputs("  ", j->out);
}

/* Before any value: the comma and indentation an array element needs. */
static void before_value(struct json *j)
{
	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (j->depth > 0) {
		if (j->count[j->depth])
			fputc(',', j->out);
		indent(j);
		j->count[j->depth]++;
	}
}

static void open(struct json *j, char c)
{
	before_value(j);
	fputc(c, j->out);
	if (j->depth < 62)
		j->depth++;
	j->count[j->depth] = 0;
}

static void close(struct json *j, char c)
{
	bool had = j->count[j->depth] > 0;
	if (j->depth > 0)
		j->depth--;
	if (had)
		indent(j);
	fputc(c, j->out);
	if (j->depth == 0 && j->pretty)
		fputc('\n', j->out);
}

void json_begin_object(struct json *j) { open(j, '{'); }
void json_end_object(struct json *j) { close(j, '}'); }
void json_begin_array(struct json *j) { open(j, '['); }
void json_end_array(struct json *j) { close(j, ']'); }

static void write_string(FILE *out, const char *s)
{
	fputc('"', out);
	while (*s) {
		/* a run of printable ASCII that needs no escape, most of any text, in one write */
		size_t run = 0;
		while ((unsigned char)s[run] >= 0x20 && (unsigned char)s[run] < 0x7F && s[run] != '"' && s[run] != '\\')
			run++;
		if (run) {
			fwrite(s, 1, run, out);
			s += run;
			continue;
		}
		unsigned cp;
		int n = utf8_decode(s, &cp);
		if (cp == 0xFFFD && n == 1 && (unsigned char)*s >= 0x80) {
			fputs("\\ufffd", out);
		} else if (cp == '"' || cp == '\\') {
			fputc('\\', out);
			fputc((int)cp, out);
		} else if (cp == '\n') {
			fputs("\\n", out);
		} else if (cp == '\t') {
			fputs("\\t", out);
		} else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
			fprintf(out, "\\u%04x", cp);
		} else {
			fwrite(s, 1, (size_t)n, out);
		}
		s += n;
	}
	fputc('"', out);
}

void json_key(struct json *j, const char *key)
{
	if (j->count[j->depth])
		fputc(',', j->out);
	indent(j);
	j->count[j->depth]++;
	write_string(j->out, key);
	fputs(j->pretty ? ": " : ":", j->out);
	j->after_key = true;
}

void json_string(struct json *j, const char *s)
{
	before_value(j);
	if (s)
		write_string(j->out, s);
	else
		fputs("null", j->out);
}

void json_int(struct json *j, long long v)
{
	before_value(j);
	fprintf(j->out, "%lld", v);
}

void json_null(struct json *j)
{
	before_value(j);
	fputs("null", j->out);
}

void json_kv_string(struct json *j, const char *key, const char *s)
{
	json_key(j, key);
	json_string(j, s);
}

void json_kv_int(struct json *j, const char *key, long long v)
{
	json_key(j, key);
	json_int(j, v);
}
