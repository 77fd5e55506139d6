package schema

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/payload"
)

// symbolSamples are document symbols, well formed or not, in every form and
// language: the seeds of FuzzSymbolPattern and the table of
// TestSymbolPatternMatchesParser.
func symbolSamples() []string {
	out := []string{
		"Document 12E", "Doc. 3", "12-X", "012-E", "Document 0-E", "PP14/", "/12-E", " 12-E", "12-E ",
		"12(Add.0)-E", "12(Add.1)(Add.1)-E", "12 (Rev.1)-E", "12(Rev.1)-E", "第12号文件-C", "第12号文件", "文件 12-C",
		"Addendum 1 to Document 9-E", "Addéndum 1 al Documento 67-S", "Documento 36-S", "PP-02/36-S", "PP14/67(Add.1)-S",
		"1-2/12-E", "P P/12-E", "Document 12-S", "Document 3", "102(Rev.1)", "12(Corr.2)(Rev.1)",
	}
	prefixes := []string{"", "PP14/", "PP-22/"}
	marks := [][]correspondence.Mark{nil, {{Kind: correspondence.Addendum, Number: 1}}, {{Kind: correspondence.Revision, Number: 2}, {Kind: correspondence.Corrigendum, Number: 1}}}
	for _, l := range itu.Languages() {
		for form := correspondence.SymbolBare; form <= correspondence.SymbolHeading; form++ {
			for _, p := range prefixes {
				for _, ms := range marks {
					for _, suffix := range []itu.Language{0, l} {
						sp := correspondence.SymbolParts{Form: form, Words: l, Conference: itu.ConferenceCode(strings.TrimSuffix(p, "/")), Number: 12, Marks: ms, Language: suffix, Spaced: len(ms) > 0 && p == ""}
						if form == correspondence.SymbolBare {
							sp.Words = 0
						}
						out = append(out, sp.String())
					}
				}
			}
		}
	}
	return out
}

// TestSymbolPatternMatchesParser checks that the symbol pattern accepts
// every symbol the library parses, and rejects the malformed ones a
// pattern can tell.
func TestSymbolPatternMatchesParser(t *testing.T) {
	re := regexp.MustCompile(symbolPattern())
	valid := 0
	for _, s := range symbolSamples() {
		ok := correspondence.Symbol(s).IsValid()
		if ok {
			valid++
		}
		if ok && !re.MatchString(s) {
			t.Errorf("pattern rejects %q, which parses", s)
		}
	}
	if valid < 100 {
		t.Errorf("only %d valid samples", valid)
	}
	for _, s := range []string{"Document 12E", "Doc. 3", "12-X", "012-E", "Document 0-E", "/12-E", " 12-E", "12(Add.0)-E", ""} {
		if re.MatchString(s) {
			t.Errorf("pattern accepts %q, which does not parse", s)
		}
	}
}

func FuzzSymbolPattern(f *testing.F) {
	for _, s := range symbolSamples() {
		f.Add(s)
	}
	re := regexp.MustCompile(symbolPattern())
	f.Fuzz(func(t *testing.T, s string) {
		if correspondence.Symbol(s).IsValid() && !re.MatchString(s) {
			t.Errorf("pattern rejects %q, which parses", s)
		}
	})
}

// emailSamples are addresses, well formed or not: the seeds of
// FuzzEmailSchema and the table of TestEmailSchemaMatchesParser.
var emailSamples = []string{
	"geneva.korea@mofa.go.kr", "jöhn@example.org", "a@b_c.org", `"a b"@example.org`, `"a@b"@example.org`, "a@例え.jp",
	"a@-x.org", "a..b@x.org", "a@x..org", "a@x.org.", "a+b@x.org", "a@[1.2.3.4]", "a@localhost", " a@x.org", "a@x.org ",
	"Korea <geneva.korea@mofa.go.kr>", "geneva.korea at mofa.go.kr", "a@b@c.org", strings.Repeat("a", 65) + "@x.org",
	"a@" + strings.Repeat("x", 70) + ".org", "",
}

