// generated from errors.yaml by `python -m generator`; do not edit
/**
 * NXCLOUD PNS API error codes, catalog 1.0.0: the enum {@link ErrorCode}, and {@link
 * Responses#raiseForResponse(String)} to turn a response into its data or a {@link PnsException}.
 *
 * @see <a href="https://pns-errors.example.org/">https://pns-errors.example.org/</a>
 */
package org.example.pnserrors;
