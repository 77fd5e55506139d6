package correspondence_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
)

// Where each form comes from (research on ITU documents, documents.md §2).
// Only observed forms cite a document; an unconfirmed form is accepted
// because ITU translates the English header into each language, never
// because it was seen.
const (
	seenPP22   = "H: PP-22 Document 12-E"
	seenPP14   = "H: PP-14 Document 119-E, running header PP14/119-E"
	seenPP14S  = "H: PP-14 Addéndum 1 al Documento 67-S, running header PP14/67(Add.1)-S"
	seenPP02S  = "H: PP-02 Documento 36-S"
	seenWRC15  = "M: WRC-15 [Addendum 20 to Document 9-E]"
	seenRevH   = "L: unconfirmed; (Rev.1) inside a symbol is H (PP-14 Document 119-E: 102(Rev.1))"
	unseen     = "L: unconfirmed (source: ITU's practice of translating the English header)"
	unseenCorr = "L: unconfirmed, no corrigendum found in any language (source: ITU's practice of translating the English header)"
)

// symbolFormTests holds every form ITU prints (or, where unconfirmed, would
// print by translating the English header) in all six languages.
var symbolFormTests = []struct {
	name   string
	in     string
	source string // confidence and source of the form
	key    string // the document, whatever the language
	lang   itu.Language
	form   correspondence.SymbolForm
}{
	{"en document", "Document 12-E", seenPP22, "12", itu.English, correspondence.SymbolWord},
	{"en revision in brackets", "Document 12(Rev.1)-E", seenRevH, "12(Rev.1)", itu.English, correspondence.SymbolWord},
	{"en revision in brackets, spaced", "Document 12 (Rev.1)-E", seenRevH, "12(Rev.1)", itu.English, correspondence.SymbolWord},
	{"en running header", "PP14/119-E", seenPP14, "PP-14/119", itu.English, correspondence.SymbolBare},
	{"en revision heading", "Revision 1 to Document 12-E", unseen, "12(Rev.1)", itu.English, correspondence.SymbolHeading},
	{"en addendum heading", "Addendum 1 to Document 12-E", seenWRC15, "12(Add.1)", itu.English, correspondence.SymbolHeading},
	{"en corrigendum heading", "Corrigendum 1 to Document 12-E", unseenCorr, "12(Corr.1)", itu.English, correspondence.SymbolHeading},

	{"fr document", "Document 12-F", unseen, "12", itu.French, correspondence.SymbolWord},
	{"fr revision in brackets", "Document 12(Rev.1)-F", unseen, "12(Rev.1)", itu.French, correspondence.SymbolWord},
	{"fr revision heading", "Révision 1 au Document 12-F", unseen, "12(Rev.1)", itu.French, correspondence.SymbolHeading},
	{"fr addendum heading", "Addendum 1 au Document 12-F", unseen, "12(Add.1)", itu.French, correspondence.SymbolHeading},
	{"fr corrigendum heading", "Corrigendum 1 au Document 12-F", unseenCorr, "12(Corr.1)", itu.French, correspondence.SymbolHeading},

	{"es document", "Documento 12-S", seenPP02S, "12", itu.Spanish, correspondence.SymbolWord},
	{"es running header with addendum", "PP14/67(Add.1)-S", seenPP14S, "PP-14/67(Add.1)", itu.Spanish, correspondence.SymbolBare},
	{"es addendum heading (PP-14)", "Addéndum 1 al Documento 67-S", seenPP14S, "67(Add.1)", itu.Spanish, correspondence.SymbolHeading},
	{"es revision heading", "Revisión 1 al Documento 12-S", unseen, "12(Rev.1)", itu.Spanish, correspondence.SymbolHeading},
	{"es addendum heading", "Addéndum 1 al Documento 12-S", seenPP14S, "12(Add.1)", itu.Spanish, correspondence.SymbolHeading},
	{"es corrigendum heading", "Corrigéndum 1 al Documento 12-S", unseenCorr, "12(Corr.1)", itu.Spanish, correspondence.SymbolHeading},

	{"ru document", "Документ 12-R", unseen, "12", itu.Russian, correspondence.SymbolWord},
	{"ru revision in brackets", "Документ 12(Rev.1)-R", unseen, "12(Rev.1)", itu.Russian, correspondence.SymbolWord},
	{"ru revision heading", "Пересмотр 1 к Документу 12-R", unseen, "12(Rev.1)", itu.Russian, correspondence.SymbolHeading},
	{"ru addendum heading", "Дополнительный документ 1 к Документу 12-R", unseen, "12(Add.1)", itu.Russian, correspondence.SymbolHeading},
	{"ru corrigendum heading", "Исправление 1 к Документу 12-R", unseenCorr, "12(Corr.1)", itu.Russian, correspondence.SymbolHeading},

	{"zh document", "文件 12-C", unseen, "12", itu.Chinese, correspondence.SymbolWord},
	{"zh ordinal", "第12号文件-C", unseen, "12", itu.Chinese, correspondence.SymbolOrdinal},
	{"zh revision heading", "第1号修订版 文件 12-C", unseen, "12(Rev.1)", itu.Chinese, correspondence.SymbolHeading},
	{"zh addendum heading", "第1号增编 文件 12-C", unseen, "12(Add.1)", itu.Chinese, correspondence.SymbolHeading},
	{"zh corrigendum heading", "第1号更正 文件 12-C", unseenCorr, "12(Corr.1)", itu.Chinese, correspondence.SymbolHeading},

	{"ar document", "الوثيقة 12-A", unseen, "12", itu.Arabic, correspondence.SymbolWord},
	{"ar revision heading", "المراجعة 1 للوثيقة 12-A", unseen, "12(Rev.1)", itu.Arabic, correspondence.SymbolHeading},
	{"ar addendum heading", "الإضافة 1 للوثيقة 12-A", unseen, "12(Add.1)", itu.Arabic, correspondence.SymbolHeading},
	{"ar corrigendum heading", "التصويب 1 للوثيقة 12-A", unseenCorr, "12(Corr.1)", itu.Arabic, correspondence.SymbolHeading},
}

