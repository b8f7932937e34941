// generated from errors.yaml by `python -m generator`; do not edit

using System;

namespace PnsErrors
{
    /// <summary>A group of error codes, with the range of codes it owns.</summary>
    public enum Category
    {
        /// <summary>Common errors (1000-1999).</summary>
        Common,

        /// <summary>Privacy number (PNS) errors (10000-19999).</summary>
        Pns,
    }

    /// <summary>Whose side must act to fix an error.</summary>
    public enum FixBy
    {
        /// <summary>The customer's developer: the request or the client's code is wrong.</summary>
        Caller,

        /// <summary>The customer's account administrator or account manager: settings, permissions or numbers.</summary>
        Account,

        /// <summary>NXCLOUD: a failure on the service's side; escalate with the requestId.</summary>
        Provider,
    }

    /// <summary>Whether, and how, to send a failed request again.</summary>
    public enum Retry
    {
        /// <summary>No: the same request fails again until something changes.</summary>
        No,

        /// <summary>Yes, at once, with a rebuilt request (a new ts and sign).</summary>
        Refresh,

        /// <summary>Yes, later: the failure is transient; retry with exponential backoff and a limit.</summary>
        Backoff,
    }

    /// <summary>The catalog's words for <see cref="Category"/>, <see cref="FixBy"/> and <see cref="Retry"/>.</summary>
    public static class CatalogExtensions
    {
        /// <summary>The category's id as errors.json writes it, e.g. <c>"common"</c>.</summary>
        /// <param name="category">A member of <see cref="Category"/>.</param>
        /// <returns>The id.</returns>
        public static string Id(this Category category)
        {
            switch (category)
            {
                case Category.Common:
                    return "common";
                case Category.Pns:
                    return "pns";
                default:
                    throw new ArgumentOutOfRangeException(nameof(category), category, "not a category of this catalog");
            }
        }

        /// <summary>The category's title, e.g. <c>"Common errors"</c>.</summary>
        /// <param name="category">A member of <see cref="Category"/>.</param>
        /// <returns>The title, in English.</returns>
        public static string Title(this Category category)
        {
            switch (category)
            {
                case Category.Common:
                    return "Common errors";
                case Category.Pns:
                    return "Privacy number (PNS) errors";
                default:
                    throw new ArgumentOutOfRangeException(nameof(category), category, "not a category of this catalog");
            }
        }

        /// <summary>The word errors.json writes in <c>fix_by</c>, e.g. <c>"caller"</c>.</summary>
        /// <param name="fixBy">A member of <see cref="FixBy"/>.</param>
        /// <returns>The word.</returns>
        public static string Id(this FixBy fixBy)
        {
            switch (fixBy)
            {
                case FixBy.Caller:
                    return "caller";
                case FixBy.Account:
                    return "account";
                case FixBy.Provider:
                    return "provider";
                default:
                    throw new ArgumentOutOfRangeException(nameof(fixBy), fixBy, "not a fix_by word of this catalog");
            }
        }

        /// <summary>The word errors.json writes in <c>retry</c>, e.g. <c>"no"</c>.</summary>
        /// <param name="retry">A member of <see cref="Retry"/>.</param>
        /// <returns>The word.</returns>
        public static string Id(this Retry retry)
        {
            switch (retry)
            {
                case Retry.No:
                    return "no";
                case Retry.Refresh:
                    return "refresh";
                case Retry.Backoff:
                    return "backoff";
                default:
                    throw new ArgumentOutOfRangeException(nameof(retry), retry, "not a retry word of this catalog");
            }
        }
    }
}
