namespace Workflows.Persistence.Forms;

public enum FormStatus { Draft, Published, Retired }
