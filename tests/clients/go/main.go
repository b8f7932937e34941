// Command check holds the generated Go library (clients/go) to docs/errors.json
// and to tests/clients/cases.json, the table every client library agrees on.
// run.sh builds it against the library; it prints "checked N codes" or fails.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	pnserrors "example.org/pns-errors/go"
)

// text is a translation's texts in errors.json (its other keys, such as synonyms, are not the library's).
type text struct {
	Message     string `json:"message"`
	Description string `json:"description"`
	Solution    string `json:"solution"`
}

type record struct {
	Code         int             `json:"code"`
	Name         string          `json:"name"`
	Category     string          `json:"category"`
	Message      string          `json:"message"`
	Description  string          `json:"description"`
	Solution     string          `json:"solution"`
	FixBy        string          `json:"fix_by"`
	Retry        string          `json:"retry"`
	URL          string          `json:"url"`
	Translations map[string]text `json:"translations"`
}

type catalog struct {
	Catalog struct {
		SiteURL string `json:"site_url"`
		Version string `json:"version"`
	} `json:"catalog"`
	Categories []struct {
		ID    string `json:"id"`
		Title string `json:"title"`
		Range []int  `json:"range"`
	} `json:"categories"`
	Errors []record `json:"errors"`
}

type cases struct {
	Envelopes []struct {
		Name   string         `json:"name"`
		Body   string         `json:"body"`
		Expect map[string]any `json:"expect"`
	} `json:"envelopes"`
	UnknownCodes []int `json:"unknown_codes"`
}

var failures int

func check(what string, got, want any) {
	if !reflect.DeepEqual(got, want) {
		failures++
		fmt.Fprintf(os.Stderr, "%s: got %#v, want %#v\n", what, got, want)
	}
}

