package schema

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/payload"
)

// Why a schema cannot agree with the library on a payload. Each names what
// the library's rule needs that no JSON Schema keyword gives.
const (
	whyOtherRecord  = "compares the record with another record it holds or names (a dossier's Note, note verbale, letter, CV and candidacy; a conference and its candidacies and elections): a schema checks each value against fixed constraints, and no keyword compares two values of one instance"
	whyTwoMembers   = "compares two members' values (dates in order, a period's start and end, a page break and the paragraphs of the text, counts that must add up): no JSON Schema keyword compares one value of an instance with another"
	whyAsOf         = "depends on the as-of date the caller gives (a date after it): a schema has no today"
	whyOnDate       = "asks whether a State was a Member State, or how many there were, on a date the payload gives (Palau from 19 September 2024): the schema's enum lists every code of the registry, on any date"
	whyRegistry     = "asks the Member State registry for a State's confirmed region or its names in six languages: data about a code that a schema does not carry beside the code"
	whyNames        = "reads and compares people's names (initials, variants, order, native forms): the parse and the comparison of names are the library's"
	whyWords        = "reads text written in words (a heading, a signatory's title, a date as written, a claim's words in a document) in six languages and compares it with a coded member"
	whyPhone        = "reads a telephone or fax number by the numbering plan of its country (libphonenumber's metadata): no regular expression can honestly copy the plans"
	whyTally        = "replays the rounds of voting (who is still standing, who is elected, which majority, which round may follow): arithmetic over the whole record"
	whyTerms        = "counts the terms a person served, by name, across the conference's record of service: arithmetic over other records"
	whySameState    = "two items alike in one member only (two candidates of one Member State, two nationals of one State elected): uniqueItems compares whole items, and these differ in their names"
	whySameCode     = "compares two coded members (a candidature's Member State with the sending mission's): no keyword compares two values; a schema could only enumerate one if/then per Member State, copying the registry into the schema"
	whyDuplicate    = "a member name given twice: a validator sees the parsed instance, in which one of the two is already gone (RFC 8259 section 4 leaves duplicate names to the parser)"
	whyByteLimit    = "the payload's size in bytes: a schema describes the parsed value, not its encoding"
	whyZeroFraction = "NOT YET, in strictjson: JSON Schema 2020-12 counts 139.0 and 1.39e2 as integers (its data model has one number 139, however it is written, section 6.1.1 of the Validation vocabulary), so no schema can reject them; the library rejects them with json.value, whose message (want a whole number, got 139.0) contradicts itself. One answer everywhere needs strictjson to read a number with a zero fraction, or an exponent, as the whole number it is"
	whyBlankSpans   = "a paragraph is blank when its spans together hold nothing visible; a span alone may be blank (white space between emphasised runs), and a schema checks each span alone"

	// whyNotYet marks a rule a schema could state and the generator does
	// not write: TestDifferential logs it apart, so it stays in view.
	whyNotYet = "NOT YET: the filling methods of a vacancy per post would be an if/then on the post, but package election keeps its table (vacancyMethods) unexported, and the schema does not copy it; exporting it (say election.FillMethods(post)) closes this"
)

