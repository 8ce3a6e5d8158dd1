import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode), sorted(errno.errorcode)[:10], sorted(errno.errorcode)[-3:])
print(list(errno.errorcode.items())[:12])
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:20])
print({n: getattr(errno, n) for n in names})
try:
    open("/no/such/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.mkdir(".")
except FileExistsError as e:
    print(e.errno == errno.EEXIST)
print(type(errno.errorcode).__name__, errno.__name__)
