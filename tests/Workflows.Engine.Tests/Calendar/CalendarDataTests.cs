using NUnit.Framework;
using Workflows.Engine.Calendar;

namespace Workflows.Engine.Tests.Calendar;

public sealed class CalendarDataTests
{
    [Test]
    public void ShouldReadTheOffDaysAndWorkDaysOfAYear()
    {
        var years = CalendarData.Parse("""{ "2027": { "offDays": ["2027-01-01"], "workDays": ["2027-01-02"] } }""", "test");
        Assert.That(years.Single(), Is.EqualTo(new CalendarYear(2027, [new DateOnly(2027, 1, 1)], [new DateOnly(2027, 1, 2)]))
            .Using<CalendarYear>((a, b) => a.Year == b.Year && a.OffDays.SequenceEqual(b.OffDays) && a.WorkDays.SequenceEqual(b.WorkDays)));
    }

    [TestCase("{ not json", "not valid JSON")]
    [TestCase("""["2027"]""", "expected an object keyed by year")]
    [TestCase("""{ "20x7": { "offDays": [], "workDays": [] } }""", "'20x7' is not a year")]
    [TestCase("""{ "2027": { "offDays": [] } }""", "needs an array 'workDays'")]
    [TestCase("""{ "2027": { "offDays": ["2027-13-01"], "workDays": [] } }""", "'2027-13-01' is not a date")]
    [TestCase("""{ "2027": { "offDays": [], "workDays": ["2027-01-04"] } }""", "is not a Saturday or Sunday")]
    [TestCase("""{ "2027": { "offDays": ["2029-01-01"], "workDays": [] } }""", "does not belong to the schedule of 2027")]
    [TestCase("""{ "2027": { "offDays": ["2027-01-02"], "workDays": ["2027-01-02"] } }""", "both as a day off and as a working day")]
    public void ShouldRejectABadScheduleWithAClearMessage(string json, string expectedMessage)
        => Assert.That(() => CalendarData.Parse(json, "bad.json"),
            Throws.TypeOf<CalendarDataException>().With.Message.Contains(expectedMessage).And.Message.StartsWith("bad.json"));

    [Test]
    public void ShouldRejectAMissingDirectory()
        => Assert.That(() => CalendarData.LoadDirectory("/nonexistent/calendars"), Throws.TypeOf<CalendarDataException>());
}
