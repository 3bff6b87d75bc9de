using System.Globalization;

namespace Workflows.Engine.Expressions.Syntax;

/// <summary>
/// Recursive descent over the tokens, JUEL precedence from loosest to tightest:
/// <c>?:</c>, <c>||</c>, <c>&amp;&amp;</c>, <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>+ -</c>,
/// <c>* / %</c>, unary <c>! - empty</c>, then member access, the safe methods and the whitelisted functions.
/// Nesting (parentheses, unary operators, <c>?:</c>, arguments) and the depth of the tree are bounded by
/// <see cref="MaxDepth"/>: the parser and the evaluation recurse no deeper, whatever the input's length.
/// </summary>
internal sealed class Parser
{
    /// <summary>Far beyond any hand-written condition; the stack needs a few KB per level at most.</summary>
    public const int MaxDepth = 100;

    private readonly List<Token> tokens;
    private int index;
    private int nesting;

    private Parser(List<Token> tokens) => this.tokens = tokens;

    private Token Current => tokens[index];

    public static ExpressionNode Parse(string text)
    {
        var parser = new Parser(Tokenizer.Tokenize(text));
        if (parser.Current.Kind == TokenKind.End)
            throw new ExpressionSyntaxException("empty expression", 1);
        var root = parser.ParseConditional();
        if (parser.Current.Kind != TokenKind.End)
            throw parser.Unexpected();
        return root;
    }

    private ExpressionNode ParseConditional()
    {
        Enter();
        var condition = ParseOr();
        if (!Accept(TokenKind.Question))
            return Leave(condition);
        var at = Current;
        var whenTrue = ParseConditional();
        Expect(TokenKind.Colon);
        return Leave(Bounded(new ConditionalNode(condition, whenTrue, ParseConditional()), at));
    }

    private ExpressionNode ParseOr()
    {
        var left = ParseAnd();
        while (Current.Kind == TokenKind.Or)
        {
            var at = Next();
            left = Bounded(new LogicalNode(left, ParseAnd(), isAnd: false), at);
        }
        return left;
    }

    private ExpressionNode ParseAnd()
    {
        var left = ParseEquality();
        while (Current.Kind == TokenKind.And)
        {
            var at = Next();
            left = Bounded(new LogicalNode(left, ParseEquality(), isAnd: true), at);
        }
        return left;
    }

    private ExpressionNode ParseEquality()
    {
        var left = ParseRelational();
        while (Current.Kind is TokenKind.Equal or TokenKind.NotEqual)
        {
            var operation = Next();
            left = Bounded(new EqualityNode(left, ParseRelational(), operation.Kind == TokenKind.NotEqual), operation);
        }
        return left;
    }

    private ExpressionNode ParseRelational()
    {
        var left = ParseAdditive();
        while (Current.Kind is TokenKind.Less or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.GreaterOrEqual)
        {
            var operation = Next();
            left = Bounded(new RelationalNode(left, ParseAdditive(), operation.Kind, operation.Text), operation);
        }
        return left;
    }

