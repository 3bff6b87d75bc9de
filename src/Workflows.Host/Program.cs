using Workflows.Host.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddWorkflowsHost();

var app = builder.Build();
await app.PrepareWorkflowsAsync();
app.UseWorkflowsPipeline();
app.MapWorkflowsEndpoints();

await app.RunAsync();
