// Package enum is the one code table behind every enumerated type of the
// module (itu.Post, itu.Language, itu.Severity, cv.Role, cv.Level,
// cv.Emphasis, candidacy.Status, election.Reason, election.Method,
// election.TieBreak): each type's String, Parse, IsValid, MarshalText and
// UnmarshalText are one-line calls into its [Table]. It is not part of the
// public API.
//
// One decoding policy holds for every type:
//
//   - The value is the index of its code in the table. Index 0 is the zero
//     value: "not set" and not valid, with the code "", unless the table says
//     zero is a real value ([Spec].ZeroValid), with a code of its own.
//   - The wire takes codes only. MarshalText writes the code and
//     UnmarshalText reads back exactly a code MarshalText writes, byte for
//     byte; "" reads as the zero value. A written name never decodes.
//   - Parse is for text people write: the code or any written form the
//     table lists ([Spec].Names), compared after the table's fold
//     ([Spec].Key; none means exact).
//   - A wrong value is an error that wraps the type's sentinel, quotes the
//     input cut by the clip package and says what is wanted:
//     `itu: parse post "CEO": unknown post (want one of SG, …)`. A failed
//     UnmarshalText leaves its target unchanged. MarshalText of an invalid
//     value fails the same way, `itu: marshal post: unknown post (9)`.
//   - String of an invalid value is "Type(n)", like fmt's %!.
package enum

import (
	"fmt"
	"strings"
	"sync"

	"github.com/plenipot/itu/internal/clip"
)

// Spec describes one enumerated type for [New].
type Spec[T ~int | ~uint8] struct {
	Pkg       string              // package in messages: "itu"
	Type      string              // Go type name, for String of an invalid value: "Post"
	What      string              // noun in messages: "post", "tie rule"
	Codes     []string            // the code of each value, indexed by value; Codes[0] is the zero value's
	ZeroValid bool                // whether the zero value is a real value (its code is Codes[0])
	Names     map[string]T        // written forms Parse accepts besides the codes
	Key       func(string) string // the fold Parse compares by; nil compares exactly
	Want      string              // what messages say is wanted; "" lists the codes: "a, b or c"
	Err       error               // the sentinel every error wraps
}

// Table is the code table of one enumerated type T, built once by [New].
type Table[T ~int | ~uint8] struct {
	s     Spec[T]
	once  sync.Once
	byKey map[string]T // built by the first lookup (see [Table.keys])
}

// New builds the table of s; call it once, in a package-level var.
func New[T ~int | ~uint8](s Spec[T]) *Table[T] {
	t := &Table[T]{s: s}
	if t.s.Want == "" {
		t.s.Want = List(t.validCodes())
	}
	return t
}

// keys returns the table's map from folded code or written form to value,
// building it on first use: folding the written forms can take Unicode
// case and normalisation tables (cv.Role's Chinese and Arabic forms did, 3%
// of a whole `itu validate` process that never parsed a role), and most
// processes parse few of the tables, if any.
func (t *Table[T]) keys() map[string]T {
	t.once.Do(func() {
		m := make(map[string]T, len(t.s.Codes)+len(t.s.Names))
		for _, v := range t.Values() {
			m[t.key(t.s.Codes[v])] = v
		}
		for n, v := range t.s.Names {
			m[t.key(n)] = v
		}
		t.byKey = m
	})
	return t.byKey
}

// List joins words as "a, b or c".
func List(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

func (t *Table[T]) key(s string) string {
	if t.s.Key == nil {
		return s
	}
	return t.s.Key(s)
}

func (t *Table[T]) first() int {
	if t.s.ZeroValid {
		return 0
	}
	return 1
}

func (t *Table[T]) validCodes() []string { return t.s.Codes[t.first():] }

// Values returns every valid value in table order, in a new slice.
func (t *Table[T]) Values() []T {
	out := make([]T, 0, len(t.s.Codes))
	for i := t.first(); i < len(t.s.Codes); i++ {
		out = append(out, T(i))
	}
	return out
}

// IsValid reports whether v is a value of the table.
func (t *Table[T]) IsValid(v T) bool { return int(v) >= t.first() && int(v) < len(t.s.Codes) }

// String returns v's code, or "Type(n)" when v is invalid.
func (t *Table[T]) String(v T) string {
	if !t.IsValid(v) {
		return fmt.Sprintf("%s(%d)", t.s.Type, int(v))
	}
	return t.s.Codes[v]
}

// Parse returns the value whose code or written form is s, compared after
// the table's fold, or an error wrapping the sentinel.
func (t *Table[T]) Parse(s string) (T, error) {
	if v, ok := t.Lookup(s); ok {
		return v, nil
	}
	return 0, t.ParseError(s)
}

// Lookup is like [Table.Parse] but reports failure with a bool.
func (t *Table[T]) Lookup(s string) (T, bool) { return t.LookupKey(t.key(s)) }

// LookupKey is [Table.Lookup] for text already folded by the table's Key.
func (t *Table[T]) LookupKey(k string) (T, bool) {
	v, ok := t.keys()[k]
	return v, ok
}

// parseError is the error for text s that names no value:
// `pkg: parse what "s": sentinel (want …)`, s cut by the clip package.
func parseError[S ~string | ~[]byte, T ~int | ~uint8](t *Table[T], s S) error {
	return fmt.Errorf("%s: parse %s %s: %w (want %s)", t.s.Pkg, t.s.What, clip.Quote(s), t.s.Err, t.s.Want)
}

// ParseError is the error for text s that names no value:
// `pkg: parse what "s": sentinel (want …)`, s cut by the clip package.
func (t *Table[T]) ParseError(s string) error { return parseError(t, s) }

// MarshalText returns v's code; a zero value that means "not set" encodes as "".
func (t *Table[T]) MarshalText(v T) ([]byte, error) {
	if v == 0 && !t.s.ZeroValid {
		return []byte{}, nil
	}
	if !t.IsValid(v) {
		return nil, fmt.Errorf("%s: marshal %s: %w (%d)", t.s.Pkg, t.s.What, t.s.Err, int(v))
	}
	return []byte(t.s.Codes[v]), nil
}

// UnmarshalText sets *p to the value whose code is exactly b; "" sets the
// zero value that means "not set". On error *p is unchanged.
func (t *Table[T]) UnmarshalText(p *T, b []byte) error {
	if len(b) == 0 && !t.s.ZeroValid {
		*p = 0
		return nil
	}
	for i := t.first(); i < len(t.s.Codes); i++ {
		if t.s.Codes[i] == string(b) {
			*p = T(i)
			return nil
		}
	}
	return parseError(t, b)
}
