/*
 * test_json.c: the JSON writer (output/json) that `ecmr export` and
 * `ecmr inspect --json` use: commas, nesting and string escapes.
 */
#include "check.h"
#include "output/json.h"

#include <stdio.h>
#include <stdlib.h>

/* An object with an escaped string and an array is written exactly. */
static void json_escaping(void)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct json j;
	json_init(&j, f, false);
	json_begin_object(&j);
	json_kv_string(&j, "a", "q\"\\\n\x1b");
	/* plain runs between escapes, UTF-8 kept, a C1 control and a stray byte escaped, DEL too */
	json_kv_string(&j, "t", "the \"plan\" \xE2\x80\x93 ok\xC2\x85x\xFFy\x7F");
	json_key(&j, "b");
	json_begin_array(&j);
	json_int(&j, 1);
	json_null(&j);
	json_end_array(&j);
	json_end_object(&j);
	fclose(f);
	CHECK_STR(buf, "{\"a\":\"q\\\"\\\\\\n\\u001b\","
		       "\"t\":\"the \\\"plan\\\" \xE2\x80\x93 ok\\u0085x\\ufffdy\\u007f\","
		       "\"b\":[1,null]}");
	free(buf);
}

int main(void)
{
	RUN(json_escaping);
	return check_done();
}
