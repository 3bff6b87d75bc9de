namespace Workflows.Runtime.Mail.Outbox;

/// <summary>Asks for a dispatcher run now instead of at the next 15-second tick.</summary>
public interface IMailDispatchTrigger
{
    void RequestDispatch();
}
