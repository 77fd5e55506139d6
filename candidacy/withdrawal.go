package candidacy

import (
	"bytes"
	"strings"
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
// candidature.
func withdraws(texts ...string) bool {
	var buf [1024]byte
	for _, t := range texts {
		if !mayNameCandidature(t) {
			continue // most paragraphs: no lower-casing, no allocation
		}
		low := appendLower(buf[:0], t)
		for _, p := range withdrawalPhrases {
			if bytes.Contains(low, []byte(p)) {
				return true
			}
		}
	}
	return false
}

// appendLower appends t lower-cased as [strings.ToLower] does; an ASCII
// text, nearly every one, is lowered in place without a copy of its own.
func appendLower(dst []byte, t string) []byte {
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			return append(dst, strings.ToLower(t)...)
		}
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
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
