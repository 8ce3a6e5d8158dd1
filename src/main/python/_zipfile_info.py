"""The ZIP format's records for `zipfile`: constants, exceptions, ZipInfo, the end records.

Field layouts follow PKWARE's APPNOTE.TXT (local header, central directory entry, end of
central directory, and the ZIP64 end record and locator)."""

import os
import stat
import struct
import sys
import time


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """A ZIP file would need ZIP64 extensions, which are not allowed."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
                    5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64',
                    10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77',
                    97: 'wavpack', 98: 'ppmd'}

# The records: struct format, signature, size.
structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)
structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)
structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)
structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)
_DD_SIGNATURE = 0x08074b50

# Indexes into the unpacked end record (with the comment and the record's position appended).
_ECD_SIGNATURE, _ECD_DISK_NUMBER, _ECD_DISK_START, _ECD_ENTRIES_THIS_DISK = 0, 1, 2, 3
_ECD_ENTRIES_TOTAL, _ECD_SIZE, _ECD_OFFSET, _ECD_COMMENT_SIZE = 4, 5, 6, 7
_ECD_COMMENT, _ECD_LOCATION = 8, 9

# Indexes into an unpacked central directory entry.
_CD_SIGNATURE, _CD_CREATE_VERSION, _CD_CREATE_SYSTEM, _CD_EXTRACT_VERSION = 0, 1, 2, 3
_CD_EXTRACT_SYSTEM, _CD_FLAG_BITS, _CD_COMPRESS_TYPE, _CD_TIME, _CD_DATE = 4, 5, 6, 7, 8
_CD_CRC, _CD_COMPRESSED_SIZE, _CD_UNCOMPRESSED_SIZE, _CD_FILENAME_LENGTH = 9, 10, 11, 12
_CD_EXTRA_FIELD_LENGTH, _CD_COMMENT_LENGTH, _CD_DISK_NUMBER_START = 13, 14, 15
_CD_INTERNAL_FILE_ATTRIBUTES, _CD_EXTERNAL_FILE_ATTRIBUTES, _CD_LOCAL_HEADER_OFFSET = 16, 17, 18

# Indexes into an unpacked local file header.
_FH_SIGNATURE, _FH_EXTRACT_VERSION, _FH_EXTRACT_SYSTEM, _FH_GENERAL_PURPOSE_FLAG_BITS = 0, 1, 2, 3
_FH_COMPRESSION_METHOD, _FH_LAST_MOD_TIME, _FH_LAST_MOD_DATE, _FH_CRC = 4, 5, 6, 7
_FH_COMPRESSED_SIZE, _FH_UNCOMPRESSED_SIZE, _FH_FILENAME_LENGTH = 8, 9, 10
_FH_EXTRA_FIELD_LENGTH = 11

# General purpose flag bits.
_MASK_ENCRYPTED = 1 << 0
_MASK_COMPRESS_OPTION_1 = 1 << 1
_MASK_USE_DATA_DESCRIPTOR = 1 << 3
_MASK_COMPRESSED_PATCH = 1 << 5
_MASK_STRONG_ENCRYPTION = 1 << 6
_MASK_UTF_FILENAME = 1 << 11

_EXTRA_FIELD_STRUCT = struct.Struct('<HH')


def _strip_extra(extra, xids):
    """extra without the fields whose ids are in xids."""
    out = []
    i = 0
    while i + 4 <= len(extra):
        xid, xlen = _EXTRA_FIELD_STRUCT.unpack(extra[i:i + 4])
        end = i + 4 + xlen
        if xid not in xids:
            out.append(extra[i:end])
        i = end
    if i < len(extra):
        out.append(extra[i:])
    return b''.join(out)


def _dos_datetime(date_time):
    y, mo, d, h, mi, s = date_time[:6]
    return (y - 1980) << 9 | mo << 5 | d, h << 11 | mi << 5 | (s // 2)


class ZipInfo:
    """One member of a ZIP archive: its name, time, sizes, CRC and attributes."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # Everything from a NUL on is dropped (some archivers hide names behind one).
        nul = filename.find(chr(0))
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        parts = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % compressor_names.get(self.compress_type,
                                                                    self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            parts.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            parts.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size)
                and (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def FileHeader(self, zip64=None):
        """The local file header, as bytes."""
        dosdate, dostime = _dos_datetime(self.date_time)
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            crc = compress_size = file_size = 0     # they follow the data
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        min_version = 0
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            # The sizes go in a ZIP64 extra field; the header's say "see there".
            extra = extra + struct.pack('<HHQQ', 1, 16, file_size, compress_size)
            file_size = compress_size = 0xffffffff
            min_version = ZIP64_VERSION
        elif file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if self.compress_type == ZIP_BZIP2:
            min_version = max(BZIP2_VERSION, min_version)
        elif self.compress_type == ZIP_LZMA:
            min_version = max(LZMA_VERSION, min_version)
        self.extract_version = max(min_version, self.extract_version)
        self.create_version = max(min_version, self.create_version)
        filename, flag_bits = self._encodeFilenameFlags()
        header = struct.pack(structFileHeader, stringFileHeader, self.extract_version,
                             self.reserved, flag_bits, self.compress_type, dostime, dosdate,
                             crc, compress_size, file_size, len(filename), len(extra))
        return header + filename + extra

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _MASK_UTF_FILENAME

    def _decodeExtra(self):
        """Takes the real sizes and offset from a ZIP64 extra field."""
        extra = self.extra
        while len(extra) >= 4:
            tp, ln = _EXTRA_FIELD_STRUCT.unpack(extra[:4])
            if ln + 4 > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tp, ln))
            if tp == 0x0001:
                data = extra[4:ln + 4]
                field = None
                try:
                    if self.file_size in (0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF):
                        field = "File size"
                        self.file_size, = struct.unpack('<Q', data[:8])
                        data = data[8:]
                    if self.compress_size == 0xFFFF_FFFF:
                        field = "Compress size"
                        self.compress_size, = struct.unpack('<Q', data[:8])
                        data = data[8:]
                    if self.header_offset == 0xFFFF_FFFF:
                        field = "Header offset"
                        self.header_offset, = struct.unpack('<Q', data[:8])
                except struct.error:
                    raise BadZipFile(f"Corrupt zip64 extra field. {field} not found.") from None
            extra = extra[ln + 4:]

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory `filename`, named arcname in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10     # MS-DOS directory flag
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        return self.filename[-1:] == '/'


