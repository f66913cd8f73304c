using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Contents;

public sealed class ContactsPartTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task Each_person_is_checked_and_the_error_names_the_person_by_position()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = (await content.NewAsync("Article")).Apply(new TitlePart("Yhteystiedot")).Apply(new ContactsPart(
        [
            new ContactPerson("Laura Syrén", Email: "laura.syren@witas.fi"),
            new ContactPerson("Salla Partala", Email: "ei-osoite"),
        ]));

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync(item, publish: true));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(("ContactsPart", "People[1].Email"), (problem.Part, problem.Field));
    }

    [Theory]
    [InlineData("+358 40 746 1690", "+358407461690")]
    [InlineData("040 774 2080", "0407742080")]
    public void Phone_link_keeps_digits_and_a_leading_plus(string phone, string expected)
    {
        var person = new ContactPerson("Eeva-Liisa Kemppainen", Phone: phone);

        Assert.Equal(expected, person.PhoneLink);
    }

    [Fact]
    public void Email_is_split_for_the_page_script()
    {
        var person = new ContactPerson("Esko Seppä", Email: "eskose60@hotmail.com");

        Assert.Equal(("eskose60", "hotmail.com"), person.EmailParts);
    }
}
