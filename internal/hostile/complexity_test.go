package hostile

import (
	"encoding"
	"fmt"
	"reflect"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/names"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// The complexity harness (issue 12): for every payload kind and every list
// field of its records, found by reflection so that a new list is covered
// without a new test, it builds payloads with 1, n and 4n items in that list,
// checks each with payload.Check and compares what the extra items cost. A
// linear rule costs about 4 times as much for 4n items as for n (measured
// over the items added to the one-item payload, so the fixed cost of the rest
// of the payload does not hide a quadratic rule); a pairwise rule costs about
// 16 times as much. Ratios, not times, so the test is deterministic.

const (
	// complexityN is the number of items of the smaller payload; it shrinks
	// for a list whose bound leaves no room for 4n items.
	complexityN = 25
	// maxRatio is the largest cost ratio allowed for 4 times the items:
	// linear (4) with 50% slack.
	maxRatio        = 6.0
	floorViolations = 2
)

// Floors under the cost of n items, below which the cost is noise: higher
// under the race detector, whose sync.Pool drops items at random.
var floorBytes, floorAllocs = func() (float64, float64) {
	if raceEnabled {
		return 128 << 10, 1024
	}
	return 8 << 10, 64
}()

// complexityFixture is a fresh valid record to grow.
type complexityFixture struct {
	name string
	kind itu.Kind
	new  func() any
}

func complexityFixtures() []complexityFixture {
	return []complexityFixture{
		{"dossier", itu.KindDossier, func() any { return examples.KoreaDossier() }},
		{"cv", itu.KindCV, func() any { return examples.KoreaCV() }},
		{"vision_statement", itu.KindVisionStatement, func() any { return examples.KoreaVisionStatement() }},
		{"note", itu.KindNote, func() any { return examples.KoreaNote() }},
		{"note_verbale", itu.KindNoteVerbale, func() any { return examples.KoreaNoteVerbale() }},
		{"letter", itu.KindLetter, func() any { return examples.KoreaLetter() }},
		{"candidacy", itu.KindCandidacy, func() any { return examples.KoreaDSGCandidacy() }},
		{"conference", itu.KindConference, func() any { return examples.FictionalConference() }},
		{"sg_election", itu.KindElection, func() any { return examples.FictionalSecretaryGeneralElection() }},
		{"council_election", itu.KindElection, func() any { return examples.FictionalCouncilElection() }},
	}
}

// step is one step from a record to one of its lists: a struct field, the
// first item of a list, or the value a pointer points to.
type step struct {
	field int // the field's index, or -1
	first bool
	deref bool
}

// listField is a list somewhere in a record.
type listField struct {
	ptr   string // JSON Pointer, with 0 for the first item of an outer list
	steps []step
	max   int // the bound of its validate tag, -1 when none
}

// listsOf finds every list (slice or map) of v by reflection: the fields of
// v, and, in turn, of the first item of each list and of what each pointer
// points to.
func listsOf(v reflect.Value) []listField {
	var out []listField
	var walk func(v reflect.Value, ptr string, steps []step)
	walk = func(v reflect.Value, ptr string, steps []step) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), ptr, append(slices.Clip(steps), step{field: -1, deref: true}))
			}
		case reflect.Struct:
			t := v.Type()
			for i := range t.NumField() {
				f := t.Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if !f.IsExported() || name == "-" {
					continue
				}
				if name == "" {
					name = f.Name
				}
				fs := append(slices.Clip(steps), step{field: i})
				fv := v.Field(i)
				switch fv.Kind() {
				case reflect.Slice, reflect.Map:
					out = append(out, listField{ptr: ptr + "/" + name, steps: fs, max: tagMaxOf(f.Tag.Get("validate"))})
					if fv.Kind() == reflect.Slice && fv.Len() > 0 {
						walk(fv.Index(0), ptr+"/"+name+"/0", append(slices.Clip(fs), step{field: -1, first: true}))
					}
				case reflect.Struct, reflect.Pointer:
					walk(fv, ptr+"/"+name, fs)
				}
			}
		}
	}
	walk(v, "", nil)
	return out
}

