/*
 * sha256.c: SHA-256 as specified in FIPS 180-4, written from the standard.
 *
 * ecmr index hashes every file before it decides whether to parse it, so
 * the hash is on the indexing path.  Where the CPU has the SHA extensions
 * (x86-64 since about 2016), the compression function runs on them, some
 * four times faster; elsewhere it runs in plain C.  Both give the same
 * bytes (tests/unit/test_sha256.c checks them against each other).
 */
#include "base/sha256.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_SHA_NI_BUILD 1
#include <cpuid.h>
#include <immintrin.h>
#include <stdatomic.h>
#endif

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

/* One 64-byte block into the state H, in plain C. */
static void block_portable(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[64];
	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
	for (int i = 0; i < 64; i++) {
		uint32_t S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
		uint32_t ch = (e & f) ^ (~e & g);
		uint32_t t1 = hh + S1 + ch + K[i] + w[i];
		uint32_t S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
		uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
		uint32_t t2 = S0 + maj;
		hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
	}
	h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

#ifdef HAVE_SHA_NI_BUILD
/*
 * One 64-byte block with the SHA extensions.  The instructions keep the
 * state as two vectors, {A,B,E,F} and {C,D,G,H} (A in the highest lane);
 * each sha256rnds2 does two rounds and yields the new {A,B,E,F}, the old
 * one becoming {C,D,G,H}.  The message schedule is sha256msg1 (the sigma0
 * half), plus W[t-7], then sha256msg2 (the sigma1 half).
 */
__attribute__((target("sha,sse4.1,ssse3"))) static void block_sha_ni(uint32_t h[8], const unsigned char *p)
{
	/* bytes of each big-endian word reversed into a little-endian lane */
	const __m128i byteswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
	__m128i abcd = _mm_loadu_si128((const __m128i *)&h[0]);
	__m128i efgh = _mm_loadu_si128((const __m128i *)&h[4]);
	__m128i badc = _mm_shuffle_epi32(abcd, 0xB1);
	__m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B);
	__m128i abef = _mm_alignr_epi8(badc, hgfe, 8);
	__m128i cdgh = _mm_blend_epi16(hgfe, badc, 0xF0);
	const __m128i abef_in = abef, cdgh_in = cdgh;

	__m128i w[4]; /* W[4k..4k+3] in w[k % 4] */
	for (int k = 0; k < 16; k++) {
		if (k < 4) {
			w[k] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * k)), byteswap);
		} else {
			__m128i t = _mm_sha256msg1_epu32(w[k & 3], w[(k + 1) & 3]);
			t = _mm_add_epi32(t, _mm_alignr_epi8(w[(k + 3) & 3], w[(k + 2) & 3], 4));
			w[k & 3] = _mm_sha256msg2_epu32(t, w[(k + 3) & 3]);
		}
		__m128i wk = _mm_add_epi32(w[k & 3], _mm_loadu_si128((const __m128i *)&K[4 * k]));
		cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
		abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(wk, 0x0E));
	}
	abef = _mm_add_epi32(abef, abef_in);
	cdgh = _mm_add_epi32(cdgh, cdgh_in);

	__m128i abef_r = _mm_shuffle_epi32(abef, 0x1B); /* A B E F, lowest first */
	__m128i ghcd = _mm_shuffle_epi32(cdgh, 0xB1);   /* G H C D */
	_mm_storeu_si128((__m128i *)&h[0], _mm_blend_epi16(abef_r, ghcd, 0xF0));
	_mm_storeu_si128((__m128i *)&h[4], _mm_alignr_epi8(ghcd, abef_r, 8));
}

/* Does this CPU have the SHA extensions, and SSSE3 and SSE4.1 beside them?  Asked once. */
static bool cpu_has_sha_ni(void)
{
	static atomic_int known = -1;
	int v = atomic_load_explicit(&known, memory_order_relaxed);
	if (v < 0) {
		unsigned a, b, c, d;
		bool sse = __get_cpuid(1, &a, &b, &c, &d) && (c & (1u << 9)) && (c & (1u << 19));
		bool sha = __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
		v = sse && sha;
		atomic_store_explicit(&known, v, memory_order_relaxed);
	}
	return v;
}
#endif

static bool use_sha_ni = true; /* tests turn it off to compare the two */

void sha256_use_cpu_extensions(bool on)
{
	use_sha_ni = on;
}

static void block(uint32_t h[8], const unsigned char *p)
{
#ifdef HAVE_SHA_NI_BUILD
	if (use_sha_ni && cpu_has_sha_ni()) {
		block_sha_ni(h, p);
		return;
	}
#endif
	block_portable(h, p);
}

void sha256_hex(const void *data, size_t len, char hex[65])
{
	uint32_t h[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
			  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
	const unsigned char *p = data;
	size_t left = len;
	while (left >= 64) {
		block(h, p);
		p += 64;
		left -= 64;
	}
	unsigned char tail[128] = {0};
	memcpy(tail, p, left);
	tail[left] = 0x80;
	size_t tlen = left < 56 ? 64 : 128;
	uint64_t bits = (uint64_t)len * 8;
	for (int i = 0; i < 8; i++)
		tail[tlen - 1 - i] = (unsigned char)(bits >> (8 * i));
	block(h, tail);
	if (tlen == 128)
		block(h, tail + 64);
	for (int i = 0; i < 8; i++)
		snprintf(hex + 8 * i, 9, "%08x", h[i]);
}
