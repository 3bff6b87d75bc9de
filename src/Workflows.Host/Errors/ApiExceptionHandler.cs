using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Workflows.Host.Security;

namespace Workflows.Host.Errors;

/// <summary>Turns the platform's exceptions into problem details with the status each one means.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ExceptionProblems.ToProblem(exception);
        if (problem is null)
        {
            return false;
        }

        if (problem.Status == StatusCodes.Status403Forbidden)
        {
            await httpContext.RequestServices.GetRequiredService<SecurityEvents>().RecordAsync(
                SecurityEvent.Of(httpContext, SecurityEventKind.AccessDenied, httpContext.User.Identity?.Name, "resource", exception.Message),
                cancellationToken);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
