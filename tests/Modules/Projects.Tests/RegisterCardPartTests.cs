using System.ComponentModel.DataAnnotations;

namespace Verkostoportaali.Projects.Tests;

public sealed class RegisterCardPartTests
{
    private static readonly DateOnly Today = new(2025, 3, 14);

    [Fact]
    public void Project_that_ends_today_is_still_ongoing()
    {
        var card = TestProjects.Card("Kyläkauppa", start: new(2024, 1, 1), end: Today);

        Assert.Equal(ProjectStatus.Ongoing, card.StatusOn(Today));
    }

    [Fact]
    public void Project_that_ended_yesterday_has_ended()
    {
        var card = TestProjects.Card("Kyläkauppa", start: new(2024, 1, 1), end: Today.AddDays(-1));

        Assert.Equal(ProjectStatus.Ended, card.StatusOn(Today));
    }

    [Fact]
    public void Project_without_a_start_date_is_ongoing_until_its_end_date()
    {
        var card = TestProjects.Card("Kyläkauppa", end: Today.AddYears(2));

        Assert.Equal(ProjectStatus.Ongoing, card.StatusOn(Today));
        Assert.Equal(ProjectStatus.Ended, card.StatusOn(Today.AddYears(2).AddDays(1)));
    }

    [Fact]
    public void Project_that_starts_tomorrow_is_upcoming()
    {
        var card = TestProjects.Card("Kyläkauppa", start: Today.AddDays(1), end: Today.AddYears(1));

        Assert.Equal(ProjectStatus.Upcoming, card.StatusOn(Today));
        Assert.Equal(ProjectStatus.Ongoing, card.StatusOn(Today.AddDays(1)));
    }

    [Fact]
    public void Project_without_dates_has_no_status()
    {
        var card = TestProjects.Card("Kyläkauppa");

        Assert.Null(card.StatusOn(Today));
    }

    [Fact]
    public void Stated_status_does_not_change_the_derived_status()
    {
        var card = TestProjects.Card("Kyläkauppa", start: new(2024, 1, 1), end: Today.AddYears(1)) with { StatedStatus = "Päättynyt" };

        Assert.Equal(ProjectStatus.Ongoing, card.StatusOn(Today));
    }

    [Fact]
    public void End_date_before_start_date_is_not_valid()
    {
        var card = TestProjects.Card("Kyläkauppa", start: new(2024, 6, 1), end: new(2024, 5, 31));

        var errors = Errors(card);

        var error = Assert.Single(errors);
        Assert.Equal([nameof(RegisterCardPart.EndDate)], error.MemberNames);
    }

    [Theory]
    [InlineData("145432", true)]
    [InlineData("14 5432", false)]
    [InlineData("hanke-1", false)]
    public void Project_number_is_digits_only(string number, bool valid)
    {
        var card = TestProjects.Card("Kyläkauppa", number);

        var errors = Errors(card);

        Assert.Equal(valid, errors.Count == 0);
    }

    [Fact]
    public void Card_language_is_finnish_or_swedish()
    {
        var card = TestProjects.Card("Kyläkauppa") with { CardCulture = "en" };

        var errors = Errors(card);

        Assert.Equal([nameof(RegisterCardPart.CardCulture)], Assert.Single(errors).MemberNames);
    }

    private static List<ValidationResult> Errors(object part)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(part, new ValidationContext(part), results, validateAllProperties: true);
        return results;
    }
}
