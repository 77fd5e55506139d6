package candidacy

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/names"
)

// TestNamedPersonFewAndMany holds namedPerson's two ways of grouping names
// together: a few mentions' groups found one by one on the stack, many
// mentions' through a map. Mentions of names that do not parse count for
// nothing, so adding enough of them to take the map must change nothing.
func TestNamedPersonFewAndMany(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	docs := []itu.Kind{itu.KindNote, itu.KindNoteVerbale, itu.KindLetter, itu.KindCV, itu.KindVisionStatement}
	for range 5000 {
		ms := make([]mention, rng.IntN(9))
		for i := range ms {
			ms[i] = mention{doc: docs[rng.IntN(len(docs))], name: "n", at: candidatureAt("/note", i), valid: rng.IntN(5) > 0}
			if ms[i].valid {
				ms[i].key = []string{"", "a", "b", "c"}[rng.IntN(4)]
			}
		}
		many := slices.Clone(ms)
		for range 9 {
			many = slices.Insert(many, rng.IntN(len(many)+1), mention{doc: docs[rng.IntN(len(docs))], key: "a"})
		}
		m1, ok1 := namedPerson(ms)
		m2, ok2 := namedPerson(many)
		if ok1 != ok2 || m1 != m2 {
			t.Fatalf("namedPerson(%v) = %v, %v; with mentions of no name, %v, %v", ms, m1, ok1, m2, ok2)
		}
	}
}

// TestMostNamed holds mostNamed, which takes the first vote when all name
// one State, to counting the votes.
func TestMostNamed(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	states := []itu.StateCode{"KOR", "JPN", "FRA"}
	for range 5000 {
		votes := make([]stateVote, rng.IntN(6))
		n := 1 + rng.IntN(len(states))
		for i := range votes {
			votes[i] = stateVote{states[rng.IntN(n)], at(fmt.Sprint("/", i))}
		}
		if got, want := mostNamed(votes), countVotes(votes); got != want {
			t.Fatalf("mostNamed(%v) = %v, want %v", votes, got, want)
		}
	}
}

// TestPostIndexOf holds postIndex.of, a search in the entries sorted by
// post, to picking each post's entries out of the list in CV order.
func TestPostIndexOf(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		var list []entry
		for i := range rng.IntN(12) {
			list = append(list, entry{post: itu.Post(rng.IntN(4)), activity: i%2 == 1, i: i, start: civil.PartialDate{Year: 2000 + i}})
		}
		idx := slices.Clone(list)
		slices.SortStableFunc(idx, compareEntryPosts)
		for p := range itu.Post(5) {
			var want []entry
			for _, e := range list {
				if e.post == p {
					want = append(want, e)
				}
			}
			if got := postIndex(idx).of(p); !slices.Equal(got, want) {
				t.Fatalf("of(%v) in %v = %v, want %v", p, list, got, want)
			}
		}
	}
}

// FuzzKeyOf holds keyOf, which parses a name only when it has no key, to
// parsing it first: a name with a key parses.
func FuzzKeyOf(f *testing.F) {
	for _, s := range []string{
		"", "Dr Chaesub LEE", "DR. LEE, CHAESUB", "Dr", "Dr.", ", Chaesub", "LEE,", ".", "Dr .", "-",
		"Mr Houlin ZHAO (赵厚麟)", "赵厚麟", "Ms Doreen BOGDAN-MARTIN", "H.E. Mr", "Dr, Dr", "Ö", "Dr Ö", "'", "LEE, Dr",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := names.Name(s)
		want := nameKey{}
		if n.IsValid() {
			want = nameKey{true, n.Key()}
		}
		if got := keyOf(n); got != want {
			t.Fatalf("keyOf(%q) = %+v, want %+v", s, got, want)
		}
	})
}

// TestNameKeysMany checks nameKeys past the names it lists, where it keeps
// them in a map: each name's entry is keyOf's, asked once or twice.
func TestNameKeysMany(t *testing.T) {
	var k nameKeys
	var all []names.Name
	for i := range 30 {
		all = append(all, names.Name(fmt.Sprintf("Dr Name%c LEE%c", 'a'+i%26, 'A'+i/26)), names.Name(fmt.Sprintf("Dr. %d", i)))
	}
	for range 2 {
		for _, n := range all {
			if got, want := k.of(n), keyOf(n); got != want {
				t.Fatalf("of(%q) = %+v, want %+v", n, got, want)
			}
		}
	}
	if k.n != len(k.few) || len(k.many) != len(all)-len(k.few) {
		t.Errorf("nameKeys lists %d names and maps %d; want %d and %d", k.n, len(k.many), len(k.few), len(all)-len(k.few))
	}
}

// FuzzAppendQuote holds appendQuote, which copies runs of printable ASCII
// whole, to strconv.Quote.
func FuzzAppendQuote(f *testing.F) {
	for _, s := range []string{
		"", "2015 – Present Director, Telecommunication Standardization Bureau (TSB), ITU",
		`a "quoted" \ word`, "\x00\x7f\x80\xff", "é", "\u2028\u00ad", "tab\there", "\xe2\x80", "ok\xe2\x80\x93ok",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendQuote([]byte("x"), s)), "x"+strconv.Quote(s); got != want {
			t.Fatalf("appendQuote(%q) = %s, want %s", s, got, want)
		}
	})
}
