package candidacy

import "strings"

// Render returns the dossier as the Secretary-General publishes it, one
// document of several pages: the Note, then its annexes (the note verbale,
// the letter, the CV and the vision statement), each as its own Render gives
// it, so that every page opens with three blank lines, as the transcripts of
// ITU documents set a new page. A document the dossier does not hold is left
// out, and so is Base, which belongs to another document. The dossier of
// PP-22 Document 12-E comes back byte for byte.
func (d Dossier) Render() string {
	var b strings.Builder
	if d.Note != nil {
		b.WriteString(d.Note.Render())
	}
	if d.NoteVerbale != nil {
		b.WriteString(d.NoteVerbale.Render())
	}
	if d.Letter != nil {
		b.WriteString(d.Letter.Render())
	}
	if d.CV != nil {
		b.WriteString(d.CV.Render())
	}
	if d.VisionStatement != nil {
		b.WriteString(d.VisionStatement.Render())
	}
	return b.String()
}
