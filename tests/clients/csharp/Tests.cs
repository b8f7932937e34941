// The C# library (clients/csharp/) held to docs/errors.json and tests/clients/cases.json.
// Run by run.sh; prints "checked N codes" and exits 0 when every assertion holds.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using PnsErrors;

internal static class Tests
{
    private static int failures;

    private static int Main()
    {
        var root = Environment.GetEnvironmentVariable("PNS_ROOT");
        var catalog = (Dictionary<string, object>)Json.Parse(File.ReadAllText(Path.Combine(root, "docs", "errors.json"), Encoding.UTF8));
        var cases = (Dictionary<string, object>)Json.Parse(File.ReadAllText(Environment.GetEnvironmentVariable("PNS_CASES"), Encoding.UTF8));
        var about = (Dictionary<string, object>)catalog["catalog"];
        var siteUrl = (string)about["site_url"];
        var languages = (List<object>)about["languages"];
        var errors = (List<object>)catalog["errors"];
        var categories = (List<object>)catalog["categories"];

        Equal(siteUrl, ErrorCodes.SiteUrl, "SiteUrl");
        Equal(about["version"], ErrorCodes.Version, "Version");
        var allLanguages = new List<object> { "en" };
        allLanguages.AddRange(languages);
        Equal(allLanguages, new List<object>(ErrorCodes.Languages), "Languages");
        Equal((long)errors.Count, (long)ErrorCodes.All.Count, "ErrorCodes.All.Count");
        Equal((long)errors.Count, (long)Enum.GetValues(typeof(ErrorCode)).Length, "ErrorCode members");

        for (var index = 0; index < errors.Count; index++)
        {
            CheckCode((Dictionary<string, object>)errors[index], index, languages);
        }

        foreach (long unknown in (List<object>)cases["unknown_codes"])
        {
            var code = checked((int)unknown);
            Check(!ErrorCodes.TryGet(code, out _), code + ": TryGet must be false for an unknown code");
            Check(!ErrorCodes.TryParse(code.ToString(CultureInfo.InvariantCulture), out _), code + ": TryParse must be false");
            Equal(CategoryFromRanges(categories, code), ErrorCodes.CategoryOf(code)?.Id(), code + ": CategoryOf");
        }

        foreach (Dictionary<string, object> row in (List<object>)cases["envelopes"])
        {
            CheckEnvelope(row, siteUrl);
        }

        CheckStrictJson();

        if (failures > 0)
        {
            Console.Error.WriteLine(failures + " failure(s)");
            return 1;
        }

        Console.WriteLine("checked " + errors.Count + " codes");
        return 0;
    }

    private static void CheckCode(Dictionary<string, object> record, int index, List<object> languages)
    {
        var code = checked((int)(long)record["code"]);
        var what = code + ": ";
        if (!ErrorCodes.TryGet(code, out var error))
        {
            Check(false, what + "TryGet must find it");
            return;
        }

        Equal((long)code, (long)(int)error, what + "value");
        Equal(Pascal((string)record["name"]), error.ToString(), what + "name");
        Equal(record["message"], error.Message(), what + "Message()");
        Equal(record["category"], error.Category().Id(), what + "Category()");
        Equal(record["category"], ErrorCodes.CategoryOf(code)?.Id(), what + "CategoryOf");
        Equal(record["fix_by"], error.FixBy().Id(), what + "FixBy()");
        Equal(record["retry"], error.Retry().Id(), what + "Retry()");
        Equal((string)record["retry"] != "no", error.IsRetryable(), what + "IsRetryable()");
        Equal(record["url"], error.DocUrl(), what + "DocUrl()");
        Equal(error.ToString(), ErrorCodes.All[index].ToString(), what + "All, in the catalog's order");
        Check(ErrorCodes.TryParse(" " + code + " ", out var parsed) && parsed == error, what + "TryParse");

        var english = new[] { record["message"], record["description"], record["solution"] };
        CheckTexts(english, error.Localized("en"), "en", what + "Localized(\"en\")");
        CheckTexts(english, error.Localized("xx-YY"), "en", what + "Localized(\"xx-YY\") falls back to English");
        var translations = record.ContainsKey("translations") ? (Dictionary<string, object>)record["translations"] : new Dictionary<string, object>();
        foreach (string language in languages)
        {
            var translated = translations.ContainsKey(language) ? (Dictionary<string, object>)translations[language] : new Dictionary<string, object>();
            var expected = new[] { Or(translated, "message", english[0]), Or(translated, "description", english[1]), Or(translated, "solution", english[2]) };
            CheckTexts(expected, error.Localized(language), language, what + "Localized(\"" + language + "\")");
            foreach (var locale in new[] { language.ToUpperInvariant() + "_XX", language + ".UTF-8", " " + language + "@euro " })
            {
                CheckTexts(expected, error.Localized(locale), language, what + "Localized(\"" + locale + "\")");
            }
        }
    }

