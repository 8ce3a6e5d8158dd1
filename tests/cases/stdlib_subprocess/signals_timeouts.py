# terminate/kill/send_signal give -signum; wait and communicate time out with TimeoutExpired
import subprocess
import sys

p = subprocess.Popen(["sleep", "30"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "30"])
p.kill()
print(p.wait(), p.returncode)
p = subprocess.Popen(["sleep", "30"])
p.send_signal(2)
print(p.wait())
p.kill()  # after the end: nothing happens
print(p.returncode)

p = subprocess.Popen(["sleep", "30"])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e, e.timeout)
print(p.poll())
p.kill()
p.wait()

p = subprocess.Popen(["/bin/sh", "-c", "echo early; exec sleep 30"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("timed out:", e)
p.kill()
print(p.communicate(), p.returncode)

try:
    subprocess.run(["/bin/sh", "-c", "echo partial; sleep 30"], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(e, e.stdout, e.stderr)

try:
    subprocess.call(["sleep", "30"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)

try:
    subprocess.run([sys.executable, "-c", "import time; time.sleep(30)"], timeout=1)
except subprocess.TimeoutExpired as e:
    print("child interpreter:", e.cmd[1:])

r = subprocess.run(["/bin/sh", "-c", "kill -9 $$"])
print(r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)

# what the child wrote before it was killed can still be read
p = subprocess.Popen(["/bin/sh", "-c", "echo early; sleep 0.5; echo late"], stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
print(p.stdout.readline())
p.kill()
print(p.stdout.read(), p.stderr.read(), p.wait())
p.stdout.close()
p.stderr.close()
p = subprocess.Popen(["/bin/sh", "-c", "echo before; exec sleep 30"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(e.stdout, e.stderr)
p.terminate()
print(p.communicate(), p.returncode)
