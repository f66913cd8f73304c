using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Verkostoportaali.PoExtract;

/// <summary>
/// Msgids in one module's C# files, read from the syntax trees (Roslyn) rather than by pattern, so that the string a
/// rule names is found wherever it is written: <c>T["…"]</c>, <c>T.Plural(n, "…", "…")</c>, DataAnnotations'
/// <c>ErrorMessage</c>, <c>[Display(Name = …)]</c>, <c>new ValidationResult("…")</c>, a <see cref="Core.Security.Permission"/>'s
/// description, a <c>Notification</c>'s name, a <c>NavigationLink</c>'s text and <c>LocalizedValidation.Message(context, "…")</c>. Such an argument may be
/// a literal, a constant, a local variable, <c>??</c>, <c>?:</c> or a switch of those, or a call of an expression-bodied
/// method returning them; anything else (an interpolated string, a value read at run time) is not a msgid.
/// Code that passes msgids through its own helpers says so by name: an argument for a parameter named <c>msgid</c> or
/// <c>…Msgid</c> is a msgid, and so is every string an expression-bodied method named <c>…Msgid</c> returns.
/// </summary>
public sealed class CSharpMsgids
{
    private const int MaxDepth = 4;
    private static readonly HashSet<string> DisplayNames = ["Name", "ShortName", "Description", "Prompt", "GroupName"];

    private readonly IReadOnlyList<(SyntaxTree Tree, string File)> trees;
    private readonly ILookup<string, ExpressionSyntax> constants;
    private readonly ILookup<string, ExpressionSyntax> methods;
    private readonly ILookup<string, int> msgidParameters;

