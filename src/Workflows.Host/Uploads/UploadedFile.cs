using Microsoft.Extensions.Options;
using Workflows.Host.Requests;
using Workflows.Runtime.Common;

namespace Workflows.Host.Uploads;

/// <summary>An uploaded file that passed the size and type limits, read into memory.</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Content)
{
    /// <summary>Checks the limits before reading, so an oversized upload is refused without being buffered.</summary>
    public static async Task<UploadedFile> ReadAsync(IFormFile? file, IOptions<AttachmentOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (file is null)
            throw new InvalidRequestException("缺少文件：请在表单字段 file 中上传 (no file: send it in the form field 'file')");
        var fileName = Path.GetFileName(file.FileName);
        if (TextRules.Check(fileName) is { } nameProblem)
            throw new InvalidRequestException($"文件名 (file name): {nameProblem}");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!limits.AllowedExtensions.Contains(extension))
            throw new InvalidRequestException(
                $"不允许的文件类型 {extension}，允许：{string.Join(" ", limits.AllowedExtensions)} (file type not allowed)");
        if (file.Length == 0)
            throw new InvalidRequestException("文件内容为空 (the file is empty)");
        if (file.Length > limits.MaxBytes)
            throw new InvalidRequestException(
                $"文件超过 {limits.MaxBytes / 1024.0 / 1024.0:0.#} MB (the file is larger than the limit of {limits.MaxBytes} bytes)");

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return new UploadedFile(fileName, FileKinds.ContentTypeOf(fileName), buffer.ToArray());
    }
}
