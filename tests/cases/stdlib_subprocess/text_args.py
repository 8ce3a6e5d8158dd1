# text mode details, input type errors, os.read on a pipe, shell and executable argument forms
import subprocess, sys
for inp, kw in [(b"x", dict(text=True)), ("x", {})]:
    try:
        subprocess.run(["cat"], input=inp, capture_output=True, **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
p = subprocess.Popen(["printf", "a\\r\\nb\\rc\\n"], stdout=subprocess.PIPE, text=True)
print([l for l in p.stdout]); p.wait(); p.stdout.close()
p = subprocess.Popen(["printf", "a\\r\\nb"], stdout=subprocess.PIPE, universal_newlines=True)
print(p.communicate())
import os
p = subprocess.Popen(["echo", "raw"], stdout=subprocess.PIPE)
print(os.read(p.stdout.fileno(), 100)); p.wait(); p.stdout.close()
print(subprocess.run(["sh", "-c", "echo $0 $1", "x", "y"], capture_output=True).stdout)
print(subprocess.run("echo $0 $1", shell=True, capture_output=True).stdout)
print(subprocess.run(["echo $0 $1", "x", "y"], shell=True, capture_output=True).stdout)
print(subprocess.run(["ignored", "-c", "echo via executable"], executable="/bin/sh", capture_output=True).stdout)
print(subprocess.run("echo $0", shell=True, executable="/bin/bash", capture_output=True).stdout)
