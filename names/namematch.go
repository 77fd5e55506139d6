package names

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/canon"
	"github.com/plenipot/itu/internal/fold"

	"golang.org/x/text/unicode/norm"
)

// Verdict says whether two written names name one person. The zero value
// means "not compared".
type Verdict int

// The verdicts of [Compare]. New values are appended, never reordered.
const (
	_         Verdict = iota
	Different         // two people, or a name too short to tell
	Variant           // one person plausibly, written with parts dropped, shortened or reordered
	Same              // one person: the same letters, however written
)

var verdictNames = [...]string{"", "different", "variant", "same"}

// String returns "same", "variant" or "different" ("" for the zero value).
func (v Verdict) String() string {
	if v < 0 || int(v) >= len(verdictNames) {
		return ""
	}
	return verdictNames[v]
}

// Diff is the set of ways in which two written forms of one name differ.
// The zero value means they differ in nothing [Compare] reports (case
// and titles are never reported).
type Diff uint16

// The differences [Compare] reports. [Same] carries at most
// DiffOrder, DiffHyphen and DiffDiacritics; the others make a [Variant].
const (
	DiffOrder      Diff = 1 << iota // the parts in another order ("Lim Hyesook" / "Hyesook LIM")
	DiffHyphen                      // a hyphen or space inside a name ("Chae-sub" / "Chaesub")
	DiffDiacritics                  // diacritics ("JUÁREZ" / "Juarez")
	DiffInitial                     // an initial for a name ("Edmund Y. FIANKO" / "Edmund Yirenkyi Fianko")
	DiffMiddleName                  // a middle name left out ("Cosmas Luckyson ZAVAZAVA" / "Cosmas Zavazava")
	DiffPatronymic                  // a patronymic left out ("ISMAILOV Rashid Rafkatovich" / "Rashid ISMAILOV")
	DiffNamePart                    // another part left out, such as one of several family names
	DiffScript                      // matched through the form in another script ("Rashid ISMAILOV (Рашид Исмаилов)" / "Рашид Исмаилов")
)

var diffNames = [...]string{"order", "hyphen or space", "diacritics", "initial", "middle name dropped", "patronymic dropped", "name part dropped", "other script"}

