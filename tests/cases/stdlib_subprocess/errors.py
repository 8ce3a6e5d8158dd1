# errors: missing programs, non-executables, bad cwd, messages of the exception classes
import os
import subprocess
import tempfile

for args in (["nosuchprog-xyz"], ["./nosuch-xyz"], "nosuchprog-xyz"):
    try:
        subprocess.run(args)
    except FileNotFoundError as e:
        print(type(e).__name__, e, e.errno, e.filename)

with tempfile.TemporaryDirectory() as d:
    plain = os.path.join(d, "plain.txt")
    with open(plain, "w") as f:
        f.write("not a program\n")
    try:
        subprocess.run([plain])
    except PermissionError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == plain)
    try:
        subprocess.run(["true"], cwd=os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        subprocess.run(["true"], cwd=plain)
    except NotADirectoryError as e:
        print(type(e).__name__, e.errno, e.strerror)
    print(subprocess.run(["ls"], cwd=d, capture_output=True, text=True).stdout, end="")

try:
    subprocess.run(["true", 5])
except TypeError as e:
    print("TypeError:", e)
try:
    subprocess.run(["true"], env={"A=B": "1"})
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.Popen(["true"], bufsize="big")
except TypeError as e:
    print("TypeError:", e)
try:
    subprocess.Popen(["true"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)

print(subprocess.CalledProcessError(1, ["false"]))
print(subprocess.CalledProcessError(-9, ["sleep", "9"]))
print(subprocess.CalledProcessError(-15, "cmd"))
print(subprocess.CalledProcessError(-99, "cmd"))
print(subprocess.CalledProcessError(2, "ls x", b"o", b"e").args)
t = subprocess.TimeoutExpired(["sleep", "9"], 0.5, output=b"so far")
print(t, repr(t), t.stdout, t.stderr, t.timeout, t.cmd)
t.stdout = b"changed"
print(t.output)
