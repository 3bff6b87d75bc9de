namespace Workflows.Runtime.Definitions.StartSites;

/// <summary>
/// A module's say on where its processes start: one started from a page of its own (bound to the record it works on) or opened
/// by the product itself is not offered on the generic start page. The definitions list carries the answer
/// (<c>startedElsewhere</c>); the start endpoint keeps enforcing each module's own rules.
/// </summary>
public interface IStartSitePolicy
{
    bool IsStartedElsewhere(string definitionKey);
}