// String lists the differences: "initial, middle name dropped".
func (d Diff) String() string {
	var out []string
	for i, s := range diffNames {
		if d&(1<<i) != 0 {
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}

// Match is the result of [Compare]: the verdict and the ways the two
// written forms differ.
type Match struct {
	Verdict Verdict
	Differs Diff
}

// String returns "same", "same (diacritics)", "variant (initial)" or "different".
func (m Match) String() string {
	if m.Differs == 0 || m.Verdict == Different {
		return m.Verdict.String()
	}
	return m.Verdict.String() + " (" + m.Differs.String() + ")"
}

// Compare reports whether a and b, as two documents write them, name one
// person. Both are first reduced to their words: invisible characters (soft
// hyphens, zero-width spaces) removed and the text composed (NFC), so that
// no encoding of a name changes the verdict; titles removed, before the name
// in any of the six official languages and common national forms ("Dr",
// "H.E.", "Mme", "M.", "Sra.", "Dña.", "г-жа", "السيدة", "Smt.") and after it
// in Chinese and Japanese ("先生", "女士", "博士"); words compared by
// [canon.Key] without dots, hyphens and apostrophes, and, in the Latin,
// Greek and Cyrillic scripts, without diacritics. Names in other scripts keep
// their marks and compare only with names in the same script.
//
// The verdict is:
//
//   - [Same] when both hold the same letters in the same circular order:
//     the family name may come first or last, before a comma or not, and
//     spaces and hyphens between parts, diacritics and case do not count
//     ("FUATAI PURCELL, Gisa" / "Ms Gisa FUATAI PURCELL"; "Chae-sub" /
//     "Chaesub"; "JUÁREZ" / "Juarez"). This is [Name.SamePerson], and names
//     that are the same share a [Name.Key].
//   - [Variant] when every word of the shorter name stands for a
//     different word of the longer, in full or as its initial, at least two
//     do and at least one in full; the longer may hold more words (a middle
//     name, a patronymic, one of several family names).
//   - [Different] otherwise: a word in each name that the other lacks
//     ("Lee Chaesub" / "Lee Chae-won"; "Dr Chaesub LEE" / "Ms Hyesook LEE"), a
//     family name alone, or a name that does not parse.
//
// The verdict is symmetric and does not depend on case; which parts differ
// may, since capitals mark the family name ([Parse]).
//
// A name that gives its form in another script in brackets ("Rashid ISMAILOV
// (Рашид Исмаилов)", see [Name.Forms]) is compared in each of its forms, each
// within its script; when only the bracketed forms agree, the verdict is
// theirs with [DiffScript] among the differences.
func Compare(a, b Name) Match {
	m := compareForms(nameFormOf(a), nameFormOf(b))
	if m.Verdict == Same {
		return m
	}
	if a.otherForm() == "" && b.otherForm() == "" {
		return m
	}
	fa, fb := a.Forms(), b.Forms()
	for i, x := range fa {
		for j, y := range fb {
			if i == 0 && j == 0 {
				continue
			}
			if o := compareForms(nameFormOf(x), nameFormOf(y)); o.Verdict > m.Verdict {
				m = Match{Verdict: o.Verdict, Differs: o.Differs | DiffScript}
			}
		}
	}
	return m
}

// nameWord is one word of a name, titles removed.
type nameWord struct {
	key        string // folded, without diacritics in alphabetic scripts
	marked     string // folded, diacritics kept
	initials   string // the letters of an initial ("Y." "y", "J.-P." "jp"); "" for a full word
	heads      string // the first letters of a full word's hyphenated parts ("Jean-Philémon" "jp")
	hyphen     bool   // written with a hyphen
	family     bool   // part of the family name
	patronymic bool
	order      int // its place in given-then-family order
	given      int // its place among the given names; -1 in the family name
}

// nameForm is a name reduced for comparison: its words in written order and
// its ring, the least rotation of their keys run together.
type nameForm struct {
	words []nameWord
	ring  string
}

// nameFormOf reduces n to its words; the zero form (ring "") for a name that
// does not parse.
func nameFormOf(n Name) nameForm {
	s := string(n.primaryForm())
	if !fold.IsASCII(s) { // ASCII text is valid, NFC and holds no ignorable
		s = norm.NFC.String(canon.DropIgnorable(strings.ToValidUTF8(s, "\uFFFD")))
	}
	fields := strings.Fields(s)
	i := 0
	for i < len(fields) && isHonorific(fields, i) {
		i++
	}
	rest := strings.Join(fields[i:], " ")
	var famW, givW []string
	if fam, given, comma := strings.Cut(rest, ","); comma {
		famW, givW = splitNameWords(fam), splitNameWords(given)
		j := 0
		for j < len(givW) && isHonorific(givW, j) {
			j++
		}
		givW = givW[j:]
		if len(givW) > 0 {
			givW[len(givW)-1] = trimTitleSuffix(givW[len(givW)-1])
		} else if len(famW) > 0 {
			famW[len(famW)-1] = trimTitleSuffix(famW[len(famW)-1])
		}
	} else {
		ws := splitNameWords(rest)
		if k := len(ws) - 1; k > 0 && titleSuffixes[ws[k]] {
			ws = ws[:k]
		}
		if len(ws) > 0 {
			ws[len(ws)-1] = trimTitleSuffix(ws[len(ws)-1])
		}
		start, end := familyRun(ws)
		// Written order is kept: the family words are marked in place.
		var f nameForm
		for k, w := range ws {
			f.add(w, k >= start && k < end)
		}
		return f.finish()
	}
	if len(famW) == 0 {
		return nameForm{}
	}
	var f nameForm
	for _, w := range famW {
		f.add(w, true)
	}
	for _, w := range givW {
		f.add(w, false)
	}
	return f.finish()
}

// asciiRing is nameFormOf(s).ring for a name s in ASCII, its first form,
// without building the words; false when s is not ASCII. An ASCII name
// needs no normalising, holds no title suffix nor mark, and a word's key is
// its lower case without dots, apostrophes and hyphens, so the ring is those
// keys run together in the order nameFormOf adds them. One pass splits s
// into words (as strings.Fields) and folds every word's key, on the stack;
// the titles' keys, before the name and after its first comma, are then cut
// out. Only the ring itself is allocated (and the lists of a long name).
func asciiRing(s string) (string, bool) {
	var fb [16]string
	var ob [16]int
	var gb [8]string
	var gob [8]int
	var kb [128]byte                // the key, then its copy for the rotation
	fields, offs := fb[:0], ob[:0]  // the words, and where each one's key starts
	giv, givOffs := gb[:0], gob[:0] // the parts after the first comma, and where their keys start
	key := kb[:0]
	toks, comma := 0, -1 // parts before the first comma; the key's length there
	if !fold.IsASCII(s) {
		return "", false
	}
	for p := 0; p < len(s); {
		if c := s[p]; c == ' ' || '\t' <= c && c <= '\r' { // unicode.IsSpace, for ASCII
			p++
			continue
		}
		word := p
		offs = append(offs, len(key))
		for { // the word's parts, between commas
			part, partKey := p, len(key)
		bytes:
			for ; p < len(s); p++ {
				switch c := s[p]; {
				case c >= 'a': // nearly every letter
					key = append(key, c)
				case 'A' <= c && c <= 'Z':
					key = append(key, c+'a'-'A')
				case c == ',' || c == ' ' || '\t' <= c && c <= '\r':
					break bytes
				case c == '.' || c == '\'' || c == '`' || c == '-':
				default:
					key = append(key, c)
				}
			}
			if p > part {
				if comma < 0 {
					toks++
				} else {
					giv, givOffs = append(giv, s[part:p]), append(givOffs, partKey)
				}
			}
			if p == len(s) || s[p] != ',' {
				break
			}
			if comma < 0 {
				comma = len(key)
			}
			p++
		}
		fields = append(fields, s[word:p])
	}
	i := 0
	for i < len(fields) && isHonorific(fields, i) {
		i++
	}
	if comma >= 0 {
		// The titles hold no comma: each is one part before it.
		if toks == i {
			return "", true // no family name before the comma
		}
		j := 0
		for j < len(giv) && isHonorific(giv, j) {
			j++
		}
		if j > 0 {
			from := len(key)
			if j < len(giv) {
				from = givOffs[j]
			}
			key = append(key[:comma], key[from:]...)
		}
	}
	if i < len(fields) {
		key = key[offs[i]:]
	} else {
		key = key[:0]
	}
	n := len(key)
	if n < 2 {
		return string(key), true
	}
	d := append(key, key...)
	k := leastRotationIndex(d, n)
	return string(d[k : k+n]), true
}

// leastRotationIndex returns where the rotation of s that sorts first
// starts, for bytes (the two-pointer algorithm, linear in n), given d, s
// written twice, and n, the length of s.
func leastRotationIndex(d []byte, n int) int {
	d = d[:2*n]
	i, j, k := 0, 1, 0
	for i < n && j < n && k < n {
		a, b := d[i+k], d[j+k]
		if a == b {
			k++
			continue
		}
		if a > b {
			i += k + 1
		} else {
			j += k + 1
		}
		if i == j {
			j++
		}
		k = 0
	}
	return min(i, j)
}

// add appends the word w, unless it holds no letters.
func (f *nameForm) add(w string, family bool) {
	nw := foldNameWord(w)
	if nw.key == "" {
		return
	}
	nw.family = family
	f.words = append(f.words, nw)
}

// finish numbers the words in given-then-family order and computes the ring.
func (f nameForm) finish() nameForm {
	given := 0
	for i := range f.words {
		if !f.words[i].family {
			f.words[i].given, f.words[i].order = given, given
			given++
		}
	}
	fam := given
	var b strings.Builder
	for i := range f.words {
		if f.words[i].family {
			f.words[i].given, f.words[i].order = -1, fam
			fam++
		}
		b.WriteString(f.words[i].key)
	}
	f.ring = leastRotation(b.String())
	return f
}

// splitNameWords splits s at spaces, commas and middle dots ("多琳•伯格丹-马丁").
func splitNameWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '·' || r == '•' || r == '・' || r == '，'
	})
}