// tagMaxOf returns N of the first "max=N" of a validate tag before "dive", or -1.
func tagMaxOf(tag string) int {
	for opt := range strings.SplitSeq(tag, ",") {
		if opt == "dive" || opt == "keys" {
			break
		}
		if s, ok := strings.CutPrefix(opt, "max="); ok {
			if n, err := strconv.Atoi(s); err == nil {
				return n
			}
		}
	}
	return -1
}

// follow returns the list a field's steps lead to in the addressable v.
func follow(v reflect.Value, steps []step) reflect.Value {
	for _, s := range steps {
		switch {
		case s.deref:
			v = v.Elem()
		case s.first:
			v = v.Index(0)
		default:
			v = v.Field(s.field)
		}
	}
	return v
}

// deepCopy returns a copy of v sharing no slice, map or pointer with it.
func deepCopy(v reflect.Value) reflect.Value {
	out := reflect.New(v.Type()).Elem()
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			out.Set(reflect.New(v.Type().Elem()))
			out.Elem().Set(deepCopy(v.Elem()))
		}
	case reflect.Slice:
		if !v.IsNil() {
			out.Set(reflect.MakeSlice(v.Type(), v.Len(), v.Len()))
			for i := range v.Len() {
				out.Index(i).Set(deepCopy(v.Index(i)))
			}
		}
	case reflect.Map:
		if !v.IsNil() {
			out.Set(reflect.MakeMapWithSize(v.Type(), v.Len()))
			for it := v.MapRange(); it.Next(); {
				out.SetMapIndex(deepCopy(it.Key()), deepCopy(it.Value()))
			}
		}
	case reflect.Struct:
		out.Set(v)
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				out.Field(i).Set(deepCopy(v.Field(i)))
			}
		}
	default:
		out.Set(v)
	}
	return out
}

// shape says how the items of a grown list differ.
type shape int

const (
	alike     shape = iota // every item a copy of the first: the worst case for pairwise rules
	different              // distinct names, Member States, dates and texts
)

func (s shape) String() string { return [...]string{"alike", "different"}[s] }

var (
	nameType  = reflect.TypeFor[names.Name]()
	stateType = reflect.TypeFor[itu.StateCode]()
	dateType  = reflect.TypeFor[civil.Date]()
)

// memberStates are the codes of the Member States at the close of PP-22.
var memberStates = func() []itu.StateCode {
	var out []itu.StateCode
	for _, m := range itu.MemberStates(civil.MustParseDate("2022-10-14")) {
		out = append(out, m.Code)
	}
	slices.Sort(out)
	return out
}()

// letters spells i in base 26: "a", "b", ..., "ba", ...
func letters(i int) string {
	s := string(rune('a' + i%26))
	for i /= 26; i > 0; i /= 26 {
		s = string(rune('a'+i%26)) + s
	}
	return s
}

// stateN returns the i-th Member State, then made-up codes.
func stateN(i int) itu.StateCode {
	if i < len(memberStates) {
		return memberStates[i]
	}
	return itu.StateCode("Q" + strings.ToUpper(letters(i)))
}