func load(path string, into any) {
	text, err := os.ReadFile(path)
	if err == nil {
		err = json.Unmarshal(text, into)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}

// orNil is nil for "" (the library's "none"), as the case table writes it.
func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// outcome is what the library made of a body, in the case table's terms.
func outcome(body string, site string) map[string]any {
	data, err := pnserrors.ParseResponse([]byte(body))
	var apiErr *pnserrors.Error
	var notEnvelope *pnserrors.NotAnEnvelopeError
	switch {
	case errors.As(err, &notEnvelope):
		if errors.As(err, &apiErr) {
			return map[string]any{"kind": "both an *Error and a *NotAnEnvelopeError"}
		}
		return map[string]any{"kind": "not-an-envelope"}
	case errors.As(err, &apiErr):
		name := any(nil)
		if apiErr.Known() {
			name = apiErr.Code.String()
		}
		if string(apiErr.Data) == "null" {
			return map[string]any{"kind": "an Error whose Data is null, not nil"}
		}
		if !strings.Contains(apiErr.Error(), apiErr.DocURL()) {
			return map[string]any{"kind": "an Error() without its page: " + apiErr.Error()}
		}
		return map[string]any{
			"kind":      "error",
			"code":      float64(apiErr.Code),
			"known":     apiErr.Known(),
			"name":      name,
			"msg":       apiErr.Msg,
			"requestId": orNil(apiErr.RequestID),
			"category":  orNil(string(apiErr.Category())),
			"retry":     string(apiErr.Retry()),
			"fixBy":     orNil(string(apiErr.FixBy())),
			"url":       strings.TrimPrefix(apiErr.DocURL(), site),
		}
	case err != nil:
		return map[string]any{"kind": fmt.Sprintf("an error of type %T: %v", err, err)}
	}
	if string(data) == "null" {
		return map[string]any{"kind": "success whose data is null, not nil"}
	}
	var decoded any
	if data != nil {
		if err := json.Unmarshal(data, &decoded); err != nil {
			return map[string]any{"kind": "success with data that is not JSON: " + string(data)}
		}
	}
	return map[string]any{"kind": "success", "data": decoded}
}

func main() {
	var cat catalog
	var table cases
	load(filepath.Join(os.Getenv("PNS_ROOT"), "docs", "errors.json"), &cat)
	load(os.Getenv("PNS_CASES"), &table)
	site := cat.Catalog.SiteURL

	check("SiteURL", pnserrors.SiteURL, site)
	check("Version", pnserrors.Version, cat.Catalog.Version)
	for _, c := range cat.Categories {
		check("title of "+c.ID, pnserrors.Category(c.ID).Title(), c.Title)
	}

	var want []pnserrors.Code
	for _, r := range cat.Errors {
		want = append(want, pnserrors.Code(r.Code))
		what := fmt.Sprint(r.Code)
		code, known := pnserrors.Lookup(r.Code)
		check(what+" known", known, true)
		check(what+" Known()", code.Known(), true)
		check(what+" value", int(code), r.Code)
		check(what+" name", code.String(), r.Name)
		check(what+" message", code.Message(), r.Message)
		check(what+" category", string(code.Category()), r.Category)
		category, ok := pnserrors.CategoryOf(r.Code)
		check(what+" CategoryOf", []any{string(category), ok}, []any{r.Category, true})
		check(what+" fixBy", string(code.FixBy()), r.FixBy)
		check(what+" retry", string(code.Retry()), r.Retry)
		check(what+" retryable", code.Retryable(), r.Retry != "no")
		check(what+" url", code.DocURL(), r.URL)
		english := pnserrors.Texts{Message: r.Message, Description: r.Description, Solution: r.Solution}
		check(what+" en texts", code.Localized("en"), english)
		check(what+" texts of a language the catalog lacks", code.Localized("xx-YY"), english)
		for lang, texts := range r.Translations {
			localized := code.Localized(lang)
			for key, pair := range map[string][2]string{
				"message":     {localized.Message, texts.Message},
				"description": {localized.Description, texts.Description},
				"solution":    {localized.Solution, texts.Solution},
			} {
				if pair[1] != "" {
					check(what+" "+lang+" "+key, pair[0], pair[1])
				}
			}
			locale := strings.ToUpper(lang[:1]) + lang[1:] + "_XX.UTF-8" // "Zh_XX.UTF-8"
			check(what+" texts for "+locale, code.Localized(locale), localized)
		}
	}
	check("Codes()", pnserrors.Codes(), want)

	for _, n := range table.UnknownCodes {
		what := fmt.Sprintf("unknown %d", n)
		code, known := pnserrors.Lookup(n)
		check(what+" known", []any{int(code), known, code.Known()}, []any{n, false, false})
		check(what+" name", code.String(), fmt.Sprintf("Code(%d)", n))
		check(what+" message", code.Message(), "")
		check(what+" fixBy", code.FixBy(), pnserrors.FixBy(""))
		check(what+" retry", code.Retry(), pnserrors.RetryNo)
		check(what+" retryable", code.Retryable(), false)
		check(what+" url", code.DocURL(), fmt.Sprintf("%s?code=%d", site, n))
		check(what+" texts", code.Localized("en"), pnserrors.Texts{})
		wantCategory := ""
		for _, c := range cat.Categories {
			if len(c.Range) == 2 && c.Range[0] <= n && n <= c.Range[1] {
				wantCategory = c.ID
			}
		}
		category, ok := pnserrors.CategoryOf(n)
		check(what+" CategoryOf", []any{string(category), ok}, []any{wantCategory, wantCategory != ""})
		check(what+" category", string(code.Category()), wantCategory)
	}

	for _, c := range table.Envelopes {
		check("envelope "+c.Name, outcome(c.Body, site), c.Expect)
	}
	// The library's own promise beyond the table: data that is null reads as nil.
	check("success with data null", outcome(`{"code":0,"data":null}`, site), map[string]any{"kind": "success", "data": nil})

	if failures > 0 {
		fmt.Fprintf(os.Stderr, "%d mismatches\n", failures)
		os.Exit(1)
	}
	fmt.Printf("checked %d codes\n", len(cat.Errors))
}
