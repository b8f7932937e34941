// generated from errors.yaml by `python -m generator`; do not edit
package org.example.pnserrors;

import java.util.Arrays;
import java.util.Optional;

/** A group of error codes, with the range of codes it owns. */
public enum Category {
  /** Common errors (1000-1999). */
  COMMON("common", "Common errors", 1000, 1999),

  /** Privacy number (PNS) errors (10000-19999). */
  PNS("pns", "Privacy number (PNS) errors", 10000, 19999);

  private final String id;
  private final String title;
  private final int first;
  private final int last;

  Category(String id, String title, int first, int last) {
    this.id = id;
    this.title = title;
    this.first = first;
    this.last = last;
  }

  /**
   * The category of a code, also of one this version of the library does not know yet: a known
   * code's own category, else the one whose range holds it.
   *
   * @param code an error code
   * @return the category, or empty when no range holds the code
   */
  public static Optional<Category> of(int code) {
    return ErrorCode.of(code)
        .map(ErrorCode::category)
        .or(() -> Arrays.stream(values()).filter(c -> c.contains(code)).findFirst());
  }

  /**
   * The category's id in errors.json.
   *
   * @return the id, such as {@code common}
   */
  public String id() {
    return id;
  }

  /**
   * The category's English title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Whether the category's range holds a code.
   *
   * @param code an error code
   * @return {@code true} when the code is in the range
   */
  public boolean contains(int code) {
    return first <= code && code <= last;
  }
}
