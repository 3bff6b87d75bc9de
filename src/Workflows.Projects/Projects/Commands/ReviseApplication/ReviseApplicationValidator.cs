using Workflows.Projects.Projects.Commands.RegisterProject;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ReviseApplication;

public sealed class ReviseApplicationValidator : IValidator<ReviseApplication>
{
    public IEnumerable<string> Validate(ReviseApplication message) => ProjectApplicationValidator.Validate(message.Application);
}