    private static void CheckTexts(object[] expected, LocalizedText texts, string language, string what)
    {
        Equal(language, texts.Language, what + ".Language");
        Equal(expected[0], texts.Message, what + ".Message");
        Equal(expected[1], texts.Description, what + ".Description");
        Equal(expected[2], texts.Solution, what + ".Solution");
    }

    private static void CheckEnvelope(Dictionary<string, object> row, string siteUrl)
    {
        var name = (string)row["name"];
        var body = (string)row["body"];
        var expect = (Dictionary<string, object>)row["expect"];
        if (expect.ContainsKey("name") && expect["name"] != null)
        {
            expect["name"] = Pascal((string)expect["name"]); // C# spells the catalog's names in PascalCase
        }

        Equal(expect, Outcome(() => Responses.RaiseForResponse(body), siteUrl), name);

        // The overload for a decoded body agrees, with `code` as a long or an int.
        Dictionary<string, object> decoded;
        try
        {
            decoded = Json.Parse(body) as Dictionary<string, object>;
        }
        catch (FormatException)
        {
            return;
        }

        if (decoded == null)
        {
            return;
        }

        Equal(expect, Outcome(() => Responses.RaiseForResponse(decoded), siteUrl), name + " (decoded)");
        if (decoded.ContainsKey("code") && decoded["code"] is long code)
        {
            decoded["code"] = checked((int)code);
            Equal(expect, Outcome(() => Responses.RaiseForResponse(decoded), siteUrl), name + " (decoded, int code)");
        }

        if ((string)expect["kind"] == "error")
        {
            try
            {
                Responses.RaiseForResponse(body);
            }
            catch (PnsException ex)
            {
                Equal(decoded.ContainsKey("data") ? decoded["data"] : null, ex.ResponseData, name + ": ResponseData");
                Equal((string)expect["retry"] != "no", ex.IsRetryable, name + ": IsRetryable");
                Check(ex.Message.Contains(ex.Code.ToString(CultureInfo.InvariantCulture)) && ex.Message.Contains(ex.DocUrl), name + ": Message names the code and the page: " + ex.Message);
            }
        }
    }

