// generated from errors.yaml by `python -m generator`; do not edit
import java.util.Locale;
import org.example.pnserrors.ErrorCode;
import org.example.pnserrors.FixBy;
import org.example.pnserrors.PnsException;
import org.example.pnserrors.Responses;

/** Turns a response into its data or an error, and looks codes up. */
public final class Example {
  private Example() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    String body = "{\"code\":10005,\"msg\":\"try later\",\"requestId\":\"8f2b1c\"}";
    try {
      Object data = Responses.raiseForResponse(body); // or a Map decoded by your JSON library
      System.out.println("data: " + data);
    } catch (PnsException err) {
      System.out.println(err.getMessage()); // code, message, requestId and the doc URL
      switch (err.retry()) {
        case BACKOFF -> System.out.println("transient: send it again later, with backoff");
        case REFRESH -> System.out.println("rebuild it (new ts and sign) and send it at once");
        case NO -> {
          String side = err.fixBy().map(FixBy::word).orElse("unknown");
          System.out.println("do not resend; fixed on this side: " + side);
        }
      }
      if (err.is(ErrorCode.FAILED_TO_GET_NUMBER)) {
        System.out.println("10005: " + err.docUrl());
      }
    }

    // Look a code up: a code newer than the library is empty, never an exception.
    ErrorCode.of(1001).ifPresent(code -> System.out.println(code + ": " + code.message()));
    System.out.println(ErrorCode.of(10014).isPresent()); // false
    System.out.println(ErrorCode.MISSING_PUBLIC_PARAMETERS.docUrl());
    System.out.println(ErrorCode.MISSING_PUBLIC_PARAMETERS.localized(Locale.CHINA).message());
  }
}