    private ExpressionNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var operation = Next();
            left = Bounded(new ArithmeticNode(left, ParseMultiplicative(), operation.Kind, operation.Text), operation);
        }
        return left;
    }

    private ExpressionNode ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent)
        {
            var operation = Next();
            left = Bounded(new ArithmeticNode(left, ParseUnary(), operation.Kind, operation.Text), operation);
        }
        return left;
    }

    private ExpressionNode ParseUnary()
    {
        if (Current.Kind is not (TokenKind.Not or TokenKind.Minus or TokenKind.Empty))
            return ParsePostfix();
        Enter();
        var operation = Next();
        var operand = ParseUnary();
        ExpressionNode node = operation.Kind switch
        {
            TokenKind.Not => new NotNode(operand),
            TokenKind.Minus => new NegateNode(operand),
            _ => new EmptyNode(operand),
        };
        return Leave(Bounded(node, operation));
    }

    private ExpressionNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (Current.Kind is TokenKind.Dot or TokenKind.OpenBracket)
        {
            if (Current.Kind == TokenKind.OpenBracket)
            {
                node = ParseIndex(node);
                continue;
            }
            Next();
            var member = Next();
            if (member.Kind is TokenKind.End or TokenKind.Number or TokenKind.String || !char.IsLetter(member.Text[0]) && member.Text[0] != '_')
                throw Unexpected(member);
            if (Current.Kind == TokenKind.OpenParen)
            {
                node = ParseMethodCall(node, member);
                continue;
            }
            node = Bounded(new MemberNode(node, member.Text), member);
        }
        return node;
    }

    private ExpressionNode ParsePrimary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return decimal.TryParse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? new LiteralNode(Value.FromNumber(number))
                    : throw new ExpressionSyntaxException($"number out of range at {token.Position}", token.Position);
            case TokenKind.String:
                return new LiteralNode(Value.FromString(token.Text));
            case TokenKind.True:
                return new LiteralNode(Value.True);
            case TokenKind.False:
                return new LiteralNode(Value.False);
            case TokenKind.Null:
                return new LiteralNode(Value.Null);
            case TokenKind.OpenParen:
                var inner = ParseConditional();
                Expect(TokenKind.CloseParen);
                return inner;
            case TokenKind.Identifier when Current.Kind == TokenKind.OpenParen:
                return ParseFunction(token);
            case TokenKind.Identifier:
                return new VariableNode(token.Text);
            default:
                throw Unexpected(token);
        }
    }

    /// <summary><c>x[i]</c> and <c>x['key']</c>: an item of a list or a property of a map.</summary>
    private ExpressionNode ParseIndex(ExpressionNode target)
    {
        Enter();
        var at = Next();
        var index = ParseConditional();
        Expect(TokenKind.CloseBracket);
        nesting--;
        return Bounded(new IndexNode(target, index), at);
    }

    /// <summary>Only the <see cref="SafeMethods"/> on plain values; a bean's or a type's method is refused here, never looked up.</summary>
    private ExpressionNode ParseMethodCall(ExpressionNode target, Token name)
    {
        var readsVariable = name.Text == "getVariable" && target is VariableNode { Name: "execution" };
        if (!SafeMethods.IsSafe(name.Text) && !readsVariable)
            throw new ExpressionSyntaxException($"method calls are not allowed ('{name.Text}' at {name.Position})", name.Position);
        var arguments = ParseArguments();
        // Camunda's execution.getVariable('name') is a plain read of the variable.
        if (readsVariable)
        {
            return arguments is [LiteralNode { Value: { Kind: ValueKind.String, Text: { } variable } }]
                ? new VariableNode(variable)
                : throw new ExpressionSyntaxException($"execution.getVariable needs one quoted variable name at {name.Position}", name.Position);
        }
        if (!SafeMethods.Accepts(name.Text, arguments.Count))
            throw new ExpressionSyntaxException($"wrong number of arguments for '{name.Text}' at {name.Position}", name.Position);
        return Bounded(new MethodCallNode(target, name.Text, [.. arguments]), name);
    }

    private List<ExpressionNode> ParseArguments()
    {
        Enter();
        Expect(TokenKind.OpenParen);
        var arguments = new List<ExpressionNode>();
        if (Current.Kind != TokenKind.CloseParen)
        {
            do
                arguments.Add(ParseConditional());
            while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.CloseParen);
        nesting--;
        return arguments;
    }

    /// <summary>Only the whitelisted functions exist; any other name is a syntax error, never a lookup.</summary>
    private ExpressionNode ParseFunction(Token name)
    {
        var arguments = ParseArguments();
        ExpressionNode function = (name.Text, arguments.Count) switch
        {
            ("size", 1) => new SizeFunctionNode(arguments[0]),
            ("contains", 2) => new ContainsFunctionNode(arguments[0], arguments[1]),
            ("size" or "contains", _) => throw new ExpressionSyntaxException($"wrong number of arguments for '{name.Text}' at {name.Position}", name.Position),
            _ => throw new ExpressionSyntaxException($"unknown function '{name.Text}' at {name.Position}", name.Position),
        };
        return Bounded(function, name);
    }

    /// <summary>One level deeper in the recursive descent; refused beyond <see cref="MaxDepth"/> before it can recurse further.</summary>
    private void Enter()
    {
        if (++nesting > MaxDepth)
            throw TooDeep(Current);
    }

    private ExpressionNode Leave(ExpressionNode node)
    {
        nesting--;
        return node;
    }

    /// <summary>A chain of binary operators or members adds depth without nesting: the tree's depth is bounded too.</summary>
    private static ExpressionNode Bounded(ExpressionNode node, Token at) =>
        node.Depth > MaxDepth ? throw TooDeep(at) : node;

    private static ExpressionSyntaxException TooDeep(Token at) =>
        new($"expression nested deeper than {MaxDepth} levels at {at.Position}", at.Position);

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
            return false;
        index++;
        return true;
    }

    private void Expect(TokenKind kind)
    {
        if (!Accept(kind))
            throw Unexpected();
    }

    private Token Next()
    {
        var token = Current;
        if (token.Kind != TokenKind.End)
            index++;
        return token;
    }

    private ExpressionSyntaxException Unexpected(Token? token = null)
    {
        var culprit = token ?? Current;
        var description = culprit.Kind == TokenKind.End ? "unexpected end of expression" : $"unexpected token '{culprit.Text}'";
        return new ExpressionSyntaxException($"{description} at {culprit.Position}", culprit.Position);
    }
}
