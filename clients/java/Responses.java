// generated from errors.yaml by `python -m generator`; do not edit
package org.example.pnserrors;

import java.math.BigInteger;
import java.util.Map;

/** Turning an API response into its data or a {@link PnsException}. */
public final class Responses {
  private Responses() {}

  /**
   * The {@code data} of a successful response, from the body's JSON text (read without any JSON
   * library).
   *
   * @param json the response body ({@code null} is not an envelope)
   * @return {@code data}: a {@code Map<String, Object>}, {@code List<Object>}, {@code String},
   *     {@code Integer}, {@code Long}, {@code BigInteger}, {@code Double}, {@code Boolean} or
   *     {@code null}
   * @throws PnsException when {@code code} is not 0
   * @throws NotAnEnvelopeException when the body is not the API's envelope
   */
  public static Object raiseForResponse(String json) {
    if (json == null) {
      throw new NotAnEnvelopeException("response body is null, not JSON text");
    }
    Object body;
    try {
      body = Json.parse(json);
    } catch (IllegalArgumentException e) {
      throw new NotAnEnvelopeException("response body is not JSON: " + e.getMessage());
    }
    if (!(body instanceof Map<?, ?> map)) {
      throw new NotAnEnvelopeException(
          "response body is JSON " + Json.kind(body) + ", not an object with a `code`");
    }
    return envelope(map);
  }

  /**
   * The {@code data} of a successful response, from the body as decoded by any JSON library (an
   * integer {@code code} is an {@code Integer}, {@code Long}, {@code Short}, {@code Byte} or
   * {@code BigInteger}).
   *
   * @param body the decoded response body
   * @return {@code data}, as decoded, or {@code null}
   * @throws PnsException when {@code code} is not 0
   * @throws NotAnEnvelopeException when the body is not the API's envelope (or is {@code null})
   */
  public static Object raiseForResponse(Map<String, ?> body) {
    if (body == null) {
      throw new NotAnEnvelopeException("response body is JSON null, not an object with a `code`");
    }
    return envelope(body);
  }

  private static Object envelope(Map<?, ?> body) {
    if (!body.containsKey("code")) {
      throw new NotAnEnvelopeException(
          "response body has no `code` field (keys: " + body.keySet() + ")");
    }
    int code = integer(body.get("code"));
    if (code == 0) {
      return body.get("data");
    }
    Object msg = body.get("msg");
    Object requestId = body.get("requestId");
    throw new PnsException(
        code,
        msg instanceof String text ? text : "",
        requestId != null ? requestId.toString() : null,
        body.get("data"));
  }

  private static int integer(Object code) {
    boolean integral =
        code instanceof Integer
            || code instanceof Long
            || code instanceof Short
            || code instanceof Byte
            || code instanceof BigInteger;
    if (!integral) {
      throw new NotAnEnvelopeException(
          "response `code` is " + Json.kind(code) + ", not an integer");
    }
    try {
      return new BigInteger(code.toString()).intValueExact();
    } catch (ArithmeticException e) {
      throw new NotAnEnvelopeException("response `code` " + code + " is out of range");
    }
  }
}
