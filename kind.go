package itu

// Kind names a payload kind. Every top-level record carries it in a "kind"
// member so a payload says what it is; nested records may leave it out. The
// zero value means "not stated".
type Kind string

// The payload kinds.
const (
	KindDossier         Kind = "dossier"          // candidacy.Dossier
	KindCandidacy       Kind = "candidacy"        // candidacy.Candidacy
	KindCV              Kind = "cv"               // cv.CV
	KindVisionStatement Kind = "vision_statement" // cv.VisionStatement
	KindNote            Kind = "note"             // correspondence.Note
	KindNoteVerbale     Kind = "note_verbale"     // correspondence.NoteVerbale
	KindLetter          Kind = "letter"           // correspondence.Letter
	KindConference      Kind = "conference"       // election.Conference
	KindElection        Kind = "election"         // election.Election
)
