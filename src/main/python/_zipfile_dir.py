"""The central directory of `zipfile`: read when an archive is opened, written when it is
closed (with ZIP64 records when the entry count, sizes or offsets need them)."""

import io
import struct

from _zipfile_info import *        # noqa: F401,F403
from _zipfile_info import (_EndRecData, _strip_extra, _dos_datetime, _ECD_SIGNATURE,
                           _ECD_SIZE, _ECD_OFFSET, _ECD_COMMENT, _ECD_LOCATION,
                           _CD_FILENAME_LENGTH, _CD_EXTRA_FIELD_LENGTH, _CD_COMMENT_LENGTH,
                           _CD_FLAG_BITS, _CD_LOCAL_HEADER_OFFSET, _MASK_UTF_FILENAME)


def read_central_directory(self):
    """Fills the ZipFile's filelist and NameToInfo from its file's central directory."""
    fp = self.fp
    try:
        endrec = _EndRecData(fp)
    except OSError:
        raise BadZipFile("File is not a zip file")
    if not endrec:
        raise BadZipFile("File is not a zip file")
    size_cd = endrec[_ECD_SIZE]
    offset_cd = endrec[_ECD_OFFSET]
    self._comment = endrec[_ECD_COMMENT]
    # Data before the archive (a self-extractor's program) shifts every offset.
    concat = endrec[_ECD_LOCATION] - size_cd - offset_cd
    if endrec[_ECD_SIGNATURE] == stringEndArchive64:
        concat -= (sizeEndCentDir64 + sizeEndCentDir64Locator)
    self.start_dir = offset_cd + concat
    if self.start_dir < 0:
        raise BadZipFile("Bad offset for central directory")
    fp.seek(self.start_dir, 0)
    data = io.BytesIO(fp.read(size_cd))
    total = 0
    while total < size_cd:
        centdir = data.read(sizeCentralDir)
        if len(centdir) != sizeCentralDir:
            raise BadZipFile("Truncated central directory")
        centdir = struct.unpack(structCentralDir, centdir)
        if centdir[0] != stringCentralDir:
            raise BadZipFile("Bad magic number for central directory")
        filename = data.read(centdir[_CD_FILENAME_LENGTH])
        flags = centdir[_CD_FLAG_BITS]
        if flags & _MASK_UTF_FILENAME:
            filename = filename.decode('utf-8')
        else:
            filename = filename.decode(self.metadata_encoding or 'cp437')
        x = ZipInfo(filename)
        x.extra = data.read(centdir[_CD_EXTRA_FIELD_LENGTH])
        x.comment = data.read(centdir[_CD_COMMENT_LENGTH])
        x.header_offset = centdir[_CD_LOCAL_HEADER_OFFSET]
        (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits,
         x.compress_type, t, d, x.CRC, x.compress_size, x.file_size) = centdir[1:12]
        if x.extract_version > MAX_EXTRACT_VERSION:
            raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
        x.volume, x.internal_attr, x.external_attr = centdir[15:18]
        x._raw_time = t
        x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                       t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
        x._decodeExtra()
        x.header_offset = x.header_offset + concat
        self.filelist.append(x)
        self.NameToInfo[x.filename] = x
        total += (sizeCentralDir + centdir[_CD_FILENAME_LENGTH]
                  + centdir[_CD_EXTRA_FIELD_LENGTH] + centdir[_CD_COMMENT_LENGTH])


def write_central_directory(self):
    """Writes the ZipFile's central directory and end records at its file's position."""
    for zinfo in self.filelist:
        dosdate, dostime = _dos_datetime(zinfo.date_time)
        extra = []
        if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
            extra.append(zinfo.file_size)
            extra.append(zinfo.compress_size)
            file_size = compress_size = 0xffffffff
        else:
            file_size = zinfo.file_size
            compress_size = zinfo.compress_size
        if zinfo.header_offset > ZIP64_LIMIT:
            extra.append(zinfo.header_offset)
            header_offset = 0xffffffff
        else:
            header_offset = zinfo.header_offset
        extra_data = zinfo.extra
        min_version = 0
        if extra:
            extra_data = _strip_extra(extra_data, (1,))
            extra_data = struct.pack('<HH' + 'Q' * len(extra), 1, 8 * len(extra),
                                     *extra) + extra_data
            min_version = ZIP64_VERSION
        if zinfo.compress_type == ZIP_BZIP2:
            min_version = max(BZIP2_VERSION, min_version)
        elif zinfo.compress_type == ZIP_LZMA:
            min_version = max(LZMA_VERSION, min_version)
        extract_version = max(min_version, zinfo.extract_version)
        create_version = max(min_version, zinfo.create_version)
        filename, flag_bits = zinfo._encodeFilenameFlags()
        centdir = struct.pack(structCentralDir, stringCentralDir, create_version,
                              zinfo.create_system, extract_version, zinfo.reserved,
                              flag_bits, zinfo.compress_type, dostime, dosdate, zinfo.CRC,
                              compress_size, file_size, len(filename), len(extra_data),
                              len(zinfo.comment), 0, zinfo.internal_attr,
                              zinfo.external_attr, header_offset)
        self.fp.write(centdir)
        self.fp.write(filename)
        self.fp.write(extra_data)
        self.fp.write(zinfo.comment)

    pos2 = self.fp.tell()
    count = len(self.filelist)
    size = pos2 - self.start_dir
    offset = self.start_dir
    needs = None
    if count > ZIP_FILECOUNT_LIMIT:
        needs = "Files count"
    elif offset > ZIP64_LIMIT:
        needs = "Central directory offset"
    elif size > ZIP64_LIMIT:
        needs = "Central directory size"
    if needs:
        if not self._allowZip64:
            raise LargeZipFile(needs + " would require ZIP64 extensions")
        self.fp.write(struct.pack(structEndArchive64, stringEndArchive64, 44, 45, 45, 0, 0,
                                  count, count, size, offset))
        self.fp.write(struct.pack(structEndArchive64Locator, stringEndArchive64Locator,
                                  0, pos2, 1))
        count = min(count, 0xFFFF)
        size = min(size, 0xFFFFFFFF)
        offset = min(offset, 0xFFFFFFFF)
    endrec = struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count, size,
                         offset, len(self._comment))
    self.fp.write(endrec)
    self.fp.write(self._comment)
    if self.mode == "a":
        self.fp.truncate()
    self.fp.flush()
