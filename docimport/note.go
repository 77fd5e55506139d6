package docimport

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/names"
)

// readNote reads a Note by the Secretary-General: the meeting, the symbol
// block (symbol, date, original language), the title, the subject, the
// paragraphs, the signatory and the annex line.
func readNote(bs []block, r reader) *correspondence.Note {
	n := &correspondence.Note{Kind: itu.KindNote}
	i := 0
	if len(bs) > 0 && !isNoteSymbolBlock(bs[0]) {
		n.Body = bs[0].text()
		r.at("/body", bs[0].span())
		i++
	}
	if i < len(bs) && isNoteSymbolBlock(bs[i]) {
		readSymbolBlock(bs[i], n, r)
		i++
	}
	if i < len(bs) && isLabel(bs[i].text(), anyLabel(func(l labelSet) []string { return l.noteTitle })) {
		n.Title = bs[i].text()
		r.at("/title", bs[i].span())
		i++
	}
	if i < len(bs) {
		n.Subject = bs[i].text()
		r.at("/subject", bs[i].span())
		i++
	}
	end := len(bs)
	if end > i {
		if k, ok := annexCount(bs[end-1].text()); ok {
			n.Annexes = k
			r.at("/annexes", bs[end-1].span())
			end--
		}
	}
	if end > i+1 {
		end = readSignatory(bs[i:end], &n.Signatory, r, "/signatory") + i
	}
	for k, b := range bs[i:end] {
		n.Text = append(n.Text, b.text())
		r.at("/text/"+strconv.Itoa(k), b.span())
	}
	if len(n.Text) > 0 {
		n.References = references(strings.Join(n.Text, "\n"))
		if len(n.References) > 0 {
			r.at("/references", spanOf(bs[i:end]))
		}
		n.Candidatures = noteCandidatures(n, bs[i:end], r)
	}
	return n
}

func isNoteSymbolBlock(b block) bool {
	if len(b.lines) < 2 {
		return false
	}
	_, err := correspondence.ParseSymbol(b.lines[0].s)
	_, ok := readDate(b.lines[1].s)
	return err == nil && ok
}

// readSymbolBlock reads the symbol, the date and the original language.
func readSymbolBlock(b block, n *correspondence.Note, r reader) {
	n.Symbol = correspondence.Symbol(b.lines[0].s)
	r.at("/symbol", Lines{b.lines[0].n, b.lines[0].n})
	n.Date, n.DateText, _ = dateFields(b.lines[1].s)
	r.date(Lines{b.lines[1].n, b.lines[1].n}, n.DateText)
	defer func() {
		// A translation names its language: the symbol's, when it is not
		// the original's ("Document 12-F" of an English original).
		if lang := n.Symbol.Language(); lang.IsValid() && lang != n.Original && n.Original.IsValid() {
			n.Language = lang
			r.at("/language", Lines{b.lines[0].n, b.lines[0].n})
		}
	}()
	for _, l := range b.lines[2:] {
		rest, ok := cutLabel(l.s, anyLabel(func(l labelSet) []string { return l.original }))
		lang, known := languageNamed(rest)
		if ok && known {
			n.Original = lang
			r.at("/original", Lines{l.n, l.n})
			continue
		}
		r.warn(Lines{l.n, l.n}, "line of the symbol block not read: "+clip.Quote(l.s))
	}
}

// annexCount reads "Annex: 1" or "Annexes: 3" in any language of the table,
// the label and the count separated as the language prints them or by a
// colon and spaces.
func annexCount(s string) (int, bool) {
	for _, l := range labelSets() {
		for _, a := range l.annex {
			rest, ok := strings.CutPrefix(s, a)
			if !ok {
				continue
			}
			if sep, ok := strings.CutPrefix(rest, l.annexSep); ok && l.annexSep != "" {
				rest = sep
			} else {
				rest = strings.TrimLeft(rest, " :：")
			}
			if k, err := strconv.Atoi(rest); err == nil && k >= 0 && k < 1000 && rest != "" && rest[0] != '+' {
				return k, true
			}
		}
	}
	return 0, false
}

