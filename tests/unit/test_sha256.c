/*
 * test_sha256.c: SHA-256 (base/sha256), which tells `ecmr index` whether a
 * file changed since the last run: the FIPS 180-4 examples, with and without
 * the CPU's SHA extensions, and the two ways agreeing at every length.
 */
#include "check.h"
#include "base/sha256.h"

#include <stdlib.h>
#include <string.h>

/* The FIPS 180-4 examples, by whichever way sha256_hex is set to hash. */
static void sha256_vectors_once(void)
{
	/* FIPS 180-4 examples */
	char hex[65];
	sha256_hex("abc", 3, hex);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_hex("", 0, hex);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	sha256_hex(two, strlen(two), hex);
	CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	char *million = malloc(1000000);
	memset(million, 'a', 1000000);
	sha256_hex(million, 1000000, hex);
	CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(million);
}

/* Both ways give the FIPS answers and agree on every length from 0 to 300. */
static void sha256_vectors(void)
{
	/* both ways: the CPU's SHA extensions (where it has them) and plain C */
	sha256_vectors_once();
	sha256_use_cpu_extensions(false);
	sha256_vectors_once();
	/* and the two agree on every length around the block and padding boundaries */
	unsigned char data[300];
	unsigned x = 12345;
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)((x = x * 1103515245u + 12345u) >> 16);
	for (size_t len = 0; len <= sizeof data; len++) {
		char plain[65], fast[65];
		sha256_use_cpu_extensions(false);
		sha256_hex(data, len, plain);
		sha256_use_cpu_extensions(true);
		sha256_hex(data, len, fast);
		CHECK_STR(fast, plain);
	}
	sha256_use_cpu_extensions(true);
}

int main(void)
{
	RUN(sha256_vectors);
	return check_done();
}
