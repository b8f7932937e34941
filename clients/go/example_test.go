// Code generated from errors.yaml by `python -m generator`; DO NOT EDIT.

package pnserrors_test

import (
	"errors"
	"fmt"

	pnserrors "example.org/pns-errors/go"
)

// The example of README.md: a response turned into an *Error, and a code looked up.
func Example() {
	// A response body, as read from the HTTP response.
	body := []byte(`{"code":10005,"msg":"Failed to get number","requestId":"8f2b1c"}`)

	data, err := pnserrors.ParseResponse(body)
	var apiErr *pnserrors.Error
	switch {
	case errors.As(err, &apiErr):
		fmt.Println(apiErr.Code, apiErr.Category(), apiErr.FixBy(), apiErr.Retry(), apiErr.Retryable())
		fmt.Println(apiErr) // code, message, requestId and page
	case err != nil:
		fmt.Println("not an API response:", err)
	default:
		fmt.Println("data:", string(data))
	}

	// Look a code up by number: a code newer than this package is no crash.
	code, known := pnserrors.Lookup(1001)
	fmt.Println(code, known, code.Localized("zh").Message)
	fmt.Println(code.DocURL())
	unknown, known := pnserrors.Lookup(42)
	fmt.Println(unknown, known, unknown.DocURL())

	// Output:
	// FAILED_TO_GET_NUMBER pns provider backoff true
	// PNS error 10005 FAILED_TO_GET_NUMBER: Failed to get number; requestId 8f2b1c (see https://pns-errors.example.org/errors/10005/)
	// MISSING_PUBLIC_PARAMETERS true 缺少公共参数
	// https://pns-errors.example.org/errors/1001/
	// Code(42) false https://pns-errors.example.org/?code=42
}
