/*
 * fuzz_show.c: libFuzzer driver for command-line name resolution (`ecmr show
 * AUTHORITY [REPORT] [SECTION]`) over an index of tests/screens/data built at
 * start-up.  The body is fuzz_one_show in targets.c.
 */
#include "targets.h"

#include <stdlib.h>

FUZZ_DRIVER(fuzz_one_show, true)
