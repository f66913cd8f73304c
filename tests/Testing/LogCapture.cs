using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Verkostoportaali.Testing;

/// <summary>Keeps what the portal logs at <paramref name="minimum"/> and above, for tests that read the log.</summary>
public sealed class LogCapture(LogLevel minimum) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> messages = new();

    public IReadOnlyList<string> Messages => [.. messages];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    private bool Keeps(LogLevel level) => level >= minimum;

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => capture.Keeps(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                capture.messages.Enqueue(formatter(state, exception));
            }
        }
    }
}
