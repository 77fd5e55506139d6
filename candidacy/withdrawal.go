package candidacy

import (
	"bytes"
	"strings"

	"github.com/plenipot/itu/correspondence"
)

// withdrawalPhrases are the words by which a document withdraws a candidature
// in English, French and Spanish, folded to lower case. The English and
// French forms follow the announcements of PP-14 and PP-06 ("decided to
// withdraw the candidature of", "withdrew his candidature") and the form a
// Secretariat uses in French ("du retrait de la candidature de"); no written
// withdrawal Note of the Secretary-General has been found, so the forms are
// a fallback for a document that does not mark its candidatures
// ([correspondence.Candidature.Withdrawal]).
var withdrawalPhrases = []string{
	"withdrawal of the candidature",
	"withdrawal of the candidacy",
	"withdraw the candidature",
	"withdraw the candidacy",
	"retrait de la candidature",
	"retiro de la candidatura",
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
// withdrawalPhrases. Nearly every text holds neither "İ" nor the Kelvin sign,
// the only runes outside ASCII that lower to ASCII (see [foldPhraseBytes]);
// for them, lowering keeps every byte where it is, so the phrases are looked
// for in t itself, by skipping through it for withdrawalAnchor and comparing
// the bytes around each one found, with no copy. Text holding either rune is
// lowered first.
func saysWithdrawal(t string) bool {
	if strings.Contains(t, "\u0130") || strings.Contains(t, "\u212A") {
		low := foldPhraseBytes(nil, t)
		for _, p := range withdrawalPhrases {
			if bytes.Contains(low, []byte(p)) {
				return true
			}
		}
		return false
	}
	for i := indexAnchor(t); i >= 0; {
		for _, p := range withdrawalPhrases {
			a := strings.Index(p, withdrawalAnchor)
			if at := i - a; at >= 0 && at+len(p) <= len(t) && equalLowerASCII(t[at:at+len(p)], p) {
				return true
			}
		}
		next := indexAnchor(t[i+1:])
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// anchorSkip is the Horspool skip table of withdrawalAnchor, ASCII case
// folded: how far the search may move on when the byte under the anchor's
// last letter is c.
var anchorSkip = func() (skip [256]uint8) {
	const w = withdrawalAnchor
	for c := range skip {
		skip[c] = uint8(len(w))
	}
	for i := 0; i < len(w)-1; i++ {
		skip[w[i]] = uint8(len(w) - 1 - i)
		skip[w[i]-'a'+'A'] = uint8(len(w) - 1 - i)
	}
	return skip
}()

// indexAnchor returns the index of the first withdrawalAnchor in t, ASCII
// letters compared without case, or -1. It reads about one byte in five of
// ordinary text (Horspool's search).
func indexAnchor(t string) int {
	const w = withdrawalAnchor
	for i := 0; i+len(w) <= len(t); i += int(anchorSkip[t[i+len(w)-1]]) {
		if t[i+len(w)-1]|0x20 == w[len(w)-1] && equalLowerASCII(t[i:i+len(w)], w) {
			return i
		}
	}
	return -1
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
