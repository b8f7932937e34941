// generated from errors.yaml by `python -m generator`; do not edit
package org.example.pnserrors;

/** Whose side must act to make an error go away. */
public enum FixBy {
  /** The customer's developer: the request or the client's code is wrong. */
  CALLER("caller"),

  /** The customer's account administrator or account manager: settings, permissions or numbers. */
  ACCOUNT("account"),

  /** NXCLOUD: a failure on the service's side; escalate with the requestId. */
  PROVIDER("provider");

  private final String word;

  FixBy(String word) {
    this.word = word;
  }

  /**
   * The word errors.json uses for this value.
   *
   * @return the word, such as {@code caller}
   */
  public String word() {
    return word;
  }
}
