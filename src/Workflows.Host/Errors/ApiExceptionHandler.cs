using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Workflows.Host.Errors;

/// <summary>Turns the platform's exceptions into problem details with the status each one means.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
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
            logger.LogWarning("Denied {Method} {Path} to {User}: {Reason}",
                httpContext.Request.Method, httpContext.Request.Path, httpContext.User.Identity?.Name, exception.Message);
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
