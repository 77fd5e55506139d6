package candidacy

import (
	"bytes"
	"math/bits"
	"strings"

	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/internal/swar"
)

// withdrawalPhrases are the words by which a document withdraws a candidature
// in English, French and Spanish, folded to lower case, each with the index
// of withdrawalAnchor in it (TestWithdrawalPhrases checks them). The English
// and French forms follow the announcements of PP-14 and PP-06 ("decided to
// withdraw the candidature of", "withdrew his candidature") and the form a
// Secretariat uses in French ("du retrait de la candidature de"); no written
// withdrawal Note of the Secretary-General has been found, so the forms are
// a fallback for a document that does not mark its candidatures
// ([correspondence.Candidature.Withdrawal]).
var withdrawalPhrases = [...]struct {
	text   string
	anchor int // the index of withdrawalAnchor in text
}{
	{"withdrawal of the candidature", 19},
	{"withdrawal of the candidacy", 19},
	{"withdraw the candidature", 14},
	{"withdraw the candidacy", 14},
	{"retrait de la candidature", 15},
	{"retiro de la candidatura", 14},
}

// withdrawalAnchor is the part of a word every one of withdrawalPhrases holds
// ("candidature", "candidacy", "candidatura"): [saysWithdrawal] finds the
// phrases by it.
const withdrawalAnchor = "andida"

// withdraws reports whether one of texts says that the document withdraws a
// candidature: whether strings.ToLower of one of them holds one of
// withdrawalPhrases.
func withdraws(texts ...string) bool {
	for _, t := range texts {
		if saysWithdrawal(t) {
			return true
		}
	}
	return false
}

// saysWithdrawal reports whether strings.ToLower(t) holds one of
// withdrawalPhrases. Lowering keeps every ASCII byte where it is, and bytes
// from 0x80 on are in no phrase, so the phrases are first looked for in t
// itself, with no copy: t is read eight bytes at a time for the two "d"s of
// withdrawalAnchor, two bytes apart, a pair rare in any text, and the bytes
// around each pair are compared with the phrases. Unlike a skip search, no
// load waits on the one before, so it runs at the speed of the loads. A
// phrase found in t is in the lowered text; one not found may still be
// there only when t holds "İ" or the Kelvin sign, the only runes outside
// ASCII that lower to ASCII (see [foldPhraseBytes]), and the same reading
// tells whether t holds any byte outside ASCII at all: only then is t
// searched for the two, and lowered when it holds one.
func saysWithdrawal(t string) bool {
	const d1, d2 = 2, 4 // the indexes of the "d"s in withdrawalAnchor
	var read uint64     // the bytes read, ORed: whether t is ASCII
	i := 0
	for ; i+d2+16 <= len(t); i += 16 { // two words a turn: half the loop's own work
		x0, y0 := swar.Word(t, i+d1), swar.Word(t, i+d2)
		x1, y1 := swar.Word(t, i+8+d1), swar.Word(t, i+8+d2)
		read |= x0 | x1
		if m0, m1 := bothD(x0, y0), bothD(x1, y1); m0|m1 != 0 && (pairsSay(t, i, m0) || pairsSay(t, i+8, m1)) {
			return true
		}
	}
	for ; i+d2+8 <= len(t); i += 8 {
		x, y := swar.Word(t, i+d1), swar.Word(t, i+d2)
		read |= x
		if m := bothD(x, y); m != 0 && pairsSay(t, i, m) {
			return true
		}
	}
	for j := i; j+len(withdrawalAnchor) <= len(t); j++ { // the anchors no word held
		if t[j+d1]|0x20 == 'd' && t[j+d2]|0x20 == 'd' && phraseAt(t, j) {
			return true
		}
	}
	for j := range min(d1, len(t)) { // the bytes no word held
		read |= uint64(t[j])
	}
	for j := i + d1; j < len(t); j++ {
		read |= uint64(t[j])
	}
	if read&swar.Msb == 0 || !strings.Contains(t, "\u0130") && !strings.Contains(t, "\u212A") {
		return false
	}
	low := foldPhraseBytes(nil, t)
	for _, p := range withdrawalPhrases {
		if bytes.Contains(low, []byte(p.text)) {
			return true
		}
	}
	return false
}

