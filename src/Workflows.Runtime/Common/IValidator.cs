namespace Workflows.Runtime.Common;

/// <summary>Checks a message before its handler runs; each returned line is one problem.</summary>
public interface IValidator<in TMessage>
{
    IEnumerable<string> Validate(TMessage message);
}
