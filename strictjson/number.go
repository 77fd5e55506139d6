package strictjson

import (
	"errors"
	"fmt"
	"reflect"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/plenipot/itu/internal/clip"
)

// maxExponent is where the reader of a number's exponent stops counting:
// far past any exponent that could still give a whole number in range, so
// that 1e999999999 costs its length and no more.
const maxExponent = 1_000_000_000

// wholeNumber returns the value of lit, a JSON number literal (RFC 8259
// syntax, as the decoder has checked it), when that value is a whole number
// in range for a signed integer of the given bits, however it is written:
// 139, 139.0, 1.39e2 and 13900e-2 are all 139, as JSON Schema 2020-12 counts
// them. ok is false for a value with a fraction (139.5) or out of range.
// It never allocates, and costs the literal's length whatever its exponent.
func wholeNumber(lit []byte, bits int) (n int64, ok bool) {
	i, neg := 0, len(lit) > 0 && lit[0] == '-'
	if neg {
		i++
	}
	// The digits of the integer and fraction parts, read as one sequence:
	// where it starts and ends in lit, how many of them are the integer
	// part, and where its first and last digits other than zero are.
	start, intDigits, first, last, seq, frac := i, 0, -1, -1, 0, false
	for ; i < len(lit) && (lit[i] >= '0' && lit[i] <= '9' || lit[i] == '.'); i++ {
		if lit[i] == '.' {
			frac = true
			continue
		}
		if lit[i] != '0' {
			if first < 0 {
				first = seq
			}
			last = seq
		}
		seq++
		if !frac {
			intDigits++
		}
	}
	end := i
	exp := 0
	if i < len(lit) && (lit[i] == 'e' || lit[i] == 'E') {
		i++
		expNeg := i < len(lit) && lit[i] == '-'
		if i < len(lit) && (lit[i] == '-' || lit[i] == '+') {
			i++
		}
		for ; i < len(lit); i++ {
			if exp < maxExponent {
				exp = exp*10 + int(lit[i]-'0')
			}
		}
		if expNeg {
			exp = -exp
		}
	}
	if first < 0 {
		return 0, true // zero, however written
	}
	// The digit at place j of the sequence stands for 10^(intDigits-1-j+exp).
	if intDigits-1-last+exp < 0 || intDigits-1-first+exp > 18 {
		return 0, false // a fraction, or 10^19 or more: out of any int64's range
	}
	var u uint64 // below 10^19, so within a uint64
	seq = 0
	for j := start; j < end && seq <= last; j++ {
		if lit[j] == '.' {
			continue
		}
		if seq >= first {
			u = u*10 + uint64(lit[j]-'0')
		}
		seq++
	}
	for range intDigits - 1 - last + exp {
		u *= 10
	}
	limit := uint64(1)<<(bits-1) - 1
	if neg {
		limit++
	}
	if u > limit {
		return 0, false
	}
	if neg {
		return -int64(u-1) - 1, true // -(1<<63) does not overflow
	}
	return int64(u), true
}

// numberError says that a number is not a whole number in range for its
// field: a fraction, or too large.
type numberError struct {
	lit  string
	bits int
}

func (e *numberError) Error() string {
	return fmt.Sprintf("want a whole number from %d to %d, got %s", int64(-1)<<(e.bits-1), int64(1)<<(e.bits-1)-1, clip.String(e.lit))
}

// wholeFrom decodes a JSON number into an integer field as [wholeNumber]
// reads it; any other JSON value is left to the decoder
// (errors.ErrUnsupported), which reports it as before.
func wholeFrom[T int | int8 | int16 | int32 | int64](dec *jsontext.Decoder, p *T) error {
	if dec.PeekKind() != '0' {
		return errors.ErrUnsupported
	}
	lit, err := dec.ReadValue()
	if err != nil {
		return err
	}
	bits := reflect.TypeFor[T]().Bits()
	n, ok := wholeNumber(lit, bits)
	if !ok {
		return &numberError{lit: string(lit[:min(len(lit), 4*clipLen)]), bits: bits}
	}
	*p = T(n)
	return nil
}

// clipLen bounds how much of a number literal a message keeps before
// clip.String cuts it.
const clipLen = 256

// wholeNumbers decode every integer field as wholeFrom does.
var wholeNumbers = json.WithUnmarshalers(json.JoinUnmarshalers(
	json.UnmarshalFromFunc(wholeFrom[int]),
	json.UnmarshalFromFunc(wholeFrom[int8]),
	json.UnmarshalFromFunc(wholeFrom[int16]),
	json.UnmarshalFromFunc(wholeFrom[int32]),
	json.UnmarshalFromFunc(wholeFrom[int64]),
))
