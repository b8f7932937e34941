// generated from errors.yaml by `python -m generator`; do not edit

using System;
using System.Collections.Generic;
using System.Globalization;

namespace PnsErrors
{
    /// <summary>Turning an API response into its data or a <see cref="PnsException"/>.</summary>
    public static class Responses
    {
        /// <summary>Returns the <c>data</c> of a successful response; throws for an error code.</summary>
        /// <param name="json">The response body's text.</param>
        /// <returns>
        /// The decoded <c>data</c>: an <see cref="IDictionary{TKey, TValue}"/> of string to object, an
        /// <see cref="IList{T}"/> of object, a string, a long, a double, a bool, or null.
        /// </returns>
        /// <exception cref="PnsException">The API answered with a non-zero code.</exception>
        /// <exception cref="NotAnEnvelopeException">The body is not JSON, or not the API's envelope.</exception>
        public static object RaiseForResponse(string json)
        {
            if (json == null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            object body;
            try
            {
                body = JsonReader.Parse(json);
            }
            catch (FormatException error)
            {
                throw new NotAnEnvelopeException("response body is not JSON: " + error.Message, error);
            }

            if (body is IDictionary<string, object> envelope)
            {
                return RaiseForResponse(envelope);
            }

            throw new NotAnEnvelopeException("response body is " + Show(body) + ", not an object with a `code`");
        }

        /// <summary>Returns the <c>data</c> of a successful, already decoded response; throws for an error code.</summary>
        /// <param name="body">The decoded envelope; <c>code</c> must be an integral number (int, long ...).</param>
        /// <returns>The value of <c>data</c>, or null when absent.</returns>
        /// <exception cref="PnsException">The API answered with a non-zero code.</exception>
        /// <exception cref="NotAnEnvelopeException">The body has no integral <c>code</c>.</exception>
        public static object RaiseForResponse(IDictionary<string, object> body)
        {
            if (body == null)
            {
                throw new ArgumentNullException(nameof(body));
            }

            if (!body.TryGetValue("code", out var value))
            {
                var keys = body.Count > 0 ? string.Join(", ", body.Keys) : "none";
                throw new NotAnEnvelopeException("response body has no `code` field (keys: " + keys + ")");
            }

            var code = ToCode(value);
            body.TryGetValue("data", out var data);
            if (code == 0)
            {
                return data;
            }

            body.TryGetValue("msg", out var msg);
            body.TryGetValue("requestId", out var requestId);
            throw new PnsException(
                code,
                msg as string ?? string.Empty,
                requestId == null ? null : Convert.ToString(requestId, CultureInfo.InvariantCulture),
                data);
        }

        private static int ToCode(object value)
        {
            var integral = value is int || value is long || value is short || value is sbyte
                || value is byte || value is ushort || value is uint || value is ulong;
            if (!integral)
            {
                throw new NotAnEnvelopeException("response `code` is " + Show(value) + ", not an integer");
            }

            var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            if (number < int.MinValue || number > int.MaxValue)
            {
                throw new NotAnEnvelopeException("response `code` is " + Show(value) + ", outside the range of a code");
            }

            return (int)number;
        }

        private static string Show(object value)
        {
            if (value == null)
            {
                return "null";
            }

            if (value is string text)
            {
                return "the string \"" + text + "\"";
            }

            if (value is bool flag)
            {
                return flag ? "true" : "false";
            }

            if (value is IFormattable number)
            {
                return number.ToString(null, CultureInfo.InvariantCulture);
            }

            return value is IDictionary<string, object> ? "an object" : value is IList<object> ? "an array" : value.GetType().Name;
        }
    }
}
