package strictjson

import (
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/go-json-experiment/json/jsontext"
)

var wholeNumberTests = []struct {
	name string
	lit  string
	bits int
	want int64
	ok   bool
}{
	{"plain", "139", 64, 139, true},
	{"zero fraction", "139.0", 64, 139, true},
	{"exponent", "1.39e2", 64, 139, true},
	{"negative exponent", "13900e-2", 64, 139, true},
	{"upper-case exponent and plus", "1.39E+2", 64, 139, true},
	{"long zero fraction", "139.000000000000000000000000", 64, 139, true},
	{"negative", "-139.0", 64, -139, true},
	{"zero", "0", 64, 0, true},
	{"negative zero", "-0.0", 64, 0, true},
	{"zero with any exponent", "0e999999999999", 64, 0, true},
	{"fraction", "139.5", 64, 0, false},
	{"fraction in the exponent", "1.395e2", 64, 0, false},
	{"small fraction", "1e-1", 64, 0, false},
	{"largest int64", "9223372036854775807", 64, math.MaxInt64, true},
	{"largest int64 written with an exponent", "9.223372036854775807e18", 64, math.MaxInt64, true},
	{"one past the largest", "9223372036854775808", 64, 0, false},
	{"smallest int64", "-9223372036854775808", 64, math.MinInt64, true},
	{"one past the smallest", "-9223372036854775809", 64, 0, false},
	{"ten to the nineteenth", "1e19", 64, 0, false},
	{"ten to the eighteenth", "1e18", 64, 1e18, true},
	{"huge exponent", "1e999999999", 64, 0, false},
	{"exponent past any int", "1e99999999999999999999999999", 64, 0, false},
	{"tiny exponent", "1e-99999999999999999999999999", 64, 0, false},
	{"int8 range", "127.0", 8, 127, true},
	{"past int8", "128", 8, 0, false},
	{"int8 smallest", "-1.28e2", 8, -128, true},
	{"int32 past", "2147483648", 32, 0, false},
}

// TestWholeNumber is the regression test for the 59.0 fix (issue 18): a
// JSON number whose value is a whole number in range is read as that
// number, however it is written.
func TestWholeNumber(t *testing.T) {
	for _, tt := range wholeNumberTests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := wholeNumber([]byte(tt.lit), tt.bits)
			if got != tt.want || ok != tt.ok {
				t.Errorf("wholeNumber(%q, %d) = %d, %v; want %d, %v", tt.lit, tt.bits, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestWholeNumberCheap: a number of a megabyte, or with an exponent of a
// billion, is read in one pass over its bytes without allocating.
func TestWholeNumberCheap(t *testing.T) {
	for _, lit := range []string{"1e999999999", "1" + strings.Repeat("0", 1<<20) + "e-1048576", "0." + strings.Repeat("0", 1<<20) + "1e1048577"} {
		b := []byte(lit)
		allocs := testing.AllocsPerRun(10, func() { wholeNumber(b, 64) })
		if allocs != 0 {
			t.Errorf("wholeNumber(%.20q…) allocated %v times; want 0", lit, allocs)
		}
	}
	if n, ok := wholeNumber([]byte("1"+strings.Repeat("0", 1<<20)+"e-1048576"), 64); n != 1 || !ok {
		t.Errorf("wholeNumber(1000…0e-1048576) = %d, %v; want 1, true", n, ok)
	}
}

// FuzzWholeNumber checks the reader against exact arithmetic (math/big) on
// every valid JSON number with an exponent small enough for big.Rat.
func FuzzWholeNumber(f *testing.F) {
	for _, tt := range wholeNumberTests {
		f.Add(tt.lit, uint8(tt.bits))
	}
	f.Fuzz(func(t *testing.T, lit string, bits uint8) {
		bits = []uint8{8, 16, 32, 64}[bits%4]
		if !jsontext.Value(lit).IsValid() || jsontext.Value(lit).Kind() != '0' || len(lit) > 200 || strings.TrimSpace(lit) != lit {
			return
		}
		got, ok := wholeNumber([]byte(lit), int(bits))
		if e := strings.IndexAny(lit, "eE"); e >= 0 && len(strings.TrimLeft(lit[e+1:], "+-0")) > 4 {
			return // big.Rat would need 10^(10^5) and more
		}
		r, parsed := new(big.Rat).SetString(lit)
		if !parsed {
			t.Fatalf("big.Rat cannot read %q", lit)
		}
		lo := new(big.Int).Lsh(big.NewInt(-1), uint(bits)-1)
		hi := new(big.Int).Sub(new(big.Int).Neg(lo), big.NewInt(1))
		want := r.IsInt() && r.Num().Cmp(lo) >= 0 && r.Num().Cmp(hi) <= 0
		if ok != want || ok && r.Num().Int64() != got {
			t.Fatalf("wholeNumber(%q, %d) = %d, %v; want %v (%v)", lit, bits, got, ok, want, r)
		}
	})
}