// distinct rewrites, in place, what makes the addressable v one record among
// many: its person names, Member States, dates and prose (strings with a
// space; codes such as "PP-22" are kept, so the records still refer to the
// same conference or post).
func distinct(v reflect.Value, i int) {
	switch {
	case v.Type() == nameType:
		v.SetString(fmt.Sprintf("Dr Alma%s TESTA%s", letters(i), strings.ToUpper(letters(i))))
		return
	case v.Type() == stateType:
		v.SetString(string(stateN(i)))
		return
	case v.Type() == dateType:
		if d := v.Interface().(civil.Date); d.IsValid() {
			v.Set(reflect.ValueOf(d.AddDays(i)))
		}
		return
	}
	if v.Kind() == reflect.Struct && v.Addr().Type().Implements(reflect.TypeFor[encoding.TextMarshaler]()) {
		return // a value written as one string, such as a period
	}
	switch v.Kind() {
	case reflect.String:
		if s := v.String(); v.Type() == reflect.TypeFor[string]() && strings.Contains(strings.TrimSpace(s), " ") {
			v.SetString(v.String() + " " + letters(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			distinct(v.Elem(), i)
		}
	case reflect.Struct:
		for j := range v.NumField() {
			if v.Type().Field(j).IsExported() {
				distinct(v.Field(j), i)
			}
		}
	case reflect.Slice:
		for j := range v.Len() {
			distinct(v.Index(j), i)
		}
	case reflect.Map:
		// Map keys are made distinct by resize; values are counts.
	}
}

// resize sets the list l to n items of the given shape, made from its first
// item (or a zero item when it has none).
func resize(l reflect.Value, n int, sh shape) {
	switch l.Kind() {
	case reflect.Slice:
		proto := reflect.New(l.Type().Elem()).Elem()
		if l.Len() > 0 {
			proto = l.Index(0)
		}
		s := reflect.MakeSlice(l.Type(), n, n)
		for i := range n {
			item := deepCopy(proto)
			if sh == different {
				distinct(item, i)
			}
			s.Index(i).Set(item)
		}
		l.Set(s)
	case reflect.Map:
		key, val := reflect.New(l.Type().Key()).Elem(), reflect.New(l.Type().Elem()).Elem()
		if keys := l.MapKeys(); len(keys) > 0 { // the least key, for a deterministic prototype
			slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
			key, val = keys[0], l.MapIndex(keys[0])
		}
		m := reflect.MakeMapWithSize(l.Type(), n)
		for i := range n {
			k := reflect.New(l.Type().Key()).Elem()
			switch {
			case k.Kind() != reflect.String:
				panic("map key of kind " + k.Kind().String())
			case sh == different && k.Type() == stateType:
				k.SetString(string(stateN(i)))
			case sh == different:
				k.SetString(key.String() + letters(i))
			default:
				// Alike: keys a reader cannot tell apart, of one length,
				// differing only in an invisible variation selector.
				k.SetString(key.String() + string(rune(0xE0100+i%240)) + strings.Repeat("\u200b", i/240))
			}
			m.SetMapIndex(k, val)
		}
		l.Set(m)
	}
}

// cost is what checking one payload cost.
type cost struct {
	violations    int
	bytes, allocs uint64
	maxMessage    int
	maxPath       int
	codes         map[string]int
}

// measure checks data with payload.Check once to warm caches, then twice
// more, keeping the cheaper run. It reports a panic as a failure of t.
func measure(t *testing.T, data []byte) (c cost, ok bool) {
	t.Helper()
	var res payload.Result
	run := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
			}
		}()
		res, err = payload.Check(data, "", asOf)
		return err
	}
	// No collection during the runs: it would empty the pools the check
	// draws on, and the run after it would allocate more.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for i := range 3 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		err := run()
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Errorf("payload.Check(): %v", err)
			return c, false
		}
		if i == 0 {
			continue // warms caches
		}
		b, a := after.TotalAlloc-before.TotalAlloc, after.Mallocs-before.Mallocs
		if c.allocs == 0 || b < c.bytes {
			c.bytes = b
		}
		if c.allocs == 0 || a < c.allocs {
			c.allocs = a
		}
	}
	c.violations = len(res.Violations)
	c.codes = map[string]int{}
	for _, v := range res.Violations {
		c.maxMessage = max(c.maxMessage, len(v.Message))
		c.maxPath = max(c.maxPath, len(v.Path))
		c.codes[v.Code]++
	}
	return c, true
}

// marginal returns the ratio of what 4n items cost over what n cost, each
// less what one item costs, the cost of n at least floor.
func marginal(one, n, n4, floor float64) float64 {
	return (n4 - one) / max(n-one, floor)
}

