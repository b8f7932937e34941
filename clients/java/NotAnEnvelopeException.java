// generated from errors.yaml by `python -m generator`; do not edit
package org.example.pnserrors;

/**
 * The response body is not the API's {@code {"code", "msg", "requestId", "data"}} envelope: not
 * JSON, not an object, no {@code code}, or a {@code code} that is not an integer.
 */
public final class NotAnEnvelopeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  NotAnEnvelopeException(String message) {
    super(message);
  }
}
