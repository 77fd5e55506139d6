package strictjson_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/strictjson"
)

// onePassRecord holds every shape the one pass walks: text, whole numbers,
// coded values, bounded and unbounded lists, maps, pointers and nesting.
type onePassRecord struct {
	Bound boundRecord       `json:"bound,omitzero"`
	Fault *faultRecord      `json:"fault,omitzero"`
	Rec   testRecord        `json:"rec,omitzero"`
	Ptr   **string          `json:"ptr,omitzero"`
	Lists [][]testInner     `json:"lists,omitzero" validate:"max=3"`
	Flag  bool              `json:"flag,omitzero"`
	Real  float64           `json:"real,omitzero"`
	Tree  []onePassTree     `json:"tree,omitzero"`
	Refs  map[string]*inner `json:"refs,omitzero" validate:"max=2"`
}

// onePassTree nests lists of one type in the items of another of it.
type onePassTree struct {
	Name string        `json:"name,omitzero"`
	Kids []onePassTree `json:"kids,omitzero" validate:"max=5"`
}

// onePassSeeds are payloads the one pass decodes, and some it leaves to the
// full decode.
var onePassSeeds = []string{
	`{}`, `null`, `{"bound":{"items":["a","b","c"],"votes":{"A":1,"B":2},"inner":[{"tags":["x"]},{}],"next":{"text":"t","next":null}}}`,
	`{"fault":{"name":"a","count":3,"dates":["2022-01-01"],"seen":{"2022-01-01":1},"sub":{"tags":[]}}}`,
	`{"rec":{"kind":"cv","a":{"b":139.0,"c":"\u00e9\n","post":"SG"},"list":[],"big":-1.5e1,"tags":{"k\u0020":"v"}}}`,
	`{"ptr":"p","lists":[[{"b":1}],[],null],"flag":true,"real":1.5,"refs":{"a":{"deep":[1]},"b":null}}`,
	`{"bound":{"items":null,"votes":null,"inner":null,"free":[1,2,3,4,5,6,7,8,9,10],"date":"2021-02-03","extra":{"e":{"deep":[]}}}}`,
	`{"bound":{"items":["a","b","c","d"]}}`, `{"bound":{"votes":{"A":1,"A":2}}}`, `{"bound":{"text":"a","text":"b"}}`, `{"x":1}`, `{"rec":{"big":139.5}}`,
	`{"lists":[[],[],[],[]]}`, `{"tree":[{"name":"a","kids":[{"name":"b","kids":[{"name":"c"},{"name":"d"}]},{"kids":[]}]},{"name":"e"}]}`, `{"refs":{"a":{},"b":{},"c":{}}}`, `{"bound":{"items":[1]}}`, `{} {}`, `{"bound":{"items":["a",]}}`, `{"bound":{"items":["a"],"it\u0065ms":["b"]}}`,
}

// FuzzDecodeOnePass checks the one pass against the strict decoder alone:
// whatever Decode accepts, the strict decoder (with the whole-number rule)
// accepts too and decodes to the same record; and what both accept with
// every list in its bound decodes alike.
func FuzzDecodeOnePass(f *testing.F) {
	for _, s := range onePassSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var got, want onePassRecord
		err := strictjson.Decode(data, &got)
		wantErr := strictjson.UnmarshalStrict(data, &want)
		if err != nil {
			return
		}
		if wantErr != nil {
			t.Fatalf("Decode(%q) = nil; the strict decoder: %v", data, wantErr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Decode(%q) mismatch (-strict +Decode):\n%s", data, diff)
		}
	})
}

// TestDecodeOnePassChunks: strings across many chunks of copied text, some
// longer than a chunk and some escaped, decode as the strict decoder
// decodes them.
func TestDecodeOnePassChunks(t *testing.T) {
	tests := []struct {
		name string
		size func(i int) int
	}{
		{"short", func(i int) int { return i % 50 }},
		{"around a chunk", func(i int) int { return 4000 + i%300 }},
		{"longer than a chunk", func(i int) int { return 9000 + i }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`{"tree":[`)
			for i := range 300 {
				if i > 0 {
					b.WriteString(",")
				}
				name := strings.Repeat(string(rune('a'+i%26)), tt.size(i))
				if i%7 == 0 {
					name += `\u00e9\n`
				}
				fmt.Fprintf(&b, `{"name":"%s","kids":[{"name":"k%d"}]}`, name, i)
			}
			b.WriteString(`]}`)
			var got, want onePassRecord
			if err := strictjson.Decode([]byte(b.String()), &got, strictjson.DecodeOptions{MaxBytes: 8 << 20}); err != nil {
				t.Fatalf("Decode() error = %v", err)
			}
			if err := strictjson.UnmarshalStrict([]byte(b.String()), &want); err != nil {
				t.Fatalf("strict decoder: %v", err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Decode() mismatch (-strict +Decode):\n%.2000s", diff)
			}
		})
	}
}
