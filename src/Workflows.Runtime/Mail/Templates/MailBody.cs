using System.Net;
using System.Text;

namespace Workflows.Runtime.Mail.Templates;

/// <summary>Writes the HTML and the plain-text body side by side, so the two never say different things.</summary>
internal sealed class MailBody
{
    private readonly StringBuilder html = new();
    private readonly StringBuilder text = new();

    public MailBody Paragraph(string content)
    {
        html.Append("<p>").Append(Encode(content)).Append("</p>\n");
        text.Append(content).Append("\n\n");
        return this;
    }

    public MailBody Heading(string content)
    {
        html.Append("<h3 style=\"margin:16px 0 8px\">").Append(Encode(content)).Append("</h3>\n");
        text.Append(content).Append('\n').Append(new string('-', 24)).Append('\n');
        return this;
    }

    public MailBody Link(string label, string url)
    {
        html.Append("<p><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(label)).Append("</a></p>\n");
        text.Append(label).Append(": ").Append(url).Append("\n\n");
        return this;
    }

    /// <summary>A bulleted list whose items each link somewhere.</summary>
    public MailBody LinkList(IEnumerable<(string Label, string Url)> items)
    {
        html.Append("<ul>\n");
        foreach (var (label, url) in items)
        {
            html.Append("<li><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(label)).Append("</a></li>\n");
            text.Append("- ").Append(label).Append('\n').Append("  ").Append(url).Append('\n');
        }
        html.Append("</ul>\n");
        text.Append('\n');
        return this;
    }

    public ComposedMail Build(string subject, string language, string footer)
    {
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(subject)).Append("</title></head>\n")
            .Append("<body style=\"font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px;color:#222\">\n")
            .Append(html)
            .Append("<hr><p style=\"color:#888;font-size:12px\">").Append(Encode(footer)).Append("</p>\n</body></html>\n");
        return new ComposedMail(subject, page.ToString(), text.Append("--\n").Append(footer).Append('\n').ToString());
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