    // Beyond the shared table: the library's own JSON reader is strict, and never overflows the stack.
    private static void CheckStrictJson()
    {
        var notEnvelopes = new[]
        {
            "", " ", "{\"code\":1003.0}", "{\"code\":1e3}", "{\"code\":-0.5}", "{\"code\":3000000000}", "{\"code\":1003,}",
            "{\"code\":01003}", "{\"code\":1003} x", "{'code':1003}", "{\"code\":1003,\"msg\":\"a\tb\"}",
            "{\"code\":1003,\"msg\":\"\\x\"}", "{\"code\":1003,\"msg\":\"\\u12\"}", "{\"code\":tru}", "{\"code\":1003",
            new string('[', 100000) + new string(']', 100000),
        };
        foreach (var body in notEnvelopes)
        {
            var shown = body.Length > 40 ? body.Substring(0, 40) + "..." : body;
            Equal("not-an-envelope", Outcome(() => Responses.RaiseForResponse(body), string.Empty)["kind"], "strict JSON: " + shown);
        }

        const string escaped = "{\"code\":1003,\"msg\":\"\\u00e9\\n\\\"\\/\\ud83d\\ude00\",\"requestId\":-12.5,\"data\":[1,-2.5e1,true,null,{}]}";
        var outcome = Outcome(() => Responses.RaiseForResponse(escaped), string.Empty);
        Equal("\u00e9\n\"/\ud83d\ude00", outcome["msg"], "JSON escapes");
        Equal("-12.5", outcome["requestId"], "a fractional requestId reads as text");
        try
        {
            Responses.RaiseForResponse(escaped);
        }
        catch (PnsException ex)
        {
            Equal(new List<object> { 1L, -25.0, true, null, new Dictionary<string, object>() }, ex.ResponseData, "data of every JSON type");
        }
    }

    // What the library made of a body, in the table's terms (as tests/test_client_cases.py does).
    private static Dictionary<string, object> Outcome(Func<object> call, string siteUrl)
    {
        try
        {
            var data = call();
            return new Dictionary<string, object> { ["kind"] = "success", ["data"] = data };
        }
        catch (NotAnEnvelopeException)
        {
            return new Dictionary<string, object> { ["kind"] = "not-an-envelope" };
        }
        catch (PnsException ex)
        {
            return new Dictionary<string, object>
            {
                ["kind"] = "error",
                ["code"] = (long)ex.Code,
                ["known"] = ex.Error.HasValue,
                ["name"] = ex.Error?.ToString(),
                ["msg"] = ex.Msg,
                ["requestId"] = ex.RequestId,
                ["category"] = ex.Category?.Id(),
                ["retry"] = ex.Retry.Id(),
                ["fixBy"] = ex.FixBy?.Id(),
                ["url"] = ex.DocUrl.StartsWith(siteUrl, StringComparison.Ordinal) ? ex.DocUrl.Substring(siteUrl.Length) : ex.DocUrl,
            };
        }
    }

    private static string CategoryFromRanges(List<object> categories, int code)
    {
        foreach (Dictionary<string, object> category in categories)
        {
            var range = category["range"] as List<object>;
            if (range != null && (long)range[0] <= code && code <= (long)range[1])
            {
                return (string)category["id"];
            }
        }

        return null;
    }

    private static object Or(Dictionary<string, object> record, string key, object fallback) =>
        record.ContainsKey(key) && !string.IsNullOrEmpty(record[key] as string) ? record[key] : fallback;

    // The generator's spelling: VIRTUAL_NUMBER_EXHAUSTED -> VirtualNumberExhausted.
    private static string Pascal(string name)
    {
        var builder = new StringBuilder();
        foreach (var part in name.Split(new[] { '_', '-', ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part.Substring(1).ToLowerInvariant());
        }

        return builder.ToString();
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            failures++;
            Console.Error.WriteLine("FAIL " + what);
        }
    }

    private static void Equal(object expected, object actual, string what)
    {
        if (!Same(expected, actual))
        {
            failures++;
            Console.Error.WriteLine("FAIL " + what + ": expected " + Show(expected) + ", got " + Show(actual));
        }
    }

