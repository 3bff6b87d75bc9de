namespace Workflows.Engine.Model;

public enum CallBinding { Latest, Version }
