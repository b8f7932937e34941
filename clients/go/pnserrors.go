// Code generated from errors.yaml by `python -m generator`; DO NOT EDIT.

// Package pnserrors is the Go client of the NXCLOUD PNS API error codes: each
// code is a typed Code constant that knows its message, category, whose side
// must act, whether to retry, its page and its texts in every catalog language
// (en, zh). ParseResponse turns a response body into its data, or
// into an *Error that carries all of that.
//
// Nothing here panics on a code newer than this package: such a Code is not
// Known, and its category still follows from its range.
package pnserrors

import (
	"sort"
	"strconv"
	"strings"
)

// Code is an error code of the API: one of the Code constants, or a code this
// version of the package does not know yet (see Known).
type Code int

// Category is a group of codes; its value is the category's id.
type Category string

// FixBy says whose side must act on an error.
type FixBy string

// Retry says whether, and how, to send a failed request again.
type Retry string

// Texts are a code's texts in one language; Description and Solution are Markdown.
type Texts struct {
	Message     string
	Description string
	Solution    string
}

type entry struct {
	code     Code
	name     string
	category Category
	fixBy    FixBy
	retry    Retry
	texts    map[string]Texts // by language; English ("en") always
}

type categoryRange struct {
	category    Category
	title       string
	first, last Code // first > last: the category has no range
}

// Lookup returns Code(n) and whether this package knows it. It never fails:
// an unknown code still has a String, a Category (from its range) and a DocURL.
func Lookup(n int) (Code, bool) {
	return Code(n), find(Code(n)) != nil
}

// Codes returns every code this package knows, in ascending order.
func Codes() []Code {
	codes := make([]Code, len(catalog))
	for i := range catalog {
		codes[i] = catalog[i].code
	}
	return codes
}

// CategoryOf returns the category of code n, known or not: a known code's own,
// else the one whose range holds n. ok is false when no range holds n.
func CategoryOf(n int) (category Category, ok bool) {
	if e := find(Code(n)); e != nil {
		return e.category, true
	}
	for _, c := range categories {
		if c.first <= Code(n) && Code(n) <= c.last {
			return c.category, true
		}
	}
	return "", false
}

// String returns the code's name, e.g. "INVALID_SIGNATURE", or "Code(42)" for
// a code this package does not know.
func (c Code) String() string {
	if e := find(c); e != nil {
		return e.name
	}
	return "Code(" + strconv.Itoa(int(c)) + ")"
}

// Known reports whether this version of the package knows the code.
func (c Code) Known() bool {
	return find(c) != nil
}

// Message returns the API's own (English) message for the code; "" if unknown.
func (c Code) Message() string {
	return c.Localized("en").Message
}

// Category returns the code's category (see CategoryOf); "" when none holds it.
func (c Code) Category() Category {
	category, _ := CategoryOf(int(c))
	return category
}

// FixBy returns whose side must act; "" for a code this package does not know.
func (c Code) FixBy() FixBy {
	if e := find(c); e != nil {
		return e.fixBy
	}
	return ""
}

// Retry returns whether to send the request again; RetryNo for a code this
// package does not know.
func (c Code) Retry() Retry {
	if e := find(c); e != nil {
		return e.retry
	}
	return RetryNo
}

// Retryable reports whether the same request (rebuilt, for RetryRefresh) may
// succeed if sent again.
func (c Code) Retryable() bool {
	return c.Retry().Retryable()
}

// DocURL returns the code's page; for an unknown code, the site's lookup of it.
func (c Code) DocURL() string {
	if c.Known() {
		return SiteURL + "errors/" + strconv.Itoa(int(c)) + "/"
	}
	return SiteURL + "?code=" + strconv.Itoa(int(c))
}

// Localized returns the code's texts in lang ("zh", "zh-CN", "zh_CN.UTF-8"),
// in English when the catalog has no such translation, and empty Texts for a
// code this package does not know. The API itself always sends English.
func (c Code) Localized(lang string) Texts {
	e := find(c)
	if e == nil {
		return Texts{}
	}
	for _, tag := range languageCandidates(lang) {
		if texts, ok := e.texts[tag]; ok {
			return texts
		}
	}
	return e.texts["en"]
}

// Title returns the category's title, e.g. "Common errors"; "" if unknown.
func (c Category) Title() string {
	for _, r := range categories {
		if r.category == c {
			return r.title
		}
	}
	return ""
}

// Retryable reports whether r allows sending the request again.
func (r Retry) Retryable() bool {
	return r != "" && r != RetryNo
}

func find(c Code) *entry {
	i := sort.Search(len(catalog), func(i int) bool { return catalog[i].code >= c })
	if i < len(catalog) && catalog[i].code == c {
		return &catalog[i]
	}
	return nil
}

// languageCandidates returns the catalog languages to try for a tag or locale,
// most specific first: "zh_CN.UTF-8" gives "zh-cn", then "zh".
func languageCandidates(tag string) []string {
	base, _, _ := strings.Cut(strings.TrimSpace(tag), ".")
	base, _, _ = strings.Cut(base, "@")
	parts := strings.FieldsFunc(strings.ToLower(base), func(r rune) bool { return r == '-' || r == '_' })
	candidates := make([]string, 0, len(parts))
	for n := len(parts); n > 0; n-- {
		candidates = append(candidates, strings.Join(parts[:n], "-"))
	}
	return candidates
}
