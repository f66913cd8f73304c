using System.Globalization;

namespace Verkostoportaali.Testing;

/// <summary>
/// The seed of a randomized test: <c>TEST_SEED</c> when set, so that a failed run can be replayed, else the test's own
/// fixed default, so that the suite does the same on every run. Each unit of work gets a <see cref="Random"/> of its
/// own, derived from the seed and the unit's number: parallel workers sharing one would make the order they happen
/// to run in part of the outcome.
/// </summary>
public sealed record TestSeed(int Value)
{
    public const string Variable = "TEST_SEED";

    /// <summary>How to run the test again with this seed, for its output and its failure message.</summary>
    public string Replay => $"seed {Value} (replay with {Variable}={Value})";

    public static TestSeed Or(int defaultSeed) =>
        new(Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } set
            ? int.Parse(set, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : defaultSeed);

    // A fixed mix of seed and unit: HashCode.Combine would differ from one process to the next.
    /// <summary>The random numbers of unit <paramref name="unit"/>, the same for the same seed whichever worker runs it.</summary>
    public Random For(int unit) => new(unchecked((Value * 397) ^ (unit * -1640531535)));
}
