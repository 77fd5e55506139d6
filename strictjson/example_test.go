package strictjson_test

import (
	"errors"
	"fmt"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/names"
	"github.com/plenipot/itu/strictjson"
)

func ExampleDecode() {
	type nomination struct {
		Post      itu.Post      `json:"post"`
		Candidate names.Name    `json:"candidate"`
		Nominator itu.StateCode `json:"nominator"`
		Date      civil.Date    `json:"date"`
	}
	payload := []byte(`{"post": "DSG", "candidate": "Dr Chaesub LEE", "nominator": "KOR", "dated": "2021-11-09"}`)

	var n nomination
	err := strictjson.Decode(payload, &n)
	fmt.Println(errors.Is(err, itu.ErrInvalid))
	for _, v := range itu.Violations(err) {
		fmt.Printf("%s [%s] %s\n", v.Path, v.Code, v.Message)
	}
	// Output:
	// true
	// /dated [json.unknown_field] unknown field "dated"; the fields allowed here are post, candidate, nominator, date
}
