# Popen: incremental reads and writes on the pipes, poll/wait, communicate, the context manager
import subprocess
import sys

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.poll(), p.returncode, type(p.pid).__name__)
p.stdin.write(b"line 1\n")
p.stdin.flush()
print(p.stdout.readline())
p.stdin.write(b"line 2\nline 3\n")
p.stdin.close()
print(p.stdout.readlines())
print(p.wait(), p.returncode, p.poll())
p.stdout.close()
print(repr(p))

# text mode, line by line while the child runs
code = "import sys\nfor i in range(3):\n    print('got', sys.stdin.readline().strip(), flush=True)\n"
with subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                      text=True, bufsize=1) as p:
    for word in ["alpha", "beta", "gamma"]:
        p.stdin.write(word + "\n")
        print(repr(p.stdout.readline()))
    print(p.stdin.line_buffering, type(p.stdout).__name__)
print(p.returncode, p.stdout.closed, p.stdin.closed)

# large outputs on both pipes at once must not deadlock
code = "import sys\nsys.stdout.write('o' * 300000)\nsys.stderr.write('e' * 300000)\n"
p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print(len(out), len(err), p.returncode)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"z" * 500000)
print(len(out), err, p.returncode)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate("text in\n"))

p = subprocess.Popen(["/bin/sh", "-c", "echo only-out"], stdout=subprocess.PIPE)
print(p.communicate())
p = subprocess.Popen(["true"])
print(p.communicate(), p.returncode)

# unbuffered binary pipes are the raw files
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
print(type(p.stdin).__name__, type(p.stdout).__name__)
p.stdin.write(b"raw")
print(p.stdout.read(3))
p.stdin.close()
print(p.stdout.read(), p.wait())
p.stdout.close()

with subprocess.Popen(["/bin/sh", "-c", "exit 5"]) as p:
    pass
print(p.returncode)
