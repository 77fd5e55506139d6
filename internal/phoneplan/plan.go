package phoneplan

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

//go:embed plan.txt
var planText string

// plans returns the index of plan.txt: its calling codes and regions. The
// index is generated (index.go, which TestIndexFile keeps equal to what
// indexTable reads from plan.txt), so that no process scans the 96 KB of
// plan.txt, about 2% of a whole `itu validate` of a dossier, and a lookup
// touches only the regions it reads. A region's number descriptions are
// parsed when a number first needs them (region.ready), and each regular
// expression is compiled the first time it is matched (lazyRE).
func plans() (*table, error) { return &planIndex, nil }

// table holds the numbering plans by calling code and by region, indexed
// with arrays rather than maps, which cost more to build than they save.
type table struct {
	regions []region            // as plan.txt gives them: by calling code, each one's main region first
	codes   [maxCode + 1]uint16 // 1 + the index in regions of a calling code's main region; 0: no such code
	ids     [26 * 26]uint16     // 1 + the index in regions of a geographic region, "AA" to "ZZ"; 0: none
}

// maxCode is the greatest calling code of three digits.
const maxCode = 999

// code returns the regions of calling code cc, the main one first; none if
// cc is unknown.
func (t *table) code(cc int) []region {
	if cc < 0 || cc > maxCode || t.codes[cc] == 0 {
		return nil
	}
	i := int(t.codes[cc]) - 1
	j := i + 1
	for j < len(t.regions) && t.regions[j].cc == cc {
		j++
	}
	return t.regions[i:j]
}

// byID returns the geographic region id ("CH"), or nil.
func (t *table) byID(id string) *region {
	if i := idIndex(id); i >= 0 && t.ids[i] != 0 {
		return &t.regions[t.ids[i]-1]
	}
	return nil
}

// idIndex returns the index in table.ids of id, two capital letters, or -1.
func idIndex(id string) int {
	if len(id) != 2 || id[0] < 'A' || id[0] > 'Z' || id[1] < 'A' || id[1] > 'Z' {
		return -1
	}
	return int(id[0]-'A')*26 + int(id[1]-'A')
}

// region is the numbering plan of one region, or of a non-geographic calling
// code (id "001"). Its R line is read with the index, its number
// descriptions on first use (ready).
type region struct {
	id      string
	cc      int
	idd     string // international prefix, a regular expression
	npp     string // national prefix for parsing, a regular expression
	npt     string // transform rule for npp's groups
	leading string // leading digits telling regions of a shared code apart
	same    bool   // mobile and fixed-line patterns are the same
	body    string // its number descriptions: the lines of plan.txt after its R line, up to the next C or R line
	line    int    // the number of its R line in plan.txt

	start, end int  // body's offsets in the text of the table
	embedded   bool // body is planText[start:end] (the generated index)

	iddRE     lazyRE // idd, unanchored, as libphonenumber uses it
	nppRE     lazyRE // npp, anchored at the start
	leadingRE lazyRE // leading, anchored at the start

	once   sync.Once
	err    error // from parsing body
	*descs       // parsed from body: read only after ready returns nil
}

// descs are the number descriptions of a region.
type descs struct {
	general *desc // never nil
	local   []int // lengths of numbers dialled only locally
	fixed   *desc
	mobile  *desc
	others  []*desc // premium rate, toll free, shared cost, VoIP, personal number, pager, UAN, voicemail
}

// desc is a description of the national numbers of one kind.
type desc struct {
	lengths []int // possible lengths; none: those of the general description
	pattern string
	re      lazyRE // pattern, matching the whole number
}

// ready parses r's number descriptions, once; after it returns nil, the
// fields of descs may be read. The embedded plan.txt parses (TestPlanText),
// so the error is for a malformed table in tests.
func (r *region) ready() error {
	r.once.Do(func() {
		d, err := r.parseDescs()
		if r.err = err; err == nil {
			r.descs = &d
		}
	})
	return r.err
}

// lazyRE is a regular expression compiled the first time it is used.
// Goroutines that use it first at the same time may each compile it; it is
// the same expression, and one of theirs is kept.
type lazyRE struct{ p atomic.Pointer[regexp.Regexp] }

