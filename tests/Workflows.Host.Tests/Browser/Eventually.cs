namespace Workflows.Host.Tests.Browser;

/// <summary>Waits for state that the engine reaches after the request returns (service tasks run after the commit).</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, int timeoutMilliseconds = 15_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMilliseconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The condition did not hold within {timeoutMilliseconds} ms.");
            }

            await Task.Delay(100);
        }
    }
}
