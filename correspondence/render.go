package correspondence

import "strings"

// lines builds the text of a document: blocks of lines separated by one blank
// line, as the printed documents set them.
type lines []string

// block appends the non-empty strings of ls as one block; a string holding
// line breaks gives one line per line.
func (t *lines) block(ls ...string) {
	var split []string
	for _, l := range ls {
		split = append(split, strings.Split(l, "\n")...)
	}
	ls = nonEmpty(split...)
	if len(ls) == 0 {
		return
	}
	if len(*t) > 0 {
		*t = append(*t, "")
	}
	*t = append(*t, ls...)
}

// paragraphs appends each paragraph as its own block.
func (t *lines) paragraphs(ps []string) {
	for _, p := range ps {
		t.block(p)
	}
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
