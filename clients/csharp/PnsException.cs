// generated from errors.yaml by `python -m generator`; do not edit

using System;
using System.Globalization;

namespace PnsErrors
{
    /// <summary>The API answered with a non-zero error code.</summary>
    /// <remarks>
    /// <see cref="Error"/> is null for a code this version of the library does not know yet,
    /// so a newer server never crashes an older client. Catch one category with
    /// <c>catch (PnsException ex) when (ex.Category == Category.Common)</c>.
    /// </remarks>
    public class PnsException : Exception
    {
        /// <summary>Creates the exception for an error response.</summary>
        /// <param name="code">The response's <c>code</c>.</param>
        /// <param name="msg">The response's <c>msg</c>.</param>
        /// <param name="requestId">The response's <c>requestId</c>, or null.</param>
        /// <param name="responseData">The response's <c>data</c>, or null.</param>
        public PnsException(int code, string msg, string requestId, object responseData)
            : base(Describe(code, msg ?? string.Empty, requestId))
        {
            Code = code;
            Error = Find(code);
            Msg = msg ?? string.Empty;
            RequestId = requestId;
            ResponseData = responseData;
        }

        /// <summary>The code the API returned.</summary>
        public int Code { get; }

        /// <summary>The known code, or null for a code this version does not know.</summary>
        public ErrorCode? Error { get; }

        /// <summary>The server's own message (empty when it sent none).</summary>
        public string Msg { get; }

        /// <summary>The request's id, for the provider's support; null when the response had none.</summary>
        public string RequestId { get; }

        /// <summary>The response's <c>data</c>, decoded (null when absent).</summary>
        /// <remarks>Not <see cref="Exception.Data"/>, which stays the exception's own dictionary.</remarks>
        public object ResponseData { get; }

        /// <summary>The code's category, also for a code this version does not know; null outside every range.</summary>
        public Category? Category => ErrorCodes.CategoryOf(Code);

        /// <summary>Whose side must act; null for a code this version does not know.</summary>
        public FixBy? FixBy => Error?.FixBy();

        /// <summary>Whether to send the request again; <see cref="Retry.No"/> for a code this version does not know.</summary>
        public Retry Retry => Error?.Retry() ?? Retry.No;

        /// <summary>True when the same request (rebuilt, for <see cref="Retry.Refresh"/>) may succeed if sent again.</summary>
        public bool IsRetryable => Retry != Retry.No;

        /// <summary>The code's page; for an unknown code, the site's lookup of it.</summary>
        public string DocUrl => Error?.DocUrl() ?? LookupUrl(Code);

        private static ErrorCode? Find(int code) => ErrorCodes.TryGet(code, out var error) ? error : (ErrorCode?)null;

        private static string Number(int code) => code.ToString(CultureInfo.InvariantCulture);

        private static string LookupUrl(int code) => ErrorCodes.SiteUrl + "?code=" + Number(code);

        private static string Describe(int code, string msg, string requestId)
        {
            var error = Find(code);
            var what = error.HasValue ? error.Value + ": " + error.Value.Message() : "unknown code";
            var said = msg.Length > 0 && (!error.HasValue || msg != error.Value.Message()) ? "; server said \"" + msg + "\"" : string.Empty;
            var request = string.IsNullOrEmpty(requestId) ? string.Empty : "; requestId " + requestId;
            var url = error.HasValue ? error.Value.DocUrl() : LookupUrl(code);
            return "PNS error " + Number(code) + " " + what + said + request + " (see " + url + ")";
        }
    }

    /// <summary>The response body is not the API's <c>{"code", "msg", "requestId", "data"}</c> envelope.</summary>
    public class NotAnEnvelopeException : FormatException
    {
        /// <summary>Creates the exception.</summary>
        public NotAnEnvelopeException()
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">What is wrong with the body.</param>
        public NotAnEnvelopeException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">What is wrong with the body.</param>
        /// <param name="innerException">The cause, e.g. the JSON syntax error.</param>
        public NotAnEnvelopeException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
