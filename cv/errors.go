package cv

import "errors"

// Sentinel errors wrapped by the parsers of this package; match them with errors.Is.
var (
	// ErrUnknownLevel is wrapped by errors from [ParseLevel].
	ErrUnknownLevel = errors.New("unknown degree level")
	// ErrUnknownRole is wrapped by errors from [ParseRole].
	ErrUnknownRole = errors.New("unknown role")
	// ErrUnknownEmphasis is wrapped by errors from [ParseEmphasis].
	ErrUnknownEmphasis = errors.New("unknown emphasis")
	// ErrBadMarkup is wrapped by errors from [ParseParagraph] for unbalanced or
	// mismatched emphasis markers.
	ErrBadMarkup = errors.New("bad emphasis markup")
)
