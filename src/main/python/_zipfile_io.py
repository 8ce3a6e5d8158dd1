"""The streams of `zipfile`: reading a member (ZipExtFile, with ZipCrypto decryption), writing
one (_ZipWriteFile), and the views of the archive's file they go through."""

import io
import struct
import zlib
from zlib import crc32

from _zipfile_info import (BadZipFile, ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA,
                           ZIP64_LIMIT, _DD_SIGNATURE, _MASK_USE_DATA_DESCRIPTOR,
                           compressor_names)


def _check_compression(compression):
    if compression == ZIP_STORED or compression == ZIP_DEFLATED:
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _get_compressor(compress_type, compresslevel=None):
    if compress_type == ZIP_DEFLATED:
        level = zlib.Z_DEFAULT_COMPRESSION if compresslevel is None else compresslevel
        return zlib.compressobj(level, zlib.DEFLATED, -15)    # raw deflate, no zlib header
    return None


def _get_decompressor(compress_type):
    _check_compression(compress_type)
    if compress_type == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    return None


class _SharedFile:
    """A view of the archive's file with its own position: several members may be open at
    once over one file object."""

    def __init__(self, file, pos, close, lock, writing):
        self._file = file
        self._pos = pos
        self._close = close
        self._lock = lock
        self._writing = writing
        self.seekable = file.seekable

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        with self._lock:
            if self._writing():
                raise ValueError("Can't reposition in the ZIP file while there is an open "
                                 "writing handle on it. Close the writing handle before "
                                 "trying to read.")
            self._file.seek(offset, whence)
            self._pos = self._file.tell()
            return self._pos

    def read(self, n=-1):
        with self._lock:
            if self._writing():
                raise ValueError("Can't read from the ZIP file while there is an open "
                                 "writing handle on it. Close the writing handle before "
                                 "trying to read.")
            self._file.seek(self._pos)
            data = self._file.read(n)
            self._pos = self._file.tell()
            return data

    def close(self):
        if self._file is not None:
            fileobj = self._file
            self._file = None
            self._close(fileobj)


