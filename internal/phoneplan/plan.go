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
)

//go:embed plan.txt
var planText string

// plans is the table of plan.txt, parsed on first use.
var plans = sync.OnceValues(func() (*table, error) { return parseTable(planText) })

// table holds the numbering plans by calling code and by region.
type table struct {
	byCode map[int][]*region  // the regions of a calling code, the main one first
	byID   map[string]*region // geographic regions ("CH"); never "001"
}

// region is the numbering plan of one region, or of a non-geographic calling
// code (id "001"). The regular expressions are compiled on first use.
type region struct {
	id      string
	cc      int
	idd     string // international prefix, a regular expression
	npp     string // national prefix for parsing, a regular expression
	npt     string // transform rule for npp's groups
	leading string // leading digits telling regions of a shared code apart
	same    bool   // mobile and fixed-line patterns are the same
	general desc
	local   []int // lengths of numbers dialled only locally
	fixed   *desc
	mobile  *desc
	others  []*desc // premium rate, toll free, shared cost, VoIP, personal number, pager, UAN, voicemail

	once      sync.Once
	iddRE     *regexp.Regexp // unanchored, as libphonenumber uses it
	nppRE     *regexp.Regexp // anchored at the start
	leadingRE *regexp.Regexp // anchored at the start
}

// desc is a description of the national numbers of one kind.
type desc struct {
	lengths []int // possible lengths; none: those of the general description
	pattern string
	re      *regexp.Regexp // pattern, matching the whole number
}

// ready compiles r's regular expressions once.
func (r *region) ready() *region {
	r.once.Do(func() {
		whole := func(d *desc) {
			if d != nil {
				d.re = regexp.MustCompile("^(?:" + d.pattern + ")$")
			}
		}
		whole(&r.general)
		whole(r.fixed)
		whole(r.mobile)
		for _, d := range r.others {
			whole(d)
		}
		r.iddRE = regexp.MustCompile(r.idd)
		r.nppRE = regexp.MustCompile("^(?:" + r.npp + ")")
		r.leadingRE = regexp.MustCompile("^(?:" + r.leading + ")")
	})
	return r
}

var errPlan = errors.New("phoneplan: malformed plan.txt")

// parseTable reads plan.txt (see its header for the format).
func parseTable(text string) (*table, error) {
	t := &table{byCode: make(map[int][]*region, 256), byID: make(map[string]*region, 256)}
	// One allocation each for the regions, the descriptions and the lengths:
	// the slices never grow past their capacity, so pointers into them hold.
	lines := strings.Count(text, "\n") + 1
	regions := make([]region, 0, strings.Count(text, "\nR\t")+1)
	descs := make([]desc, 0, lines)
	ints := make([]int, 0, 4*lines)
	var code int             // the calling code of the current C line
	var codeRegions []string // its regions not yet given
	var cur *region
	var buf [8]string
	n := 0
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f := fields(line, &buf)
		bad := func(why string) error { return fmt.Errorf("%w: line %d: %s", errPlan, n, why) }
		switch f[0] {
		case "C":
			if len(f) != 3 || len(codeRegions) > 0 {
				return nil, bad("calling code")
			}
			var err error
			if code, err = strconv.Atoi(f[1]); err != nil {
				return nil, bad("calling code")
			}
			codeRegions = strings.Fields(f[2])
		case "R":
			if len(f) != 8 || len(codeRegions) == 0 || f[1] != codeRegions[0] || f[7] != "0" && f[7] != "1" {
				return nil, bad("region")
			}
			cc, err := strconv.Atoi(f[2])
			if err != nil || cc != code {
				return nil, bad("region calling code")
			}
			codeRegions = codeRegions[1:]
			if len(regions) == cap(regions) {
				return nil, bad("too many regions")
			}
			regions = append(regions, region{id: f[1], cc: cc, idd: f[3], npp: f[4], npt: f[5], leading: f[6], same: f[7] == "1"})
			cur = &regions[len(regions)-1]
			t.byCode[cc] = append(t.byCode[cc], cur)
			if cur.id != nonGeo {
				t.byID[cur.id] = cur
			}
		default:
			if len(f) != 4 || len(f[0]) != 1 || cur == nil || strings.Contains(f[3], "\t") {
				return nil, bad("number description")
			}
			var lengths, local []int
			var err1, err2 error
			lengths, ints, err1 = parseLengths(f[1], ints)
			local, ints, err2 = parseLengths(f[2], ints)
			if err1 != nil || err2 != nil {
				return nil, bad("lengths")
			}
			descs = append(descs, desc{lengths: lengths, pattern: f[3]})
			if err := cur.add(f[0][0], &descs[len(descs)-1], local); err != nil {
				return nil, bad(err.Error())
			}
		}
	}
	if len(codeRegions) > 0 {
		return nil, fmt.Errorf("%w: regions of the last calling code missing", errPlan)
	}
	for _, rs := range t.byCode {
		for _, r := range rs {
			if len(r.general.lengths) == 0 {
				return nil, fmt.Errorf("%w: region %s of +%d has no possible lengths", errPlan, r.id, r.cc)
			}
		}
	}
	return t, nil
}

// add sets the description d of kind k (a letter of plan.txt's header).
func (r *region) add(k byte, d *desc, local []int) error {
	switch k {
	case 'G':
		r.general, r.local = *d, local
	case 'F':
		r.fixed = d
	case 'M':
		r.mobile = d
	case 'T', 'P', 'S', 'V', 'N', 'B', 'U', 'O':
		r.others = append(r.others, d)
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
	if rs := t.byCode[cc]; len(rs) > 0 {
		return rs[0]
	}
	return nil
}
