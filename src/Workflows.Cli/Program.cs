using System.CommandLine;
using Workflows.Cli.Verbs;

var root = new RootCommand("workflows: BPMN process platform for government IT projects")
{
    ValidateVerb.Create(),
    CalendarVerb.Create(),
    DeployVerb.Create(),
    DbVerb.Create(),
    BenchVerb.Create(),
    UserVerb.Create(),
    AuditVerb.Create(),
};
return await root.Parse(args).InvokeAsync();
