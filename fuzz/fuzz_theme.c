/* fuzz_theme.c: libFuzzer driver for the theme loader.  The body is fuzz_one_theme in targets.c. */
#include "targets.h"

#include <stdlib.h>

FUZZ_DRIVER(fuzz_one_theme, false)