// TestEmailSchemaMatchesParser checks that the e-mail schema (its pattern
// and the "idn-email" format, asserted) accepts every address the library
// accepts, and rejects the malformed ones it can tell.
func TestEmailSchemaMatchesParser(t *testing.T) {
	sch := compile(t, []byte(`{"$schema":"`+Draft+`","$id":"https://example.org/email.json","type":"string","format":"idn-email","pattern":`+quoteJSON(emailPattern)+`}`))
	for _, s := range emailSamples {
		lib := correspondence.Email(s).IsValid()
		schemaOK := validate(t, sch, quoteJSON(s)) == nil
		if lib && !schemaOK {
			t.Errorf("schema rejects %q, which the library accepts", s)
		}
	}
	for _, s := range []string{"geneva.korea at mofa.go.kr", "Korea <geneva.korea@mofa.go.kr>", "a@localhost", "a@[1.2.3.4]", " a@x.org", ""} {
		if validate(t, sch, quoteJSON(s)) == nil {
			t.Errorf("schema accepts %q, which the library rejects", s)
		}
	}
}

func FuzzEmailSchema(f *testing.F) {
	for _, s := range emailSamples {
		f.Add(s)
	}
	sch := compile(f, []byte(`{"$schema":"`+Draft+`","$id":"https://example.org/email.json","type":"string","format":"idn-email","pattern":`+quoteJSON(emailPattern)+`}`))
	f.Fuzz(func(t *testing.T, s string) {
		if correspondence.Email(s).IsValid() && validate(t, sch, quoteJSON(s)) != nil {
			t.Errorf("schema rejects %q, which the library accepts", s)
		}
	})
}

// TestSeparatorPattern checks the separator pattern against the rule
// cv.separator.form (punctuation, symbols and spaces only) for every
// character of the Basic Multilingual Plane, checked by the library in CVs
// of separatorBatch activities, one separator each (few enough that no rule
// an empty activity breaks reaches the report's cap).
const separatorBatch = 20

func TestSeparatorPattern(t *testing.T) {
	var n node
	separator(&n)
	re := regexp.MustCompile(n.Pattern)
	var batch []rune
	flush := func() {
		c := cv.CV{}
		for _, r := range batch {
			c.Activities = append(c.Activities, cv.Activity{Sep: string(r)})
		}
		bad := map[string]bool{}
		for _, v := range c.Check() {
			switch v.Code {
			case cv.RuleSeparatorForm.Code:
				bad[v.Path] = true
			case check.RuleTruncated.Code:
				t.Fatalf("the batch is too long: %s", v.Message)
			}
		}
		for i, r := range batch {
			path := "/itu_activities/" + strconv.Itoa(i) + "/sep"
			if got := re.MatchString(string(r)); got == bad[path] {
				t.Errorf("separator pattern on %q (U+%04X) = %v; cv.separator.form: %v", string(r), r, got, bad[path])
			}
		}
		batch = batch[:0]
	}
	for r := rune(0); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // surrogates are not characters
		}
		if batch = append(batch, r); len(batch) == separatorBatch {
			flush()
		}
	}
	flush()
}

