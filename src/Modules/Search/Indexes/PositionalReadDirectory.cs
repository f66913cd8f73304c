using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Verkostoportaali.Search.Indexes;

/// <summary>
/// An index folder read with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>): each
/// input and every clone of it share one file handle, reads take no lock, and a clone costs a buffer. Hand-written:
/// Lucene.Net 4.8's MMapDirectory registers every clone in a ConditionalWeakTable (a GC handle each; a search over
/// 100 sites clones hundreds, a third of its time), and its NIOFSDirectory locks a FileStream around every read.
/// </summary>
internal sealed class PositionalReadDirectory(string folder) : FSDirectory(new DirectoryInfo(folder), lockFactory: null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var handle = OpenHandle(name);
        return new Input($"PositionalRead({Path.Combine(Directory.FullName, name)})", handle, 0, RandomAccess.GetLength(handle), owner: true, context);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(Path.Combine(Directory.FullName, name), OpenHandle(name), context);
    }

    private SafeFileHandle OpenHandle(string name) =>
        File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>The parts of a compound file, each a window on the one handle the slicer owns.</summary>
    private sealed class Slicer(string path, SafeFileHandle handle, IOContext context) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new Input($"PositionalRead({sliceDescription} in {path})", handle, offset, length, owner: false, context);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    private sealed class Input(string description, SafeFileHandle handle, long start, long length, bool owner, IOContext context)
        : BufferedIndexInput(description, context)
    {
        private bool isClone;

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var position = Position;
            if (position + count > length)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }
            var span = b.AsSpan(offset, count);
            while (span.Length > 0)
            {
                var read = RandomAccess.Read(handle, span, start + position);
                if (read == 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this}");
                }
                span = span[read..];
                position += read;
            }
        }

        // Every read names its position: there is nothing to move.
        protected override void SeekInternal(long pos)
        {
        }

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone.isClone = true;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && owner && !isClone)
            {
                handle.Dispose();
            }
        }
    }
}
