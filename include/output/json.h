/*
 * json.h: a streaming JSON writer.  Strings are escaped per RFC 8259; every
 * control character becomes \uXXXX, so JSON output never carries raw
 * control bytes from a report to a terminal.
 */
#ifndef ECMR_JSON_H
#define ECMR_JSON_H

#include <stdbool.h>
#include <stdio.h>

struct json {
	FILE *out;
	int depth;
	unsigned count[64]; /* members or elements written at each depth */
	bool after_key;     /* a key was written; its value comes next */
	bool pretty;
};

void json_init(struct json *j, FILE *out, bool pretty);
void json_begin_object(struct json *j);
void json_end_object(struct json *j);
void json_begin_array(struct json *j);
void json_end_array(struct json *j);
/* The key of the next member; call inside an object before a value. */
void json_key(struct json *j, const char *key);
void json_string(struct json *j, const char *s);  /* NULL writes null */
void json_int(struct json *j, long long v);
void json_null(struct json *j);
/* Shorthands for key + value. */
void json_kv_string(struct json *j, const char *key, const char *s);
void json_kv_int(struct json *j, const char *key, long long v);

#endif
