# env=, cwd=, the interpreter itself as a child, and redirection to files and descriptors
import os
import subprocess
import sys
import tempfile

r = subprocess.run([sys.executable, "-c", "print(1)"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run([sys.executable, "-c", "import sys; sys.exit(3)"])
print(r.returncode)
r = subprocess.run([sys.executable, "-c", "raise ValueError('boom')"], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[-1])
code = "import os; print(os.environ.get('SP_TEST'), os.environ.get('SP_OTHER'))"
env = dict(os.environ, SP_TEST="from env")
print(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout, end="")
print(subprocess.run(["/bin/sh", "-c", "echo \"[$SP_ONLY]\""], env={"SP_ONLY": "just me"},
                     capture_output=True, text=True).stdout, end="")
os.environ["SP_OTHER"] = "inherited"
print(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout, end="")

with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "sub"))
    with open(os.path.join(d, "sub", "marker.txt"), "w") as f:
        f.write("m")
    print(subprocess.run(["ls"], cwd=os.path.join(d, "sub"), capture_output=True, text=True).stdout, end="")
    code = "import os; print(sorted(os.listdir('.')))"
    print(subprocess.run([sys.executable, "-c", code], cwd=os.path.join(d, "sub"), capture_output=True,
                         text=True).stdout, end="")
    old = os.getcwd()
    os.chdir(d)
    print(subprocess.run(["ls"], capture_output=True, text=True).stdout.split())
    os.chdir(old)

    out = os.path.join(d, "out.txt")
    with open(out, "w") as f:
        f.write("before\n")
        f.flush()
        subprocess.run(["echo", "from child"], stdout=f)
        subprocess.run(["/bin/sh", "-c", "echo to err >&2"], stderr=f)
        f.write("after\n")
    with open(out) as f:
        print(repr(f.read()))
    with open(out, "rb") as f:
        print(subprocess.run(["cat"], stdin=f, capture_output=True).stdout)
    with open(out, "ab") as f:
        subprocess.run(["echo", "by fd"], stdout=f.fileno())
    with open(out) as f:
        print(f.read().splitlines())

    # a pipeline: one child's stdout into another's stdin
    p1 = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=subprocess.PIPE)
    p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE)
    p1.stdout.close()
    print(p2.communicate()[0], p1.wait(), p2.returncode)

sys.stdout.flush()
subprocess.run(["echo", "straight to our stdout"])
subprocess.run(["/bin/sh", "-c", "echo to our stdout too"], stdout=sys.stdout)
subprocess.run(["/bin/sh", "-c", "echo discarded"], stdout=subprocess.DEVNULL)
subprocess.run(["/bin/sh", "-c", "echo err into our stdout >&2"], stderr=sys.stdout)
subprocess.run(["/bin/sh", "-c", "echo err into descriptor 1 >&2"], stderr=1)
print("done")
