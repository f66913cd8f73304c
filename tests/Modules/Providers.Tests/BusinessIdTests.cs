using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Providers.Tests;

public sealed class BusinessIdTests
{
    // Checked by hand: 0112038 → 0·7+1·9+1·10+2·5+0·8+3·4+8·2 = 57, 57 mod 11 = 2, 11 − 2 = 9.
    [Theory]
    [InlineData("0112038-9")]
    [InlineData("1234567-1")]
    [InlineData("7654321-2")]
    [InlineData("2345678-0")]
    [InlineData("1572860-0")]
    public void Business_id_with_a_matching_check_digit_is_valid(string id)
    {
        var error = BusinessIdCheck.Find(id);

        Assert.Null(error);
    }

    [Theory]
    [InlineData("0112038-8")]
    [InlineData("1234567-2")]
    [InlineData("2345678-1")]
    public void Business_id_with_a_wrong_check_digit_is_invalid(string id)
    {
        var error = BusinessIdCheck.Find(id);

        Assert.Equal(BusinessIdError.CheckDigit, error);
    }

    // 3141592 → 21+9+40+5+40+36+4 = 155, 155 mod 11 = 1: no check digit exists, so no id starts this way.
    [Theory]
    [InlineData("3141592-0")]
    [InlineData("3141592-1")]
    [InlineData("0000006-0")]
    public void Business_id_whose_sum_leaves_remainder_one_is_invalid_whatever_its_check_digit(string id)
    {
        var error = BusinessIdCheck.Find(id);

        Assert.Equal(BusinessIdError.CheckDigit, error);
        Assert.Null(BusinessIdCheck.CheckDigitOf(id[..7]));
    }

    [Theory]
    [InlineData("01120389")]
    [InlineData("112038-9")]
    [InlineData("01120380-9")]
    [InlineData("O112038-9")]
    [InlineData("0112038-X")]
    [InlineData("0112038–9")]
    [InlineData(" 0112038-9")]
    [InlineData("")]
    [InlineData("FI01120389")]
    public void Business_id_not_written_as_seven_digits_hyphen_digit_is_invalid(string id)
    {
        var error = BusinessIdCheck.Find(id);

        Assert.Equal(BusinessIdError.Format, error);
    }

    [Fact]
    public void Missing_business_id_is_allowed()
    {
        var results = Validate(new ProviderPart(), services: null);

        Assert.Empty(results);
    }

    [Fact]
    public void Part_with_a_wrong_check_digit_gets_a_message_naming_the_id_and_the_field()
    {
        var results = Validate(new ProviderPart { BusinessId = "1234567-2" }, services: null);

        var result = Assert.Single(results);
        Assert.Equal("Business ID 1234567-2 is not valid: the check digit does not match.", result.ErrorMessage);
        Assert.Equal(["BusinessId"], result.MemberNames);
    }

    [Theory]
    [InlineData("fi-FI", "1234567-2", "Y-tunnus 1234567-2 ei ole oikea: tarkistusnumero ei täsmää.")]
    [InlineData("sv-FI", "1234567-2", "FO-nummer 1234567-2 är inte korrekt: kontrollsiffran stämmer inte.")]
    [InlineData("fi-FI", "12345671", "Y-tunnus 12345671 ei ole oikea: kirjoita se seitsemänä numerona, yhdysviivana ja tarkistusnumerona, esim. 1234567-1.")]
    public void Message_is_in_the_ui_language_when_validation_has_the_app_services(string culture, string id, string expected)
    {
        using var services = new ServiceCollection().AddPoLocalization().BuildServiceProvider();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);

        var results = Validate(new ProviderPart { BusinessId = id }, services);

        CultureInfo.CurrentUICulture = previous;
        Assert.Equal(expected, Assert.Single(results).ErrorMessage);
    }

    private static List<ValidationResult> Validate(ProviderPart part, IServiceProvider? services)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(part, new ValidationContext(part, services, items: null), results, validateAllProperties: true);
        return results;
    }
}
