/*
 * section_layout.h: a section laid out as lines, once, for every place that
 * shows one: the browser's section pane, `ecmr show` and the pager.
 *
 * The layout decides what a section shows and in what order: its title,
 * the judgement in words and how the report printed it, the strengths,
 * areas for improvement and recommendations as lists told apart by marker
 * ('+', '-', '>'), then its text, in which sentences the report also lists
 * as strengths or areas for improvement are marked.  Each line says what
 * kind of line it is; the pane gives kinds their theme roles, the text
 * output prints the lines with their markers.
 *
 * The two media differ only where a screen and a page of text must: on a
 * page the judgement and how it was printed share a line ("Judgement: Good
 * (printed as ...)"), an item's timeframe and actor stand in brackets
 * before it, text is made display-safe before it is wrapped (what is
 * wrapped is what is printed), and nothing is highlighted.  The pane keeps
 * a two-column gutter for the markers.
 *
 * Paragraphs the report numbers ("15.") keep their numbers, so that a
 * reader can cite them: the text is indented by a margin just wide enough
 * for the widest number, which stands right-aligned in it on the
 * paragraph's first line (dimmed in the pane).  A section whose report
 * numbers nothing has no margin.
 *
 * Where the input has page breaks, the page each paragraph starts on is
 * known: the blank line above the text, and the blank line before each
 * paragraph that starts on a new page, carry "p. 7" right-aligned (a page
 * marker, dimmed in the pane), so the text flows as it would without.
 * Where the report has an item is said once for a list whose items all
 * stand in one paragraph on one page (the usual table under a paragraph):
 * "Strengths (3), para 15, p. 4"; otherwise each item ends with its own,
 * "(p. 4)", on its last line when it fits there, else on a line of its
 * own.  Either is dimmed in the pane, and never cut in two.
 */
#ifndef ECMR_SECTION_LAYOUT_H
#define ECMR_SECTION_LAYOUT_H

#include "report/report.h"

#include <stdbool.h>
#include <stddef.h>

enum layout_kind {
	LK_BLANK,          /* an empty line between parts */
	LK_TITLE,          /* the section's heading */
	LK_JUDGEMENT,      /* the judgement in words (the line's judgement field) */
	LK_GRADE_NOTE,     /* how the report printed it */
	LK_LIST_TITLE,     /* "Strengths (3)" */
	LK_STRENGTH,       /* a strength's text */
	LK_IMPROVEMENT,    /* an area for improvement's text */
	LK_RECOMMENDATION, /* a recommendation's text */
	LK_CONTEXT,        /* an item's timeframe and actor, above it */
	LK_TEXT,           /* the section's text */
	LK_PAGE,           /* a blank line that marks a page: "p. 7", right-aligned by its indent */
};

enum layout_medium {
	LAYOUT_PANE, /* the browser: markers in a two-column gutter, highlights */
	LAYOUT_TEXT, /* show and the pager: markers inside the indent, safe text */
};

struct layout_line {
	char *text;               /* one line, wrapped to fit */
	enum layout_kind kind;
	enum judgement judgement; /* LK_JUDGEMENT: which one */
	char marker;              /* ' ', '+', '-' or '>'; later lines of an item have ' ' */
	int indent;               /* columns before the text (LAYOUT_TEXT: the marker stands
				     two columns before the text, inside them) */
	int hl_start, hl_end;     /* bytes of TEXT the report also lists as an item; -1: none */
	enum layout_kind hl_kind; /* LK_STRENGTH or LK_IMPROVEMENT */
	int number;               /* LK_TEXT: the number the report printed before the paragraph this
				     line opens ("15."), shown in the margin; 0 none */
	int cite_start;           /* an item's line: the byte of TEXT where its citation ("(para 15,
				     p. 4)") starts, to the end; -1 none */
};

struct section_layout {
	struct layout_line *lines;
	size_t n, cap;
	size_t items_first; /* first line after the title, judgement and note */
	size_t text_first;  /* first line of the section's text (n when it has none) */
	int margin;         /* columns of the text lines' indent that hold paragraph numbers, the
			       widest number and a space; 0 when the section numbers none */
};

/*
 * Lay out section S for WIDTH columns (in the pane: the pane's width less
 * one; in text: the page's width) into *OUT, which must be zeroed or freed
 * with section_layout_free first.  ASCII: widths are those of the ASCII
 * fallback glyphs.  Never fails; a section with nothing in it gives its
 * title and judgement.
 */
void section_layout_build(struct section_layout *out, const struct section *s, int width, bool ascii,
			  enum layout_medium medium);

/* Free the lines of L and zero it. */
void section_layout_free(struct section_layout *l);

#endif