// topCodes names the codes that grew most from small to big.
func topCodes(small, big map[string]int) string {
	type grow struct {
		code     string
		from, to int
	}
	var gs []grow
	for code, to := range big {
		gs = append(gs, grow{code, small[code], to})
	}
	slices.SortFunc(gs, func(a, b grow) int {
		if d := (b.to - b.from) - (a.to - a.from); d != 0 {
			return d
		}
		return strings.Compare(a.code, b.code)
	})
	var parts []string
	for _, g := range gs[:min(len(gs), 4)] {
		parts = append(parts, fmt.Sprintf("%s %d→%d", g.code, g.from, g.to))
	}
	return strings.Join(parts, ", ")
}

// TestComplexityLists grows every list of every kind, alike and different,
// and checks that violations, bytes and allocations grow at most linearly.
func TestComplexityLists(t *testing.T) {
	for _, fx := range complexityFixtures() {
		proto := reflect.ValueOf(fx.new())
		lists := listsOf(proto)
		for _, lf := range lists {
			n := complexityN
			if lf.max >= 0 && 4*n > lf.max {
				n = lf.max / 4
			}
			if n < 2 {
				t.Logf("%s%s: bound %d leaves no room for 4n items", fx.name, lf.ptr, lf.max)
				continue
			}
			for _, sh := range []shape{alike, different} {
				t.Run(fmt.Sprintf("%s%s/%s", fx.name, lf.ptr, sh), func(t *testing.T) {
					build := func(size int) []byte {
						rec := deepCopy(proto)
						resize(follow(rec, lf.steps), size, sh)
						data, err := strictjson.Encode(rec.Interface())
						if err != nil {
							t.Fatalf("encode: %v", err)
						}
						return data
					}
					checkGrowth(t, build, n, maxRatio)
				})
			}
		}
	}
}

// TestComplexityListPairs grows two lists of a record at once, each to n and
// 4n items: a rule that pairs the items of one list with those of another
// (candidacies with service records, claims with CV lines, candidatures of
// one document with another's) costs 16 times as much for 4 times the items.
// The pairs are the lists at most two fields deep that lie in different
// documents or at the top of the record.
func TestComplexityListPairs(t *testing.T) {
	const n = 10
	for _, fx := range complexityFixtures() {
		proto := reflect.ValueOf(fx.new())
		var lists []listField
		for _, lf := range listsOf(proto) {
			if strings.Count(lf.ptr, "/") <= 2 && (lf.max < 0 || lf.max >= 4*n) {
				lists = append(lists, lf)
			}
		}
		for i, a := range lists {
			for _, b := range lists[i+1:] {
				sa, _, _ := strings.Cut(a.ptr[1:], "/")
				sb, _, _ := strings.Cut(b.ptr[1:], "/")
				if sa == sb && strings.Count(a.ptr, "/") > 1 {
					continue // two lists of one document: covered by its own kind
				}
				for _, sh := range []shape{alike, different} {
					t.Run(fmt.Sprintf("%s%s+%s/%s", fx.name, a.ptr, b.ptr, sh), func(t *testing.T) {
						build := func(size int) []byte {
							rec := deepCopy(proto)
							resize(follow(rec, a.steps), size, sh)
							resize(follow(rec, b.steps), size, sh)
							data, err := strictjson.Encode(rec.Interface())
							if err != nil {
								t.Fatalf("encode: %v", err)
							}
							return data
						}
						limit := maxRatio
						if reason, ok := quadraticPairs[fx.name+a.ptr+"+"+b.ptr]; ok {
							t.Logf("allowed to grow as the product of the two lists: %s", reason)
							limit = 4 * 4 * 1.5
						}
						checkGrowth(t, build, n, limit)
					})
				}
			}
		}
	}
}

// quadraticPairs are the pairs of lists whose cost is by definition the
// product of their lengths (both are bounded), with the reason.
var quadraticPairs = map[string]string{
	"sg_election/candidates+/rounds":      "each round is tallied over every standing candidate (at most 200 × 50)",
	"council_election/candidates+/rounds": "each round is tallied over every standing candidate (at most 200 × 50)",
}

