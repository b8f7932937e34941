// generated from errors.yaml by `python -m generator`; do not edit

using System;
using PnsErrors;

internal static class Program
{
    private static void Main()
    {
        // 1. Turn a response into data, or an exception that names the code.
        const string body = "{\"code\":10005,\"msg\":\"try later\",\"requestId\":\"8f2b1c\",\"data\":null}";
        try
        {
            var data = Responses.RaiseForResponse(body);
            Console.WriteLine($"data: {data}");
        }
        catch (PnsException ex) when (ex.Category == Category.Common)
        {
            Console.WriteLine($"request rejected: {ex.Message}"); // code, message, requestId and page
        }
        catch (PnsException ex) when (ex.Error == null)
        {
            Console.WriteLine($"a code newer than this library: {ex.Code}, see {ex.DocUrl}");
        }
        catch (PnsException ex)
        {
            // 4. Decide: retry, fix, or escalate.
            Console.WriteLine($"{ex.Error}: retry {ex.Retry}, fixed by {ex.FixBy}"); // FailedToGetNumber: retry Backoff, fixed by Provider
        }

        // 2. Look a code up (TryGet never throws, also for a code this version does not know).
        if (ErrorCodes.TryGet(1001, out var code))
        {
            Console.WriteLine(code.Message()); // Missing public parameters
            Console.WriteLine(code.Localized("zh").Message); // 缺少公共参数
        }

        Console.WriteLine(ErrorCodes.CategoryOf(19999)); // Pns: also for a code this version does not know

        // 3. Send people to the answer.
        Console.WriteLine(ErrorCode.MissingPublicParameters.DocUrl()); // https://pns-errors.example.org/errors/1001/
    }
}
