using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Workflows.Host.Requests;

/// <summary>
/// Refuses, before any endpoint runs, a request whose query or JSON body holds text <see cref="TextRules"/>
/// forbids, with a 400 keyed by the query parameter or JSON property. Checking here covers every endpoint and
/// every string of a body, including variable names and values that are stored as they come.
/// Malformed JSON is left to the endpoint, which refuses it with its own 400; Kestrel refuses a NUL in the path.
/// </summary>
public sealed class TextInputGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        var refusal = CheckQuery(context.Request) ?? await CheckJsonBodyAsync(context.Request, context.RequestAborted);
        if (refusal is not { } found)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ValidationProblemDetails(new Dictionary<string, string[]> { [found.Key] = [found.Problem] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "请求无效 (invalid request)",
            },
        });
    }

    private static (string Key, string Problem)? CheckQuery(HttpRequest request)
    {
        foreach (var (name, values) in request.Query)
        {
            if (TextRules.Check(name) is { } nameProblem)
                return (name, nameProblem);
            foreach (var value in values)
            {
                if (value is not null && TextRules.Check(value) is { } valueProblem)
                    return (name, valueProblem);
            }
        }
        return null;
    }

    private static async Task<(string Key, string Problem)?> CheckJsonBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType() || request.ContentLength == 0)
            return null;
        request.EnableBuffering();
        var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        request.Body.Position = 0;
        return CheckJson(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static (string Key, string Problem)? CheckJson(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var key = "body";
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.String))
                    continue;
                string text;
                try
                {
                    text = reader.GetString()!;
                }
                catch (InvalidOperationException)
                {
                    // An escaped lone surrogate or bytes that are not UTF-8: no string can hold it.
                    return (key, TextRules.SurrogateProblem);
                }
                // A bad property name is reported under the property that holds it (a variable name under "variables").
                if (TextRules.Check(text) is { } problem)
                    return (key, problem);
                if (reader.TokenType == JsonTokenType.PropertyName)
                    key = text;
            }
        }
        catch (JsonException)
        {
            return null;
        }
        return null;
    }
}