// get returns the regular expression before+expr+after, compiling it on
// first use. Every pattern of the embedded plan.txt compiles (TestPlanText).
func (l *lazyRE) get(before, expr, after string) *regexp.Regexp {
	if re := l.p.Load(); re != nil {
		return re
	}
	re := regexp.MustCompile(before + expr + after)
	l.p.Store(re)
	return re
}

// whole returns d's pattern, matching the whole number.
func (d *desc) whole() *regexp.Regexp { return d.re.get("^(?:", d.pattern, ")$") }

// iddRegexp returns r's international prefix, matching anywhere.
func (r *region) iddRegexp() *regexp.Regexp { return r.iddRE.get("", r.idd, "") }

// nppRegexp returns r's national prefix for parsing, anchored at the start.
func (r *region) nppRegexp() *regexp.Regexp { return r.nppRE.get("^(?:", r.npp, ")") }

// leadingRegexp returns r's leading digits, anchored at the start.
func (r *region) leadingRegexp() *regexp.Regexp { return r.leadingRE.get("^(?:", r.leading, ")") }

var errPlan = errors.New("phoneplan: malformed plan.txt")

// parseTable reads all of plan.txt (see its header for the format) and
// checks it: its index and every region's number descriptions, which are
// parsed again on first use.
func parseTable(text string) (*table, error) {
	t, err := indexTable(text)
	if err != nil {
		return nil, err
	}
	for i := range t.regions {
		if _, err := t.regions[i].parseDescs(); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// indexTable reads the C and R lines of plan.txt, the calling codes and their
// regions, and notes where each region's number descriptions are.
func indexTable(text string) (*table, error) {
	t := &table{regions: make([]region, 0, 256)} // plan.txt has 254
	var code int                                 // the calling code of the current C line
	var pending string                           // its regions not yet given, separated by spaces
	cur := -1                                    // the index of the current region
	var bodyStart int                            // the offset of its number descriptions
	var buf [8]string
	n := 0
	for off := 0; off < len(text); {
		end, next := len(text), len(text)
		if i := strings.IndexByte(text[off:], '\n'); i >= 0 {
			end, next = off+i, off+i+1
		}
		line, start := text[off:end], off
		off = next
		n++
		if line == "" || line[0] == '#' {
			continue
		}
		bad := func(why string) error { return fmt.Errorf("%w: line %d: %s", errPlan, n, why) }
		var f []string
		if line[0] == 'C' || line[0] == 'R' {
			f = fields(line, &buf)
		}
		if len(f) == 0 || f[0] != "C" && f[0] != "R" {
			// A number description, parsed on first use.
			if cur < 0 {
				return nil, bad("number description")
			}
			continue
		}
		if cur >= 0 {
			t.regions[cur].body, t.regions[cur].end = text[bodyStart:start], start
			cur = -1
		}
		if f[0] == "C" {
			if len(f) != 3 || strings.Trim(pending, " ") != "" {
				return nil, bad("calling code")
			}
			var err error
			if code, err = strconv.Atoi(f[1]); err != nil || code < 0 || code > maxCode {
				return nil, bad("calling code")
			}
			if t.codes[code] != 0 {
				return nil, bad("calling code given twice")
			}
			pending = f[2]
			continue
		}
		id, rest, _ := strings.Cut(strings.TrimLeft(pending, " "), " ")
		if len(f) != 8 || id == "" || f[1] != id || f[7] != "0" && f[7] != "1" {
			return nil, bad("region")
		}
		cc, err := strconv.Atoi(f[2])
		if err != nil || cc != code {
			return nil, bad("region calling code")
		}
		pending = rest
		i := idIndex(id)
		switch {
		case id == nonGeo:
		case i < 0:
			return nil, bad("region id")
		case t.ids[i] != 0:
			return nil, bad("region given twice")
		default:
			t.ids[i] = uint16(len(t.regions) + 1)
		}
		if t.codes[cc] == 0 {
			t.codes[cc] = uint16(len(t.regions) + 1)
		}
		// body: the rest of the text for now, cut at the next C or R line.
		t.regions = append(t.regions, region{id: id, cc: cc, idd: f[3], npp: f[4], npt: f[5], leading: f[6], same: f[7] == "1",
			body: text[next:], line: n, start: next, end: len(text)})
		cur, bodyStart = len(t.regions)-1, next
	}
	if strings.Trim(pending, " ") != "" {
		return nil, fmt.Errorf("%w: regions of the last calling code missing", errPlan)
	}
	return t, nil
}

// lines returns r's number descriptions as plan.txt writes them.
func (r *region) lines() (string, error) {
	switch {
	case !r.embedded:
		return r.body, nil
	case r.start > r.end || r.end > len(planText):
		return "", fmt.Errorf("%w: region %s: index.go does not match it; run go generate", errPlan, r.id)
	}
	return planText[r.start:r.end], nil
}

// parseDescs parses r's number descriptions (see lines).
func (r *region) parseDescs() (descs, error) {
	body, err := r.lines()
	if err != nil {
		return descs{}, err
	}
	var d descs
	// One allocation each for the descriptions and the lengths: the slices
	// never grow past their capacity, so pointers into them hold.
	lines := strings.Count(body, "\n") + 1
	all := make([]desc, 0, lines)
	ints := make([]int, 0, 4*lines)
	var buf [8]string
	n := r.line
	for line := range strings.Lines(body) {
		n++
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		bad := func(why string) error { return fmt.Errorf("%w: line %d: %s", errPlan, n, why) }
		f := fields(line, &buf)
		if len(f) != 4 || len(f[0]) != 1 || strings.Contains(f[3], "\t") || len(all) == cap(all) {
			return descs{}, bad("number description")
		}
		var lengths, local []int
		var err1, err2 error
		lengths, ints, err1 = parseLengths(f[1], ints)
		local, ints, err2 = parseLengths(f[2], ints)
		if err1 != nil || err2 != nil {
			return descs{}, bad("lengths")
		}
		all = append(all, desc{lengths: lengths, pattern: f[3]})
		if err := d.add(f[0][0], &all[len(all)-1], local); err != nil {
			return descs{}, bad(err.Error())
		}
	}
	if d.general == nil || len(d.general.lengths) == 0 {
		return descs{}, fmt.Errorf("%w: region %s of +%d has no possible lengths", errPlan, r.id, r.cc)
	}
	return d, nil
}

// add sets the description x of kind k (a letter of plan.txt's header).
func (d *descs) add(k byte, x *desc, local []int) error {
	switch k {
	case 'G':
		d.general, d.local = x, local
	case 'F':
		d.fixed = x
	case 'M':
		d.mobile = x
	case 'T', 'P', 'S', 'V', 'N', 'B', 'U', 'O':
		d.others = append(d.others, x)
	default:
		return fmt.Errorf("unknown kind %q", k)
	}
	return nil
}

// fields splits line at tabs into buf, without allocating; a line of more
// fields than buf holds gives them all but with the last ones joined.
func fields(line string, buf *[8]string) []string {
	n := 0
	for n < len(buf)-1 {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			break
		}
		buf[n], line = line[:i], line[i+1:]
		n++
	}
	buf[n] = line
	return buf[:n+1]
}

// parseLengths reads comma-separated lengths into the spare capacity of
// pool, returning them and pool extended; a full pool is not grown in place,
// so lengths returned before stay as they are.
func parseLengths(s string, pool []int) ([]int, []int, error) {
	if s == "" {
		return nil, pool, nil
	}
	start := len(pool)
	for f := range strings.SplitSeq(s, ",") {
		l, err := strconv.Atoi(f)
		if err != nil {
			return nil, pool, err
		}
		pool = append(pool, l)
	}
	ls := pool[start:len(pool):len(pool)]
	if !slices.IsSorted(ls) {
		return nil, pool, errors.New("lengths out of order")
	}
	return ls, pool, nil
}

// nonGeo is the region code of a non-geographic calling code, such as +800.
const nonGeo = "001"

// plan returns the plan libphonenumber uses for numbers of calling code cc:
// its main region's, or the non-geographic one; nil if cc is unknown.
func (t *table) plan(cc int) *region {
	if rs := t.code(cc); len(rs) > 0 {
		return &rs[0]
	}
	return nil
}
