// generated from errors.yaml by `python -m generator`; do not edit
package org.example.pnserrors;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict reader of JSON text (RFC 8259), enough for a response body: the JDK has none. */
final class Json {
  private static final int MAX_DEPTH = 512;
  private static final String HEX = "0123456789abcdef";

  private final String text;
  private int at;
  private int depth;

  private Json(String text) {
    this.text = text;
  }

  /**
   * The value of a JSON text: {@code Map<String, Object>} (in the text's order), {@code
   * List<Object>}, {@code String}, {@code Integer}, {@code Long} or {@code BigInteger} (an integer,
   * in the smallest that holds it), {@code Double} (a fraction or exponent), {@code Boolean} or
   * {@code null}.
   *
   * @throws IllegalArgumentException when the text is not JSON
   */
  static Object parse(String text) {
    Json reader = new Json(text);
    Object value = reader.value();
    reader.space();
    if (reader.at < text.length()) {
      throw reader.error("unexpected text after the value");
    }
    return value;
  }

  /** How a message names a decoded value: "an object", "a string \"1003\"", "null"... */
  static String kind(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof Map) {
      return "an object";
    } else if (value instanceof List) {
      return "an array";
    } else if (value instanceof String) {
      return "a string \"" + value + "\"";
    } else if (value instanceof Boolean) {
      return "a boolean " + value;
    } else {
      return "a number " + value;
    }
  }

  private Object value() {
    space();
    if (at >= text.length()) {
      throw error("unexpected end of text");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> word("true", Boolean.TRUE);
      case 'f' -> word("false", Boolean.FALSE);
      case 'n' -> word("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("unexpected character '" + c + "'");
      }
    };
  }

  private Map<String, Object> object() {
    enter();
    Map<String, Object> map = new LinkedHashMap<>();
    at++;
    space();
    if (peek() == '}') {
      at++;
      depth--;
      return map;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw error("expected a string key");
      }
      String key = string();
      space();
      expect(':');
      map.put(key, value());
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        depth--;
        return map;
      }
    }
  }

  private List<Object> array() {
    enter();
    List<Object> list = new ArrayList<>();
    at++;
    space();
    if (peek() == ']') {
      at++;
      depth--;
      return list;
    }
    while (true) {
      list.add(value());
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        depth--;
        return list;
      }
    }
  }

  private String string() {
    at++; // the opening quote
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      } else if (c < 0x20) {
        throw error("control character in a string");
      } else if (c != '\\') {
        out.append(c);
      } else {
        if (at >= text.length()) {
          throw error("unterminated string");
        }
        char e = text.charAt(at++);
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            int unit = 0;
            for (int end = at + 4; at < end; at++) {
              int digit = HEX.indexOf(Character.toLowerCase(peek()));
              if (digit < 0) {
                throw error("bad \\u escape");
              }
              unit = unit * 16 + digit;
            }
            out.append((char) unit);
          }
          default -> throw error("bad escape \\" + e);
        }
      }
    }
  }

  private Number number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    if (peek() == '0') {
      at++;
    } else if (!digits()) {
      throw error("bad number");
    }
    boolean integer = true;
    if (peek() == '.') {
      at++;
      integer = false;
      if (!digits()) {
        throw error("bad fraction");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      at++;
      integer = false;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      if (!digits()) {
        throw error("bad exponent");
      }
    }
    String literal = text.substring(start, at);
    if (!integer) {
      return Double.valueOf(literal);
    }
    BigInteger value = new BigInteger(literal);
    if (value.bitLength() < Integer.SIZE) {
      return value.intValue();
    }
    return value.bitLength() < Long.SIZE ? (Number) value.longValue() : value;
  }

  private boolean digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    return at > start;
  }

  private Object word(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("unexpected word");
    }
    at += word.length();
    return value;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    at++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at offset " + at);
  }
}
