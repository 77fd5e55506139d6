package correspondence

import "strings"

// pageBreak opens every page of a rendered document: the line feed that ends
// the line before (none on the first page) and three blank lines, as the
// transcripts of the published documents set a new page (PP-22 Document
// 12-E). Package cv writes documents the same way.
const pageBreak = "\n\n\n\n"

// block is a run of lines the documents set without a blank line between
// them. An italic block is set in italics, which a transcript marks by
// opening its first line and closing its last with "*".
type block struct {
	lines  []string
	italic bool
}

// text is a document being laid out: pages of blocks, blocks separated by one
// blank line.
type text struct {
	pages   [][]block
	newPage bool // the next block starts a new page
}

// block appends the non-empty strings of ls as one block; a string holding
// line breaks gives one line per line.
func (t *text) block(ls ...string) { t.add(false, ls...) }

// italic appends the non-empty strings of ls as one italic block.
func (t *text) italic(ls ...string) { t.add(true, ls...) }

func (t *text) add(italic bool, ls ...string) {
	var split []string
	for _, l := range ls {
		split = append(split, strings.Split(l, "\n")...)
	}
	ls = nonEmpty(split...)
	if len(ls) == 0 {
		return
	}
	if len(t.pages) == 0 || t.newPage {
		t.pages, t.newPage = append(t.pages, nil), false
	}
	p := &t.pages[len(t.pages)-1]
	*p = append(*p, block{lines: ls, italic: italic})
}

// pageBreak starts a new page for the next block; before the first block it
// does nothing, since the first page is new anyway.
func (t *text) pageBreak() { t.newPage = len(t.pages) > 0 }

// paragraphs appends each paragraph as its own block.
func (t *text) paragraphs(ps []string) {
	for _, p := range ps {
		t.block(p)
	}
}

// lines returns the text one string per line, with "" between blocks, a new
// page being only a new block; emphasis is not marked.
func (t text) lines() []string {
	var out []string
	for _, p := range t.pages {
		for _, b := range p {
			if len(out) > 0 {
				out = append(out, "")
			}
			out = append(out, b.lines...)
		}
	}
	return out
}

// render returns the text as the transcripts set it: each page opened by
// [pageBreak], blocks separated by one blank line, italic blocks marked with
// "*", and no line feed after the last line.
func (t text) render() string {
	var b strings.Builder
	for _, p := range t.pages {
		b.WriteString(pageBreak)
		for i, bl := range p {
			if i > 0 {
				b.WriteString("\n\n")
			}
			mark := ""
			if bl.italic {
				mark = "*"
			}
			b.WriteString(mark + strings.Join(bl.lines, "\n") + mark)
		}
	}
	return b.String()
}

// nonEmpty returns the strings of ss that are not empty.
func nonEmpty(ss ...string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
