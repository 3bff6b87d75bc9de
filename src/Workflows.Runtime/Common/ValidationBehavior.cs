using Mediator;

namespace Workflows.Runtime.Common;

/// <summary>Runs every <see cref="IValidator{TMessage}"/> of the message; any problem stops it with <see cref="InvalidRequestException"/>.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var problems = validators.SelectMany(v => v.Validate(message)).ToList();
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);
        return next(message, cancellationToken);
    }
}
