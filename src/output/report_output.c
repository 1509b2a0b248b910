/* report_output.c: inspect's outline and the JSON shape of a report. */
#include "output/report_output.h"
#include "base/utf8.h"

#include <stdlib.h>
#include <string.h>

static void put(FILE *out, const char *label, const char *value)
{
	char *v = text_sanitize(value ? value : "", false);
	fprintf(out, "%s%s\n", label, v);
	free(v);
}

void report_print_outline(const struct report *r, FILE *out)
{
	put(out, "source:    ", r->source);
	put(out, "type:      ", report_type_name(r->type));
	put(out, "title:     ", r->title);
	put(out, "authority: ", r->authority);
	put(out, "short:     ", r->authority_short);
	put(out, "la_code:   ", r->la_code ? r->la_code : "-");
	fprintf(out, "year:      %d\n", r->year);
	for (size_t i = 0; i < r->ndates; i++)
		fprintf(out, "date:      %s %s\n", r->dates[i].kind, r->dates[i].iso);
	fprintf(out, "sha256:    %s\n", r->hash);
	for (size_t i = 0; i < r->nwarnings; i++)
		put(out, "warning:   ", r->warnings[i]);
	for (size_t i = 0; i < r->nsections; i++) {
		const struct section *s = &r->sections[i];
		char *h = text_sanitize(s->heading, false);
		fprintf(out, "\nsection %s [%s] line %d: %s\n", s->key, s->scope, s->line, h);
		free(h);
		if (s->judgement != J_NONE) {
			char *raw = text_sanitize(s->grade_raw ? s->grade_raw : "", false);
			fprintf(out, "  judgement: %s (\"%s\", scale %s, from %s)\n", judgement_name(s->judgement), raw,
				scale_name(s->scale), source_name(s->source));
			free(raw);
		} else {
			fprintf(out, "  judgement: none\n");
		}
		for (size_t k = 0; k < s->nitems; k++) {
			const struct item *it = &s->items[k];
			char *t = text_sanitize(it->text, false);
			fprintf(out, "  %s", item_kind_name(it->kind));
			if (it->timeframe || it->actor) {
				char *tf = text_sanitize(it->timeframe ? it->timeframe : "", false);
				char *ac = text_sanitize(it->actor ? it->actor : "", false);
				fprintf(out, " [%s%s%s]", tf, *tf && *ac ? "; " : "", ac);
				free(tf);
				free(ac);
			}
			fprintf(out, ": %s\n", t);
			free(t);
		}
		size_t len = strlen(s->text);
		char *t = text_sanitize(s->text, false);
		if (len > 160)
			fprintf(out, "  text (%zu bytes): %.150s...\n", len, t);
		else if (len)
			fprintf(out, "  text: %s\n", t);
		free(t);
	}
}

/* KEY: V, or null when V is 0 (a number or page the report does not give). */
static void kv_int_or_null(struct json *j, const char *key, int v)
{
	json_key(j, key);
	if (v)
		json_int(j, v);
	else
		json_null(j);
}

/*
 * "paragraphs": one object per paragraph of S's text, in order, with the
 * number the report printed before it and the page it starts on (null:
 * none, or not known).
 */
static void write_paragraphs(const struct section *s, struct json *j)
{
	json_key(j, "paragraphs");
	json_begin_array(j);
	for (size_t i = 0; i < s->nparas; i++) {
		json_begin_object(j);
		kv_int_or_null(j, "number", section_para_num(s, i));
		kv_int_or_null(j, "page", section_para_page(s, i));
		json_end_object(j);
	}
	json_end_array(j);
}

void report_write_json(const struct report *r, struct json *j)
{
	json_begin_object(j);
	json_kv_string(j, "authority", r->authority);
	json_kv_string(j, "authority_short", r->authority_short);
	json_kv_string(j, "la_code", r->la_code);
	json_kv_string(j, "type", report_type_name(r->type));
	json_kv_int(j, "year", r->year);
	json_kv_string(j, "title", r->title);
	json_key(j, "dates");
	json_begin_object(j);
	for (size_t i = 0; i < r->ndates; i++)
		json_kv_string(j, r->dates[i].kind, r->dates[i].iso);
	json_end_object(j);
	json_kv_string(j, "source", r->source);
	json_kv_string(j, "sha256", r->hash);
	json_key(j, "warnings");
	json_begin_array(j);
	for (size_t i = 0; i < r->nwarnings; i++)
		json_string(j, r->warnings[i]);
	json_end_array(j);
	json_key(j, "sections");
	json_begin_array(j);
	for (size_t i = 0; i < r->nsections; i++) {
		const struct section *s = &r->sections[i];
		json_begin_object(j);
		json_kv_string(j, "key", s->key);
		json_kv_string(j, "scope", s->scope);
		json_kv_string(j, "heading", s->heading);
		json_kv_string(j, "judgement", s->judgement ? judgement_name(s->judgement) : NULL);
		json_kv_string(j, "grade_raw", s->grade_raw);
		json_kv_string(j, "scale", s->scale ? scale_name(s->scale) : NULL);
		json_kv_string(j, "judgement_source", s->source ? source_name(s->source) : NULL);
		json_kv_int(j, "line", s->line);
		json_kv_string(j, "text", s->text);
		json_key(j, "items");
		json_begin_array(j);
		for (size_t k = 0; k < s->nitems; k++) {
			const struct item *it = &s->items[k];
			json_begin_object(j);
			json_kv_string(j, "kind", item_kind_name(it->kind));
			json_kv_string(j, "text", it->text);
			json_kv_string(j, "timeframe", it->timeframe);
			json_kv_string(j, "actor", it->actor);
			kv_int_or_null(j, "paragraph", it->paragraph);
			kv_int_or_null(j, "page", it->page);
			json_end_object(j);
		}
		json_end_array(j);
		write_paragraphs(s, j);
		json_end_object(j);
	}
	json_end_array(j);
	json_end_object(j);
}
