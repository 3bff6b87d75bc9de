using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Workflows.Engine.Parsing;

/// <summary>
/// Loads untrusted XML: no DTD (so no XXE and no entity expansion bombs), no external resolution,
/// a size cap, a nesting cap checked while streaming before the tree is built, and line numbers kept for messages. Every failure becomes one problem, never an exception.
/// </summary>
internal static class SecureXmlLoader
{
    private const int MaxCharactersFromEntities = 1024;

    // Older models declare windows-1252, GBK and other legacy encodings that .NET only reads with the code pages.
    static SecureXmlLoader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static XDocument? Load(Stream stream, ImportOptions options, List<ValidationProblem> problems)
    {
        var buffer = new MemoryStream();
        try
        {
            if (!CopyWithinLimit(stream, buffer, options.MaxBytes))
            {
                problems.Add(TooLarge(options));
                return null;
            }
        }
        catch (IOException exception)
        {
            problems.Add(new ValidationProblem(0, null, $"cannot read the document: {exception.Message}"));
            return null;
        }
        buffer.Position = 0;
        if (!WithinDepth(XmlReader.Create(buffer, Settings(options)), options, problems))
            return null;
        buffer.Position = 0;
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        return Parse(XmlReader.Create(buffer, Settings(options)), problems, () => DoctypeLine(bytes.Span));
    }

    public static XDocument? Load(string xml, ImportOptions options, List<ValidationProblem> problems)
    {
        if (xml.Length > options.MaxBytes)
        {
            problems.Add(TooLarge(options));
            return null;
        }
        if (!WithinDepth(XmlReader.Create(new StringReader(xml), Settings(options)), options, problems))
            return null;
        return Parse(XmlReader.Create(new StringReader(xml), Settings(options)), problems, () => DoctypeLine(xml));
    }

    /// <summary>Streams through the document once, refusing it at the first element nested deeper than the limit.
    /// Any other failure is left to <see cref="Parse"/>, which reports it.</summary>
    private static bool WithinDepth(XmlReader reader, ImportOptions options, List<ValidationProblem> problems)
    {
        using (reader)
        {
            try
            {
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.Depth >= options.MaxElementDepth)
                    {
                        var line = reader is IXmlLineInfo info ? info.LineNumber : 0;
                        problems.Add(new ValidationProblem(line, null, $"elements are nested deeper than the limit of {options.MaxElementDepth}"));
                        return false;
                    }
                }
            }
            catch (Exception exception) when (exception is XmlException or ArgumentException or NotSupportedException or DecoderFallbackException)
            {
                // Malformed or refused: the full parse reports it with its line.
            }
            return true;
        }
    }

    private static XDocument? Parse(XmlReader reader, List<ValidationProblem> problems, Func<int> doctypeLine)
    {
        using (reader)
        {
            try
            {
                return XDocument.Load(reader, LoadOptions.SetLineInfo);
            }
            catch (XmlException exception) when (IsDtdRefusal(exception))
            {
                problems.Add(new ValidationProblem(doctypeLine(), null, "DTDs are not allowed"));
            }
            catch (XmlException exception)
            {
                problems.Add(new ValidationProblem(exception.LineNumber, null, $"malformed XML: {exception.Message}"));
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or DecoderFallbackException)
            {
                // An unknown or lying encoding declaration surfaces as one of these rather than an XmlException.
                problems.Add(new ValidationProblem(0, null, $"unreadable XML: {exception.Message}"));
            }
            return null;
        }
    }

    private static XmlReaderSettings Settings(ImportOptions options) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = MaxCharactersFromEntities,
        MaxCharactersInDocument = options.MaxBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>The reader's refusal of a DOCTYPE under <see cref="DtdProcessing.Prohibit"/>.</summary>
    private static bool IsDtdRefusal(XmlException exception) => exception.Message.Contains("DTD", StringComparison.Ordinal);

    // The reader's refusal carries no position, so the DOCTYPE is located in the raw text.
    private static int DoctypeLine(string xml) => LineOf(xml.AsSpan(), xml.IndexOf("<!DOCTYPE", StringComparison.Ordinal), '\n');

    private static int DoctypeLine(ReadOnlySpan<byte> xml) => LineOf(xml, xml.IndexOf("<!DOCTYPE"u8), (byte)'\n');

    private static int LineOf<T>(ReadOnlySpan<T> text, int index, T newLine) where T : IEquatable<T> =>
        index < 0 ? 0 : text[..index].Count(newLine) + 1;

    private static bool CopyWithinLimit(Stream source, MemoryStream target, long maxBytes)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (target.Length + read > maxBytes)
                return false;
            target.Write(chunk, 0, read);
        }
        return true;
    }

    private static ValidationProblem TooLarge(ImportOptions options) =>
        new(0, null, $"the document is larger than the limit of {options.MaxBytes} bytes");
}
