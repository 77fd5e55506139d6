package cv

import (
	"fmt"

	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
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

var emphasisCodes = [...]string{"", "bold", "italic", "bold_italic"}

// emphasisMarkers are the markdown markers of each emphasis.
var emphasisMarkers = [...]string{"", "**", "*", "***"}

func init() {
	check.Describe[Emphasis]("an emphasis: bold, italic or bold_italic, or none for plain text")
}

// IsValid reports whether e is plain or a combination of [Bold] and [Italic].
func (e Emphasis) IsValid() bool { return e <= BoldItalic }

// String returns the emphasis code ("bold", "italic", "bold_italic"), "" for
// plain text, or "Emphasis(n)" when e is invalid.
func (e Emphasis) String() string {
	if !e.IsValid() {
		return fmt.Sprintf("Emphasis(%d)", int(e))
	}
	return emphasisCodes[e]
}

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
func ParseEmphasis(s string) (Emphasis, error) {
	for i, c := range emphasisCodes {
		if s == c {
			return Emphasis(i), nil
		}
	}
	return 0, fmt.Errorf("cv: parse emphasis %q: %w (want bold, italic, bold_italic or empty)", clip.String(s), ErrUnknownEmphasis)
}

// MarshalText encodes e as its code; plain text encodes as "".
func (e Emphasis) MarshalText() ([]byte, error) {
	if !e.IsValid() {
		return nil, fmt.Errorf("cv: marshal emphasis: %w (%d)", ErrUnknownEmphasis, int(e))
	}
	return []byte(emphasisCodes[e]), nil
}

// UnmarshalText decodes an emphasis code; "" decodes to [Plain].
func (e *Emphasis) UnmarshalText(b []byte) error {
	v, err := ParseEmphasis(string(b))
	if err != nil {
		return err
	}
	*e = v
	return nil
}
