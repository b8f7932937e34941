// generated from errors.yaml by `python -m generator`; do not edit
package org.example.pnserrors;

/** Whether sending the same request again may succeed, and how. */
public enum Retry {
  /** No: the same request fails again until something changes. */
  NO("no"),

  /** Yes, at once, with a rebuilt request (a new ts and sign). */
  REFRESH("refresh"),

  /** Yes, later: the failure is transient; retry with exponential backoff and a limit. */
  BACKOFF("backoff");

  private final String word;

  Retry(String word) {
    this.word = word;
  }

  /**
   * The word errors.json uses for this value.
   *
   * @return the word, such as {@code no}
   */
  public String word() {
    return word;
  }

  /**
   * Whether the request may succeed if sent again: rebuilt at once ({@link #REFRESH}) or later,
   * with backoff ({@link #BACKOFF}).
   *
   * @return {@code false} for {@link #NO}, else {@code true}
   */
  public boolean isRetryable() {
    return this != NO;
  }
}
