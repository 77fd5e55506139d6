package correspondence_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
)

var symbolTests = []struct {
	name    string
	in      string
	want    correspondence.SymbolParts
	wantErr bool
}{
	{name: "document word", in: "Document 12-E", want: correspondence.SymbolParts{Form: correspondence.SymbolWord, Words: itu.English, Number: 12, Language: itu.English}},
	{name: "bare", in: "12-E", want: correspondence.SymbolParts{Number: 12, Language: itu.English}},
	{name: "reference without suffix", in: "Document 3", want: correspondence.SymbolParts{Form: correspondence.SymbolWord, Words: itu.English, Number: 3}},
	{name: "Spanish reference without suffix", in: "Documento 3", want: correspondence.SymbolParts{Form: correspondence.SymbolWord, Words: itu.Spanish, Number: 3}},
	{name: "revision", in: "12(Rev.1)-E", want: correspondence.SymbolParts{Number: 12, Marks: []correspondence.Mark{{Kind: correspondence.Revision, Number: 1}}, Language: itu.English}},
	{name: "addendum", in: "12(Add.1)-E", want: correspondence.SymbolParts{Number: 12, Marks: []correspondence.Mark{{Kind: correspondence.Addendum, Number: 1}}, Language: itu.English}},
	{name: "corrigendum", in: "12(Corr.2)-F", want: correspondence.SymbolParts{Number: 12, Marks: []correspondence.Mark{{Kind: correspondence.Corrigendum, Number: 2}}, Language: itu.French}},
	{name: "addendum then revision", in: "12(Add.1)(Rev.1)-E", want: correspondence.SymbolParts{Number: 12, Marks: []correspondence.Mark{{Kind: correspondence.Addendum, Number: 1}, {Kind: correspondence.Revision, Number: 1}}, Language: itu.English}},
	{name: "revision without suffix", in: "102(Rev.1)", want: correspondence.SymbolParts{Number: 102, Marks: []correspondence.Mark{{Kind: correspondence.Revision, Number: 1}}}},
	{name: "conference prefix", in: "PP14/119-E", want: correspondence.SymbolParts{Conference: "PP14", Number: 119, Language: itu.English}},
	{name: "document word and prefix", in: "Documento PP14/119-S", want: correspondence.SymbolParts{Form: correspondence.SymbolWord, Words: itu.Spanish, Conference: "PP14", Number: 119, Language: itu.Spanish}},
	{name: "spaced revision without words", in: "12 (Rev.1)-E", want: correspondence.SymbolParts{Number: 12, Spaced: true, Marks: []correspondence.Mark{{Kind: correspondence.Revision, Number: 1}}, Language: itu.English}},
	{name: "heading with a further mark", in: "Revision 2 to Document 12(Add.1)-E", want: correspondence.SymbolParts{Form: correspondence.SymbolHeading, Words: itu.English, Number: 12, Marks: []correspondence.Mark{{Kind: correspondence.Revision, Number: 2}, {Kind: correspondence.Addendum, Number: 1}}, Language: itu.English}},
	{name: "ordinal with a mark", in: "第12(Rev.1)号文件-C", want: correspondence.SymbolParts{Form: correspondence.SymbolOrdinal, Words: itu.Chinese, Number: 12, Marks: []correspondence.Mark{{Kind: correspondence.Revision, Number: 1}}, Language: itu.Chinese}},
	{name: "each suffix: Arabic", in: "5-A", want: correspondence.SymbolParts{Number: 5, Language: itu.Arabic}},
	{name: "each suffix: Chinese", in: "5-C", want: correspondence.SymbolParts{Number: 5, Language: itu.Chinese}},
	{name: "each suffix: Russian", in: "5-R", want: correspondence.SymbolParts{Number: 5, Language: itu.Russian}},
	{name: "empty", in: "", wantErr: true},
	{name: "no hyphen before suffix", in: "Document 12E", wantErr: true},
	{name: "unknown suffix", in: "12-X", wantErr: true},
	{name: "two-letter suffix", in: "12-EN", wantErr: true},
	{name: "lower-case suffix", in: "12-e", wantErr: true},
	{name: "no number", in: "Document -E", wantErr: true},
	{name: "leading zero", in: "012-E", wantErr: true},
	{name: "number too long", in: "1234567-E", wantErr: true},
	{name: "lower-case document word", in: "document 12-E", wantErr: true},
	{name: "double space", in: "Document  12-E", wantErr: true},
	{name: "leading space", in: " 12-E", wantErr: true},
	{name: "trailing space", in: "12-E ", wantErr: true},
	{name: "unknown mark", in: "12(Sup.1)-E", wantErr: true},
	{name: "mark without number", in: "12(Rev.)-E", wantErr: true},
	{name: "mark number zero", in: "12(Rev.0)-E", wantErr: true},
	{name: "mark with trailing text", in: "12(Rev.1a)-E", wantErr: true},
	{name: "unclosed mark", in: "12(Rev.1-E", wantErr: true},
	{name: "repeated mark", in: "12(Rev.1)(Rev.2)-E", wantErr: true},
	{name: "mark after suffix", in: "12-E(Rev.1)", wantErr: true},
	{name: "bad conference prefix", in: "14PP/119-E", wantErr: true},
	{name: "empty conference prefix", in: "/119-E", wantErr: true},
	{name: "two prefixes", in: "PP14/PP18/119-E", wantErr: true},
	{name: "English word, Spanish suffix", in: "Document 12-S", wantErr: true},
	{name: "Spanish word, English suffix", in: "Documento 12-E", wantErr: true},
	{name: "Russian heading, English suffix", in: "Пересмотр 1 к Документу 12-E", wantErr: true},
	{name: "heading number zero", in: "Revision 0 to Document 12-E", wantErr: true},
	{name: "heading number missing", in: "Revision  to Document 12-E", wantErr: true},
	{name: "heading number too long", in: "Revision 1000 to Document 12-E", wantErr: true},
	{name: "heading mark repeated in brackets", in: "Revision 1 to Document 12(Rev.2)-E", wantErr: true},
	{name: "heading without document", in: "Revision 1 to 12-E", wantErr: true},
	{name: "heading lower case", in: "revision 1 to Document 12-E", wantErr: true},
	{name: "space before the suffix", in: "Document 12 -E", wantErr: true},
	{name: "two spaces before a mark", in: "Document 12  (Rev.1)-E", wantErr: true},
	{name: "space between marks", in: "12(Add.1) (Rev.1)-E", wantErr: true},
	{name: "ordinal without 号文件", in: "第12号-C", wantErr: true},
	{name: "ordinal with 号文件 after the suffix", in: "第12-C号文件", wantErr: true},
	{name: "Chinese word without space", in: "文件12-C", wantErr: true},
	{name: "invalid UTF-8", in: "Document 12-E\xff", wantErr: true},
}

