package docimport

import (
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/correspondence"
)

// dossierBuilder collects the documents of one dossier: a Note and its
// annexes, at most one of each kind.
type dossierBuilder struct {
	d       candidacy.Dossier
	sources []Source
	kinds   []itu.Kind
}

func (b *dossierBuilder) has(k itu.Kind) bool {
	for _, x := range b.kinds {
		if x == k {
			return true
		}
	}
	return false
}

// read reads one document into the dossier.
func (b *dossierBuilder) read(d doc, warnings *[]Warning) {
	b.kinds = append(b.kinds, d.kind)
	r := reader{prefix: "/" + string(d.kind), sources: &b.sources, warnings: warnings}
	switch d.kind {
	case itu.KindNote:
		b.d.Note = readNote(d.blocks, r)
	case itu.KindNoteVerbale:
		b.d.NoteVerbale = readNoteVerbale(d.blocks, r)
	case itu.KindLetter:
		b.d.Letter = readLetter(d.blocks, r)
	case itu.KindCV:
		b.d.CV = readCV(d.blocks, r)
	case itu.KindVisionStatement:
		b.d.VisionStatement = readVision(d.blocks, r)
		b.d.VisionStatement.Language = guessLanguage(d.blocks)
		r.at("/language", spanOf(d.blocks))
	}
}

// payload returns the dossier as a payload: a dossier when it holds more
// than one document, else the one document as a payload of its kind.
func (b *dossierBuilder) payload(c config) (Payload, bool) {
	d := &b.d
	if d.Note != nil && d.Note.Conference == "" {
		d.Note.Conference = c.conference
		if d.Note.Conference == "" && d.NoteVerbale != nil {
			d.Note.Conference = d.NoteVerbale.Conference.Code
			b.derive("/note/conference", "/note_verbale/conference")
		}
		if d.Note.Conference == "" && !d.Note.Date.IsZero() {
			if code, ok := c.conferenceOn(d.Note.Date); ok {
				d.Note.Conference = code
				b.infer("/note/conference", "/note/date", "the first conference of the calendar that closes on or after the Note's date")
			}
		}
	}
	if post := b.post(); post != 0 {
		if d.CV != nil && d.CV.Post == 0 {
			d.CV.Post = post
			b.derive("/cv/post", "/note/candidatures/0")
		}
		if d.VisionStatement != nil && d.VisionStatement.Post == 0 {
			d.VisionStatement.Post = post
			b.derive("/vision_statement/post", "/note/candidatures/0")
		}
	}
	if len(b.kinds) == 0 {
		return Payload{}, false
	}
	if d.Letter != nil {
		b.claims(d.Letter.Text, itu.KindLetter)
	}
	if d.NoteVerbale != nil {
		b.claims(d.NoteVerbale.Text, itu.KindNoteVerbale)
	}
	if len(b.kinds) > 1 {
		d.Kind = itu.KindDossier
		return Payload{Kind: itu.KindDossier, Record: d, Sources: b.sources}, true
	}
	// One document alone: its paths lose the dossier's member name.
	prefix := "/" + string(b.kinds[0])
	for i := range b.sources {
		b.sources[i].Path = strings.TrimPrefix(b.sources[i].Path, prefix)
	}
	var rec any
	switch b.kinds[0] {
	case itu.KindNote:
		rec = d.Note
	case itu.KindNoteVerbale:
		rec = d.NoteVerbale
	case itu.KindLetter:
		rec = d.Letter
	case itu.KindCV:
		rec = d.CV
	case itu.KindVisionStatement:
		rec = d.VisionStatement
	}
	return Payload{Kind: b.kinds[0], Record: rec, Sources: b.sources}, true
}

// claims adds the claims of a document's paragraphs, each read from its
// paragraph's lines.
func (b *dossierBuilder) claims(ps []string, k itu.Kind) {
	for i, p := range ps {
		for _, c := range claimsIn([]string{p}, k) {
			b.derive("/claims/"+strconv.Itoa(len(b.d.Claims)), "/"+string(k)+"/text/"+strconv.Itoa(i))
			b.d.Claims = append(b.d.Claims, c)
		}
	}
}

// derive records that the field at path was read from the lines of the
// field at from.
func (b *dossierBuilder) derive(path, from string) {
	for _, s := range b.sources {
		if s.Path == from {
			b.sources = append(b.sources, Source{Path: path, Lines: s.Lines})
			return
		}
	}
}

// infer records that the field at path was inferred, as why says, from the
// lines of the field at from.
func (b *dossierBuilder) infer(path, from, why string) {
	for _, s := range b.sources {
		if s.Path == from {
			b.sources = append(b.sources, Source{Path: path, Lines: s.Lines, Inferred: why})
			return
		}
	}
}

// post returns the post of the dossier's candidate, as its Note or CV names it.
func (b *dossierBuilder) post() itu.Post {
	d := b.d
	for _, cs := range [][]correspondence.Candidature{noteCands(d.Note), nvCands(d.NoteVerbale), letterCands(d.Letter)} {
		for _, c := range cs {
			if c.Post.CandidateIsPerson() {
				return c.Post
			}
		}
	}
	if d.CV != nil {
		return d.CV.Post
	}
	return 0
}

func noteCands(n *correspondence.Note) []correspondence.Candidature {
	if n == nil {
		return nil
	}
	return n.Candidatures
}

func nvCands(n *correspondence.NoteVerbale) []correspondence.Candidature {
	if n == nil {
		return nil
	}
	return n.Candidatures
}

func letterCands(l *correspondence.Letter) []correspondence.Candidature {
	if l == nil {
		return nil
	}
	return l.Candidatures
}

// guessLanguage returns the language of the blocks: the one whose frequent
// words they use most, among their first 2,000 words; English when nothing
// tells. Chinese and Arabic are told by their script, which no other official
// language writes: each Han character counts for Chinese (Chinese puts no
// space between words) and each word in Arabic letters for Arabic, so that a
// vision statement written in either reads as such.
func guessLanguage[T block | doc](xs []T) itu.Language {
	counts := map[itu.Language]int{}
	seen := 0
	for _, x := range xs {
		for _, b := range blocksOf(x) {
			for _, l := range b.lines {
				if seen > 2000 {
					break
				}
				for _, w := range strings.Fields(l.s) {
					seen++
					for _, lang := range stopwords()[strings.ToLower(w)] {
						counts[lang]++
					}
					han, arabic := scripts(w)
					counts[itu.Chinese] += han
					if arabic {
						counts[itu.Arabic]++
					}
				}
			}
		}
	}
	best := itu.English
	for _, ls := range labelSets() {
		if counts[ls.lang] > counts[best] {
			best = ls.lang
		}
	}
	return best
}

// scripts returns how many Han characters w holds, and whether it holds an
// Arabic letter.
func scripts(w string) (han int, arabic bool) {
	for _, r := range w {
		if r < 0x0600 {
			continue
		}
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			arabic = true
		}
	}
	return han, arabic
}

// stopwords maps each frequent word of the label table to its languages.
var stopwords = sync.OnceValue(func() map[string][]itu.Language {
	m := map[string][]itu.Language{}
	for _, ls := range labelSets() {
		for _, w := range ls.stopwords {
			m[w] = append(m[w], ls.lang)
		}
	}
	return m
})

func blocksOf[T block | doc](x T) []block {
	switch v := any(x).(type) {
	case block:
		return []block{v}
	case doc:
		return v.blocks
	}
	return nil
}
