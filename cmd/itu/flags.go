package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/payload"
)

// choice is a flag that takes one of a fixed list of words.
type choice struct {
	val     string
	allowed []string
}

func newChoice(allowed ...string) *choice { return &choice{val: allowed[0], allowed: allowed} }

func (c *choice) String() string {
	if c == nil {
		return ""
	}
	return c.val
}

func (c *choice) Set(s string) error {
	if !slices.Contains(c.allowed, s) {
		return fmt.Errorf("want %s", strings.Join(c.allowed, ", "))
	}
	c.val = s
	return nil
}

// dateFlag is a flag holding an [civil.Date]; unset is the zero Date.
type dateFlag struct{ d civil.Date }

func (f *dateFlag) String() string {
	if f == nil {
		return ""
	}
	return f.d.String()
}

func (f *dateFlag) Set(s string) error {
	d, err := civil.ParseDate(s)
	if err != nil {
		return fmt.Errorf("want a date written YYYY-MM-DD, such as 2022-09-26")
	}
	f.d = d
	return nil
}

// options returns the validation options the date sets.
func (f *dateFlag) options() []itu.Option {
	if f.d.IsZero() {
		return nil
	}
	return []itu.Option{itu.AsOf(f.d)}
}

// kindFlag is a flag naming a payload kind; "note-verbale" is read as "note_verbale".
type kindFlag struct{ k itu.Kind }

func (f *kindFlag) String() string {
	if f == nil {
		return ""
	}
	return string(f.k)
}

func (f *kindFlag) Set(s string) error {
	k, err := parseKind(s)
	if err != nil {
		return err
	}
	f.k = k
	return nil
}

// parseKind reads a payload kind as a user types it.
func parseKind(s string) (itu.Kind, error) {
	k := itu.Kind(strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "-", "_"))
	if _, err := payload.New(k); err != nil {
		return "", fmt.Errorf("unknown payload kind %q; want one of %s", s, kindList())
	}
	return k, nil
}