    private static bool Same(object a, object b)
    {
        if (a == null || b == null)
        {
            return a == null && b == null;
        }

        if (a is IDictionary<string, object> x && b is IDictionary<string, object> y)
        {
            if (x.Count != y.Count)
            {
                return false;
            }

            foreach (var pair in x)
            {
                if (!y.TryGetValue(pair.Key, out var other) || !Same(pair.Value, other))
                {
                    return false;
                }
            }

            return true;
        }

        if (a is IList<object> p && b is IList<object> q)
        {
            if (p.Count != q.Count)
            {
                return false;
            }

            for (var i = 0; i < p.Count; i++)
            {
                if (!Same(p[i], q[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return a.GetType() == b.GetType() && a.Equals(b);
    }

    private static string Show(object value)
    {
        if (value == null)
        {
            return "null";
        }

        if (value is string text)
        {
            return "\"" + text + "\"";
        }

        if (value is IDictionary<string, object> map)
        {
            var parts = new List<string>();
            foreach (var pair in map)
            {
                parts.Add(pair.Key + ": " + Show(pair.Value));
            }

            return "{" + string.Join(", ", parts) + "}";
        }

        if (value is IList<object> list)
        {
            var items = new List<string>();
            foreach (var item in list)
            {
                items.Add(Show(item));
            }

            return "[" + string.Join(", ", items) + "]";
        }

        return value + " (" + value.GetType().Name + ")";
    }
}

// A small JSON reader of the test's own (the library's is internal, and is what is under test).
internal sealed class Json
{
    private readonly string s;
    private int i;

    private Json(string text)
    {
        s = text;
    }

    internal static object Parse(string text)
    {
        var json = new Json(text);
        var value = json.Value();
        json.Space();
        if (json.i != text.Length)
        {
            throw new FormatException("extra data at " + json.i);
        }

        return value;
    }

    private object Value()
    {
        Space();
        if (i >= s.Length)
        {
            throw new FormatException("no value");
        }

        switch (s[i])
        {
            case '{':
                var members = new Dictionary<string, object>();
                i++;
                Space();
                if (Take('}'))
                {
                    return members;
                }

                do
                {
                    Space();
                    var key = (string)Value();
                    Space();
                    Need(':');
                    members[key] = Value();
                    Space();
                }
                while (Take(','));
                Need('}');
                return members;
            case '[':
                var items = new List<object>();
                i++;
                Space();
                if (Take(']'))
                {
                    return items;
                }

                do
                {
                    items.Add(Value());
                    Space();
                }
                while (Take(','));
                Need(']');
                return items;
            case '"':
                var builder = new StringBuilder();
                i++;
                while (s[i] != '"')
                {
                    if (s[i] != '\\')
                    {
                        builder.Append(s[i++]);
                        continue;
                    }

                    var escape = s[i + 1];
                    i += 2;
                    if (escape == 'u')
                    {
                        builder.Append((char)int.Parse(s.Substring(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 4;
                    }
                    else
                    {
                        builder.Append(escape == 'n' ? '\n' : escape == 't' ? '\t' : escape == 'r' ? '\r' : escape == 'b' ? '\b' : escape == 'f' ? '\f' : escape);
                    }
                }

                i++;
                return builder.ToString();
            default:
                foreach (var word in new[] { "true", "false", "null" })
                {
                    if (string.CompareOrdinal(s, i, word, 0, word.Length) == 0)
                    {
                        i += word.Length;
                        return word == "null" ? null : (object)(word == "true");
                    }
                }

                var start = i;
                while (i < s.Length && "+-0123456789.eE".IndexOf(s[i]) >= 0)
                {
                    i++;
                }

                var number = s.Substring(start, i - start);
                if (number.Length == 0)
                {
                    throw new FormatException("unexpected '" + s[i] + "' at " + i);
                }

                return number.IndexOfAny(new[] { '.', 'e', 'E' }) < 0
                    ? (object)long.Parse(number, CultureInfo.InvariantCulture)
                    : double.Parse(number, CultureInfo.InvariantCulture);
        }
    }

    private void Space()
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
    }

    private bool Take(char c)
    {
        if (i < s.Length && s[i] == c)
        {
            i++;
            return true;
        }

        return false;
    }

    private void Need(char c)
    {
        if (!Take(c))
        {
            throw new FormatException("'" + c + "' expected at " + i);
        }
    }
}
