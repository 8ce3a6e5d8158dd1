# Popen arguments CPython accepts here; on this platform the Windows-only ones are refused
import subprocess

for kw in [dict(startupinfo=object()), dict(creationflags=1)]:
    try:
        subprocess.Popen(["true"], **kw)
    except ValueError as e:
        print("ValueError:", e)
p = subprocess.Popen(["true"], close_fds=False)
print(p.wait())
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    p = subprocess.Popen(["true"], bufsize=1)
    p.wait()
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
print(subprocess.Popen[bytes], subprocess.Popen.__name__, subprocess.Popen.__module__)
