// generated from errors.yaml by `python -m generator`; do not edit

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PnsErrors
{
    /// <summary>
    /// A strict JSON (RFC 8259) reader for response bodies, so the library needs no package:
    /// objects become <c>Dictionary&lt;string, object&gt;</c>, arrays <c>List&lt;object&gt;</c>,
    /// integers <c>long</c> (<c>double</c> beyond its range), other numbers <c>double</c>.
    /// </summary>
    internal sealed class JsonReader
    {
        private const int MaxDepth = 512;

        private readonly string text;
        private int at;

        private JsonReader(string text)
        {
            this.text = text;
        }

        private char Next => at < text.Length ? text[at] : '\0';

        /// <summary>The value <paramref name="text"/> holds.</summary>
        /// <exception cref="FormatException">The text is not one JSON value.</exception>
        internal static object Parse(string text)
        {
            var reader = new JsonReader(text);
            var value = reader.ReadValue(0);
            reader.SkipWhitespace();
            if (reader.at < text.Length)
            {
                throw reader.Error("extra data after the value");
            }

            return value;
        }

        private object ReadValue(int depth)
        {
            SkipWhitespace();
            switch (Next)
            {
                case '{':
                    return ReadObject(depth + 1);
                case '[':
                    return ReadArray(depth + 1);
                case '"':
                    return ReadString();
                case 't':
                    return ReadWord("true", true);
                case 'f':
                    return ReadWord("false", false);
                case 'n':
                    return ReadWord("null", null);
                default:
                    if (Next == '-' || IsDigit(Next))
                    {
                        return ReadNumber();
                    }

                    throw Error(at < text.Length ? "a value was expected" : "the text ends where a value was expected");
            }
        }

        private Dictionary<string, object> ReadObject(int depth)
        {
            Enter(depth);
            var members = new Dictionary<string, object>(StringComparer.Ordinal);
            SkipWhitespace();
            if (Next == '}')
            {
                at++;
                return members;
            }

            while (true)
            {
                SkipWhitespace();
                if (Next != '"')
                {
                    throw Error("a member name in double quotes was expected");
                }

                var name = ReadString();
                SkipWhitespace();
                Expect(':');
                members[name] = ReadValue(depth);
                SkipWhitespace();
                if (Next != ',')
                {
                    Expect('}');
                    return members;
                }

                at++;
            }
        }

        private List<object> ReadArray(int depth)
        {
            Enter(depth);
            var items = new List<object>();
            SkipWhitespace();
            if (Next == ']')
            {
                at++;
                return items;
            }

            while (true)
            {
                items.Add(ReadValue(depth));
                SkipWhitespace();
                if (Next != ',')
                {
                    Expect(']');
                    return items;
                }

                at++;
            }
        }

        private string ReadString()
        {
            at++; // the opening quote
            var builder = new StringBuilder();
            while (true)
            {
                if (at >= text.Length)
                {
                    throw Error("a string is not closed");
                }

                var c = text[at++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c < ' ')
                {
                    throw Error("a control character in a string");
                }

                builder.Append(c == '\\' ? ReadEscape() : c);
            }
        }

        private char ReadEscape()
        {
            var c = Next;
            at++;
            switch (c)
            {
                case '"':
                case '\\':
                case '/':
                    return c;
                case 'b':
                    return '\b';
                case 'f':
                    return '\f';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 't':
                    return '\t';
                case 'u':
                    if (at + 4 <= text.Length
                        && int.TryParse(text.Substring(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
                    {
                        at += 4;
                        return (char)unit;
                    }

                    throw Error("\\u needs four hexadecimal digits");
                default:
                    throw Error("an invalid escape in a string");
            }
        }

        private object ReadNumber()
        {
            var start = at;
            if (Next == '-')
            {
                at++;
            }

            if (Next == '0')
            {
                at++;
            }
            else
            {
                SkipDigits();
            }

            if (Next == '.')
            {
                at++;
                SkipDigits();
            }

            if (Next == 'e' || Next == 'E')
            {
                at++;
                if (Next == '+' || Next == '-')
                {
                    at++;
                }

                SkipDigits();
            }

            // An integer (no fraction, no exponent) that fits is a long; any other number a double.
            var literal = text.Substring(start, at - start);
            if (long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            {
                return whole;
            }

            if (double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            throw Error("a number out of range");
        }

        private object ReadWord(string word, object value)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
            {
                throw Error("a value was expected");
            }

            at += word.Length;
            return value;
        }

        // One or more digits: JSON has no "1." or "-" alone.
        private void SkipDigits()
        {
            if (!IsDigit(Next))
            {
                throw Error("a digit was expected");
            }

            while (IsDigit(Next))
            {
                at++;
            }
        }

        private void SkipWhitespace()
        {
            while (Next == ' ' || Next == '\t' || Next == '\n' || Next == '\r')
            {
                at++;
            }
        }

        private void Enter(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error("arrays and objects nested too deeply");
            }

            at++; // the opening bracket
        }

        private void Expect(char c)
        {
            if (Next != c)
            {
                throw Error("'" + c + "' was expected");
            }

            at++;
        }

        private FormatException Error(string what) => new FormatException(what + " (character " + at.ToString(CultureInfo.InvariantCulture) + ")");

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
