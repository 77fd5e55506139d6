package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode"
)

// node is one JSON Schema. Its fields are in the order the keywords are
// written, so the output is deterministic and reads top-down: identity,
// documentation, type and value constraints, structure, then $defs.
type node struct {
	Schema               string           `json:"$schema,omitempty"`
	ID                   string           `json:"$id,omitempty"`
	Title                string           `json:"title,omitempty"`
	Description          string           `json:"description,omitempty"`
	Ref                  string           `json:"$ref,omitempty"`
	Type                 string           `json:"type,omitempty"`
	Const                any              `json:"const,omitempty"`
	Enum                 []any            `json:"enum,omitempty"`
	Format               string           `json:"format,omitempty"`
	Pattern              string           `json:"pattern,omitempty"`
	ContentEncoding      string           `json:"contentEncoding,omitempty"`
	MinLength            *int             `json:"minLength,omitempty"`
	MaxLength            *int             `json:"maxLength,omitempty"`
	Minimum              json.Number      `json:"minimum,omitempty"`
	Maximum              json.Number      `json:"maximum,omitempty"`
	Not                  *node            `json:"not,omitempty"`
	Items                *node            `json:"items,omitempty"`
	MinItems             *int             `json:"minItems,omitempty"`
	MaxItems             *int             `json:"maxItems,omitempty"`
	UniqueItems          bool             `json:"uniqueItems,omitempty"`
	Properties           *properties      `json:"properties,omitempty"`
	Required             []string         `json:"required,omitempty"`
	PropertyNames        *node            `json:"propertyNames,omitempty"`
	MinProperties        *int             `json:"minProperties,omitempty"`
	MaxProperties        *int             `json:"maxProperties,omitempty"`
	AdditionalProperties any              `json:"additionalProperties,omitempty"`
	AnyOf                []*node          `json:"anyOf,omitempty"`
	AllOf                []*node          `json:"allOf,omitempty"`
	If                   *node            `json:"if,omitempty"`
	Then                 *node            `json:"then,omitempty"`
	Defs                 map[string]*node `json:"$defs,omitempty"` // encoding/json sorts map keys

	target *node // the $defs entry a value type's $ref names, for rejectsEmpty
}

// properties keeps object members in Go field order, which is also the order
// the canonical encoder writes them.
type properties struct {
	names []string
	nodes map[string]*node
}

func (p *properties) set(name string, n *node) {
	if p.nodes == nil {
		p.nodes = map[string]*node{}
	}
	if _, ok := p.nodes[name]; !ok {
		p.names = append(p.names, name)
	}
	p.nodes[name] = n
}

// MarshalJSON writes the members in insertion order.
func (p *properties) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, name := range p.names {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := encode(&b, name); err != nil {
			return nil, err
		}
		b.WriteByte(':')
		if err := encode(&b, p.nodes[name]); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// encode appends v to b as compact JSON without HTML escaping, so patterns
// and descriptions stay readable.
func encode(b *bytes.Buffer, v any) error {
	e := json.NewEncoder(b)
	e.SetEscapeHTML(false)
	if err := e.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode adds a newline
	return nil
}

// marshal renders the document two-space indented with a final newline.
func marshal(n *node) ([]byte, error) {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	if err := e.Encode(n); err != nil {
		return nil, err
	}
	return escapeInvisible(b.Bytes()), nil
}

// escapeInvisible writes non-ASCII spaces and other invisible characters as
// \uXXXX escapes, so a reader of the schema sees them. They occur only
// inside JSON strings, where the escape means the same character.
func escapeInvisible(b []byte) []byte {
	var out bytes.Buffer
	for _, r := range string(b) {
		if r > unicode.MaxASCII && (unicode.IsSpace(r) || !unicode.IsPrint(r)) && r <= 0xFFFF {
			fmt.Fprintf(&out, "\\u%04x", r)
			continue
		}
		out.WriteRune(r)
	}
	return out.Bytes()
}

// isString reports whether n describes only strings.
func (n *node) isString() bool { return n.Type == "string" }

// hasValueSet reports whether n lists its values (enum or const), which makes
// length and pattern keywords redundant.
func (n *node) hasValueSet() bool { return n.Enum != nil || n.Const != nil }

// rejectsEmpty reports whether a string schema n rejects "".
func (n *node) rejectsEmpty() bool {
	if n.target != nil {
		return n.target.rejectsEmpty()
	}
	if !n.isString() {
		return false
	}
	if n.hasValueSet() {
		return n.Const != "" && !containsEmpty(n.Enum)
	}
	return n.Pattern != "" || n.Format != "" || (n.MinLength != nil && *n.MinLength > 0)
}

func containsEmpty(vs []any) bool {
	for _, v := range vs {
		if v == "" {
			return true
		}
	}
	return false
}

func ptr[T any](v T) *T { return &v }
