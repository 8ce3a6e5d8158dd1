import os
import platform
import struct
import sys

u = platform.uname()
print(type(u).__name__, u._fields, len(u), len(list(u)))
print(tuple(u)[:5] == tuple(os.uname()), u[5] == u.processor)
print(u.system == platform.system(), u.node == platform.node(), u.release == platform.release(),
      u.version == platform.version(), u.machine == platform.machine())
print(platform.system(), platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(x) for x in sys.version_info[:3]))
print(platform.python_implementation() in ('CPython', 'Taipan'))
print(platform.architecture()[0] == '%dbit' % (struct.calcsize('P') * 8))
p = platform.platform()
print(p.startswith(platform.system() + '-' + platform.release()), platform.machine() in p)
print(p == platform.platform(terse=True) or platform.system() != 'Linux')
lib, ver = platform.libc_ver()
print(lib in ('glibc', ''), p.endswith('with-' + lib + ver) if lib else True)
print(platform.mac_ver(), platform.win32_ver(), platform.system_alias('a', 'b', 'c'))
print(type(platform.python_compiler()), type(platform.python_build()), len(platform.python_build()))
print(isinstance(platform.freedesktop_os_release()['ID'], str))
r = u._replace(node='elsewhere')
print(r.node, r.system == u.system)