// disagreements lists every payload of the corpus (valid, invalid and
// realistic) on which the library and the schema of its kind give different
// verdicts, with the reason. Every other payload must get the same verdict
// from both. TestDifferential fails on a disagreement that is not listed and
// on a listed one that no longer occurs.
var disagreements = map[string]string{
	"invalid/candidacy.addendum.base.another-state.json":                                       whyOtherRecord,
	"invalid/candidacy.board.one_per_state.two-explicit.json":                                  whySameState,
	"invalid/candidacy.claim.source.note.json":                                                 whyWords,
	"invalid/candidacy.date.future.received.json":                                              whyAsOf,
	"invalid/candidacy.date.order.received-before-proposed.json":                               whyTwoMembers,
	"invalid/candidacy.dossier.missing.no-candidature-in-writing.json":                         whyOtherRecord,
	"invalid/candidacy.dossier.order.note-verbale-before-letter.json":                          whyOtherRecord,
	"invalid/candidacy.member_state.not_member.palau.json":                                     whyOnDate,
	"invalid/candidacy.nationality.proposer.japan.json":                                        whyOtherRecord,
	"invalid/candidacy.person.mismatch.cv.json":                                                whyNames,
	"invalid/candidacy.post.mismatch.letter.json":                                              whyOtherRecord,
	"invalid/candidacy.region.mismatch.region-a.json":                                          whyRegistry,
	"invalid/candidacy.region.unconfirmed.lithuania.json":                                      whyOtherRecord,
	"invalid/candidacy.state.mismatch.note.json":                                               whyOtherRecord,
	"invalid/candidacy.withdrawal.order.withdrawn-before-announced.json":                       whyTwoMembers,
	"invalid/correspondence.candidature.member_state.other-state.json":                         whySameCode,
	"invalid/correspondence.conference.dates.ends-before-start.json":                           whyTwoMembers,
	"invalid/correspondence.date.future.note-dated-2099.json":                                  whyAsOf,
	"invalid/correspondence.date.text.letter-day-off.json":                                     whyWords,
	"invalid/correspondence.date.unread.polish-date-in-future.json":                            whyAsOf,
	"invalid/correspondence.member_state.text.letterhead-names-japan.json":                     whyRegistry,
	"invalid/correspondence.note.signatory.signed-by-director.json":                            whyWords,
	"invalid/correspondence.page_break.position.past-last-paragraph.json":                      whyTwoMembers,
	"invalid/correspondence.phone.malformed.fax-too-short.json":                                whyPhone,
	"invalid/correspondence.phone.malformed.national-too-short.json":                           whyPhone,
	"invalid/correspondence.sender.member_state.mission-of-japan.json":                         whyRegistry,
	"invalid/cv.heading.post.mismatch.json":                                                    whyWords,
	"invalid/cv.nationality.member.palau.json":                                                 whyOnDate,
	"invalid/cv.nationality.text.mismatch.json":                                                whyRegistry,
	"invalid/cv.period.before_birth.career.json":                                               whyTwoMembers,
	"invalid/cv.period.future.career.json":                                                     whyAsOf,
	"invalid/cv.period.order.reversed.json":                                                    whyTwoMembers,
	"invalid/cv.translation.language.own.json":                                                 whyTwoMembers,
	"invalid/election.candidacy.late.day-after-deadline.json":                                  whyOtherRecord,
	"invalid/election.candidacy.received_unknown.missing-and-misnamed.json":                    whyOtherRecord,
	"invalid/election.candidate.duplicate.two-from-one-state.json":                             whySameState,
	"invalid/election.candidate.region.france-in-c.json":                                       whyRegistry,
	"invalid/election.conference.board_size.13-of-193.json":                                    whyOnDate,
	"invalid/election.conference.council_size.49-of-193.json":                                  whyOnDate,
	"invalid/election.conference.dates.closing-before-opening.json":                            whyTwoMembers,
	"invalid/election.conference.deadline.after-opening.json":                                  whyTwoMembers,
	"invalid/election.conference.mismatch.candidacy.json":                                      whyOtherRecord,
	"invalid/election.conference.mismatch.election.json":                                       whyOtherRecord,
	"invalid/election.conference.term.start-outside-years.json":                                whyTwoMembers,
	"invalid/election.outcome.nationality.two-italians.json":                                   whySameState,
	"invalid/election.post.not_elected.council.json":                                           whyOtherRecord,
	"invalid/election.round.extra.after-decided.json":                                          whyTally,
	"invalid/election.round.lots.not-the-tie-rule.json":                                        whyTally,
	"invalid/election.round.number.gap.json":                                                   whyTwoMembers,
	"invalid/election.round.runoff.eliminated.json":                                            whyTally,
	"invalid/election.round.standing.already-elected.json":                                     whyTally,
	"invalid/election.round.totals.over-ballots.json":                                          whyTwoMembers,
	"invalid/election.seats.mismatch.board.json":                                               whyOtherRecord,
	"invalid/election.term.limit.third-term.json":                                              whyTerms,
	"invalid/election.vacancy.dates.filled-before-vacant.json":                                 whyTwoMembers,
	"invalid/election.vacancy.designation.late-and-another-state.json":                         whyTwoMembers,
	"invalid/election.vacancy.method.sg-by-designation.json":                                   whyNotYet,
	"invalid/election.vacancy.nationality.dsg-from-sg-state.json":                              whyOtherRecord,
	"invalid/election.vacancy.next_in_line.past-the-runner-up.json":                            whyTally,
	"invalid/election.vacancy.region.board-filled-from-region-e.json":                          whyRegistry,
	"invalid/election.vacancy.timing.dsg-appointed-close-to-pp26.json":                         whyOtherRecord,
	"invalid/field.text.zero-width-vision-paragraph.json":                                      whyBlankSpans,
	"invalid/json.duplicate_key.post-twice.json":                                               whyDuplicate,
	"invalid/json.too_large.padded.json":                                                       whyByteLimit,
	"realistic/invalid/candidacy.addendum.base.pp22-wsm-addendum-to-lithuania-document.json":   whyOtherRecord,
	"realistic/invalid/candidacy.nationality.proposer.pp22-fuatai-purcell-new-zealand.json":    whyOtherRecord,
	"realistic/invalid/candidacy.person.mismatch.pp22-fianko-conflicting-initial.json":         whyNames,
	"realistic/invalid/candidacy.person.mismatch.pp22-lee-chaesub-vs-lee-chae-won.json":        whyNames,
	"realistic/invalid/candidacy.person.mismatch.pp22-zavazava-two-people.json":                whyNames,
	"realistic/invalid/candidacy.withdrawal.order.pp14-mrt-withdrawn-before-announced.json":    whyOtherRecord,
	"realistic/invalid/correspondence.phone.malformed.pp22-wsm-geneva-number-in-new-york.json": whyPhone,
	"realistic/invalid/correspondence.phone.malformed.pp22-zwe-nonsense-number.json":           whyPhone,
	"realistic/invalid/cv.period.future.pp22-beaumier-depuis-2023.json":                        whyAsOf,
	"realistic/invalid/cv.period.future.pp22-fianko-mandate-starts-2023.json":                  whyAsOf,
	"realistic/invalid/cv.period.future.pp22-onoe-since-2023.json":                             whyAsOf,
	"realistic/invalid/cv.period.order.pp22-lamanauskas-month-range-reversed.json":             whyWords,
	"realistic/invalid/election.term.limit.pp26-maniewicz-third-term.json":                     whyTerms,
}

