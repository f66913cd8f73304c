using System.Buffers.Text;
using System.Net.Sockets;
using System.Text;

namespace Verkostoportaali.Bench.Harness;

/// <summary>
/// A keep-alive HTTP/1.1 connection that sends one fixed GET and reads each answer (Content-Length or chunked) into a
/// buffer it reuses: the little of HTTP a load client needs, without HttpClient's allocations per request.
/// Hand-written because no reachable library is a load client.
/// </summary>
public sealed class PlainHttpConnection : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Uri url;
    private readonly byte[] request;
    private Socket socket;
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;

    public PlainHttpConnection(Uri url)
    {
        this.url = url;
        request = Encoding.ASCII.GetBytes($"GET {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\n\r\n");
        socket = Connect(url);
    }

    /// <summary>Sends the request and reads the whole answer.</summary>
    /// <returns>Whether the answer was a 200. A broken connection is opened again for the next request.</returns>
    public bool TryGet()
    {
        try
        {
            socket.Send(request);
            return ReadAnswer() == 200;
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            socket.Dispose();
            (start, end) = (0, 0);
            socket = Connect(url);
            return false;
        }
    }

    public void Dispose() => socket.Dispose();

    private static Socket Connect(Uri url)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveTimeout = (int)Timeout.TotalMilliseconds };
        socket.Connect(url.Host, url.Port);
        return socket;
    }

    private int ReadAnswer()
    {
        var headersEnd = IndexOf("\r\n\r\n"u8);
        ReadOnlySpan<byte> head = buffer.AsSpan(start, headersEnd - start);
        if (!head.StartsWith("HTTP/1.1 "u8) || !Utf8Parser.TryParse(head[9..], out int status, out _))
        {
            throw new IOException($"Not an HTTP/1.1 answer: {Encoding.ASCII.GetString(head)}");
        }
        long? length = null;
        var chunked = false;
        foreach (var range in head.Split("\r\n"u8))
        {
            var line = head[range];
            var colon = line.IndexOf((byte)':');
            if (colon < 0)
            {
                continue;
            }
            var name = line[..colon];
            var value = line[(colon + 1)..].Trim((byte)' ');
            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8) && Utf8Parser.TryParse(value, out long contentLength, out _))
            {
                length = contentLength;
            }
            chunked |= Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8) && Ascii.EqualsIgnoreCase(value, "chunked"u8);
        }
        start = headersEnd + 4;
        if (chunked)
        {
            SkipChunks();
        }
        else
        {
            Skip(length ?? 0);
        }
        return status;
    }

    private void SkipChunks()
    {
        while (true)
        {
            var lineEnd = IndexOf("\r\n"u8);
            if (!Utf8Parser.TryParse(buffer.AsSpan(start, lineEnd - start), out int size, out _, 'x'))
            {
                throw new IOException("A chunk without a size.");
            }
            start = lineEnd + 2;
            if (size == 0)
            {
                // No trailers: the empty line that ends the answer.
                start = IndexOf("\r\n"u8) + 2;
                return;
            }
            Skip(size + 2);
        }
    }

    /// <returns>Where <paramref name="pattern"/> begins in the buffer, after reading until it has come.</returns>
    private int IndexOf(ReadOnlySpan<byte> pattern)
    {
        while (true)
        {
            if (buffer.AsSpan(start, end - start).IndexOf(pattern) is var at and >= 0)
            {
                return start + at;
            }
            Receive();
        }
    }

    private void Skip(long count)
    {
        while (end - start < count)
        {
            count -= end - start;
            (start, end) = (0, 0);
            Receive();
        }
        start += (int)count;
    }

    private void Receive()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            (start, end) = (0, end - start);
        }
        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        var read = socket.Receive(buffer, end, buffer.Length - end, SocketFlags.None);
        end += read > 0 ? read : throw new IOException("The server closed the connection.");
    }
}
