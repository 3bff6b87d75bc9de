using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Workflows.Host.Security;

namespace Workflows.Host.Authorization;

/// <summary>Records every 403 of an authorization policy as a <see cref="SecurityEvent"/>, then answers as ASP.NET Core does.</summary>
public sealed class DenialLoggingResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler answer = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var events = context.RequestServices.GetRequiredService<SecurityEvents>();
            await events.RecordAsync(
                SecurityEvent.Of(context, SecurityEventKind.AccessDenied, context.User.Identity?.Name, PolicyNames(context),
                    string.Join("; ", authorizeResult.AuthorizationFailure?.FailedRequirements.Select(requirement => requirement.ToString()) ?? [])),
                context.RequestAborted);
        }

        await answer.HandleAsync(next, context, policy, authorizeResult);
    }

    private static string PolicyNames(HttpContext context)
    {
        var names = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(data => data.Policy ?? (data.Roles is { } roles ? $"roles {roles}" : null))
            .OfType<string>()
            .Distinct()
            .ToList() ?? [];
        return names.Count == 0 ? "default" : string.Join(",", names);
    }
}