class _Tellable:
    """Counts what is written to a file object that cannot tell() its position."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += n
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


def _crc_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_crctable = None


class _ZipDecrypter:
    """Traditional PKWARE encryption ("ZipCrypto"): three keys stirred by each plain byte."""

    def __init__(self, pwd):
        global _crctable
        if _crctable is None:
            _crctable = _crc_table()
        self.k0, self.k1, self.k2 = 305419896, 591751049, 878082192
        for b in pwd:
            self._update(b)

    def _update(self, b):
        t = _crctable
        self.k0 = (self.k0 >> 8) ^ t[(self.k0 ^ b) & 0xFF]
        self.k1 = ((self.k1 + (self.k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = (self.k2 >> 8) ^ t[(self.k2 ^ (self.k1 >> 24)) & 0xFF]

    def __call__(self, data):
        out = bytearray(len(data))
        for i, c in enumerate(data):
            k = self.k2 | 2
            c ^= ((k * (k ^ 1)) >> 8) & 0xFF
            self._update(c)
            out[i] = c
        return bytes(out)


class ZipExtFile(io.BufferedIOBase):
    """A member of the archive opened for reading: decompresses as it goes and checks the
    CRC-32 at the end."""

    MAX_N = 1 << 30
    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._pwd = pwd
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._compress_left = zipinfo.compress_size
        self._left = zipinfo.file_size
        self._decompressor = _get_decompressor(self._compress_type)
        self._eof = False
        self._readbuffer = b''
        self._offset = 0
        self.newlines = None
        self.mode = mode
        self.name = zipinfo.filename
        self._expected_crc = getattr(zipinfo, 'CRC', None)
        self._running_crc = crc32(b'')
        self._seekable = False
        try:
            if fileobj.seekable():
                self._orig_compress_start = fileobj.tell()
                self._orig_compress_size = zipinfo.compress_size
                self._orig_file_size = zipinfo.file_size
                self._orig_start_crc = self._running_crc
                self._seekable = True
        except AttributeError:
            pass
        self._decrypter = None
        if pwd:
            if zipinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                check_byte = (zipinfo._raw_time >> 8) & 0xff
            else:
                check_byte = (zipinfo.CRC >> 24) & 0xff
            header = self._init_decrypter()
            if header[11] != check_byte:
                raise RuntimeError("Bad password for file %r" % zipinfo.orig_filename)

    def _init_decrypter(self):
        self._decrypter = _ZipDecrypter(self._pwd)
        header = self._fileobj.read(12)
        self._compress_left -= 12
        return self._decrypter(header)

    def __repr__(self):
        cls = self.__class__
        if self.closed:
            return '<%s.%s [closed]>' % (cls.__module__, cls.__qualname__)
        text = '<%s.%s name=%r mode=%r' % (cls.__module__, cls.__qualname__, self.name, self.mode)
        if self._compress_type != ZIP_STORED:
            text += ' compress_type=%s' % compressor_names.get(self._compress_type,
                                                               self._compress_type)
        return text + '>'

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def _fill(self, n):
        """Decompressed bytes (up to about n; b'' only at the end)."""
        while not self._eof:
            data = self._read1(n)
            if data:
                return data
        return b''

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("readline of closed file")
        if limit is None:
            limit = -1
        if limit < 0:
            # The usual case: the whole line is in the buffer.
            end = self._readbuffer.find(b'\n', self._offset) + 1
            if end > 0:
                line = self._readbuffer[self._offset:end]
                self._offset = end
                return line
        parts = []
        size = 0
        while limit < 0 or size < limit:
            if self._offset >= len(self._readbuffer):
                self._readbuffer = self._fill(self.MIN_READ_SIZE)
                self._offset = 0
                if not self._readbuffer:
                    break
            end = self._readbuffer.find(b'\n', self._offset) + 1
            if end <= 0:
                end = len(self._readbuffer)
            if limit >= 0:
                end = min(end, self._offset + limit - size)
            chunk = self._readbuffer[self._offset:end]
            self._offset = end
            parts.append(chunk)
            size += len(chunk)
            if chunk.endswith(b'\n'):
                break
        return b''.join(parts)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def peek(self, n=1):
        if n > len(self._readbuffer) - self._offset:
            chunk = self.read(n)
            if len(chunk) > self._offset:
                self._readbuffer = chunk + self._readbuffer[self._offset:]
                self._offset = 0
            else:
                self._offset -= len(chunk)
        return self._readbuffer[self._offset: self._offset + 512]

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            parts = [self._readbuffer[self._offset:]]
            self._readbuffer = b''
            self._offset = 0
            while not self._eof:
                parts.append(self._read1(self.MAX_N))
            return b''.join(parts)
        end = n + self._offset
        if end < len(self._readbuffer):
            data = self._readbuffer[self._offset:end]
            self._offset = end
            return data
        n = end - len(self._readbuffer)
        parts = [self._readbuffer[self._offset:]]
        self._readbuffer = b''
        self._offset = 0
        while n > 0 and not self._eof:
            data = self._read1(n)
            if n < len(data):
                self._readbuffer = data
                self._offset = n
                parts.append(data[:n])
                break
            parts.append(data)
            n -= len(data)
        return b''.join(parts)

    def read1(self, n):
        if n is None or n < 0:
            n = self.MAX_N
        if self._offset < len(self._readbuffer):
            data = self._readbuffer[self._offset:self._offset + n]
            self._offset += len(data)
            return data
        data = self._fill(n)
        if len(data) > n:
            self._readbuffer = data
            self._offset = n
            data = data[:n]
        return data

    def _update_crc(self, data):
        if self._expected_crc is None:
            return
        self._running_crc = crc32(data, self._running_crc)
        if self._eof and self._running_crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _read1(self, n):
        """Decompresses the next piece (maybe b'' before the end); sets _eof at the end."""
        if self._eof or n <= 0:
            return b''
        if self._compress_type == ZIP_DEFLATED:
            d = self._decompressor
            data = d.unconsumed_tail or self._read2(n)
            data = d.decompress(data, max(n, self.MIN_READ_SIZE))
            done = d.eof or (self._compress_left <= 0 and not d.unconsumed_tail)
            if done:
                data += d.flush()
        else:
            data = self._read2(n)
            done = self._compress_left <= 0
        data = data[:self._left]
        self._left -= len(data)
        if self._left <= 0 or done:
            self._eof = True
        self._update_crc(data)
        return data

    def _read2(self, n):
        if self._compress_left <= 0:
            return b''
        n = min(max(n, self.MIN_READ_SIZE), self._compress_left)
        data = self._fileobj.read(n)
        self._compress_left -= len(data)
        if not data:
            raise EOFError
        if self._decrypter is not None:
            data = self._decrypter(data)
        return data

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._orig_file_size - self._left - len(self._readbuffer) + self._offset

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        current = self.tell()
        if whence == 0:
            target = offset
        elif whence == 1:
            target = current + offset
        elif whence == 2:
            target = self._orig_file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or "
                             "os.SEEK_END (2)")
        target = max(0, min(target, self._orig_file_size))
        skip = target - current
        buffered = len(self._readbuffer) - self._offset
        if 0 <= skip <= buffered:
            self._offset += skip
            return target
        if skip < 0:
            # Backwards: start the member again from its first compressed byte.
            self._fileobj.seek(self._orig_compress_start)
            self._running_crc = self._orig_start_crc
            self._expected_crc = self._expected_crc
            self._compress_left = self._orig_compress_size
            self._left = self._orig_file_size
            self._readbuffer = b''
            self._offset = 0
            self._decompressor = _get_decompressor(self._compress_type)
            self._eof = False
            skip = target
            if self._decrypter is not None:
                self._init_decrypter()
        while skip > 0:
            data = self.read(min(self.MAX_SEEK_READ, skip))
            if not data:
                break
            skip -= len(data)
        return self.tell()


class _ZipWriteFile(io.BufferedIOBase):
    """A member being written: compresses and counts, and when closed writes the sizes and CRC
    into the local header (or a data descriptor after the data, on unseekable output)."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        self._compressor = _get_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0

    @property
    def _fileobj(self):
        return self._zipfile.fp

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            nbytes = len(data)
        else:
            data = memoryview(data)
            nbytes = data.nbytes
        self._file_size += nbytes
        self._crc = crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return nbytes

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            zinfo = self._zinfo
            if self._compressor:
                rest = self._compressor.flush()
                self._compress_size += len(rest)
                self._fileobj.write(rest)
                zinfo.compress_size = self._compress_size
            else:
                zinfo.compress_size = self._file_size
            zinfo.CRC = self._crc
            zinfo.file_size = self._file_size
            if not self._zip64:
                if self._file_size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if self._compress_size > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            zf = self._zipfile
            if zinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                fmt = '<LLQQ' if self._zip64 else '<LLLL'
                self._fileobj.write(struct.pack(fmt, _DD_SIGNATURE, zinfo.CRC,
                                                zinfo.compress_size, zinfo.file_size))
                zf.start_dir = self._fileobj.tell()
            else:
                zf.start_dir = self._fileobj.tell()
                self._fileobj.seek(zinfo.header_offset)
                self._fileobj.write(zinfo.FileHeader(self._zip64))
                self._fileobj.seek(zf.start_dir)
            zf.filelist.append(zinfo)
            zf.NameToInfo[zinfo.filename] = zinfo
        finally:
            self._zipfile._writing = False