// readSignatory reads the signatory from the last of bs: its name and title,
// and a description of a handwritten signature in the block before. It
// returns how many blocks come before the signature.
func readSignatory(bs []block, s *correspondence.Signatory, r reader, path string) int {
	last := bs[len(bs)-1]
	s.Name = names.Name(last.lines[0].s)
	r.at(path+"/name", Lines{last.lines[0].n, last.lines[0].n})
	if len(last.lines) > 1 {
		s.Title = joinLines(last.strs()[1:])
		r.at(path+"/title", Lines{last.lines[1].n, last.span().Last})
	}
	end := len(bs) - 1
	if end > 0 && isSignatureText(bs[end-1].text()) {
		s.Signature = bs[end-1].text()
		r.at(path+"/signature", bs[end-1].span())
		end--
	}
	return end
}

// isSignatureText reports whether s describes a handwritten signature, as
// transcripts do ("A handwritten signature in black ink, ...").
func isSignatureText(s string) bool {
	return len(s) < 500 && containsAny(s, anyLabel(func(l labelSet) []string { return l.signature })) &&
		containsAny(s, []string{"handwritten", "manuscrite", "manuscrita", "рукописн", "signature in", "appearing"})
}

// candidateLine matches the line that names a candidate and the Member State
// in brackets: "Dr Chaesub LEE (Republic of Korea)"; in Chinese, in the
// fullwidth brackets Chinese text sets: "李在摄博士（大韩民国）".
var candidateLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(.{1,200}?)\s*(?:\(([^()（）]{2,100})\)|（([^()（）]{2,100})）)$`)
})

// stateInBrackets matches a Member State in brackets inside a sentence, in
// ASCII or fullwidth brackets.
var stateInBrackets = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\(([^()（）]{2,100})\)|（([^()（）]{2,100})）`)
})

// noteCandidatures reads the candidatures a Note transmits: each candidate's
// line, the post named after it or in the subject, withdrawn when the
// subject says so.
func noteCandidatures(n *correspondence.Note, bs []block, r reader) []correspondence.Candidature {
	withdrawn := containsAny(n.Subject, anyLabel(func(l labelSet) []string { return l.withdrawal }))
	post, _ := postAfter(n.Subject)
	var out []correspondence.Candidature
	for k, p := range n.Text {
		name, stateText, ok := candidateIn(p)
		if !ok {
			continue
		}
		code, _ := lookupState(stateText)
		c := correspondence.Candidature{Post: post, Candidate: names.Name(name), MemberState: code, MemberStateText: stateText, Withdrawal: withdrawn}
		if k+1 < len(n.Text) {
			if p2, ok := postAfter(n.Text[k+1]); ok {
				c.Post = p2
			}
		}
		if c.Post == 0 {
			if p2, ok := postAfter(p); ok {
				c.Post = p2
			}
		}
		r.at("/candidatures/"+strconv.Itoa(len(out)), bs[k].span())
		out = append(out, c)
	}
	return out
}

// candidateIn finds a candidate and a Member State in brackets in p: p
// whole ("Dr Chaesub LEE (Republic of Korea)") or a run of capitalised
// words before the brackets inside a sentence.
func candidateIn(p string) (name, state string, ok bool) {
	if len(p) > 2000 {
		return "", "", false // a candidate's line or sentence, not a page of text
	}
	if g := candidateLine().FindStringSubmatch(p); g != nil && len(p) < 250 {
		if _, ok := lookupState(g[2] + g[3]); ok {
			return g[1], g[2] + g[3], true
		}
	}
	for _, loc := range stateInBrackets().FindAllStringSubmatchIndex(p, 10) {
		if loc[2] < 0 {
			loc = append(loc[:2], loc[4:]...) // the fullwidth brackets
		}
		st := p[loc[2]:loc[3]]
		if _, ok := lookupState(st); !ok {
			continue
		}
		ws := strings.Fields(p[:loc[0]])
		k := len(ws)
		for k > 0 && len(ws)-k < 6 && startsUpper(ws[k-1]) {
			k--
		}
		if k < len(ws) {
			return strings.Join(ws[k:], " "), st, true
		}
	}
	return "", "", false
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
