using System.Text;

namespace Workflows.Engine.Expressions.Syntax;

/// <summary>Splits an expression body into tokens. JUEL word operators (<c>and</c>, <c>eq</c>, …) map to the C# ones.</summary>
internal static class Tokenizer
{
    private static readonly Dictionary<string, TokenKind> Words = new(StringComparer.Ordinal)
    {
        ["true"] = TokenKind.True,
        ["false"] = TokenKind.False,
        ["null"] = TokenKind.Null,
        ["and"] = TokenKind.And,
        ["or"] = TokenKind.Or,
        ["not"] = TokenKind.Not,
        ["eq"] = TokenKind.Equal,
        ["ne"] = TokenKind.NotEqual,
        ["lt"] = TokenKind.Less,
        ["le"] = TokenKind.LessOrEqual,
        ["gt"] = TokenKind.Greater,
        ["ge"] = TokenKind.GreaterOrEqual,
        ["empty"] = TokenKind.Empty,
        ["div"] = TokenKind.Slash,
        ["mod"] = TokenKind.Percent,
    };

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var index = 0;
        while (true)
        {
            while (index < text.Length && char.IsWhiteSpace(text[index]))
                index++;
            if (index >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, "end of expression", index + 1));
                return tokens;
            }
            tokens.Add(ReadToken(text, ref index));
        }
    }

    private static Token ReadToken(string text, ref int index)
    {
        var start = index;
        var current = text[index];
        if (char.IsAsciiDigit(current))
            return ReadNumber(text, ref index);
        if (current is '\'' or '"')
            return ReadString(text, ref index);
        if (char.IsLetter(current) || current == '_')
        {
            while (index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] == '_'))
                index++;
            var word = text[start..index];
            return new Token(Words.GetValueOrDefault(word, TokenKind.Identifier), word, start + 1);
        }
        var next = index + 1 < text.Length ? text[index + 1] : '\0';
        var (kind, length) = (current, next) switch
        {
            ('=', '=') => (TokenKind.Equal, 2),
            ('!', '=') => (TokenKind.NotEqual, 2),
            ('<', '=') => (TokenKind.LessOrEqual, 2),
            ('>', '=') => (TokenKind.GreaterOrEqual, 2),
            ('&', '&') => (TokenKind.And, 2),
            ('|', '|') => (TokenKind.Or, 2),
            ('<', _) => (TokenKind.Less, 1),
            ('>', _) => (TokenKind.Greater, 1),
            ('!', _) => (TokenKind.Not, 1),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Star, 1),
            ('/', _) => (TokenKind.Slash, 1),
            ('%', _) => (TokenKind.Percent, 1),
            ('.', _) => (TokenKind.Dot, 1),
            (',', _) => (TokenKind.Comma, 1),
            ('(', _) => (TokenKind.OpenParen, 1),
            (')', _) => (TokenKind.CloseParen, 1),
            ('[', _) => (TokenKind.OpenBracket, 1),
            (']', _) => (TokenKind.CloseBracket, 1),
            ('?', _) => (TokenKind.Question, 1),
            (':', _) => (TokenKind.Colon, 1),
            _ => throw new ExpressionSyntaxException($"unexpected token '{current}' at {start + 1}", start + 1),
        };
        index += length;
        return new Token(kind, text.Substring(start, length), start + 1);
    }

    private static Token ReadNumber(string text, ref int index)
    {
        var start = index;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
            index++;
        if (index + 1 < text.Length && text[index] == '.' && char.IsAsciiDigit(text[index + 1]))
        {
            index++;
            while (index < text.Length && char.IsAsciiDigit(text[index]))
                index++;
        }
        if (index < text.Length && (char.IsLetter(text[index]) || text[index] == '_'))
            throw new ExpressionSyntaxException($"malformed number at {start + 1}", start + 1);
        return new Token(TokenKind.Number, text[start..index], start + 1);
    }

    private static Token ReadString(string text, ref int index)
    {
        var start = index;
        var quote = text[index++];
        var value = new StringBuilder();
        while (index < text.Length)
        {
            var current = text[index++];
            if (current == quote)
                return new Token(TokenKind.String, value.ToString(), start + 1);
            if (current == '\\' && index < text.Length)
                current = text[index++];
            value.Append(current);
        }
        throw new ExpressionSyntaxException($"unterminated string starting at {start + 1}", start + 1);
    }
}
