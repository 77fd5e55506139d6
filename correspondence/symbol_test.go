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
	{name: "document word", in: "Document 12-E", want: correspondence.SymbolParts{Document: true, Number: 12, Language: itu.English}},
	{name: "bare", in: "12-E", want: correspondence.SymbolParts{Number: 12, Language: itu.English}},
	{name: "reference without suffix", in: "Document 3", want: correspondence.SymbolParts{Document: true, Number: 3}},
	{name: "revision", in: "12(Rev.1)-E", want: correspondence.SymbolParts{Number: 12, Marks: []correspondence.Mark{{Kind: correspondence.Revision, Number: 1}}, Language: itu.English}},
	{name: "addendum", in: "12(Add.1)-E", want: correspondence.SymbolParts{Number: 12, Marks: []correspondence.Mark{{Kind: correspondence.Addendum, Number: 1}}, Language: itu.English}},
	{name: "corrigendum", in: "12(Corr.2)-F", want: correspondence.SymbolParts{Number: 12, Marks: []correspondence.Mark{{Kind: correspondence.Corrigendum, Number: 2}}, Language: itu.French}},
	{name: "addendum then revision", in: "12(Add.1)(Rev.1)-E", want: correspondence.SymbolParts{Number: 12, Marks: []correspondence.Mark{{Kind: correspondence.Addendum, Number: 1}, {Kind: correspondence.Revision, Number: 1}}, Language: itu.English}},
	{name: "revision without suffix", in: "102(Rev.1)", want: correspondence.SymbolParts{Number: 102, Marks: []correspondence.Mark{{Kind: correspondence.Revision, Number: 1}}}},
	{name: "conference prefix", in: "PP14/119-E", want: correspondence.SymbolParts{Conference: "PP14", Number: 119, Language: itu.English}},
	{name: "document word and prefix", in: "Document PP14/119-S", want: correspondence.SymbolParts{Document: true, Conference: "PP14", Number: 119, Language: itu.Spanish}},
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
	f.Fuzz(func(t *testing.T, s string) {
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
	})
}
