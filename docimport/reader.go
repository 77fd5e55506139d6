package docimport

// reader records where the fields of one record came from, and warns of
// what it cannot place.
type reader struct {
	prefix   string // the record's JSON Pointer in its payload: "/note" or ""
	sources  *[]Source
	warnings *[]Warning
}

func (r reader) at(path string, ls Lines) {
	*r.sources = append(*r.sources, Source{Path: r.prefix + path, Lines: ls})
}

func (r reader) warn(ls Lines, msg string) {
	*r.warnings = append(*r.warnings, Warning{Lines: ls, Message: msg})
}

// date records the lines of a date and of its written form, when kept.
func (r reader) date(ls Lines, written string) {
	r.at("/date", ls)
	if written != "" {
		r.at("/date_text", ls)
	}
}

// unplaced warns of blocks the reader left.
func (r reader) unplaced(bs []block) {
	*r.warnings = append(*r.warnings, unplaced(bs)...)
}

// spanOf returns the lines blocks cover.
func spanOf(bs []block) Lines {
	return Lines{First: bs[0].span().First, Last: bs[len(bs)-1].span().Last}
}
