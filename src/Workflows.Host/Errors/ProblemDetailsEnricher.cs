using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Workflows.Host.Errors;

/// <summary>Every problem (RFC 9457) names the request it answers, so a user's report can be found in the log.</summary>
public static class ProblemDetailsEnricher
{
    public static void Enrich(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Instance ??= $"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path}";
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
    }
}
