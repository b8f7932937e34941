// Code generated from errors.yaml by `python -m generator`; DO NOT EDIT.

package pnserrors

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Error is a response with a non-zero code. Code.Known is false for a code
// newer than this package; its category, Retry and DocURL still work.
type Error struct {
	Code      Code            // the code the API sent
	Msg       string          // the server's message; "" when it sent none, or not as text
	RequestID string          // for NXCLOUD's support; "" when absent, a number as its digits
	Data      json.RawMessage // the envelope's data; nil when absent or null
}

// NotAnEnvelopeError reports a body that is not the API's envelope
// ({"code", "msg", "requestId", "data"}): not JSON (a proxy's HTML page), not
// an object, no code, or a code that is not an integer.
type NotAnEnvelopeError struct {
	Reason string // what the body is instead
	Err    error  // the JSON decoder's error, when the body is not JSON
}

// ParseResponse returns the data of a successful response (code 0; nil when it
// has none). A non-zero code returns an *Error; a body that is not the API's
// envelope returns a *NotAnEnvelopeError, never an *Error.
func ParseResponse(body []byte) (data json.RawMessage, err error) {
	var fields map[string]json.RawMessage
	if jsonErr := json.Unmarshal(body, &fields); jsonErr != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(jsonErr, &typeErr) {
			return nil, &NotAnEnvelopeError{Reason: "response body is a JSON " + typeErr.Value + ", not an object with a code"}
		}
		return nil, &NotAnEnvelopeError{Reason: "response body is not JSON: " + jsonErr.Error(), Err: jsonErr}
	}
	if fields == nil {
		return nil, &NotAnEnvelopeError{Reason: "response body is JSON null, not an object with a code"}
	}
	raw, ok := fields["code"]
	if !ok {
		return nil, &NotAnEnvelopeError{Reason: "response body has no code field"}
	}
	code, convErr := strconv.Atoi(string(raw)) // JSON text: rejects "1003", true, 1003.5
	if convErr != nil {
		return nil, &NotAnEnvelopeError{Reason: "response code is " + string(raw) + ", not an integer"}
	}
	data = fields["data"]
	if string(data) == "null" {
		data = nil
	}
	if code == 0 {
		return data, nil
	}
	var msg string
	_ = json.Unmarshal(fields["msg"], &msg) // a msg that is absent or not text stays ""
	return nil, &Error{Code: Code(code), Msg: msg, RequestID: requestID(fields["requestId"]), Data: data}
}

// requestID reads the envelope's requestId: text as it is, any other JSON value
// (a number) as its JSON text, "" when absent or null.
func requestID(raw json.RawMessage) string {
	if raw == nil || string(raw) == "null" {
		return ""
	}
	var id string
	if json.Unmarshal(raw, &id) != nil {
		return string(raw)
	}
	return id
}

// Error describes the error: code, name, message, the server's own message
// when it differs, the requestId and the page.
func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "PNS error %d ", int(e.Code))
	if e.Code.Known() {
		fmt.Fprintf(&b, "%s: %s", e.Code, e.Code.Message())
	} else {
		b.WriteString("unknown code")
	}
	if e.Msg != "" && e.Msg != e.Code.Message() {
		fmt.Fprintf(&b, "; server said %q", e.Msg)
	}
	if e.RequestID != "" {
		fmt.Fprintf(&b, "; requestId %s", e.RequestID)
	}
	fmt.Fprintf(&b, " (see %s)", e.DocURL())
	return b.String()
}

// Known reports whether this package knows the code.
func (e *Error) Known() bool { return e.Code.Known() }

// Category returns the code's category, from its range for an unknown code; "" when none.
func (e *Error) Category() Category { return e.Code.Category() }

// FixBy returns whose side must act; "" for an unknown code.
func (e *Error) FixBy() FixBy { return e.Code.FixBy() }

// Retry returns whether to send the request again; RetryNo for an unknown code.
func (e *Error) Retry() Retry { return e.Code.Retry() }

// Retryable reports whether the request (rebuilt, for RetryRefresh) may succeed if sent again.
func (e *Error) Retryable() bool { return e.Code.Retryable() }

// DocURL returns the code's page; for an unknown code, the site's lookup of it.
func (e *Error) DocURL() string { return e.Code.DocURL() }

// Error says why the body is not the envelope.
func (e *NotAnEnvelopeError) Error() string {
	return "pnserrors: " + e.Reason
}

// Unwrap returns the JSON decoder's error, if any.
func (e *NotAnEnvelopeError) Unwrap() error { return e.Err }
