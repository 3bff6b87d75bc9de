namespace Workflows.Host.Tests.Infrastructure;

public static class ResponseAssertions
{
    /// <summary>Like <c>EnsureSuccessStatusCode</c>, but the failure names the problem the server answered.</summary>
    public static async Task<HttpResponseMessage> EnsureSuccessAsync(this Task<HttpResponseMessage> pending)
    {
        var response = await pending;
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: "
                + await response.Content.ReadAsStringAsync());
        }

        return response;
    }
}