func TestParseSymbol(t *testing.T) {
	for _, tt := range symbolTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := correspondence.ParseSymbol(tt.in)
			if tt.wantErr {
				if !errors.Is(err, correspondence.ErrBadSymbol) {
					t.Fatalf("ParseSymbol(%q) error = %v; want ErrBadSymbol", tt.in, err)
				}
				if correspondence.Symbol(tt.in).IsValid() {
					t.Errorf("Symbol(%q).IsValid() = true; want false", tt.in)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseSymbol(%q): %v", tt.in, err)
			}
			if got.String() != tt.in {
				t.Errorf("String() = %q; want %q as written", got.String(), tt.in)
			}
			parts, err := got.Parts()
			if err != nil {
				t.Fatalf("Parts: %v", err)
			}
			if diff := cmp.Diff(tt.want, parts); diff != "" {
				t.Errorf("Parts() mismatch (-want +got):\n%s", diff)
			}
			if parts.String() != tt.in {
				t.Errorf("Parts().String() = %q; want %q", parts.String(), tt.in)
			}
			if got.Language() != tt.want.Language {
				t.Errorf("Language() = %v; want %v", got.Language(), tt.want.Language)
			}
		})
	}
}

func TestSymbolText(t *testing.T) {
	for _, tt := range symbolTests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := correspondence.Symbol(tt.in).MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			var s correspondence.Symbol
			if err := s.UnmarshalText(b); err != nil {
				t.Fatal(err)
			}
			if string(s) != tt.in {
				t.Errorf("UnmarshalText(MarshalText(%q)) = %q", tt.in, s)
			}
		})
	}
}

func TestSymbolPartsMark(t *testing.T) {
	p := correspondence.MustParseSymbol("12(Add.2)(Corr.3)-E")
	parts, err := p.Parts()
	if err != nil {
		t.Fatal(err)
	}
	got := []int{parts.Mark(correspondence.Addendum), parts.Mark(correspondence.Revision), parts.Mark(correspondence.Corrigendum)}
	if diff := cmp.Diff([]int{2, 0, 3}, got); diff != "" {
		t.Errorf("Mark mismatch (-want +got):\n%s", diff)
	}
}

func TestMarkKindString(t *testing.T) {
	tests := []struct {
		k    correspondence.MarkKind
		want string
	}{
		{correspondence.Addendum, "Add."},
		{correspondence.Revision, "Rev."},
		{correspondence.Corrigendum, "Corr."},
		{0, "MarkKind(0)"},
		{9, "MarkKind(9)"},
	}
	for _, tt := range tests {
		if got := tt.k.String(); got != tt.want {
			t.Errorf("MarkKind(%d).String() = %q; want %q", int(tt.k), got, tt.want)
		}
	}
}

func TestMustParseSymbolPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseSymbol(\"12E\") did not panic")
		}
	}()
	correspondence.MustParseSymbol("12E")
}

func FuzzParseSymbol(f *testing.F) {
	for _, tt := range symbolTests {
		f.Add(tt.in)
	}
	for _, tt := range symbolFormTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<12 {
			return // bounded: longer input is rejected by its length alone
		}
		sym, err := correspondence.ParseSymbol(s)
		if err != nil {
			if !errors.Is(err, correspondence.ErrBadSymbol) {
				t.Fatalf("ParseSymbol(%q) error %v does not wrap ErrBadSymbol", s, err)
			}
			return
		}
		if string(sym) != s {
			t.Fatalf("ParseSymbol(%q) = %q; want the input unchanged", s, sym)
		}
		parts, err := sym.Parts()
		if err != nil {
			t.Fatalf("Parts(%q): %v", s, err)
		}
		if parts.String() != s {
			t.Fatalf("Parts(%q).String() = %q", s, parts.String())
		}
		if k := sym.Key(); k == "" || k != parts.Key() || !sym.SameDocument(sym) || !sym.SameVersion(sym) {
			t.Fatalf("%q: Key() = %q, Parts().Key() = %q; want one non-empty key, the symbol the same as itself", s, k, parts.Key())
		}
		if sym.Language() != parts.Language || parts.Form != correspondence.SymbolBare && parts.Words != parts.Language && parts.Language.IsValid() {
			t.Fatalf("%q: Language() = %v, words %v; want the suffix's language, and words in it", s, sym.Language(), parts.Words)
		}
		bare := parts
		bare.Form, bare.Words, bare.Spaced = correspondence.SymbolBare, 0, false
		if b := correspondence.Symbol(bare.String()); !b.SameVersion(sym) {
			t.Fatalf("%q: its bare form %q is not the same version", s, b)
		}
	})
}
