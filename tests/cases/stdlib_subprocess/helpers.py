# call, check_call, check_output, getoutput, getstatusoutput, list2cmdline
import subprocess

print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.call("exit 7", shell=True))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["/bin/sh", "-c", "exit 4"])
except subprocess.CalledProcessError as e:
    print(e, e.cmd, e.output)
print(subprocess.check_output(["echo", "x"]))
print(repr(subprocess.check_output(["echo", "x"], text=True)))
print(repr(subprocess.check_output("echo err >&2; echo out", shell=True, stderr=subprocess.STDOUT)))
print(subprocess.check_output(["cat"], input=b"fed in"))
print(repr(subprocess.check_output(["cat"], input=None, text=True)))
try:
    subprocess.check_output(["/bin/sh", "-c", "echo partial; exit 2"])
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stdout)
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)

print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("echo hi; exit 3"))
print(subprocess.getstatusoutput("echo err >&2"))
print(subprocess.getstatusoutput("printf 'no newline'"))
print(subprocess.getstatusoutput("true"))

print(subprocess.list2cmdline(["a b", 'c"d', "e\\", "f\\ g", "", 'x\\"y', "plain", "tab\there"]))
print(subprocess.list2cmdline([]))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