// constructed are payloads made from one of the corpus by replacing text,
// for the spellings the corpus does not hold: each is checked like a file
// of the corpus, under the name "constructed/<name>".
var constructed = []struct {
	name, from, old, new string
}{
	{"votes-with-zero-fraction.json", "valid/pp-22-sg-election.json", `"USA": 139`, `"USA": 139.0`},
	{"votes-with-exponent.json", "valid/pp-22-sg-election.json", `"USA": 139`, `"USA": 1.39e2`},
	{"votes-with-fraction.json", "valid/pp-22-sg-election.json", `"USA": 139`, `"USA": 139.5`},
}

// corpusAsOf is the as-of date of the shared corpus (the close of PP-22), as
// package examples validates it; realisticAsOf gives a realistic payload the
// closing day of the conference its file name names.
var (
	corpusAsOf    = civil.MustParseDate("2022-10-14")
	realisticAsOf = map[string]civil.Date{
		"pp14": civil.MustParseDate("2014-11-07"),
		"pp18": civil.MustParseDate("2018-11-16"),
		"pp22": civil.MustParseDate("2022-10-14"),
		"pp26": civil.MustParseDate("2026-11-27"),
	}
)

// corpusFile is one payload of the corpus: its name below the corpus root
// ("invalid/json.type.post-as-number.json") and its as-of date.
type corpusFile struct {
	name, path string
	asOf       civil.Date
	data       []byte // the payload, for a constructed one
}

func corpusFiles(t *testing.T) []corpusFile {
	t.Helper()
	var out []corpusFile
	for _, dir := range []string{"valid", "invalid", "realistic/valid", "realistic/invalid"} {
		files, err := filepath.Glob(filepath.Join(corpus, dir, "*.json"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no payloads in %s (%v)", dir, err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, ".golden.json") {
				continue
			}
			day := corpusAsOf
			if strings.HasPrefix(dir, "realistic") {
				day = conferenceDay(filepath.Base(f))
			}
			out = append(out, corpusFile{dir + "/" + filepath.Base(f), f, day, nil})
		}
	}
	for _, c := range constructed {
		data, err := os.ReadFile(filepath.Join(corpus, c.from))
		if err != nil || !bytes.Contains(data, []byte(c.old)) {
			t.Fatalf("constructed %s: %s holds no %s (%v)", c.name, c.from, c.old, err)
		}
		data = bytes.Replace(data, []byte(c.old), []byte(c.new), 1)
		out = append(out, corpusFile{"constructed/" + c.name, c.from, corpusAsOf, data})
	}
	return out
}

