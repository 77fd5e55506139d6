package candidacy

import (
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

// withdraws reports whether one of texts says that the document withdraws a
// candidature.
func withdraws(texts ...string) bool {
	for _, t := range texts {
		t = strings.ToLower(t)
		for _, p := range withdrawalPhrases {
			if strings.Contains(t, p) {
				return true
			}
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