// TestMemberRules checks what the library's record rules add to the kinds'
// schemas, at one place each.
func TestMemberRules(t *testing.T) {
	union := strconv.Itoa(len(itu.MemberStates(civil.Date{})))
	tests := []struct {
		kind itu.Kind
		ptr  string
		want string
	}{
		{itu.KindElection, "/$defs/election.Round/properties/number", `{"type":"integer","minimum":1,"maximum":99}`},
		{itu.KindElection, "/$defs/election.Round/properties/blank", `{"type":"integer","minimum":0,"maximum":` + union + `}`},
		{itu.KindElection, "/$defs/election.Round/properties/votes/additionalProperties", `{"type":"integer","minimum":0,"maximum":` + union + `}`},
		{itu.KindConference, "/properties/posts/uniqueItems", `true`},
		{itu.KindLetter, "/properties/page_breaks/uniqueItems", `true`},
		{itu.KindLetter, "/$defs/correspondence.PageBreak/properties/paragraph", `{"type":"integer","minimum":0,"maximum":99}`},
		{itu.KindLetter, "/$defs/correspondence.PageBreak/properties/word", `{"type":"integer","minimum":0,"maximum":2499}`},
		{itu.KindLetter, "/$defs/correspondence.Letterhead/properties/member_state", `{"$ref":"#/$defs/itu.StateCode"}`},
		{itu.KindNoteVerbale, "/$defs/correspondence.Mission/properties/member_state", `{"$ref":"#/$defs/itu.StateCode"}`},
		{itu.KindNoteVerbale, "/$defs/correspondence.Mission/properties/email", `{"type":"string","format":"idn-email","pattern":` + quoteJSON(emailPattern) + `,"maxLength":254}`},
		{itu.KindNote, "/properties/symbol", `{"type":"string","pattern":` + quoteJSON(symbolPatternWith(true)) + `,"minLength":1,"maxLength":100}`},
		{itu.KindCV, "/$defs/cv.Activity/properties/sep", `{"type":"string","pattern":"^[ \\p{P}\\p{S}]*$","maxLength":4}`},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind)+tt.ptr, func(t *testing.T) {
			b, err := ForKind(tt.kind)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(decodeJSON(t, tt.want), at(t, b, tt.ptr)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", tt.ptr, diff)
			}
		})
	}
}

// TestKindRequired checks that every kind's schema requires its "kind" at the
// top, first, and that a record nested in another may leave it out.
func TestKindRequired(t *testing.T) {
	for _, k := range payload.Kinds() {
		b, err := ForKind(k)
		if err != nil {
			t.Fatal(err)
		}
		req := at(t, b, "/required").([]any)
		if len(req) == 0 || req[0] != "kind" {
			t.Errorf("%s: required = %v; want \"kind\" first", k, req)
		}
		if diff := cmp.Diff(decodeJSON(t, `{"type":"string","const":`+quoteJSON(string(k))+`}`), at(t, b, "/properties/kind")); diff != "" {
			t.Errorf("%s: kind mismatch (-want +got):\n%s", k, diff)
		}
	}
	b, err := ForKind(itu.KindDossier)
	if err != nil {
		t.Fatal(err)
	}
	if req := at(t, b, "/$defs/cv.CV/required"); slices.Contains(req.([]any), any("kind")) {
		t.Errorf("a CV nested in a dossier must name its kind: required = %v", req)
	}
}

// TestFrom1900MatchesPeriods checks the cv.period.too_early pattern against
// the years civil.ParsePeriod reads: it matches (so the schema rejects) a
// period exactly when a year of it is before 1900.
func TestFrom1900MatchesPeriods(t *testing.T) {
	var n node
	from1900(&n)
	re := regexp.MustCompile(n.Not.Pattern)
	var samples []string
	for _, y := range []string{"0999", "1000", "1850", "1899", "1900", "1901", "1999", "2019", "9999"} {
		for _, form := range []string{"%s", "%s-05", "%s-05-01", "%s – 2020", "2015 – %s", "%s – Present", "%s-2020", "Since %s", "depuis %s", "(%s ~ 2021)", "January %s – present", "du 1er janvier %s au 31 décembre 2020", "de %s a 2019"} {
			samples = append(samples, strings.ReplaceAll(form, "%s", y))
		}
	}
	n2 := 0
	for _, s := range samples {
		p, err := civil.ParsePeriod(s)
		if err != nil {
			continue
		}
		n2++
		// The library's verdict: does a career entry with this period break
		// cv.period.too_early?
		early := slices.ContainsFunc(cv.CV{Career: []cv.Position{{Period: p}}}.Check(), func(v itu.Violation) bool {
			return v.Code == cv.RulePeriodTooEarly.Code
		})
		if got := re.MatchString(s); got != early {
			t.Errorf("pattern on %q = %v; cv.period.too_early: %v", s, got, early)
		}
	}
	if n2 < 50 {
		t.Fatalf("only %d of %d samples parse", n2, len(samples))
	}
}
