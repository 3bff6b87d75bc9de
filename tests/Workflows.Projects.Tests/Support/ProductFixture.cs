using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Support;

/// <summary>A <see cref="ProviderFixture"/> booting the product with the measures' module (<see cref="ProductHost"/>).</summary>
public abstract class ProductFixture(string provider) : ProviderFixture(provider)
{
    protected override Task<RuntimeHost> BootAsync() => ProductHost.StartAsync(Provider);
}
