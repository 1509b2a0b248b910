/* utf8.c: text made safe for a terminal or a plain-text file (see utf8.h). */
#include "base/utf8.h"
#include "base/util.h"

char *text_sanitize(const char *s, bool keep_newlines)
{
	struct strbuf b = {0};
	while (*s) {
		/* a run of printable ASCII, the most of any report, goes in at once */
		const char *run = s;
		while ((unsigned char)*s >= 0x20 && (unsigned char)*s < 0x7F)
			s++;
		if (s > run) {
			sb_add(&b, run, (size_t)(s - run));
			continue;
		}
		unsigned cp;
		int n = utf8_decode(s, &cp);
		if (cp == 0xFFFD && n == 1 && (unsigned char)*s >= 0x80) {
			sb_addc(&b, '?');
		} else if (cp == '\n') {
			sb_addc(&b, keep_newlines ? '\n' : ' ');
		} else if (cp == '\t') {
			sb_addc(&b, ' ');
		} else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
			sb_addc(&b, '?');
		} else {
			sb_add(&b, s, (size_t)n);
		}
		s += n;
	}
	return sb_take(&b);
}
