package examples

// Fixture is one named, real record: Name is the base name of its canonical
// JSON file under testdata/valid ("korea-2021-dossier") and New returns a
// fresh value of it.
type Fixture struct {
	Name string
	New  func() any
}

// Fixtures returns the real records the module ships, in a fixed order: the
// Korea 2021 dossier, each of its documents and candidacies, and PP-22 with
// its Secretary-General and Deputy Secretary-General elections.
func Fixtures() []Fixture {
	return []Fixture{
		{"korea-2021-dossier", func() any { return KoreaDossier() }},
		{"korea-2021-cv", func() any { return KoreaCV() }},
		{"korea-2021-vision-statement", func() any { return KoreaVisionStatement() }},
		{"korea-2021-note", func() any { return KoreaNote() }},
		{"korea-2021-note-verbale", func() any { return KoreaNoteVerbale() }},
		{"korea-2021-letter", func() any { return KoreaLetter() }},
		{"korea-2021-dsg-candidacy", func() any { return KoreaDSGCandidacy() }},
		{"korea-2021-council-candidacy", func() any { return KoreaCouncilCandidacy() }},
		{"pp-22-conference", func() any { return PP22() }},
		{"pp-22-sg-election", func() any { return PP22SecretaryGeneralElection() }},
		{"pp-22-dsg-election", func() any { return PP22DeputySecretaryGeneralElection() }},
	}
}

// LookupFixture returns the fixture with the given name.
func LookupFixture(name string) (Fixture, bool) {
	for _, f := range Fixtures() {
		if f.Name == name {
			return f, true
		}
	}
	return Fixture{}, false
}