// checkGrowth measures the payloads build makes with 1, n and 4n items and
// fails t when violations, allocated bytes or allocations grow faster than
// linearly (a ratio over limit), or a message is too long.
func checkGrowth(t *testing.T, build func(size int) []byte, n int, limit float64) {
	t.Helper()
	c1, ok1 := measure(t, build(1))
	cn, okn := measure(t, build(n))
	c4, ok4 := measure(t, build(4*n))
	if !ok1 || !okn || !ok4 {
		return
	}
	rv := marginal(float64(c1.violations), float64(cn.violations), float64(c4.violations), floorViolations)
	rb := marginal(float64(c1.bytes), float64(cn.bytes), float64(c4.bytes), floorBytes)
	ra := marginal(float64(c1.allocs), float64(cn.allocs), float64(c4.allocs), floorAllocs)
	t.Logf("n=%d: violations %d/%d/%d (ratio %.2f), bytes %d/%d/%d (ratio %.2f), allocs %d/%d/%d (ratio %.2f)",
		n, c1.violations, cn.violations, c4.violations, rv, c1.bytes, cn.bytes, c4.bytes, rb, c1.allocs, cn.allocs, c4.allocs, ra)
	if rv > limit {
		t.Errorf("violations grow %.2f times for 4 times the items (1, %d, %d items: %d, %d, %d violations; want a ratio ≤ %.1f); grew most: %s",
			rv, n, 4*n, c1.violations, cn.violations, c4.violations, limit, topCodes(cn.codes, c4.codes))
	}
	if rb > limit {
		t.Errorf("allocated bytes grow %.2f times for 4 times the items (1, %d, %d items: %d, %d, %d bytes; want a ratio ≤ %.1f)",
			rb, n, 4*n, c1.bytes, cn.bytes, c4.bytes, limit)
	}
	if ra > limit {
		t.Errorf("allocations grow %.2f times for 4 times the items (1, %d, %d items: %d, %d, %d allocations; want a ratio ≤ %.1f)",
			ra, n, 4*n, c1.allocs, cn.allocs, c4.allocs, limit)
	}
	if c4.maxMessage > maxMessage {
		t.Errorf("a message is %d bytes long; want at most %d", c4.maxMessage, maxMessage)
	}
}

// textLeaf is a string somewhere in a record: a field, the first item of a
// list of strings, or the least key of a map.
type textLeaf struct {
	ptr string
	set func(root reflect.Value, s string)
}

// textLeavesOf finds the strings of v by reflection, in the fields of v and
// of the first item of each list.
func textLeavesOf(v reflect.Value) []textLeaf {
	var out []textLeaf
	var walk func(v reflect.Value, ptr string, steps []step)
	walk = func(v reflect.Value, ptr string, steps []step) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), ptr, append(slices.Clip(steps), step{field: -1, deref: true}))
			}
		case reflect.Struct:
			t := v.Type()
			for i := range t.NumField() {
				f := t.Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if !f.IsExported() || name == "-" || name == "kind" {
					continue
				}
				if name == "" {
					name = f.Name
				}
				fs := append(slices.Clip(steps), step{field: i})
				fv := v.Field(i)
				switch fv.Kind() {
				case reflect.String:
					out = append(out, textLeaf{ptr + "/" + name, func(root reflect.Value, s string) { follow(root, fs).SetString(s) }})
				case reflect.Slice:
					if fv.Len() == 0 {
						continue
					}
					if fv.Type().Elem().Kind() == reflect.String {
						out = append(out, textLeaf{ptr + "/" + name + "/0", func(root reflect.Value, s string) { follow(root, fs).Index(0).SetString(s) }})
					} else {
						walk(fv.Index(0), ptr+"/"+name+"/0", append(slices.Clip(fs), step{field: -1, first: true}))
					}
				case reflect.Map:
					if fv.Len() == 0 || fv.Type().Key().Kind() != reflect.String {
						continue
					}
					out = append(out, textLeaf{ptr + "/" + name + "/{key}", func(root reflect.Value, s string) {
						m := follow(root, fs)
						keys := m.MapKeys()
						slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
						k := reflect.New(m.Type().Key()).Elem()
						k.SetString(s)
						m.SetMapIndex(k, m.MapIndex(keys[0]))
						m.SetMapIndex(keys[0], reflect.Value{})
					}})
				case reflect.Struct, reflect.Pointer:
					if fv.Type().Implements(reflect.TypeFor[encoding.TextMarshaler]()) {
						continue // one JSON string, such as civil.Period: not free text
					}
					walk(fv, ptr+"/"+name, fs)
				}
			}
		}
	}
	walk(v, "", nil)
	return out
}

