using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.FileContract;

public sealed class FileContractValidator : IValidator<FileContract>
{
    public IEnumerable<string> Validate(FileContract message)
    {
        if (message.Note.Length > 2000)
            yield return "备案说明不超过2000字 (note at most 2000 characters)";
    }
}
