// generated from errors.yaml by `python -m generator`; do not edit
package org.example.pnserrors;

import java.util.Objects;
import java.util.Optional;

/**
 * The API answered with a non-zero error code.
 *
 * <p>{@link #error()} is empty for a code this version of the library does not know yet, so a
 * newer server never crashes an older client; {@link #category()}, {@link #retry()} and {@link
 * #docUrl()} still say what they can.
 */
public class PnsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final ErrorCode error;
  private final String msg;
  private final String requestId;
  private final transient Object data;

  /**
   * An error response.
   *
   * @param code the response's {@code code}, not 0
   * @param msg the response's {@code msg}, the server's wording ({@code ""} or {@code null} when
   *     it sent none)
   * @param requestId the response's {@code requestId}, or {@code null}
   * @param data the response's {@code data}, or {@code null}
   */
  public PnsException(int code, String msg, String requestId, Object data) {
    super(describe(code, msg, requestId));
    this.code = code;
    this.error = ErrorCode.of(code).orElse(null);
    this.msg = Objects.requireNonNullElse(msg, "");
    this.requestId = requestId;
    this.data = data;
  }

  private static String describe(int code, String msg, String requestId) {
    ErrorCode error = ErrorCode.of(code).orElse(null);
    StringBuilder text = new StringBuilder("PNS error ").append(code).append(' ');
    text.append(error != null ? error.name() + ": " + error.message() : "unknown code");
    if (msg != null && !msg.isEmpty() && (error == null || !msg.equals(error.message()))) {
      text.append("; server said \"").append(msg).append('"');
    }
    if (requestId != null && !requestId.isEmpty()) {
      text.append("; requestId ").append(requestId);
    }
    return text.append(" (see ").append(docUrl(code, error)).append(')').toString();
  }

  private static String docUrl(int code, ErrorCode error) {
    return error != null ? error.docUrl() : "https://pns-errors.example.org/?code=" + code;
  }

  /**
   * The response's {@code code}.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * The catalog's entry for the code.
   *
   * @return the constant, or empty for a code this version of the library does not know
   */
  public Optional<ErrorCode> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Whether the code is a given one: {@code err.is(ErrorCode.INVALID_SIGNATURE)}.
   *
   * @param errorCode a constant
   * @return {@code true} when the response's code is that constant's
   */
  public boolean is(ErrorCode errorCode) {
    return error == errorCode;
  }

  /**
   * The server's message, which may differ from the catalog's.
   *
   * @return the message, {@code ""} when the response had none
   */
  public String msg() {
    return msg;
  }

  /**
   * The response's {@code requestId}, for support tickets.
   *
   * @return the id, or empty when the response had none
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * The response's {@code data}, as decoded.
   *
   * @return the data, or {@code null}
   */
  public Object data() {
    return data;
  }

  /**
   * The code's category, also for a code this library does not know, from the category ranges.
   *
   * @return the category, or empty when no range holds the code
   */
  public Optional<Category> category() {
    return Category.of(code);
  }

  /**
   * Whose side must act.
   *
   * @return the side, or empty for a code this library does not know
   */
  public Optional<FixBy> fixBy() {
    return error().map(ErrorCode::fixBy);
  }

  /**
   * Whether to send the request again: {@link Retry#NO} for a code this library does not know.
   *
   * @return the retry guidance
   */
  public Retry retry() {
    return error().map(ErrorCode::retry).orElse(Retry.NO);
  }

  /**
   * Whether the same request (rebuilt with a new {@code ts} and {@code sign}, for {@link
   * Retry#REFRESH}) may succeed if sent again.
   *
   * @return {@code true} unless {@link #retry()} is {@link Retry#NO}
   */
  public boolean retryable() {
    return retry().isRetryable();
  }

  /**
   * The code's page; for an unknown code, the site's lookup of it.
   *
   * @return an absolute URL
   */
  public String docUrl() {
    return docUrl(code, error);
  }
}
