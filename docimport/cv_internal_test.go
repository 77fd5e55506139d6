package docimport

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/cv"
)

// TestSplitPosition checks how a CV line's position, its period cut off, is
// cut at its commas: the title (with each part after it that names a post),
// the unit, the organisation (from a ministry's name to the end) and the
// country (a Member State's name, last).
func TestSplitPosition(t *testing.T) {
	tests := []struct {
		name string
		line string
		want cv.Position
	}{
		{"title alone", "Consultant", cv.Position{Title: "Consultant"}},
		{"title and organisation", "Chief Technology Officer, NTT DOCOMO", cv.Position{Title: "Chief Technology Officer", Organisation: "NTT DOCOMO"}},
		{"unit", "Director, Telecommunication Standardization Bureau (TSB), ITU",
			cv.Position{Title: "Director", Unit: "Telecommunication Standardization Bureau (TSB)", Organisation: "ITU"}},
		{"unit of two parts", "Chief, Space Services Department, Radiocommunication Bureau, ITU",
			cv.Position{Title: "Chief", Unit: "Space Services Department, Radiocommunication Bureau", Organisation: "ITU"}},
		{"country", "Research Consultant, Institute for ICT Convergence, KAIST, Korea",
			cv.Position{Title: "Research Consultant", Unit: "Institute for ICT Convergence", Organisation: "KAIST", Country: "Korea"}},
		{"organisation that is no country", "Deputy Director, Communications Regulatory Authority, Lithuania",
			cv.Position{Title: "Deputy Director", Organisation: "Communications Regulatory Authority", Country: "Lithuania"}},
		{"a country alone after the title is the organisation", "Consultant, France", cv.Position{Title: "Consultant", Organisation: "France"}},
		{"second post", "Executive Vice President, Chief Standardization Strategy Officer, NTT",
			cv.Position{Title: "Executive Vice President, Chief Standardization Strategy Officer", Organisation: "NTT"}},
		{"an office is no post", "Adviser, Office of the Director, ITU", cv.Position{Title: "Adviser", Unit: "Office of the Director", Organisation: "ITU"}},
		{"a post's word last is the organisation", "Adviser, Office of the Director", cv.Position{Title: "Adviser", Organisation: "Office of the Director"}},
		{"ministry", "Adviser, Ministry of Digital Development, Communications and Mass Media, Russian Federation",
			cv.Position{Title: "Adviser", Organisation: "Ministry of Digital Development, Communications and Mass Media", Country: "Russian Federation"}},
		{"unit and ministry", "Engineer, Spectrum Division, Ministry of Posts, Telecommunications and Broadcasting",
			cv.Position{Title: "Engineer", Unit: "Spectrum Division", Organisation: "Ministry of Posts, Telecommunications and Broadcasting"}},
		{"an organisation's comma the line does not tell", "Director, Space Services Policy and Engineering, Innovation, Science and Economic Development Canada",
			cv.Position{Title: "Director", Unit: "Space Services Policy and Engineering, Innovation", Organisation: "Science and Economic Development Canada"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitPosition(tt.line)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("splitPosition(%q) (-want +got):\n%s", tt.line, diff)
			}
			if got.Line() != tt.line {
				t.Errorf("Line() = %q; want the line read, %q", got.Line(), tt.line)
			}
		})
	}
}
