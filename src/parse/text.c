/* text.c: decoding report bytes into clean UTF-8 lines. */
#include "parse/text.h"
#include "base/util.h"
#include "base/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Windows-1252 bytes 0x80..0x9F; 0 marks the five unassigned ones. */
static const unsigned short cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/*
 * Word-at-a-time tests over 8 bytes (read with memcpy, so unaligned reads
 * are fine): these loops see every byte of every report, and most bytes
 * are printable ASCII that only has to be skipped.
 */
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

static inline uint64_t load8(const char *p)
{
	uint64_t w;
	memcpy(&w, p, sizeof w);
	return w;
}

/* Does W hold a byte below N (N at most 0x80)? */
static inline bool has_byte_below(uint64_t w, unsigned n)
{
	return ((w - ONES * n) & ~w & HIGHS) != 0;
}

/* Are the 8 bytes at P printable ASCII (0x20..0x7E), the common case of a report's text? */
static inline bool printable8(const char *p)
{
	uint64_t w = load8(p);
	/* no high bit, none below 0x20, none equal to 0x7F (w + 1 then has a high bit there) */
	return !(w & HIGHS) && !has_byte_below(w, 0x20) && !((w + ONES) & HIGHS);
}

/* utf8_decode for a buffer of AVAIL bytes that need not end in NUL. */
static int utf8_decode_bounded(const char *s, size_t avail, unsigned *cp)
{
	unsigned char c = (unsigned char)s[0];
	size_t need = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
	if (need > avail) {
		*cp = 0xFFFD;
		return 1;
	}
	return utf8_decode(s, cp);
}

bool text_is_utf8(const char *data, size_t len)
{
	size_t i = 0;
	while (i < len) {
		if (i + 8 <= len && !(load8(data + i) & HIGHS)) {
			i += 8; /* eight ASCII bytes */
			continue;
		}
		unsigned char c = (unsigned char)data[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		int need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
		if (!need || i + (size_t)need > len)
			return false;
		unsigned cp;
		if (utf8_decode(data + i, &cp) != need)
			return false;
		i += (size_t)need;
	}
	return true;
}

static bool is_control_byte(unsigned char c)
{
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
}

/* The line (from 1) that byte AT of DATA is on. */
static int line_of(const char *data, size_t at)
{
	int ln = 1;
	for (const char *p = data; (p = memchr(p, '\n', (size_t)(data + at - p))) != NULL; p++)
		ln++;
	return ln;
}

bool text_is_binary(const char *data, size_t len, int *line)
{
	const char *nul = memchr(data, '\0', len); /* memchr: every byte of every file passes here */
	if (nul) {
		*line = line_of(data, (size_t)(nul - data));
		return true;
	}
	size_t probe = len < 65536 ? len : 65536, controls = 0, first = (size_t)-1;
	for (size_t i = 0; i < probe; i++) {
		/* skip 8 bytes at a time while none of them is below 0x20 or 0x7F */
		while (i + 8 <= probe && printable8(data + i))
			i += 8;
		if (i < probe && is_control_byte((unsigned char)data[i])) {
			controls++;
			if (first == (size_t)-1)
				first = i;
		}
	}
	*line = first == (size_t)-1 ? 0 : line_of(data, first);
	return probe > 0 && controls * 20 > probe;
}

/* What one code point becomes in clean text. */
enum cp_action { CP_KEEP, CP_DROP, CP_SPACE, CP_BULLET };

static enum cp_action classify(unsigned cp)
{
	if (cp == '\t')
		return CP_KEEP;
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
		return CP_DROP;
	if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000)
		return CP_SPACE;
	if (cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || cp == 0xFEFF || cp == 0x2060 ||
	    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFFFD)
		return CP_DROP;
	/* superscript digits: footnote markers such as "Grade awarded¹" */
	if (cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || (cp >= 0x2070 && cp <= 0x2079))
		return CP_DROP;
	if ((cp >= 0xE000 && cp <= 0xF8FF) || cp == 0x25AA || cp == 0x25A0 || cp == 0x25CF ||
	    cp == 0x25E6 || cp == 0x25FC || cp == 0x25FE || cp == 0x2023 || cp == 0x2043 || cp == 0x25B8 || cp == 0x27A2 || cp == 0x2219)
		return CP_BULLET;
	return CP_KEEP;
}

static void end_line(struct text_lines *t, struct strbuf *line, int no, bool page_break)
{
	/* trailing white space is never meaningful (trailing TABs are table debris) */
	while (line->len && (line->s[line->len - 1] == ' ' || line->s[line->len - 1] == '\t'))
		line->s[--line->len] = '\0';
	ARRAY_RESERVE(t->v, t->n, t->cap);
	t->v[t->n].s = sb_take(line);
	t->v[t->n].no = no;
	t->v[t->n].page_break = page_break;
	t->n++;
}

/*
 * The code point at DATA[*I] (of LEN bytes), *I moved past it: UTF-8, or,
 * in a text that is not all UTF-8 (UTF8 false), Windows-1252 for a byte
 * that starts no valid sequence.
 */
