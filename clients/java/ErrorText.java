// generated from errors.yaml by `python -m generator`; do not edit
package org.example.pnserrors;

/**
 * The texts of an error code in one language of the catalog.
 *
 * @param message the message, one line of plain text (in English, the API's own message)
 * @param description what the error means (Markdown; may be empty)
 * @param solution how to fix it (Markdown)
 */
public record ErrorText(String message, String description, String solution) {}