def _EndRecData64(fpin, offset, endrec):
    """Replaces the fields of endrec by those of a ZIP64 end record before it, if any."""
    try:
        fpin.seek(offset - sizeEndCentDir64Locator, 2)
    except OSError:
        return endrec
    data = fpin.read(sizeEndCentDir64Locator)
    if len(data) != sizeEndCentDir64Locator:
        return endrec
    sig, diskno, reloff, disks = struct.unpack(structEndArchive64Locator, data)
    if sig != stringEndArchive64Locator:
        return endrec
    if diskno != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fpin.seek(offset - sizeEndCentDir64Locator - sizeEndCentDir64, 2)
    data = fpin.read(sizeEndCentDir64)
    if len(data) != sizeEndCentDir64:
        return endrec
    (sig, sz, create_version, read_version, disk_num, disk_dir, dircount, dircount2,
     dirsize, diroffset) = struct.unpack(structEndArchive64, data)
    if sig != stringEndArchive64:
        return endrec
    endrec[_ECD_SIGNATURE] = sig
    endrec[_ECD_DISK_NUMBER] = disk_num
    endrec[_ECD_DISK_START] = disk_dir
    endrec[_ECD_ENTRIES_THIS_DISK] = dircount
    endrec[_ECD_ENTRIES_TOTAL] = dircount2
    endrec[_ECD_SIZE] = dirsize
    endrec[_ECD_OFFSET] = diroffset
    return endrec


def _EndRecData(fpin):
    """The end of central directory record as a list (plus the comment and the record's
    position), or None when there is none in the last 64 KiB."""
    fpin.seek(0, 2)
    filesize = fpin.tell()
    try:
        fpin.seek(-sizeEndCentDir, 2)
    except OSError:
        return None
    data = fpin.read(sizeEndCentDir)
    if (len(data) == sizeEndCentDir and data[0:4] == stringEndArchive
            and data[-2:] == b"\000\000"):
        endrec = list(struct.unpack(structEndArchive, data))
        endrec.append(b"")
        endrec.append(filesize - sizeEndCentDir)
        return _EndRecData64(fpin, -sizeEndCentDir, endrec)
    # There is a comment: look for the signature in the last 64 KiB.
    start_search = max(filesize - (1 << 16) - sizeEndCentDir, 0)
    fpin.seek(start_search, 0)
    data = fpin.read()
    start = data.rfind(stringEndArchive)
    if start < 0:
        return None
    rec = data[start:start + sizeEndCentDir]
    if len(rec) != sizeEndCentDir:
        return None
    endrec = list(struct.unpack(structEndArchive, rec))
    comment = data[start + sizeEndCentDir:start + sizeEndCentDir + endrec[_ECD_COMMENT_SIZE]]
    endrec.append(comment)
    endrec.append(start_search + start)
    return _EndRecData64(fpin, start_search + start - filesize, endrec)