// titleSuffixes are the titles Chinese and Japanese write after a name.
var titleSuffixes = map[string]bool{"先生": true, "女士": true, "博士": true, "教授": true, "阁下": true, "閣下": true, "小姐": true, "夫人": true, "氏": true, "様": true, "さん": true}

// trimTitleSuffix removes a title written after a name in Han or kana
// ("李在摄博士"), keeping at least one character of the name.
func trimTitleSuffix(w string) string {
	if w == "" || w[len(w)-1] < utf8.RuneSelf {
		return w // every suffix is Han or kana
	}
	for s := range titleSuffixes {
		if rest, ok := strings.CutSuffix(w, s); ok && rest != "" && !canon.Alphabetic(lastRune(rest)) {
			return rest
		}
	}
	return w
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// foldNameWord folds one written word.
func foldNameWord(w string) nameWord {
	var nw nameWord
	if !strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Latin, r) }) {
		// canon.Key maps some capitals of other scripts to Latin
		// look-alikes but not their small letters ("М" but not "м"); a
		// word in another script is lowered first, so its case never counts.
		w = strings.ToLower(w)
	}
	ascii := fold.IsASCII(w)
	var c string
	if ascii {
		c = strings.ToLower(w) // canon.Key of ASCII text is its lower case; no marks to decompose
	} else {
		c = norm.NFD.String(canon.Key(w))
	}
	var key, marked strings.Builder
	var prev rune
	segLetters, segments, single := 0, 0, true
	var initials, heads strings.Builder
	for _, r := range c {
		switch {
		case r == '.' || isApostrophe(r):
			if segLetters > 0 {
				segments++
				single = single && segLetters == 1
			}
			segLetters = 0
			continue
		case unicode.Is(unicode.Pd, r):
			nw.hyphen = true
			if segLetters > 0 {
				segments++
				single = single && segLetters == 1
			}
			segLetters = 0
			continue
		case unicode.Is(unicode.Mn, r):
			marked.WriteRune(r)
			if !canon.Alphabetic(prev) {
				key.WriteRune(r)
			}
			continue
		}
		if segLetters == 0 {
			heads.WriteRune(r)
		}
		segLetters++
		if canon.Alphabetic(r) {
			initials.WriteRune(r)
		} else {
			single = false
		}
		key.WriteRune(r)
		marked.WriteRune(r)
		prev = r
	}
	if segLetters > 0 {
		segments++
		single = single && segLetters == 1
	}
	if ascii {
		nw.key, nw.marked = key.String(), key.String()
	} else {
		nw.key, nw.marked = norm.NFC.String(key.String()), norm.NFC.String(marked.String())
	}
	if segments > 0 && single && initials.Len() > 0 {
		nw.initials = initials.String()
	} else {
		nw.heads = heads.String()
	}
	for _, s := range patronymicEndings {
		if len(nw.key) > len(s)+2 && strings.HasSuffix(nw.key, s) {
			nw.patronymic = true
		}
	}
	return nw
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == '‘'
}

