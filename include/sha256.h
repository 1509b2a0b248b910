/* sha256.h: SHA-256 (FIPS 180-4), for the content hash of each report file. */
#ifndef ECMR_SHA256_H
#define ECMR_SHA256_H

#include <stddef.h>

/* Write the SHA-256 of DATA[0..LEN) as 64 lowercase hex digits and a NUL into HEX. */
void sha256_hex(const void *data, size_t len, char hex[65]);

#endif
