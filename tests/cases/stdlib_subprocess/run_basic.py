# subprocess.run with captured output, text mode, input, check and the CompletedProcess repr
import subprocess

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r.check_returncode()

r = subprocess.run(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, repr(e.stdout), repr(e.stderr), e.output == e.stdout)

r = subprocess.run(["cat"], input=b"abc\ndef\n", stdout=subprocess.PIPE)
print(r)
r = subprocess.run(["cat"], input="x\r\ny\rz\n", stdout=subprocess.PIPE, text=True)
print(repr(r.stdout))
r = subprocess.run(["cat"], input="\u00e9t\u00e9", capture_output=True, encoding="latin-1")
print(repr(r.stdout))
r = subprocess.run(["true"])
print(r)
r = subprocess.run("echo $((6 * 7))", shell=True, stdout=subprocess.PIPE, universal_newlines=True)
print(r)
r = subprocess.run(["/bin/sh", "-c", "echo to-err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r)
r = subprocess.run(["/bin/sh", "-c", "echo a; echo b >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r)

try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(repr(e), e.args)

for bad in [dict(input=b"x", stdin=subprocess.PIPE), dict(capture_output=True, stdout=subprocess.PIPE)]:
    try:
        subprocess.run(["true"], **bad)
    except ValueError as e:
        print("ValueError:", e)

print(subprocess.CompletedProcess(["a"], 0, None, "e"))
print(subprocess.CompletedProcess("a b", 1))
print(subprocess.CompletedProcess[bytes])