static inline unsigned next_code_point(const char *data, size_t len, size_t *i, bool utf8)
{
	unsigned cp;
	unsigned char c = (unsigned char)data[*i];
	int n = utf8 ? utf8_decode(data + *i, &cp) : utf8_decode_bounded(data + *i, len - *i, &cp);
	if (utf8 || n > 1) {
		/* valid UTF-8 stays UTF-8 even in a file with stray Windows-1252 bytes */
		*i += (size_t)n;
	} else {
		cp = c >= 0x80 && c <= 0x9F ? cp1252_high[c - 0x80] : c;
		(*i)++;
	}
	return cp;
}

/*
 * Is CP a C1 control (U+0080..U+009F) where LINE's text would start?
 * pdftotext gives a bullet glyph it cannot map as one (U+0083 most
 * often), at the start of each item: a list marker, not debris.
 */
static bool c1_bullet(unsigned cp, const struct strbuf *line)
{
	if (cp < 0x80 || cp > 0x9F)
		return false;
	for (size_t i = 0; i < line->len; i++)
		if (line->s[i] != ' ' && line->s[i] != '\t')
			return false;
	return true;
}

/* Add CP (no line or page break) to LINE, line NO of OUT, as classify() says. */
static inline void put_code_point(struct text_lines *out, struct strbuf *line, unsigned cp, int no)
{
	char buf[4];
	switch (c1_bullet(cp, line) ? CP_BULLET : classify(cp)) {
	case CP_KEEP:
		sb_add(line, buf, (size_t)utf8_encode(cp, buf));
		break;
	case CP_SPACE:
		sb_addc(line, ' ');
		break;
	case CP_BULLET:
		sb_adds(line, "\xE2\x80\xA2");
		break;
	case CP_DROP:
		if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
			out->control_bytes++;
			if (!out->first_control_line)
				out->first_control_line = no;
		}
		break;
	}
}

void text_decode(const char *data, size_t len, struct text_lines *out)
{
	memset(out, 0, sizeof *out);
	size_t i = 0;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		out->had_bom = true;
		i = 3;
	}
	bool utf8 = text_is_utf8(data + i, len - i);
	out->was_cp1252 = !utf8;
	struct strbuf line = {0};
	int no = 1;
	bool page_break = false;
	while (i < len) {
		unsigned cp;
		unsigned char c = (unsigned char)data[i];
		if ((c >= 0x20 && c < 0x7F) || c == '\t') {
			/* a run of printable ASCII, most of any report, is kept as it is */
			size_t run = i + 1;
			while (run + 8 <= len && printable8(data + run))
				run += 8;
			while (run < len && (((unsigned char)data[run] >= 0x20 && (unsigned char)data[run] < 0x7F) ||
					     data[run] == '\t'))
				run++;
			sb_add(&line, data + i, run - i);
			i = run;
			continue;
		}
		cp = next_code_point(data, len, &i, utf8);
		if (cp == '\r') {
			if (i < len && data[i] == '\n')
				continue; /* CRLF: the LF ends the line */
			cp = '\n';
		}
		if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
			end_line(out, &line, no, page_break);
			page_break = false;
			no++;
			continue;
		}
		if (cp == '\f' || cp == 0x0B) {
			/* a page break: text after it on the same line starts a new line */
			if (line.len)
				end_line(out, &line, no, page_break);
			page_break = true;
			continue;
		}
		put_code_point(out, &line, cp, no);
	}
	if (line.len || page_break)
		end_line(out, &line, no, page_break);
	sb_free(&line);
}

void text_lines_free(struct text_lines *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].s);
	free(t->v);
	memset(t, 0, sizeof *t);
}

char *text_from_utf16(const char *data, size_t len, size_t *out_len)
{
	const unsigned char *d = (const unsigned char *)data;
	if (len < 2 || !((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF)))
		return NULL;
	bool le = d[0] == 0xFF;
	/* a report is mostly Latin script; random bytes after FF FE are not */
	size_t latin = 0, units = (len - 2) / 2;
	for (size_t i = 2; i + 1 < len; i += 2)
		latin += (le ? d[i + 1] : d[i]) < 0x02;
	if (latin * 2 < units)
		return NULL;
	struct strbuf b = {0};
	char buf[4];
	for (size_t i = 2; i + 1 < len; i += 2) {
		unsigned u = le ? (unsigned)(d[i] | d[i + 1] << 8) : (unsigned)(d[i] << 8 | d[i + 1]);
		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
			unsigned lo = le ? (unsigned)(d[i + 2] | d[i + 3] << 8) : (unsigned)(d[i + 2] << 8 | d[i + 3]);
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				i += 2;
			}
		}
		if (u >= 0xD800 && u <= 0xDFFF)
			u = 0xFFFD; /* a lone surrogate */
		sb_add(&b, buf, (size_t)utf8_encode(u, buf));
	}
	*out_len = b.len;
	return sb_take(&b);
}
