using System.Net.Http.Headers;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>Multipart bodies as the browser's file inputs send them.</summary>
public static class MultipartBodies
{
    public static MultipartFormDataContent File(string fileName, byte[] content, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return form;
    }
}
