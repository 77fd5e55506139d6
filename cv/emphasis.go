package cv

import (
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/enum"
)

// Emphasis is how a span of a vision statement is set: bold, italic, or both.
// It is a set of flags; the zero value is plain, unemphasised text, and
// BoldItalic is Bold|Italic. Published statements mark bold as **text**, italic
// as *text* and both as ***text***.
type Emphasis uint8

// The emphasis flags.
const (
	Bold       Emphasis        = 1 << iota // bold, **text**
	Italic                                 // italic, *text*
	BoldItalic = Bold | Italic             // bold and italic, ***text***
)

// Plain is the zero Emphasis: text set in the body face.
const Plain Emphasis = 0

var emphases = enum.New(enum.Spec[Emphasis]{Pkg: "cv", Type: "Emphasis", What: "emphasis",
	Codes: []string{"", "bold", "italic", "bold_italic"}, ZeroValid: true,
	Want: "bold, italic, bold_italic or empty", Err: ErrUnknownEmphasis})

// emphasisMarkers are the markdown markers of each emphasis.
var emphasisMarkers = [...]string{"", "**", "*", "***"}

func init() {
	check.Describe[Emphasis]("an emphasis: bold, italic or bold_italic, or none for plain text")
}

// IsValid reports whether e is plain or a combination of [Bold] and [Italic].
func (e Emphasis) IsValid() bool { return emphases.IsValid(e) }

// String returns the emphasis code ("bold", "italic", "bold_italic"), "" for
// plain text, or "Emphasis(n)" when e is invalid.
func (e Emphasis) String() string { return emphases.String(e) }

// Marker returns the markdown marker of e: "**" for bold, "*" for italic,
// "***" for both and "" for plain text.
func (e Emphasis) Marker() string {
	if !e.IsValid() {
		return ""
	}
	return emphasisMarkers[e]
}

// ParseEmphasis parses an emphasis code: "bold", "italic", "bold_italic", or ""
// for plain text.
func ParseEmphasis(s string) (Emphasis, error) { return emphases.Parse(s) }

// MarshalText encodes e as its code; plain text encodes as "".
func (e Emphasis) MarshalText() ([]byte, error) { return emphases.MarshalText(e) }

// UnmarshalText decodes an emphasis code; "" decodes to [Plain].
func (e *Emphasis) UnmarshalText(b []byte) error { return emphases.UnmarshalText(e, b) }
