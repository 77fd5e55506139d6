package payload

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/election"
)

func init() {
	kinds = map[itu.Kind]func() Record{
		itu.KindDossier:         func() Record { return new(candidacy.Dossier) },
		itu.KindCandidacy:       func() Record { return new(candidacy.Candidacy) },
		itu.KindCV:              func() Record { return new(cv.CV) },
		itu.KindVisionStatement: func() Record { return new(cv.VisionStatement) },
		itu.KindNote:            func() Record { return new(correspondence.Note) },
		itu.KindNoteVerbale:     func() Record { return new(correspondence.NoteVerbale) },
		itu.KindLetter:          func() Record { return new(correspondence.Letter) },
		itu.KindConference:      func() Record { return new(election.Conference) },
		itu.KindElection:        func() Record { return new(election.Election) },
	}
}