// pairsSay reports whether one of the marks of m (see [bothD]), each at
// t[i+k+2] for byte k, is the "d"s of a withdrawal phrase.
func pairsSay(t string, i int, m uint64) bool {
	for ; m != 0; m &= m - 1 {
		if phraseAt(t, i+bits.TrailingZeros64(m)/8) {
			return true
		}
	}
	return false
}

// phraseAt reports whether withdrawalAnchor, its ASCII letters in any case,
// is at t[at:], inside one of withdrawalPhrases.
func phraseAt(t string, at int) bool {
	const w = withdrawalAnchor
	if at+len(w) > len(t) || !equalLowerASCII(t[at:at+len(w)], w) {
		return false
	}
	for _, p := range withdrawalPhrases {
		if s := at - p.anchor; s >= 0 && s+len(p.text) <= len(t) && equalLowerASCII(t[s:s+len(p.text)], p.text) {
			return true
		}
	}
	return false
}

// bothD marks, with its highest bit, each byte that is "d" or "D" in both
// words x and y: ORing 0x20 makes "D" "d" and makes no other byte one, so
// a byte of z is zero exactly when both are; it is, when adding 0x7f to its
// low seven bits leaves its highest bit and z's clear (no carry crosses
// into the next byte).
func bothD(x, y uint64) uint64 {
	const lower, d = 0x20 * swar.Lsb, 'd' * swar.Lsb
	z := (x | lower) ^ d | (y | lower) ^ d
	return ^((z&^swar.Msb + 0x7f*swar.Lsb) | z) & swar.Msb
}

// equalLowerASCII reports whether s, its ASCII capitals lowered, is p, which
// is lower-case ASCII of the same length.
func equalLowerASCII(s, p string) bool {
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// foldPhraseBytes appends t with its ASCII capitals lowered, and "İ" and the
// Kelvin sign as "i" and "k", the only runes outside ASCII that
// [strings.ToLower] lowers to ASCII; every other byte is kept. An ASCII
// phrase is in the result exactly when it is in strings.ToLower(t): bytes
// from 0x80 on, which the two write differently, are in no phrase.
func foldPhraseBytes(dst []byte, t string) []byte {
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xC4 && i+1 < len(t) && t[i+1] == 0xB0: // İ, U+0130
			c, i = 'i', i+1
		case c == 0xE2 && i+2 < len(t) && t[i+1] == 0x84 && t[i+2] == 0xAA: // K, U+212A
			c, i = 'k', i+2
		}
		dst = append(dst, c)
	}
	return dst
}

// noteWithdraws reports whether the Note is a withdrawal as a whole: its
// subject or text says so. A Note that marks its candidatures is read by the
// marks alone.
func noteWithdraws(n *correspondence.Note) bool {
	return !marksWithdrawal(n.Candidatures) && (withdraws(n.Subject) || withdraws(n.Text...))
}

// textWithdraws reports whether a note verbale or letter whose candidatures
// carry no withdrawal mark says in its text that it withdraws them.
func textWithdraws(cs []correspondence.Candidature, text []string) bool {
	return !marksWithdrawal(cs) && withdraws(text...)
}

// marksWithdrawal reports whether some candidature of cs is marked as withdrawn.
func marksWithdrawal(cs []correspondence.Candidature) bool {
	for _, c := range cs {
		if c.Withdrawal {
			return true
		}
	}
	return false
}

// letterCandidatures returns the candidatures of the note verbale and of the
// letter, the documents by which the Member State announces them, without
// reading their names or texts (see [Dossier.candidatures] for that).
func (d Dossier) letterCandidatures() [2][]correspondence.Candidature {
	var out [2][]correspondence.Candidature
	if d.NoteVerbale != nil {
		out[0] = d.NoteVerbale.Candidatures
	}
	if d.Letter != nil {
		out[1] = d.Letter.Candidatures
	}
	return out
}

// hasCandidatures reports whether the note verbale, the letter or the Note
// lists a candidature: whether [Dossier.candidatures] is not empty.
func (d Dossier) hasCandidatures() bool {
	cs := d.letterCandidatures()
	return len(cs[0]) > 0 || len(cs[1]) > 0 || (d.Note != nil && len(d.Note.Candidatures) > 0)
}
