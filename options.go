package itu

import "github.com/plenipot/itu/civil"

// Options are the settings every Validate method takes. Nothing in this module
// reads the clock: rules that depend on "today" use AsOf, and are skipped when
// it is zero.
type Options struct {
	// AsOf is the date validation treats as today: no document may be dated
	// after it, and membership and nationality are checked on it. Zero skips
	// those rules.
	AsOf civil.Date
}

// Option sets one field of [Options].
type Option func(*Options)

// AsOf sets the date validation treats as today.
func AsOf(d civil.Date) Option { return func(o *Options) { o.AsOf = d } }
