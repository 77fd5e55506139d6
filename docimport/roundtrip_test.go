package docimport_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRoundTrip reads back every valid and realistic fixture whose kind
// renders, in every language the fixtures have: import(render(r)) == r, but
// for the fields no text prints (see unprinted) and the readings the text
// cannot tell apart (see sameText); and the record read renders the same
// text again, character for character, with no warning.
func TestRoundTrip(t *testing.T) {
	exact := 0
	fixtures := renderable(t)
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			text := f.record.(renderer).Render()
			got, res := read(t, text, f.kind)
			if again := got.(renderer).Render(); again != text {
				t.Errorf("render(import(text)) != text:\n got %q\nwant %q", again, text)
			}
			unprinted(f.record, got)
			if diff := cmp.Diff(f.record, got, sameText...); diff != "" {
				t.Errorf("import(render(r)) mismatch (-want +got):\n%s", diff)
			}
			if cmp.Equal(f.record, got, cmpOpts...) {
				exact++
			}
			for _, w := range res.Warnings {
				t.Errorf("warning: %s", w)
			}
		})
	}
	t.Logf("%d fixtures read back; %d equal without sameText", len(fixtures), exact)
}
