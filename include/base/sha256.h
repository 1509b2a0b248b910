/* sha256.h: SHA-256 (FIPS 180-4), for the content hash of each report file. */
#ifndef ECMR_SHA256_H
#define ECMR_SHA256_H

#include <stdbool.h>
#include <stddef.h>

/* Write the SHA-256 of DATA[0..LEN) as 64 lowercase hex digits and a NUL into HEX. */
void sha256_hex(const void *data, size_t len, char hex[65]);

/*
 * Whether sha256_hex may use the CPU's SHA extensions where it has them
 * (the default).  For tests, which compare the two ways; not thread-safe:
 * call it before any thread hashes.
 */
void sha256_use_cpu_extensions(bool on);

#endif