// patronymicEndings end the patronymics of Russian and other names of the
// former Soviet Union, as [canon.Key] folds them ("Rafkatovich",
// "Рафкатович", "-ovna", "-ogly", "-kyzy"; a Cyrillic letter that looks
// Latin is Latin). TestPatronymicEndings derives them from the endings as
// written.
var patronymicEndings = []string{"vich", "vna", "ichna", "ogly", "oglu", "kyzy", "qizi", "bич", "bha", "ичha", "oглы", "kызы"}

// familyRun returns the words of ws that make the family name, as
// [Parse] finds them: one run of words in capitals among others, else
// the last word.
func familyRun(ws []string) (start, end int) {
	caps := capsWords(ws)
	if n := len(caps); n > 0 && n < len(ws) && caps[n-1]-caps[0] == n-1 {
		return caps[0], caps[n-1] + 1
	}
	return len(ws) - 1, len(ws)
}

// leastRotation returns the rotation of s, by characters, that sorts first
// (Booth's algorithm, linear in the length of s).
func leastRotation(s string) string {
	r := []rune(s)
	n := len(r)
	if n < 2 {
		return s
	}
	f := make([]int, 2*n)
	for i := range f {
		f[i] = -1
	}
	k := 0
	for j := 1; j < 2*n; j++ {
		sj := r[j%n]
		i := f[j-k-1]
		for i != -1 && sj != r[(k+i+1)%n] {
			if sj < r[(k+i+1)%n] {
				k = j - i - 1
			}
			i = f[i]
		}
		if i == -1 && sj != r[(k+i+1)%n] {
			if sj < r[(k+i+1)%n] {
				k = j
			}
			f[j-k] = -1
		} else {
			f[j-k] = i + 1
		}
	}
	return string(r[k:]) + string(r[:k])
}

// maxAligned bounds the words of a name compared word by word; a longer
// name is the same as another or different from it.
const maxAligned = 16

