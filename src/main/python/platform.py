"""What platform this is: the operating system, the machine, and this Python.

Taipan reports itself as the implementation ("Taipan"); the rest comes from os.uname() and
the system's files.
"""

import collections
import os
import sys

__version__ = '1.0.8'


def _version_text():
    # sys.version is "3.11.7 (Taipan, Java 25)": the part in parentheses names the build.
    text = sys.version
    open_at = text.find('(')
    inner = text[open_at + 1:text.find(')', open_at)] if open_at >= 0 else ''
    parts = [p.strip() for p in inner.split(',')]
    return parts


def python_implementation():
    """'Taipan' (CPython answers 'CPython', PyPy 'PyPy')."""
    return 'Taipan'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(python_version().split('.'))


def python_build():
    parts = _version_text()
    return (parts[0] if parts else '', '')


def python_compiler():
    parts = _version_text()
    return parts[1] if len(parts) > 1 else ''


def python_branch():
    return ''


def python_revision():
    return ''


_uname_cache = None


class uname_result(collections.namedtuple('uname_result_base', 'system node release version machine')):
    """os.uname() as a named tuple, with the processor worked out on first use."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 6 and len(values) != 5:
            raise TypeError('Expected 5 arguments, got %d' % len(values))
        return cls(*values[:5])


def _processor():
    # CPython asks `uname -p`, which Linux answers with "unknown", reported as ''.
    return ''


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        system, node, release, version, machine = u
        if system == 'Microsoft' and release == 'Windows':
            system, release = 'Windows', ''
        _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of this Python: '64bit', and 'ELF' on Linux."""
    import struct
    if not bits:
        bits = '%dbit' % (struct.calcsize('P') * 8)
    if not linkage and sys.platform.startswith('linux'):
        linkage = 'ELF'
    return bits, linkage


def _libc_file():
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                path = line.rstrip('\n').split(' ')[-1]
                name = path.rsplit('/', 1)[-1]
                if name.startswith('libc.so') or name.startswith('libc-'):
                    return path
    except OSError:
        pass
    return None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """('glibc', its version) of the C library this process runs on, else (lib, version)."""
    path = _libc_file()
    if path is None:
        return lib, version
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return lib, version
    marker = b'GNU C Library'
    at = data.find(marker)
    if at < 0:
        return lib, version
    line = data[at:data.find(b'\n', at)]
    key = b'version '
    v = line.rfind(key)
    if v < 0:
        return lib, version
    number = line[v + len(key):].split()[0].rstrip(b'.')
    return 'glibc', number.decode('ascii', 'replace')


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    import warnings
    warnings._deprecated('java_ver', remove=(3, 15))
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    return system, release, version


def _platform(*parts):
    text = '-'.join(p.strip() for p in filter(None, parts))
    text = text.replace(' ', '_').replace('/', '-').replace('\\', '-').replace(':', '-')
    text = text.replace(';', '-').replace('"', '-').replace('(', '-').replace(')', '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


_platform_cache = {}


def platform(aliased=False, terse=False):
    """One line naming the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    key = (aliased, terse)
    if key in _platform_cache:
        return _platform_cache[key]
    sysname, _, rel, ver, mach, proc = uname()
    if mach == proc:
        proc = ''
    if aliased:
        sysname, rel, ver = system_alias(sysname, rel, ver)
    if sysname == 'Linux':
        libname, libversion = libc_ver()
        result = _platform(sysname, rel, mach, proc, 'with', libname + libversion)
    elif terse:
        result = _platform(sysname, rel)
    else:
        bits, linkage = architecture(sys.executable)
        result = _platform(sysname, rel, mach, proc, bits, linkage)
    _platform_cache[key] = result
    return result


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, 'Unable to read files /etc/os-release, /usr/lib/os-release')
    return _os_release_cache.copy()


_os_release_cache = None


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    import shlex
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        name, _, value = line.partition('=')
        if not name.isidentifier() and not name.replace('_', 'a').isalnum():
            continue
        try:
            words = shlex.split(value)
        except ValueError:
            continue
        info[name] = words[0] if words else ''
    return info


def _main():
    terse = 'terse' in sys.argv or '--terse' in sys.argv
    aliased = 'nonaliased' not in sys.argv and '--nonaliased' not in sys.argv
    print(platform(aliased, terse))


if __name__ == '__main__':
    _main()
