# sys.stdout and friends are real text streams over a buffer over a raw file.
import io, sys

print(type(sys.stdout).__name__, sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)
print(sys.stdout.name, sys.stdin.name, sys.stderr.mode, sys.stdout.mode, sys.stdin.mode)
raw = getattr(sys.stdout.buffer, "raw", sys.stdout.buffer)  # with -u the buffer is the raw file
print(type(raw).__name__, raw.mode, raw.closefd)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(sys.stdout.write("written\n"))
sys.stdout.flush()
sys.stdout.buffer.write("bytes \u20ac\n".encode())
sys.stdout.buffer.flush()
print("to stderr", file=sys.stderr)
print(sys.stdin.closed, sys.stdin.encoding)

saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2, sep="-", end="!")
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))

print("no newline", end="")
print(" then newline", flush=True)
sys.stdout.writelines(["a\n", "b\n"])
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print(e)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors)
f = io.StringIO()
print(*range(5), sep=", ", file=f)
print(f.getvalue(), end="")
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