// compareForms is [Compare] on reduced names.
func compareForms(a, b nameForm) Match {
	if a.ring == "" || b.ring == "" {
		return Match{Verdict: Different}
	}
	if formOrder(a, b) > 0 {
		a, b = b, a // so the result does not depend on the order of the arguments
	}
	al, ok := align(a, b)
	if a.ring == b.ring {
		return Match{Verdict: Same, Differs: al.diff & (DiffOrder | DiffHyphen | DiffDiacritics)}
	}
	if !ok || al.leftA > 0 && al.leftB > 0 {
		return Match{Verdict: Different}
	}
	short := a
	if al.leftA > 0 {
		short = b
	}
	if len(short.words) < 2 || al.full == 0 {
		return Match{Verdict: Different}
	}
	if al.diff == 0 {
		al.diff = DiffOrder // the same words, not in a circular order
	}
	return Match{Verdict: Variant, Differs: al.diff}
}

// formOrder orders reduced names, so that [compareForms] sees a pair in one order.
func formOrder(a, b nameForm) int {
	if c := cmp.Compare(a.ring, b.ring); c != 0 {
		return c
	}
	return slices.CompareFunc(a.words, b.words, func(x, y nameWord) int {
		return cmp.Or(cmp.Compare(x.marked, y.marked), cmp.Compare(x.order, y.order), cmp.Compare(x.initials, y.initials), boolOrder(x.hyphen, y.hyphen))
	})
}

func boolOrder(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return 1
	}
	return -1
}

// alignment pairs the words of two names.
type alignment struct {
	diff         Diff
	full         int // words matched in full
	leftA, leftB int // words left unmatched
}

// align matches the words of a with those of b: in full, then run together
// ("Chaesub" with "Chae sub"), then as initials; it reports what differs and
// what is left over. It is false when a name has more than maxAligned words.
func align(a, b nameForm) (alignment, bool) {
	var al alignment
	if len(a.words) > maxAligned || len(b.words) > maxAligned {
		return al, false
	}
	var pa, pb [maxAligned]int // the word matched, plus one; 0 when none
	pair := func(i, j int, d Diff) {
		pa[i], pb[j] = j+1, i+1
		al.diff |= d
	}
	aw, bw := a.words, b.words
	// In full, and initials to initials.
	for i, x := range aw {
		for j, y := range bw {
			if pb[j] != 0 || x.key != y.key || (x.initials == "") != (y.initials == "") {
				continue
			}
			var d Diff
			if x.hyphen != y.hyphen {
				d |= DiffHyphen
			}
			if x.marked != y.marked {
				d |= DiffDiacritics
			}
			pair(i, j, d)
			if x.initials == "" {
				al.full++
			}
			break
		}
	}
	// Run together: one word of one name, several of the other.
	al.full += joinRuns(aw, bw, pa[:], pb[:], &al.diff)
	al.full += joinRuns(bw, aw, pb[:], pa[:], &al.diff)
	// Initials.
	initialRuns(aw, bw, pa[:], pb[:], &al.diff)
	initialRuns(bw, aw, pb[:], pa[:], &al.diff)
	al.diff |= dropped(aw, pa[:], &al.leftA) | dropped(bw, pb[:], &al.leftB)
	last := -1
	for _, i := range orderOf(aw) {
		if j := pa[i] - 1; j >= 0 {
			if bw[j].order < last {
				al.diff |= DiffOrder
			}
			last = bw[j].order
		}
	}
	return al, true
}

// joinRuns matches each unmatched full word of xs with a run of two to four
// unmatched full words of ys whose keys, run together, are its key. It
// returns the words matched.
func joinRuns(xs, ys []nameWord, px, py []int, diff *Diff) int {
	n := 0
	for i, x := range xs {
		if px[i] != 0 || x.initials != "" {
			continue
		}
		for j := range ys {
			rest, k := x.key, j
			for ; k < len(ys) && k-j < 4 && py[k] == 0 && ys[k].initials == "" && strings.HasPrefix(rest, ys[k].key); k++ {
				rest = rest[len(ys[k].key):]
				if rest == "" {
					break
				}
			}
			if rest == "" && k > j {
				px[i] = j + 1
				marked := ""
				for m := j; m <= k; m++ {
					py[m] = i + 1
					marked += ys[m].marked
				}
				*diff |= DiffHyphen
				if marked != x.marked {
					*diff |= DiffDiacritics
				}
				n++
				break
			}
		}
	}
	return n
}