// conferenceDay returns the closing day of the conference a realistic file
// name names ("pp22-…", "….pp22-…"), as examples' TestRealistic reads it.
func conferenceDay(name string) civil.Date {
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '.' || r == '-' }) {
		if day, ok := realisticAsOf[part]; ok {
			return day
		}
	}
	return corpusAsOf
}

// libraryErrors returns the library's verdict on a payload, as `itu
// validate` gives it: the codes of its error-severity violations (warnings
// do not make a payload invalid), with a payload of no known kind or not
// JSON at all reported by its error's violation code or as "payload.kind".
func libraryErrors(data []byte, asOf civil.Date) []string {
	k, err := payload.KindOf(data)
	var res payload.Result
	if err == nil {
		res, err = payload.Check(data, k, itu.AsOf(asOf))
	}
	if err != nil {
		if vs := itu.Violations(err); len(vs) > 0 {
			return codes(vs)
		}
		return []string{check.RuleKind.Code}
	}
	var out []string
	for _, v := range res.Violations {
		if v.Severity == itu.Error {
			out = append(out, v.Code)
		}
	}
	return out
}

// schemaFaults returns the faults of a payload under the schema of the
// kind its "kind" member names, or under every kind's schema when it names
// none the payload table knows (a payload of no known kind is one no kind's
// schema accepts, since each requires its own kind). Nil means the schema
// accepts it.
func schemaFaults(t *testing.T, schemas map[itu.Kind]*jsonschema.Schema, data []byte) []fault {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return []fault{{"", "not JSON: " + err.Error()}}
	}
	if m, ok := inst.(map[string]any); ok {
		if k, ok := m["kind"].(string); ok && schemas[itu.Kind(k)] != nil {
			return validateValue(t, schemas[itu.Kind(k)], inst)
		}
	}
	var all []fault
	for _, k := range slices.Sorted(mapKeys(schemas)) {
		fs := validateValue(t, schemas[k], inst)
		if fs == nil {
			return nil
		}
		all = append(all, fs...)
	}
	return all
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestDifferential validates every payload of the corpus with the library
// and with the schema of its kind, and checks that they agree, or disagree
// only where disagreements says why.
func TestDifferential(t *testing.T) {
	schemas := kindSchemas(t)
	seen := map[string]bool{}
	var agree, differ, notYet int
	for _, f := range corpusFiles(t) {
		seen[f.name] = true
		t.Run(f.name, func(t *testing.T) {
			data := f.data
			if data == nil {
				var err error
				if data, err = os.ReadFile(f.path); err != nil {
					t.Fatal(err)
				}
			}
			lib := libraryErrors(data, f.asOf)
			faults := schemaFaults(t, schemas, data)
			libRejects, schemaRejects := len(lib) > 0, faults != nil
			why, listed := disagreements[f.name]
			switch {
			case libRejects == schemaRejects && listed:
				t.Errorf("schema and library now agree (rejects: %v); remove the disagreement %q from the table", libRejects, why)
			case libRejects == schemaRejects:
				agree++
			case !listed:
				t.Errorf("schema rejects: %v (%v); library rejects: %v (%v); a new disagreement: fix the schema, or list it in disagreements with the reason", schemaRejects, faults, libRejects, lib)
			case schemaRejects:
				t.Errorf("the schema rejects %v what the library accepts; the schema must never be stricter than the library", faults)
			case allExpressible(errorViolations(lib)) && why != whyBlankSpans && why != whyZeroFraction:
				t.Errorf("the library rejects it with %v, codes a schema states, yet the schema accepts it", lib)
			default:
				differ++
				if why == whyNotYet {
					notYet++
					t.Logf("not yet stated by the schema: %v", lib)
				}
			}
		})
	}
	for name := range disagreements {
		if !seen[name] {
			t.Errorf("disagreements lists %s, which is not in the corpus", name)
		}
	}
	t.Logf("%d payloads: %d agree, %d disagree for a listed reason (%d not yet stated, which a conditional could)", len(seen), agree, differ, notYet)
}

// errorViolations turns error codes back into violations for allExpressible.
func errorViolations(codes []string) []itu.Violation {
	out := make([]itu.Violation, len(codes))
	for i, c := range codes {
		out[i] = itu.Violation{Code: c, Severity: itu.Error}
	}
	return out
}

// validateValue is validate for an instance already parsed.
func validateValue(t *testing.T, sch *jsonschema.Schema, inst any) []fault {
	t.Helper()
	err := sch.Validate(inst)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("validate: %v", err)
	}
	return leafFaults(ve)
}