// symbolMeaning is what a symbol means, for go-cmp: the written text left out.
type symbolMeaning struct {
	Key      string
	Language itu.Language
	Form     correspondence.SymbolForm
}

func TestSymbolForms(t *testing.T) {
	for _, tt := range symbolFormTests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := correspondence.ParseSymbol(tt.in)
			if err != nil {
				t.Fatalf("ParseSymbol(%q) [%s]: %v", tt.in, tt.source, err)
			}
			parts, err := s.Parts()
			if err != nil {
				t.Fatalf("Parts: %v", err)
			}
			if s.String() != tt.in || parts.String() != tt.in {
				t.Errorf("String() = %q, Parts().String() = %q; want %q as written", s, parts, tt.in)
			}
			want := symbolMeaning{Key: tt.key, Language: tt.lang, Form: tt.form}
			got := symbolMeaning{Key: s.Key(), Language: s.Language(), Form: parts.Form}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("meaning of %q mismatch (-want +got):\n%s", tt.in, diff)
			}
			if parts.Form != correspondence.SymbolBare && parts.Words != tt.lang {
				t.Errorf("Parts().Words = %v; want the suffix's language %v", parts.Words, tt.lang)
			}
		})
	}
}

// TestSymbolSameDocument: every form of one document, in any language, is the
// same document; two forms are the same version when their languages agree.
func TestSymbolSameDocument(t *testing.T) {
	for _, a := range symbolFormTests {
		for _, b := range symbolFormTests {
			s, u := correspondence.Symbol(a.in), correspondence.Symbol(b.in)
			if got, want := s.SameDocument(u), a.key == b.key; got != want {
				t.Errorf("%q.SameDocument(%q) = %v; want %v", a.in, b.in, got, want)
			}
			if got, want := s.SameVersion(u), a.key == b.key && a.lang == b.lang; got != want {
				t.Errorf("%q.SameVersion(%q) = %v; want %v", a.in, b.in, got, want)
			}
		}
	}
}

func TestSymbolCompare(t *testing.T) {
	tests := []struct {
		name         string
		a, b         correspondence.Symbol
		sameDocument bool
		sameVersion  bool
	}{
		{"words or none", "Document 12-E", "12-E", true, true},
		{"reference and version", "Document 12", "Document 12-E", true, false},
		{"mark order", "12(Add.1)(Rev.1)-E", "12(Rev.1)(Add.1)-E", true, true},
		{"heading and brackets", "Revision 2 to Document 12(Add.1)-E", "12(Add.1)(Rev.2)-F", true, false},
		{"conference prefix as written", "PP14/119-E", "PP-14/119-S", true, false},
		{"prefix is part of the key", "PP14/119-E", "Document 119-E", false, false},
		{"revision is another document", "Document 12-E", "Document 12(Rev.1)-E", false, false},
		{"revision number", "12(Rev.1)-E", "12(Rev.2)-E", false, false},
		{"malformed", "Document 12E", "Document 12E", false, false},
		{"zero", "", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []bool{tt.a.SameDocument(tt.b), tt.b.SameDocument(tt.a), tt.a.SameVersion(tt.b), tt.b.SameVersion(tt.a)}
			want := []bool{tt.sameDocument, tt.sameDocument, tt.sameVersion, tt.sameVersion}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("SameDocument both ways, SameVersion both ways (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSymbolJSON: a symbol in a record encodes byte for byte as it was
// decoded, in every language.
func TestSymbolJSON(t *testing.T) {
	type record struct {
		Symbol correspondence.Symbol `json:"symbol"`
	}
	for _, tt := range symbolFormTests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := json.Marshal(map[string]string{"symbol": tt.in})
			if err != nil {
				t.Fatal(err)
			}
			var r record
			if err := json.Unmarshal(in, &r); err != nil {
				t.Fatal(err)
			}
			out, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != string(in) || string(r.Symbol) != tt.in {
				t.Errorf("JSON round trip: %s -> %q -> %s", in, r.Symbol, out)
			}
		})
	}
}
