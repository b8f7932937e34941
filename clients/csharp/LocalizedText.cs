// generated from errors.yaml by `python -m generator`; do not edit

namespace PnsErrors
{
    /// <summary>A code's texts in one language, as its page on the site shows them.</summary>
    public sealed class LocalizedText
    {
        internal LocalizedText(string language, string message, string description, string solution)
        {
            Language = language;
            Message = message;
            Description = description;
            Solution = solution;
        }

        /// <summary>The catalog language of these texts, e.g. <c>"zh"</c>.</summary>
        public string Language { get; }

        /// <summary>The message (for a translation, the API itself still answers in English).</summary>
        public string Message { get; }

        /// <summary>What the error means, in Markdown.</summary>
        public string Description { get; }

        /// <summary>How to fix it, in Markdown.</summary>
        public string Solution { get; }
    }
}
