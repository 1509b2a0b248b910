/* fuzz_parse.c: libFuzzer driver for the report parser and what the pager makes of a report.  The body is fuzz_one_parse in targets.c. */
#include "targets.h"

#include <stdlib.h>

FUZZ_DRIVER(fuzz_one_parse, false)
