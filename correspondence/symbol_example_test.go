package correspondence_test

import (
	"fmt"

	"github.com/plenipot/itu/correspondence"
)

// Symbols keep their written form and compare by meaning: the Spanish
// addendum heading and the running header name one document, and the English
// version of that addendum is another version of the same document.
func ExampleSymbol_SameDocument() {
	es := correspondence.MustParseSymbol("Addéndum 1 al Documento PP14/67-S")
	header := correspondence.MustParseSymbol("PP14/67(Add.1)-S")
	en := correspondence.MustParseSymbol("Addendum 1 to Document PP14/67-E")

	fmt.Println(es, "|", es.Key(), es.Language().Name())
	fmt.Println(en, "|", en.Key(), en.Language().Name())
	fmt.Println("same document:", es.SameDocument(header), es.SameDocument(en))
	fmt.Println("same version:", es.SameVersion(header), es.SameVersion(en))

	_, err := correspondence.ParseSymbol("Document 67-S")
	fmt.Println(err)
	// Output:
	// Addéndum 1 al Documento PP14/67-S | PP-14/67(Add.1) Spanish
	// Addendum 1 to Document PP14/67-E | PP-14/67(Add.1) English
	// same document: true true
	// same version: true false
	// correspondence: parse symbol "Document 67-S": bad document symbol (the words are English but the suffix -S is Spanish; the Spanish version reads "Documento 67-S")
}
