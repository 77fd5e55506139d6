package candidacy

import (
	"bytes"
	"unicode"
	"unicode/utf8"

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

// withdraws reports whether one of texts says that the document withdraws a
// candidature: whether strings.ToLower of one of them holds one of
// withdrawalPhrases. Each paragraph is folded once into a buffer on the
// stack (foldPhraseBytes) and searched there; one too long for the buffer
// is first asked whether it may name a candidature at all.
func withdraws(texts ...string) bool {
	var buf [2048]byte
	for _, t := range texts {
		if len(t) > len(buf) && !mayNameCandidature(t) {
			continue // a long paragraph that names none: never copied
		}
		low := foldPhraseBytes(buf[:0], t)
		if !bytes.Contains(low, []byte("andida")) {
			continue // as in every phrase: "candidature", "candidacy", "candidatura"
		}
		for _, p := range withdrawalPhrases {
			if bytes.Contains(low, []byte(p)) {
				return true
			}
		}
	}
	return false
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

// mayNameCandidature reports whether t, lower-cased as [strings.ToLower]
// does, holds "andida", as every one of withdrawalPhrases does
// ("candidature", "candidacy", "candidatura"). It reads t once and allocates
// nothing, so the paragraphs that cannot withdraw anything (nearly all) are
// never lower-cased. Non-ASCII runes are lower-cased too: "İ" lower-cases to
// "i".
func mayNameCandidature(t string) bool {
	const w = "andida" // no proper prefix of w is also its suffix but "a"
	n := 0
	for i := 0; i < len(t); i++ {
		c := rune(t[i])
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(t[i:])
			c = unicode.ToLower(r)
			i += size - 1
		} else if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch {
		case c == rune(w[n]):
			n++
			if n == len(w) {
				return true
			}
		case c == 'a':
			n = 1
		default:
			n = 0
		}
	}
	return false
}

// noteWithdraws reports whether the Note is a withdrawal as a whole: its
// subject or text says so. A Note that marks its candidatures is read by the
// marks alone.
func noteWithdraws(n *correspondence.Note) bool {
	return !marksWithdrawal(n.Candidatures) && withdraws(append([]string{n.Subject}, n.Text...)...)
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