    /// <param name="files">The module's C# files: text and the path to report.</param>
    public CSharpMsgids(IEnumerable<(string Text, string File)> files)
    {
        trees = [.. files.Select(f => (CSharpSyntaxTree.ParseText(f.Text), f.File))];
        var nodes = trees.SelectMany(t => t.Tree.GetRoot().DescendantNodes()).ToList();
        constants = nodes.OfType<FieldDeclarationSyntax>().Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword))
            .SelectMany(f => f.Declaration.Variables).Where(v => v.Initializer is not null)
            .ToLookup(v => v.Identifier.Text, v => v.Initializer!.Value);
        methods = nodes.OfType<MethodDeclarationSyntax>().Where(m => m.ExpressionBody is not null)
            .ToLookup(m => m.Identifier.Text, m => m.ExpressionBody!.Expression);
        msgidParameters = nodes.Select(n => n switch
            {
                MethodDeclarationSyntax m => (Name: m.Identifier.Text, Parameters: m.ParameterList.Parameters),
                LocalFunctionStatementSyntax f => (Name: f.Identifier.Text, Parameters: f.ParameterList.Parameters),
                RecordDeclarationSyntax { ParameterList: { } parameters } r => (Name: r.Identifier.Text, Parameters: parameters.Parameters),
                _ => (Name: "", Parameters: default),
            })
            .SelectMany(d => d.Parameters.Select((p, i) => (d.Name, Parameter: p.Identifier.Text, Index: i)))
            .Where(p => IsMsgidName(p.Parameter)).ToLookup(p => p.Name, p => p.Index);
    }

    /// <summary>Whether a parameter or method name says that it holds (returns) a msgid.</summary>
    public static bool IsMsgidName(string name) => name == "msgid" || name.EndsWith("Msgid", StringComparison.Ordinal);

    public IEnumerable<MsgidUse> Uses() =>
        trees.SelectMany(t => t.Tree.GetRoot().DescendantNodes().SelectMany(node => UsesAt(node, t.File))).ToList();

    private IEnumerable<MsgidUse> UsesAt(SyntaxNode node, string file)
    {
        var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "Plural" } plural }
            && IsLocalizer(plural.Expression) && node is InvocationExpressionSyntax { ArgumentList.Arguments: [_, var one, var many, ..] }
            && one.Expression is LiteralExpressionSyntax singular && many.Expression is LiteralExpressionSyntax pluralForm)
        {
            return [new MsgidUse(singular.Token.ValueText, pluralForm.Token.ValueText, file, line)];
        }
        return MsgidExpressions(node).SelectMany(e => Literals(e, e, 0)).Select(id => new MsgidUse(id, null, file, line));
    }

    private IEnumerable<ExpressionSyntax> MsgidExpressions(SyntaxNode node) => node switch
    {
        ElementAccessExpressionSyntax access when IsLocalizer(access.Expression) => Argument(access.ArgumentList.Arguments, 0),
        AttributeArgumentSyntax { NameEquals.Name.Identifier.Text: var name } argument
            when name == "ErrorMessage" || (DisplayNames.Contains(name) && IsDisplay(argument)) => [argument.Expression],
        ObjectCreationExpressionSyntax created => ConstructorMsgids(TypeName(created.Type), created.ArgumentList),
        ImplicitObjectCreationExpressionSyntax created => ConstructorMsgids(TargetTypeName(created), created.ArgumentList),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "LocalizedValidation" } } } call =>
            Argument(call.ArgumentList.Arguments, 1),
        InvocationExpressionSyntax call when CalledName(call.Expression) is { } name && msgidParameters.Contains(name) =>
            msgidParameters[name].SelectMany(i => Argument(call.ArgumentList.Arguments, i)),
        MethodDeclarationSyntax { ExpressionBody: { } body } method when IsMsgidName(method.Identifier.Text) => [body.Expression],
        _ => [],
    };

    // Types of other projects that take a msgid, by position; the module's own records say so by a parameter's name.
    private IEnumerable<ExpressionSyntax> ConstructorMsgids(string? type, ArgumentListSyntax? arguments) => type switch
    {
        "ValidationResult" or "NavigationLink" => Argument(arguments?.Arguments, 0),
        "Permission" or "ImportMessage" or "Notification" => Argument(arguments?.Arguments, 1),
        { } own when msgidParameters.Contains(own) => msgidParameters[own].SelectMany(i => Argument(arguments?.Arguments, i)),
        _ => [],
    };

    // The type a target-typed new() makes, where the syntax says it: the declared variable's, or what the member returns
    // (its element type for IEnumerable<T> and the like), also from inside a collection expression [new(…), …].
    private static string? TargetTypeName(ImplicitObjectCreationExpressionSyntax created)
    {
        var parent = created.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } ? collection.Parent : created.Parent;
        return parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => ElementTypeName(declaration.Type),
            ReturnStatementSyntax or YieldStatementSyntax or ArrowExpressionClauseSyntax => created.Ancestors()
                .Select(a => a switch
                {
                    MethodDeclarationSyntax method => method.ReturnType,
                    LocalFunctionStatementSyntax function => function.ReturnType,
                    PropertyDeclarationSyntax property => property.Type,
                    _ => null,
                })
                .OfType<TypeSyntax>().Select(ElementTypeName).FirstOrDefault(),
            _ => null,
        };
    }

    private static string? ElementTypeName(TypeSyntax type) =>
        type is GenericNameSyntax { TypeArgumentList.Arguments: [var element] } ? TypeName(element) : TypeName(type);

    private IEnumerable<string> Literals(ExpressionSyntax expression, SyntaxNode site, int depth) => depth > MaxDepth ? [] : expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => [literal.Token.ValueText],
        ParenthesizedExpressionSyntax inner => Literals(inner.Expression, site, depth),
        BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) =>
            Literals(coalesce.Left, site, depth).Concat(Literals(coalesce.Right, site, depth)),
        ConditionalExpressionSyntax choice => Literals(choice.WhenTrue, site, depth).Concat(Literals(choice.WhenFalse, site, depth)),
        SwitchExpressionSyntax choice => choice.Arms.SelectMany(arm => Literals(arm.Expression, site, depth)),
        IdentifierNameSyntax name => Named(name.Identifier.Text, site).SelectMany(e => Literals(e, e, depth + 1)),
        MemberAccessExpressionSyntax member => constants[member.Name.Identifier.Text].SelectMany(e => Literals(e, e, depth + 1)),
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax method } =>
            methods[method.Identifier.Text].SelectMany(e => Literals(e, e, depth + 1)),
        _ => [],
    };

    // A local variable of the method the name is used in, else a constant of the module.
    private IEnumerable<ExpressionSyntax> Named(string name, SyntaxNode site)
    {
        var locals = site.FirstAncestorOrSelf<MemberDeclarationSyntax>()?.DescendantNodes().OfType<VariableDeclaratorSyntax>()
            .Where(v => v.Identifier.Text == name && v.Initializer is not null).Select(v => v.Initializer!.Value).ToList() ?? [];
        return locals.Count > 0 ? locals : constants[name];
    }

    private static bool IsLocalizer(ExpressionSyntax expression) => expression is IdentifierNameSyntax { Identifier.Text: var name }
        && (name is "T" or "L" || name.EndsWith("localizer", StringComparison.OrdinalIgnoreCase));

    private static bool IsDisplay(AttributeArgumentSyntax argument) =>
        argument.FirstAncestorOrSelf<AttributeSyntax>() is { } attribute && TypeName(attribute.Name) is "Display" or "DisplayAttribute";

    private static IEnumerable<ExpressionSyntax> Argument(SeparatedSyntaxList<ArgumentSyntax>? arguments, int index) =>
        arguments is { } list && list.Count > index ? [list[index].Expression] : [];

    private static string? CalledName(ExpressionSyntax called) => called switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
        SimpleNameSyntax simple => simple.Identifier.Text,
        _ => null,
    };

    private static string? TypeName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.Text,
        SimpleNameSyntax simple => simple.Identifier.Text,
        _ => null,
    };
}