// TestComplexityText puts a text of textN characters, then of 4 times as
// many, into each string of each fixture (values, list items and map keys):
// the extra characters cost at most linearly, and no message or path grows
// with them, as echoed text is clipped.
func TestComplexityText(t *testing.T) {
	const textN = 2500
	for _, fx := range complexityFixtures() {
		proto := reflect.ValueOf(fx.new())
		if fx.kind == itu.KindDossier {
			continue // its documents are fixtures of their own kinds
		}
		base, err := strictjson.Encode(proto.Interface())
		if err != nil {
			t.Fatal(err)
		}
		for _, leaf := range textLeavesOf(proto) {
			t.Run(fx.name+leaf.ptr, func(t *testing.T) {
				build := func(size int) []byte {
					rec := deepCopy(proto)
					leaf.set(rec, strings.Repeat("Ab ", size/3))
					data, err := strictjson.Encode(rec.Interface())
					if err != nil {
						t.Fatalf("encode: %v", err)
					}
					return data
				}
				c0, ok0 := measure(t, base)
				c1, ok1 := measure(t, build(textN))
				c4, ok4 := measure(t, build(4*textN))
				if !ok0 || !ok1 || !ok4 {
					return
				}
				rb := marginal(float64(c0.bytes), float64(c1.bytes), float64(c4.bytes), floorBytes)
				ra := marginal(float64(c0.allocs), float64(c1.allocs), float64(c4.allocs), floorAllocs)
				t.Logf("bytes %d/%d/%d (ratio %.2f), allocs %d/%d/%d (ratio %.2f), longest message %d/%d, longest path %d/%d",
					c0.bytes, c1.bytes, c4.bytes, rb, c0.allocs, c1.allocs, c4.allocs, ra, c1.maxMessage, c4.maxMessage, c1.maxPath, c4.maxPath)
				if rb > maxRatio {
					t.Errorf("allocated bytes grow %.2f times for 4 times the text (%d, %d, %d bytes for none, %d and %d characters; want a ratio ≤ %.1f)",
						rb, c0.bytes, c1.bytes, c4.bytes, textN, 4*textN, maxRatio)
				}
				if ra > maxRatio {
					t.Errorf("allocations grow %.2f times for 4 times the text (%d, %d, %d for none, %d and %d characters; want a ratio ≤ %.1f)",
						ra, c0.allocs, c1.allocs, c4.allocs, textN, 4*textN, maxRatio)
				}
				if c4.maxMessage > maxMessage {
					t.Errorf("a message is %d bytes long for %d characters; want at most %d", c4.maxMessage, 4*textN, maxMessage)
				}
				if c1.maxMessage > 0 && c4.maxMessage > c1.maxMessage+16 {
					t.Errorf("the longest message grows from %d to %d bytes for %d to %d characters; want echoed text clipped", c1.maxMessage, c4.maxMessage, textN, 4*textN)
				}
				if c4.maxPath > c1.maxPath+16 || c4.maxPath > 200 {
					t.Errorf("the longest path grows from %d to %d bytes for %d to %d characters; want at most 200, the key clipped", c1.maxPath, c4.maxPath, textN, 4*textN)
				}
			})
		}
	}
}
