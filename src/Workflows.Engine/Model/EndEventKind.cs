namespace Workflows.Engine.Model;

public enum EndEventKind { None, Terminate, Error }
