import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.example.pnserrors.Category;
import org.example.pnserrors.ErrorCode;
import org.example.pnserrors.ErrorText;
import org.example.pnserrors.NotAnEnvelopeException;
import org.example.pnserrors.PnsException;
import org.example.pnserrors.Responses;
import org.w3c.dom.Document;

/**
 * Holds the generated Java library (clients/java/) to docs/errors.json and to the envelope table
 * tests/clients/cases.json, as tests/test_client_cases.py holds Python's. Reads PNS_ROOT,
 * PNS_CASES and PNS_SNIPPETS; prints "checked N codes" and exits 0 when every check passes.
 */
public final class ClientCheck {
  private final List<String> failures = new ArrayList<>();
  private int checks;

  private ClientCheck() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getenv("PNS_ROOT"));
    ClientCheck check = new ClientCheck();
    Map<String, Object> catalog = object(json(root.resolve("docs/errors.json")));
    Map<String, Object> cases = object(json(Path.of(System.getenv("PNS_CASES"))));
    int codes = check.catalog(catalog);
    check.unknownCodes(catalog, cases);
    check.envelopes(catalog, cases);
    check.reader();
    check.snippets(catalog, Path.of(System.getenv("PNS_SNIPPETS")));
    check.pom(catalog, root.resolve("clients/java/pom.xml"));
    if (!check.failures.isEmpty()) {
      check.failures.forEach(failure -> System.out.println("FAIL " + failure));
      System.out.println(check.failures.size() + " of " + check.checks + " checks failed");
      System.exit(1);
    }
    System.out.println("checked " + codes + " codes (" + check.checks + " checks)");
  }

  private void equal(String what, Object expected, Object actual) {
    checks++;
    if (!Objects.equals(expected, actual)) {
      failures.add(what + ": expected " + expected + ", got " + actual);
    }
  }

  // --- the constants against errors.json ---------------------------------------------------

  private int catalog(Map<String, Object> json) {
    Map<String, Object> meta = object(json.get("catalog"));
    List<String> languages = new ArrayList<>(List.of("en"));
    list(meta.get("languages")).forEach(language -> languages.add((String) language));
    equal("ErrorCode.languages()", languages, ErrorCode.languages());

    List<Object> categories = list(json.get("categories"));
    equal(
        "Category ids",
        categories.stream().map(c -> object(c).get("id")).collect(Collectors.toList()),
        List.of(Category.values()).stream().map(Category::id).collect(Collectors.toList()));
    for (Object item : categories) {
      Map<String, Object> record = object(item);
      String id = (String) record.get("id");
      Optional<Category> category =
          List.of(Category.values()).stream().filter(c -> c.id().equals(id)).findFirst();
      if (category.isEmpty()) {
        continue; // reported by the ids above
      }
      equal(id + " title", record.get("title"), category.get().title());
      if (record.get("range") != null) {
        long first = number(list(record.get("range")).get(0));
        long last = number(list(record.get("range")).get(1));
        equal(id + " holds " + first, true, category.get().contains((int) first));
        equal(id + " holds " + last, true, category.get().contains((int) last));
        equal(id + " holds " + (first - 1), false, category.get().contains((int) first - 1));
        equal(id + " holds " + (last + 1), false, category.get().contains((int) last + 1));
      }
    }

    List<Object> errors = list(json.get("errors"));
    equal(
        "codes, in order",
        errors.stream().map(e -> (int) number(object(e).get("code"))).collect(Collectors.toList()),
        List.of(ErrorCode.values()).stream().map(ErrorCode::code).collect(Collectors.toList()));
    for (Object item : errors) {
      Map<String, Object> record = object(item);
      int code = (int) number(record.get("code"));
      Optional<ErrorCode> found = ErrorCode.of(code);
      equal(code + " is known", true, found.isPresent());
      if (found.isEmpty()) {
        continue;
      }
      ErrorCode constant = found.get();
      equal(code + " code", code, constant.code());
      equal(code + " name", record.get("name"), constant.name());
      equal(code + " message", record.get("message"), constant.message());
      equal(code + " category", record.get("category"), constant.category().id());
      equal(code + " Category.of", Optional.of(constant.category()), Category.of(code));
      equal(code + " fixBy", record.get("fix_by"), constant.fixBy().word());
      equal(code + " retry", record.get("retry"), constant.retry().word());
      equal(code + " retryable", !"no".equals(record.get("retry")), constant.retry().isRetryable());
      equal(code + " docUrl", record.get("url"), constant.docUrl());
      ErrorText english = texts(record);
      equal(code + " en texts", english, constant.localized("en"));
      equal(code + " fallback texts", english, constant.localized("fr-CA"));
      Map<String, Object> translations = object(record.get("translations"));
      for (String language : languages.subList(1, languages.size())) {
        Object translation = translations.get(language);
        ErrorText expected =
            translation == null ? english : fallback(texts(object(translation)), english);
        equal(code + " " + language + " texts", expected, constant.localized(language));
        ErrorText actual = constant.localized(language);
        equal(code + " " + language + " message", expected.message(), actual.message());
        equal(
            code + " " + language + " from a locale name",
            expected,
            constant.localized(language.toUpperCase(Locale.ROOT) + "_XX.UTF-8"));
        Locale locale = Locale.forLanguageTag(language);
        equal(code + " " + language + " from a Locale", expected, constant.localized(locale));
      }
    }
    return errors.size();
  }

  private static ErrorText texts(Map<String, Object> record) {
    return new ErrorText(
        text(record.get("message")), text(record.get("description")), text(record.get("solution")));
  }

  private static ErrorText fallback(ErrorText translated, ErrorText english) {
    return new ErrorText(
        translated.message().isEmpty() ? english.message() : translated.message(),
        translated.description().isEmpty() ? english.description() : translated.description(),
        translated.solution().isEmpty() ? english.solution() : translated.solution());
  }

  private static String text(Object value) {
    return value == null ? "" : (String) value;
  }

  // --- unknown codes, and the category of any code -----------------------------------------

  private void unknownCodes(Map<String, Object> json, Map<String, Object> cases) {
    for (Object item : list(cases.get("unknown_codes"))) {
      int code = (int) number(item);
      try {
        equal(code + " is unknown", Optional.empty(), ErrorCode.of(code));
        equal(
            code + " category",
            rangeCategory(json, code),
            Category.of(code).map(Category::id).orElse(null));
      } catch (RuntimeException e) {
        failures.add(code + ": lookup threw " + e);
      }
    }
  }

  private static String rangeCategory(Map<String, Object> json, long code) {
    for (Object item : list(json.get("categories"))) {
      Map<String, Object> category = object(item);
      if (category.get("range") != null) {
        List<Object> range = list(category.get("range"));
        if (number(range.get(0)) <= code && code <= number(range.get(1))) {
          return (String) category.get("id");
        }
      }
    }
    return null;
  }

  // --- the envelope table --------------------------------------------------------------------

  private void envelopes(Map<String, Object> json, Map<String, Object> cases) {
    String site = (String) object(json.get("catalog")).get("site_url");
    for (Object item : list(cases.get("envelopes"))) {
      Map<String, Object> row = object(item);
      String name = (String) row.get("name");
      String body = (String) row.get("body");
      String expected = canon(row.get("expect"));
      Object text = outcome(site, () -> Responses.raiseForResponse(body));
      equal(name + " (text)", expected, canon(text));
      // The same body as another JSON library decodes it (Long codes, Double fractions).
      Object decoded;
      try {
        decoded = new Reader(body).document();
      } catch (RuntimeException notJson) {
        continue; // "not JSON at all": the text case covers it
      }
      if (decoded == null || decoded instanceof Map) {
        Map<String, Object> map = decoded == null ? null : object(decoded);
        Object fromMap = outcome(site, () -> Responses.raiseForResponse(map));
        equal(name + " (map)", expected, canon(fromMap));
      }
    }
  }

  /** The library's own JSON reader, beyond the table: escapes, numbers, and what is not JSON. */
  private void reader() {
    String data =
        "{\"s\":\"q\\\"b\\\\s\\/ \\b\\f\\n\\r\\t \\u00e9\\uD83D\\ude00 \u4e2d\","
            + " \"n\": [0, -2, 3.5e2, -1E-2, 12345678901, 123456789012345678901, true, false, null],"
            + " \"o\": {\"\": {}, \"a\": []}}";
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("kind", "success");
    expected.put("data", new Reader(data).document());
    String body = " {\"code\": 0, \"data\": " + data + "}\n";
    Object actual = outcome("", () -> Responses.raiseForResponse(body));
    equal("reader: " + body, canon(expected), canon(actual));
    List<String> broken =
        List.of(
            "",
            "{\"code\":0,}",
            "{\"code\":01}",
            "{\"code\":0} x",
            "{'code':0}",
            "{\"code\":0,\"msg\":\"\\u12\"}",
            "{\"code\":0,\"msg\":\"\\x\"}",
            "{\"code\":0,\"msg\":\"tab\there\"}",
            "{\"code\":-}",
            "{\"code\":1.}",
            "{\"code\":tru}",
            "{\"code\":0",
            "[".repeat(100_000));
    Object none = outcome("", () -> Responses.raiseForResponse((String) null)).get("kind");
    equal("reader: a null text", "not-an-envelope", none);
    for (String text : broken) {
      String what = "reader: " + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
      Object kind = outcome("", () -> Responses.raiseForResponse(text)).get("kind");
      equal(what, "not-an-envelope", kind);
    }
  }

  private interface Call {
    Object run();
  }

  /** What the library made of a body, in the table's terms (tests/test_client_cases.py). */
  private static Map<String, Object> outcome(String site, Call call) {
    Map<String, Object> out = new LinkedHashMap<>();
    try {
      Object data = call.run();
      out.put("kind", "success");
      out.put("data", data);
    } catch (NotAnEnvelopeException e) {
      out.put("kind", "not-an-envelope");
    } catch (PnsException err) {
      out.put("kind", "error");
      out.put("code", err.code());
      out.put("known", err.error().isPresent());
      out.put("name", err.error().map(ErrorCode::name).orElse(null));
      out.put("msg", err.msg());
      out.put("requestId", err.requestId().orElse(null));
      out.put("category", err.category().map(Category::id).orElse(null));
      out.put("retry", err.retry().word());
      out.put("fixBy", err.fixBy().map(f -> f.word()).orElse(null));
      String url = err.docUrl();
      out.put("url", url.startsWith(site) ? url.substring(site.length()) : url);
      if (err.retryable() != err.retry().isRetryable()) {
        out.put("retryable", err.retryable());
      }
      List<ErrorCode> matches = List.of(ErrorCode.values()).stream().filter(err::is).toList();
      if (!matches.equals(err.error().stream().toList())) {
        out.put("is", matches);
      }
      String message = err.getMessage();
      if (!message.contains(String.valueOf(err.code())) || !message.contains(err.docUrl())) {
        out.put("getMessage", message);
      }
    } catch (RuntimeException e) {
      out.put("kind", "threw " + e);
    }
    return out;
  }

  /** A value as canonical JSON-like text: keys sorted, every integer type alike. */
  private static String canon(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put((String) k, canon(v)));
      return sorted.entrySet().stream()
          .map(e -> canon(e.getKey()) + ":" + e.getValue())
          .collect(Collectors.joining(",", "{", "}"));
    } else if (value instanceof List<?> list) {
      return list.stream().map(ClientCheck::canon).collect(Collectors.joining(",", "[", "]"));
    } else if (value instanceof String text) {
      return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return "int " + value;
    } else {
      return String.valueOf(value); // null, Boolean, Double
    }
  }

  // --- the code pages' snippets, and pom.xml ------------------------------------------------

  private void snippets(Map<String, Object> json, Path folder) throws Exception {
    for (Object item : list(json.get("errors"))) {
      Map<String, Object> record = object(item);
      Path snippet = folder.resolve(number(record.get("code")) + ".txt");
      checks++;
      if (!Files.exists(snippet)) {
        failures.add(snippet + " is missing");
      } else if (!read(snippet).contains("ErrorCode." + record.get("name") + ")")) {
        failures.add(snippet + " does not test ErrorCode." + record.get("name"));
      }
    }
  }

  private void pom(Map<String, Object> json, Path pom) throws Exception {
    Map<String, Object> meta = object(json.get("catalog"));
    Document document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    String artifact = document.getElementsByTagName("artifactId").item(0).getTextContent();
    String version = document.getElementsByTagName("version").item(0).getTextContent();
    equal("pom.xml artifactId", ((String) meta.get("package")).replace('_', '-'), artifact);
    equal("pom.xml version", meta.get("version"), version);
    equal("pom.xml dependencies", 0, document.getElementsByTagName("dependency").getLength());
  }

  // --- a small JSON reader, independent of the library's ------------------------------------

  private static String read(Path path) throws Exception {
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  private static Object json(Path path) throws Exception {
    return new Reader(read(path)).document();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return (List<Object>) value;
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static final class Reader {
    private final String s;
    private int i;

    Reader(String s) {
      this.s = s;
    }

    Object document() {
      Object value = value();
      skip();
      if (i != s.length()) {
        throw new IllegalArgumentException("trailing text at " + i);
      }
      return value;
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private char next() {
      skip();
      if (i >= s.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return s.charAt(i);
    }

    private Object value() {
      char c = next();
      if (c == '{') {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        if (next() == '}') {
          i++;
          return map;
        }
        do {
          if (next() != '"') {
            throw new IllegalArgumentException("key expected at " + i);
          }
          String key = string();
          if (next() != ':') {
            throw new IllegalArgumentException(": expected at " + i);
          }
          i++;
          map.put(key, value());
        } while (comma('}'));
        return map;
      } else if (c == '[') {
        List<Object> list = new ArrayList<>();
        i++;
        if (next() == ']') {
          i++;
          return list;
        }
        do {
          list.add(value());
        } while (comma(']'));
        return list;
      } else if (c == '"') {
        return string();
      }
      for (String word : List.of("true", "false", "null")) {
        if (s.startsWith(word, i)) {
          i += word.length();
          return word.equals("null") ? null : Boolean.valueOf(word);
        }
      }
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      String literal = s.substring(start, i);
      if (literal.isEmpty()) {
        throw new IllegalArgumentException("value expected at " + i);
      }
      if (literal.matches("-?[0-9]+")) {
        BigInteger big = new BigInteger(literal);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
      }
      return Double.valueOf(literal);
    }

    private boolean comma(char end) {
      char c = next();
      i++;
      if (c == ',') {
        return true;
      } else if (c == end) {
        return false;
      }
      throw new IllegalArgumentException(", or " + end + " expected at " + (i - 1));
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      i++;
      while (s.charAt(i) != '"') {
        char c = s.charAt(i++);
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> out.append(e);
          }
        } else {
          out.append(c);
        }
      }
      i++;
      return out.toString();
    }
  }
}
