// generated from errors.yaml by `python -m generator`; do not edit
/**
 * Error codes of the NXCLOUD PNS API error codes: {@link org.example.pnserrors.ErrorCode}, and
 * {@link org.example.pnserrors.Responses#raiseForResponse(String)} to turn a response
 * into its data or a {@link org.example.pnserrors.PnsException}.
 *
 * @see <a href="https://pns-errors.example.org/">https://pns-errors.example.org/</a>
 */
package org.example.pnserrors;
