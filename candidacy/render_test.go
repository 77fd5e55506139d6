package candidacy_test

import (
	"fmt"
	"strings"

	"github.com/plenipot/itu/examples"
)

func ExampleDossier_Render() {
	text := examples.KoreaDossier().Render()     // PP-22 Document 12-E, byte for byte
	pages := strings.Split(text, "\n\n\n\n")[1:] // every page opens with three blank lines
	for i, p := range pages {
		first, _, _ := strings.Cut(p, "\n")
		fmt.Printf("page %d: %s\n", i+1, first)
	}
	// Output:
	// page 1: PLENARY MEETING
	// page 2: *Permanent Mission of the Republic of Korea
	// page 3: A handwritten signature in black ink, appearing to read 'Lim Hyesook'.
	// page 4: Ministry of Science and ICT
	// page 5: Ministry of Science and ICT
	// page 6: DR. LEE, CHAESUB
	// page 7: DR. LEE, CHAESUB
}
