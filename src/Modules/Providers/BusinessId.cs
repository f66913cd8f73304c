using System.ComponentModel.DataAnnotations;

namespace Verkostoportaali.Providers;

/// <summary>The Finnish business id (Y-tunnus), "1234567-8": seven digits, a hyphen and a check digit over the seven.</summary>
public static class BusinessIdCheck
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    /// <summary>What is wrong with <paramref name="value"/>, or null for a valid business id.</summary>
    public static BusinessIdError? Find(string value)
    {
        if (value is not [_, _, _, _, _, _, _, '-', var check] || !value.Remove(7, 1).All(char.IsAsciiDigit))
        {
            return BusinessIdError.Format;
        }
        return CheckDigitOf(value[..7]) == check - '0' ? null : BusinessIdError.CheckDigit;
    }

    /// <summary>The check digit of seven digits; null when the weighted sum leaves remainder 1, which no business id is given.</summary>
    public static int? CheckDigitOf(string digits)
    {
        var remainder = digits.Select((digit, i) => (digit - '0') * Weights[i]).Sum() % 11;
        return remainder switch
        {
            0 => 0,
            1 => null,
            _ => 11 - remainder,
        };
    }
}

public enum BusinessIdError
{
    Format,
    CheckDigit,
}

/// <summary>A string property that, when set, must be a valid business id (<see cref="BusinessIdCheck"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class BusinessIdAttribute : ValidationAttribute
{
    public const string FormatMessage = "Business ID {0} is not valid: write it as seven digits, a hyphen and a check digit, e.g. 1234567-1.";
    public const string CheckDigitMessage = "Business ID {0} is not valid: the check digit does not match.";

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string id || BusinessIdCheck.Find(id) is not { } error)
        {
            return ValidationResult.Success;
        }
        var message = error == BusinessIdError.Format ? FormatMessage : CheckDigitMessage;
        return new ValidationResult(LocalizedValidation.Message<BusinessIdAttribute>(validationContext, message, id),
            validationContext.MemberName is { } member ? [member] : null);
    }
}
