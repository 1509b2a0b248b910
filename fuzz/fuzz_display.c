/* fuzz_display.c: libFuzzer driver for drawing arbitrary bytes: glyphs, safe strings, wrapping, grid cells.  The body is fuzz_one_display in targets.c. */
#include "targets.h"

#include <stdlib.h>

FUZZ_DRIVER(fuzz_one_display, false)
