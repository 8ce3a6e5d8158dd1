"""Reading and writing gzip files (RFC 1952), Taipan's own implementation over zlib.

GzipFile reads members one after another (a file may hold several, with zero padding between
them) through a raw-deflate decompressor, checking each member's CRC-32 and length; it writes
one member whose header carries the file's base name and the modification time."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_CHUNK = 8192
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode.

    filename is a path (str, bytes or os.PathLike) or a file object to read or write.
    mode is one of "r", "rb", "a", "ab", "w", "wb", "x", "xb" (binary) or "rt", "at", "wt",
    "xt" (text, with encoding, errors and newline as for io.TextIOWrapper)."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, "text_encoding") else encoding
        return io.TextIOWrapper(binary, encoding, errors, newline)
    return binary


def write32u(output, value):
    output.write(struct.pack("<L", value))


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError(_TRUNCATED)
        data += more
    return data


def _read_gzip_header(fp):
    """Reads a member's header; returns its mtime, or None at the end of the input."""
    magic = fp.read(2)
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flag, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            while True:
                c = fp.read(1)
                if not c or c == b"\000":
                    break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return mtime


def _simple_header(compresslevel, mtime):
    xfl = 2 if compresslevel == _COMPRESS_LEVEL_BEST else 4 if compresslevel == _COMPRESS_LEVEL_FAST else 0
    return struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, int(mtime), xfl, 255)


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    trailer = struct.pack("<LL", zlib.crc32(data), len(memoryview(data).cast("B")) & 0xffffffff)
    return _simple_header(compresslevel, mtime) + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot; every member, joined."""
    members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(members)
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = do.decompress(data[fp.tell():])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = do.unused_data[8:].lstrip(b"\x00")


class _MemberReader:
    """The decompressed bytes of consecutive members of a gzip stream, in chunks."""

    def __init__(self, fp):
        self._fp = fp
        self._pending = b""      # compressed bytes read but not yet used
        self._decomp = None      # the current member's decompressor, None between members
        self._crc = 0
        self._size = 0
        self.mtime = None
        self.eof = False

    def _read_raw(self, n):
        if self._pending:
            data, self._pending = self._pending[:n], self._pending[n:]
            if len(data) < n:
                data += self._fp.read(n - len(data))
            return data
        return self._fp.read(n)

    def _start_member(self):
        # Zero bytes may pad the space between members.
        while True:
            c = self._read_raw(1)
            if c != b"\x00":
                break
        if not c:
            return False
        self._pending = c + self._pending
        self.mtime = _read_gzip_header(_Replay(self))
        self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
        self._crc, self._size = 0, 0
        return True

    def _end_member(self):
        rest = self._decomp.unused_data
        while len(rest) < 8:
            more = self._read_raw(8 - len(rest))
            if not more:
                raise EOFError(_TRUNCATED)
            rest += more
        self._pending = rest[8:] + self._pending
        crc, isize = struct.unpack("<II", rest[:8])
        if crc != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._crc)))
        if isize != (self._size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        self._decomp = None

    def read_chunk(self):
        """Some decompressed bytes, or b"" at the end of the last member."""
        while not self.eof:
            if self._decomp is None and not self._start_member():
                self.eof = True
                break
            tail = self._decomp.unconsumed_tail
            raw = tail if tail else self._read_raw(_CHUNK)
            if not raw and not self._decomp.eof:
                raise EOFError(_TRUNCATED)
            out = self._decomp.decompress(raw, _CHUNK * 8)
            self._crc = zlib.crc32(out, self._crc)
            self._size += len(out)
            if self._decomp.eof:
                self._end_member()
            if out:
                return out
        return b""


class _Replay:
    """A file-like view of a reader's raw input, for the header parser."""

    def __init__(self, reader):
        self._reader = reader

    def read(self, n):
        return self._reader._read_raw(n)


class GzipFile(io.BufferedIOBase):
    """The GzipFile class simulates most of the methods of a file object with the exception
    of the truncate() method."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
            self._rbuf = b""
            self._rpos = 0
            self._offset = 0
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future Python "
                              "releases.  Specify the mode argument for opening it for writing.",
                              FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """Last modification time read from stream, or None."""
        return self._reader.mtime if self.mode == READ else None

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _write_gzip_header(self, compresslevel):
        self.fileobj.write(b"\037\213\010")
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode("latin-1")
            if fname.endswith(b".gz"):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b""
        self.fileobj.write(bytes((FNAME if fname else 0,)))
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        write32u(self.fileobj, int(mtime))
        xfl = b"\002" if compresslevel == _COMPRESS_LEVEL_BEST else \
            b"\004" if compresslevel == _COMPRESS_LEVEL_FAST else b"\000"
        self.fileobj.write(xfl)
        self.fileobj.write(b"\377")
        if fname:
            self.fileobj.write(fname + b"\000")

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, what + "() on write-only GzipFile object")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    # -- reading: a buffer of decompressed bytes in front of the member reader

    def _fill(self):
        """Makes the buffer non-empty unless at the end; returns False at the end."""
        if self._rpos < len(self._rbuf):
            return True
        self._rbuf = self._reader.read_chunk()
        self._rpos = 0
        return bool(self._rbuf)

    def _take(self, n):
        data = self._rbuf[self._rpos:self._rpos + n]
        self._rpos += len(data)
        self._offset += len(data)
        return data

    def read(self, size=-1):
        self._check_read("read")
        if size is None or size < 0:
            parts = []
            while self._fill():
                parts.append(self._take(len(self._rbuf)))
            return b"".join(parts)
        parts = []
        while size > 0 and self._fill():
            part = self._take(size)
            parts.append(part)
            size -= len(part)
        return b"".join(parts)

    def read1(self, size=-1):
        """Read up to size uncompressed bytes, with at most one read of the underlying stream."""
        self._check_read("read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if size == 0 or not self._fill():
            return b""
        return self._take(size)

    def readinto(self, b):
        view = memoryview(b).cast("B")
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        view = memoryview(b).cast("B")
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check_read("peek")
        if not self._fill():
            return b""
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._check_not_closed()
        if size is None:
            size = -1
        parts = []
        while size != 0 and self._fill():
            end = self._rbuf.find(b"\n", self._rpos)
            n = len(self._rbuf) - self._rpos if end < 0 else end + 1 - self._rpos
            if size > 0:
                n = min(n, size)
                size -= n
            parts.append(self._take(n))
            if parts[-1].endswith(b"\n"):
                break
        return b"".join(parts)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self._crc)
                write32u(fileobj, self._size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        """Invoke the underlying file object's fileno() method."""
        return self.fileobj.fileno()

    def rewind(self):
        """Return the uncompressed stream file position indicator to the beginning of the file"""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _MemberReader(self.fileobj)
        self._rbuf, self._rpos, self._offset = b"", 0, 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self._offset

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self._offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            count = offset - self._offset
            chunk = b"\0" * 1024
            for _ in range(count // 1024):
                self.write(chunk)
            self.write(b"\0" * (count % 1024))
            return self._offset
        self._check_read("seek")
        if whence == io.SEEK_CUR:
            offset = self._offset + offset
        elif whence == io.SEEK_END:
            while self._fill():
                self._take(len(self._rbuf))
            offset = self._offset + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._offset:
            self.rewind()
        while self._offset < offset and self._fill():
            self._take(offset - self._offset)
        return self._offset

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