// initialRuns matches each unmatched initial of xs ("Y.", "P.K.") with as
// many unmatched words of ys, in a row, whose first letters it spells.
func initialRuns(xs, ys []nameWord, px, py []int, diff *Diff) {
	for i, x := range xs {
		if px[i] != 0 || x.initials == "" {
			continue
		}
		for j, y := range ys {
			if py[j] != 0 || y.initials != "" {
				continue
			}
			if y.heads == x.initials || firstLetter(y.key) == x.initials {
				px[i], py[j] = j+1, i+1
				*diff |= DiffInitial
				break
			}
			if k := j + utf8.RuneCountInString(x.initials); k <= len(ys) && spells(x.initials, ys[j:k], py[j:k]) {
				px[i] = j + 1
				for m := j; m < k; m++ {
					py[m] = i + 1
				}
				*diff |= DiffInitial
				break
			}
		}
	}
}

// spells reports whether the first letters of the unmatched full words ws
// spell initials.
func spells(initials string, ws []nameWord, used []int) bool {
	var b strings.Builder
	for m, w := range ws {
		if used[m] != 0 || w.initials != "" {
			return false
		}
		b.WriteString(firstLetter(w.key))
	}
	return b.String() == initials
}

func firstLetter(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

// dropped counts the unmatched words of ws in *left and says what they are.
func dropped(ws []nameWord, p []int, left *int) Diff {
	var d Diff
	for i, w := range ws {
		if p[i] != 0 {
			continue
		}
		*left++
		switch {
		case w.patronymic:
			d |= DiffPatronymic
		case w.family || w.given == 0:
			d |= DiffNamePart
		default:
			d |= DiffMiddleName
		}
	}
	return d
}

// orderOf returns the indexes of ws in given-then-family order.
func orderOf(ws []nameWord) []int {
	out := make([]int, len(ws))
	for i, w := range ws {
		out[w.order] = i
	}
	return out
}

// Index finds, among the names added to it, those that name the same
// person as a given name or a compatible variant of it ([Compare]),
// without comparing every pair: names that are the same share an entry
// (by [Name.Key]), and an entry is compared with a name only when they share
// a word written in full. The zero value is an empty index.
//
// Lookups are bounded: besides the entry with the same key, a lookup compares
// at most [MaxComparisons] entries, taking first those that share its
// rarest words. Only input built to defeat it (hundreds of names sharing
// every word of a name) can hide a variant.
type Index struct {
	byKey map[string]int
	forms []nameForm
	words map[string][]int
}

// MaxComparisons bounds the entries one [Index.Matches] compares.
const MaxComparisons = 64

// Add adds n and returns its entry: the entry of the names the same as n,
// new or not. It returns -1 when n does not parse.
func (x *Index) Add(n Name) int {
	f := nameFormOf(n)
	if f.ring == "" {
		return -1
	}
	if id, ok := x.byKey[f.ring]; ok {
		return id
	}
	if x.byKey == nil {
		x.byKey, x.words = map[string]int{}, map[string][]int{}
	}
	id := len(x.forms)
	x.byKey[f.ring] = id
	x.forms = append(x.forms, f)
	for i, w := range f.words {
		if w.initials == "" && i < maxAligned && !slices.ContainsFunc(f.words[:i], func(v nameWord) bool { return v.key == w.key }) {
			x.words[w.key] = append(x.words[w.key], id)
		}
	}
	return id
}

// Len returns the number of entries: distinct people as [Name.Key] tells them.
func (x *Index) Len() int { return len(x.forms) }

// Matches yields each entry that names the same person as n, or a compatible
// variant, with how it compares: the same entry first.
func (x *Index) Matches(n Name) iter.Seq2[int, Match] {
	return func(yield func(int, Match) bool) {
		f := nameFormOf(n)
		if f.ring == "" || len(x.forms) == 0 {
			return
		}
		same, ok := x.byKey[f.ring]
		if ok && !yield(same, compareForms(f, x.forms[same])) {
			return
		}
		var buckets [][]int
		for i, w := range f.words {
			if b := x.words[w.key]; w.initials == "" && i < maxAligned && len(b) > 0 {
				buckets = append(buckets, b)
			}
		}
		slices.SortFunc(buckets, func(p, q []int) int { return cmp.Compare(len(p), len(q)) })
		seen := map[int]bool{same: ok}
		budget := MaxComparisons
		for _, b := range buckets {
			for _, id := range b {
				if seen[id] {
					continue
				}
				if budget == 0 {
					return
				}
				budget--
				seen[id] = true
				if m := compareForms(f, x.forms[id]); m.Verdict == Variant && !yield(id, m) {
					return
				}
			}
		}
	}
}
